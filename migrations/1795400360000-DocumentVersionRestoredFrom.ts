import { MigrationInterface, QueryRunner } from "typeorm";

export class DocumentVersionRestoredFrom1795400360000 implements MigrationInterface {
    name = 'DocumentVersionRestoredFrom1795400360000'

    // A version saved by restoring an earlier one names it ("restaurada desde la versión 2").
    // Null for every other save, and for every version written before this column existed.
    public async up(queryRunner: QueryRunner): Promise<void> {
        // The append-only trigger refuses UPDATE and DELETE of rows, not a schema change.
        await queryRunner.query(`
            ALTER TABLE "document_versions" ADD "restored_from_version" integer
        `);
        await queryRunner.query(`
            ALTER TABLE "document_versions" ADD CONSTRAINT "ck_document_versions_restored_from_earlier"
            CHECK ("restored_from_version" IS NULL OR ("restored_from_version" >= 1 AND "restored_from_version" < "version"))
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "document_versions" DROP CONSTRAINT "ck_document_versions_restored_from_earlier"
        `);
        await queryRunner.query(`
            ALTER TABLE "document_versions" DROP COLUMN "restored_from_version"
        `);
    }

}
