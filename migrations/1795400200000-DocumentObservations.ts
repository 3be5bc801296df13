import { MigrationInterface, QueryRunner } from "typeorm";

export class DocumentObservations1795400200000 implements MigrationInterface {
    name = 'DocumentObservations1795400200000'

    // Observations on items of a document: listed in their return or denial's history entry
    // (hash-covered only when present, so existing chains verify unchanged) and followed up in
    // their own table (answer, addressed in which version).
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "cycle_events" ADD "observations" jsonb
        `);
        await queryRunner.query(`
            CREATE TABLE "document_observations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cycle_id" uuid NOT NULL,
                "document_kind" character varying(40) NOT NULL,
                "document_version" integer NOT NULL,
                "position" smallint NOT NULL,
                "path" character varying(300) NOT NULL,
                "item_id" character varying(40),
                "text" character varying(2000) NOT NULL,
                "author_id" uuid NOT NULL,
                "author_name" character varying(200) NOT NULL,
                "author_role" character varying(20) NOT NULL,
                "event_seq" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "status" character varying(10) NOT NULL DEFAULT 'open',
                "answer" character varying(2000),
                "answered_by_id" uuid,
                "answered_by_name" character varying(200),
                "answered_at" TIMESTAMP WITH TIME ZONE,
                "addressed_in_version" integer,
                CONSTRAINT "ck_document_observations_status" CHECK ("status" IN ('open', 'answered', 'addressed')),
                CONSTRAINT "ck_document_observations_author_role" CHECK ("author_role" IN ('agency_head', 'sernam_expert')),
                CONSTRAINT "PK_document_observations" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_document_observations_cycle_round" ON "document_observations" ("cycle_id", "event_seq", "position")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_document_observations_cycle_kind" ON "document_observations" ("cycle_id", "document_kind")
        `);
        await queryRunner.query(`
            ALTER TABLE "document_observations"
            ADD CONSTRAINT "fk_document_observations_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "document_observations"
            ADD CONSTRAINT "fk_document_observations_answered_by" FOREIGN KEY ("answered_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // The return or denial that made it: an entry of the same cycle's history.
        await queryRunner.query(`
            ALTER TABLE "document_observations"
            ADD CONSTRAINT "fk_document_observations_event" FOREIGN KEY ("cycle_id", "event_seq") REFERENCES "cycle_events"("cycle_id", "seq") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "document_observations" DROP CONSTRAINT "fk_document_observations_event"
        `);
        await queryRunner.query(`
            ALTER TABLE "document_observations" DROP CONSTRAINT "fk_document_observations_answered_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "document_observations" DROP CONSTRAINT "fk_document_observations_author"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_document_observations_cycle_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_document_observations_cycle_round"
        `);
        await queryRunner.query(`
            DROP TABLE "document_observations"
        `);
        // The append-only trigger refuses UPDATE and DELETE, not a schema change.
        await queryRunner.query(`
            ALTER TABLE "cycle_events" DROP COLUMN "observations"
        `);
    }

}
