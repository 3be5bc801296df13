import { MigrationInterface, QueryRunner } from "typeorm";

export class OverviewGateOutcomesIndex1795300000000 implements MigrationInterface {
    name = 'OverviewGateOutcomesIndex1795300000000'

    // The overview counts returns, denials and visa times of every cycle in one index-only pass.
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "ix_cycle_events_gate_outcomes" ON "cycle_events" ("cycle_id") INCLUDE ("type", "at")
            WHERE type IN ('APPROVE', 'RETURN', 'GRANT_VISA', 'DENY_VISA')
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."ix_cycle_events_gate_outcomes"
        `);
    }

}
