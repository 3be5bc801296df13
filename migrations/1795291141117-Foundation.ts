import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795291141117 implements MigrationInterface {
    name = 'Foundation1795291141117'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "agencies" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(32) NOT NULL,
                "name" character varying(200) NOT NULL,
                "ministry" character varying(200) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_6acd8cc6374916c08b4d7f060c8" UNIQUE ("code"),
                CONSTRAINT "PK_8ab1f1f53f56c8255b0d7e68b28" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "name" character varying(200) NOT NULL,
                "password_hash" character varying(255) NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "is_admin" boolean NOT NULL DEFAULT false,
                "token_version" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "expert_assignments" (
                "agency_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_af9e513d96d15154d37799796c2" PRIMARY KEY ("agency_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_expert_assignments_user" ON "expert_assignments" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "memberships" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "agency_id" uuid NOT NULL,
                "role" character varying(32) NOT NULL,
                "centre" character varying(200) NOT NULL DEFAULT '',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_memberships_agency" ON "memberships" ("agency_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_memberships_user_agency_role_centre" ON "memberships" ("user_id", "agency_id", "role", "centre")
        `);
        await queryRunner.query(`
            CREATE TABLE "security_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "type" character varying(40) NOT NULL,
                "actor_id" uuid,
                "subject_id" character varying(64),
                "details" jsonb NOT NULL DEFAULT '{}',
                "dedupe_key" character varying(100),
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_7e974ccad67cfdc0a630a007452" UNIQUE ("dedupe_key"),
                CONSTRAINT "PK_6fc100d6700780737348df0d3ae" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_security_events_at" ON "security_events" ("at")
        `);
        await queryRunner.query(`
            ALTER TABLE "expert_assignments"
            ADD CONSTRAINT "FK_b537f2e166028c79661788e4f9b" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "expert_assignments"
            ADD CONSTRAINT "FK_98cc9b33076bb333501f800eceb" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_41562e033e7daf7424266bff112" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_41562e033e7daf7424266bff112"
        `);
        await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"
        `);
        await queryRunner.query(`
            ALTER TABLE "expert_assignments" DROP CONSTRAINT "FK_98cc9b33076bb333501f800eceb"
        `);
        await queryRunner.query(`
            ALTER TABLE "expert_assignments" DROP CONSTRAINT "FK_b537f2e166028c79661788e4f9b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_security_events_at"
        `);
        await queryRunner.query(`
            DROP TABLE "security_events"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_memberships_user_agency_role_centre"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_memberships_agency"
        `);
        await queryRunner.query(`
            DROP TABLE "memberships"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_expert_assignments_user"
        `);
        await queryRunner.query(`
            DROP TABLE "expert_assignments"
        `);
        await queryRunner.query(`
            DROP TABLE "users"
        `);
        await queryRunner.query(`
            DROP TABLE "agencies"
        `);
    }

}
