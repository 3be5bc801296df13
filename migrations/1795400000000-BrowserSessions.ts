import { MigrationInterface, QueryRunner } from 'typeorm';

export class BrowserSessions1795400000000 implements MigrationInterface {
  name = 'BrowserSessions1795400000000';

  // A browser's sign-in: the cookie holds a random token, the table only its SHA-256. Ending a
  // session (sign-out) marks it; a deactivation or a new password bumps the person's token_version,
  // which every session carries, so all of them stop at once.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "browser_sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "token_hash" character(64) NOT NULL,
        "user_id" uuid NOT NULL,
        "token_version" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "ended_at" TIMESTAMP WITH TIME ZONE,
        "user_agent" character varying(300),
        "ip" character varying(64),
        CONSTRAINT "uq_browser_sessions_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "pk_browser_sessions" PRIMARY KEY ("id"),
        CONSTRAINT "fk_browser_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_browser_sessions_user_open" ON "browser_sessions" ("user_id") WHERE ended_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "browser_sessions"`);
  }
}
