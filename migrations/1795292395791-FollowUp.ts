import { MigrationInterface, QueryRunner } from "typeorm";

export class FollowUp1795292395791 implements MigrationInterface {
    name = 'FollowUp1795292395791'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "indicators" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "agency_id" uuid NOT NULL,
                "code" character varying(32) NOT NULL,
                "name" character varying(200) NOT NULL,
                "product" character varying(200),
                "unit" character varying(10) NOT NULL,
                "numerator" text NOT NULL,
                "denominator" text,
                "convention" character varying(12) NOT NULL,
                "parity_lower" numeric(6, 4) NOT NULL DEFAULT '0.97',
                "parity_upper" numeric(6, 4) NOT NULL DEFAULT '1.03',
                "verification_means" text NOT NULL,
                "goal_on" character varying(8) NOT NULL DEFAULT 'gap',
                "baseline" numeric,
                "annual_goal" numeric NOT NULL,
                "medium_term_goal" numeric,
                "long_term_goal" numeric,
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_indicators_agency_code" UNIQUE ("agency_id", "code"),
                CONSTRAINT "PK_6e24383c110600564187e92042e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "indicator_measurements" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "indicator_id" uuid NOT NULL,
                "period" character varying(7) NOT NULL,
                "women" numeric,
                "men" numeric,
                "not_reported" numeric,
                "recorded_by" uuid NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_indicator_measurements_period" UNIQUE ("indicator_id", "period"),
                CONSTRAINT "PK_44ff96847a2b5f8ab5f3d6a44dc" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "commitments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cycle_id" uuid NOT NULL,
                "item_id" character varying(32) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "deadline" date,
                "responsible" character varying(200) NOT NULL DEFAULT '',
                "responsible_user_id" uuid,
                "status" character varying(12) NOT NULL DEFAULT 'pending',
                "evidence" text,
                "justification" text,
                "in_programme" boolean NOT NULL DEFAULT true,
                "source_version" integer NOT NULL,
                "revision" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_commitments_cycle_item" UNIQUE ("cycle_id", "item_id"),
                CONSTRAINT "PK_82060edcfe810ce82b7565521af" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_commitments_open_deadline" ON "commitments" ("status", "deadline")
        `);
        await queryRunner.query(`
            CREATE TABLE "commitment_changes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "commitment_id" uuid NOT NULL,
                "revision" integer NOT NULL,
                "actor_id" uuid,
                "actor_name" character varying(200),
                "source" character varying(20) NOT NULL,
                "changes" jsonb NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f31399d93391bebca83c7d8c611" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_commitment_changes_commitment" ON "commitment_changes" ("commitment_id", "revision")
        `);
        await queryRunner.query(`
            CREATE TABLE "deadline_calendar" (
                "year" integer NOT NULL,
                "gate" character varying(40) NOT NULL,
                "due_date" date NOT NULL,
                "updated_by" uuid NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_22b925a0d988316aa6176da6d0c" PRIMARY KEY ("year", "gate")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "cycle_deadlines" (
                "cycle_id" uuid NOT NULL,
                "gate" character varying(40) NOT NULL,
                "due_date" date NOT NULL,
                "updated_by" uuid NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_22f5023c15dd5e8aa05a574f597" PRIMARY KEY ("cycle_id", "gate")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "reminders" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "dedupe_key" character varying(200) NOT NULL,
                "kind" character varying(24) NOT NULL,
                "cycle_id" uuid NOT NULL,
                "commitment_id" uuid,
                "gate" character varying(40),
                "due_date" date NOT NULL,
                "recipient_ids" uuid array NOT NULL,
                "subject" character varying(200) NOT NULL,
                "body" text NOT NULL,
                "emailed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_2d655c27551436438136cd94be2" UNIQUE ("dedupe_key"),
                CONSTRAINT "PK_38715fec7f634b72c6cf7ea4893" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_reminders_cycle" ON "reminders" ("cycle_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "reminder_id" uuid NOT NULL,
                "kind" character varying(24) NOT NULL,
                "title" character varying(200) NOT NULL,
                "body" text NOT NULL,
                "link" jsonb NOT NULL,
                "read_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_notifications_reminder_user" UNIQUE ("reminder_id", "user_id"),
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notifications_user_created" ON "notifications" ("user_id", "created_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "indicators"
            ADD CONSTRAINT "FK_a05cee2f2008a262f8cecce5ac4" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_measurements"
            ADD CONSTRAINT "FK_0b0c87387bd1961044db4a32ccf" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "commitments"
            ADD CONSTRAINT "FK_77de77e09f61c7ada90ef851f21" FOREIGN KEY ("cycle_id") REFERENCES "cycles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "commitment_changes"
            ADD CONSTRAINT "FK_5e043e25de4e7757bba877b3d53" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cycle_deadlines"
            ADD CONSTRAINT "FK_e85f44f083ac8a7827b06162fe1" FOREIGN KEY ("cycle_id") REFERENCES "cycles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_aee0b650dc7d27fff5bc0cb906c" FOREIGN KEY ("reminder_id") REFERENCES "reminders"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        // Reviewed additions. The trail of commitment changes is append-only, like the cycle's.
        await queryRunner.query(`
            CREATE TRIGGER commitment_changes_append_only BEFORE UPDATE OR DELETE ON "commitment_changes"
            FOR EACH ROW EXECUTE FUNCTION enfoque_refuse_change()
        `);
        // Notifications are listed unread-first per person.
        await queryRunner.query(`
            CREATE INDEX "ix_notifications_user_unread" ON "notifications" ("user_id") WHERE read_at IS NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_user_unread"
        `);
        await queryRunner.query(`
            DROP TRIGGER commitment_changes_append_only ON "commitment_changes"
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_aee0b650dc7d27fff5bc0cb906c"
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"
        `);
        await queryRunner.query(`
            ALTER TABLE "cycle_deadlines" DROP CONSTRAINT "FK_e85f44f083ac8a7827b06162fe1"
        `);
        await queryRunner.query(`
            ALTER TABLE "commitment_changes" DROP CONSTRAINT "FK_5e043e25de4e7757bba877b3d53"
        `);
        await queryRunner.query(`
            ALTER TABLE "commitments" DROP CONSTRAINT "FK_77de77e09f61c7ada90ef851f21"
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_measurements" DROP CONSTRAINT "FK_0b0c87387bd1961044db4a32ccf"
        `);
        await queryRunner.query(`
            ALTER TABLE "indicators" DROP CONSTRAINT "FK_a05cee2f2008a262f8cecce5ac4"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_user_created"
        `);
        await queryRunner.query(`
            DROP TABLE "notifications"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_reminders_cycle"
        `);
        await queryRunner.query(`
            DROP TABLE "reminders"
        `);
        await queryRunner.query(`
            DROP TABLE "cycle_deadlines"
        `);
        await queryRunner.query(`
            DROP TABLE "deadline_calendar"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_commitment_changes_commitment"
        `);
        await queryRunner.query(`
            DROP TABLE "commitment_changes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_commitments_open_deadline"
        `);
        await queryRunner.query(`
            DROP TABLE "commitments"
        `);
        await queryRunner.query(`
            DROP TABLE "indicator_measurements"
        `);
        await queryRunner.query(`
            DROP TABLE "indicators"
        `);
    }

}
