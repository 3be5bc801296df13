import { MigrationInterface, QueryRunner } from "typeorm";

export class Procedure1795291594573 implements MigrationInterface {
    name = 'Procedure1795291594573'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "cycles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "year" integer NOT NULL, "previous_cycle_id" uuid, "machine_id" character varying(64) NOT NULL, "machine_version" integer NOT NULL, "snapshot" jsonb NOT NULL, "stage" character varying(40) NOT NULL, "state" character varying(120) NOT NULL, "status" character varying(10) NOT NULL, "awaiting" text array NOT NULL DEFAULT '{}', "revision" integer NOT NULL DEFAULT '0', "history_seq" integer NOT NULL DEFAULT '0', "history_hash" character(64) NOT NULL DEFAULT repeat('0', 64), "state_entered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_cycles_agency_year" UNIQUE ("agency_id", "year"), CONSTRAINT "PK_52e5eeb9c7c6e4ad1aed657967a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "cycle_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycle_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "current_version" integer NOT NULL DEFAULT '0', "current_sha256" character(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_473c3e51b3590ce1b1ed535407a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_cycle_documents_singleton" ON "cycle_documents" ("cycle_id", "kind") WHERE kind NOT IN ('activity-record', 'progress-report')`);
        await queryRunner.query(`CREATE INDEX "ix_cycle_documents_cycle_kind" ON "cycle_documents" ("cycle_id", "kind") `);
        await queryRunner.query(`CREATE TABLE "document_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "version" integer NOT NULL, "content" jsonb NOT NULL, "sha256" character(64) NOT NULL, "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_document_versions_document_version" UNIQUE ("document_id", "version"), CONSTRAINT "PK_baf26dab035c6d6fc433f9dc6a2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "cycle_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycle_id" uuid NOT NULL, "seq" integer NOT NULL, "type" character varying(40) NOT NULL, "actor_id" uuid, "actor_name" character varying(200), "actor_roles" text array NOT NULL, "state_before" character varying(120), "state_after" character varying(120) NOT NULL, "comment" text, "documents" jsonb NOT NULL DEFAULT '[]', "at" character varying(30) NOT NULL, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "uq_cycle_events_cycle_seq" UNIQUE ("cycle_id", "seq"), CONSTRAINT "PK_e43a352411ab5360030a73ee924" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "cycles" ADD CONSTRAINT "FK_d4867dec2b96b3c487eb8ee221c" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cycles" ADD CONSTRAINT "FK_5210d2552089f419bc92dc4367a" FOREIGN KEY ("previous_cycle_id") REFERENCES "cycles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cycle_documents" ADD CONSTRAINT "FK_5ff508e74d31ebd4250f9a7f38b" FOREIGN KEY ("cycle_id") REFERENCES "cycles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "document_versions" ADD CONSTRAINT "FK_ac75577bca976d6d581b0f459b6" FOREIGN KEY ("document_id") REFERENCES "cycle_documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "document_versions" ADD CONSTRAINT "FK_af1f7dbb40de6a99ec5783f7b2f" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cycle_events" ADD CONSTRAINT "FK_39f83adf26463e679684195f7d8" FOREIGN KEY ("cycle_id") REFERENCES "cycles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // Reviewed additions. Inboxes look cycles up by the roles they await.
        await queryRunner.query(`CREATE INDEX "ix_cycles_awaiting" ON "cycles" USING GIN ("awaiting")`);
        await queryRunner.query(`CREATE INDEX "ix_cycle_events_cycle_type" ON "cycle_events" ("cycle_id", "type")`);
        // Saved versions and the trail are append-only: the database itself refuses changes.
        await queryRunner.query(`CREATE FUNCTION enfoque_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'la tabla % es de solo anexar', TG_TABLE_NAME USING ERRCODE = 'P0001'; END $$`);
        await queryRunner.query(`CREATE TRIGGER document_versions_append_only BEFORE UPDATE OR DELETE ON "document_versions" FOR EACH ROW EXECUTE FUNCTION enfoque_refuse_change()`);
        await queryRunner.query(`CREATE TRIGGER cycle_events_append_only BEFORE UPDATE OR DELETE ON "cycle_events" FOR EACH ROW EXECUTE FUNCTION enfoque_refuse_change()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER cycle_events_append_only ON "cycle_events"`);
        await queryRunner.query(`DROP TRIGGER document_versions_append_only ON "document_versions"`);
        await queryRunner.query(`DROP FUNCTION enfoque_refuse_change()`);
        await queryRunner.query(`DROP INDEX "public"."ix_cycle_events_cycle_type"`);
        await queryRunner.query(`DROP INDEX "public"."ix_cycles_awaiting"`);
        await queryRunner.query(`ALTER TABLE "cycle_events" DROP CONSTRAINT "FK_39f83adf26463e679684195f7d8"`);
        await queryRunner.query(`ALTER TABLE "document_versions" DROP CONSTRAINT "FK_af1f7dbb40de6a99ec5783f7b2f"`);
        await queryRunner.query(`ALTER TABLE "document_versions" DROP CONSTRAINT "FK_ac75577bca976d6d581b0f459b6"`);
        await queryRunner.query(`ALTER TABLE "cycle_documents" DROP CONSTRAINT "FK_5ff508e74d31ebd4250f9a7f38b"`);
        await queryRunner.query(`ALTER TABLE "cycles" DROP CONSTRAINT "FK_5210d2552089f419bc92dc4367a"`);
        await queryRunner.query(`ALTER TABLE "cycles" DROP CONSTRAINT "FK_d4867dec2b96b3c487eb8ee221c"`);
        await queryRunner.query(`DROP TABLE "cycle_events"`);
        await queryRunner.query(`DROP TABLE "document_versions"`);
        await queryRunner.query(`DROP INDEX "public"."ix_cycle_documents_cycle_kind"`);
        await queryRunner.query(`DROP INDEX "public"."uq_cycle_documents_singleton"`);
        await queryRunner.query(`DROP TABLE "cycle_documents"`);
        await queryRunner.query(`DROP TABLE "cycles"`);
    }

}
