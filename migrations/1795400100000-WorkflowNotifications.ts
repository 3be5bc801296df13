import { MigrationInterface, QueryRunner } from "typeorm";

export class WorkflowNotifications1795400100000 implements MigrationInterface {
    name = 'WorkflowNotifications1795400100000'

    // A notification comes either from a reminder or from a cycle's history entry (a transition),
    // never both; a transition notifies each person once, and e-mails each of them once.
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notifications" ALTER COLUMN "reminder_id" DROP NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" ADD "event_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" ADD "emailed_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "fk_notifications_event" FOREIGN KEY ("event_id") REFERENCES "cycle_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "ck_notifications_one_source" CHECK (num_nonnulls("reminder_id", "event_id") = 1)
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "uq_notifications_event_user" UNIQUE ("event_id", "user_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DELETE FROM "notifications" WHERE "event_id" IS NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "uq_notifications_event_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "ck_notifications_one_source"
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_event"
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP COLUMN "emailed_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP COLUMN "event_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" ALTER COLUMN "reminder_id" SET NOT NULL
        `);
    }

}
