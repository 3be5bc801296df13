import { MigrationInterface, QueryRunner } from "typeorm";

export class CycleEventsHashIndex1795400500000 implements MigrationInterface {
    name = 'CycleEventsHashIndex1795400500000'

    // A dossier's master list is sealed with the hash of its cycle's last history entry; the
    // public verification (GET /api/verify/:sha256) looks entries up by that hash.
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "ix_cycle_events_hash" ON "cycle_events" ("hash") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_cycle_events_hash"`);
    }

}
