import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import archiver from 'archiver';
import { PassThrough } from 'node:stream';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/load-config';
import { masterListDefinition, type MasterListEntry } from '../../templates/master-list.template';
import { renderPdf } from '../../templates/render';
import { Agency } from '../agencies/agency.entity';
import { sha256Hex } from '../common/canonical-json';
import { cycleNotFound } from '../cycles/cycle-lock';
import { Cycle } from '../cycles/cycle.entity';
import { EvidenceFile } from './evidence-file.entity';
import { RecordDataBuilder } from './record-data.builder';
import { RecordFile } from './record-file.entity';
import { ProcedureRecord } from './record.entity';

// The cycle's dossier for the management review: every record (obsolete ones apart), every
// evidence file, a JSON manifest and a PDF master list, with the hash of each file.
@Injectable()
export class DossierService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly builder: RecordDataBuilder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async build(cycleId: string): Promise<{ fileName: string; stream: PassThrough }> {
    // One snapshot: the cycle's history (the master list's seal) and the records it made.
    const { cycle, agency, records, evidence } = await this.dataSource.transaction(
      'REPEATABLE READ',
      async (manager) => {
        const found = await manager.findOne(Cycle, { where: { id: cycleId } });
        if (!found) throw cycleNotFound();
        return {
          cycle: found,
          agency: await manager.findOneOrFail(Agency, { where: { id: found.agencyId } }),
          records: await manager.find(ProcedureRecord, {
            where: { cycleId },
            order: { createdAt: 'ASC', code: 'ASC' },
          }),
          evidence: await manager.find(EvidenceFile, {
            where: { cycleId },
            order: { createdAt: 'ASC' },
            select: {
              id: true,
              documentId: true,
              fileName: true,
              mediaType: true,
              size: true,
              sha256: true,
              bytes: true,
              createdAt: true,
            },
          }),
        };
      },
    );
    const manager = this.dataSource.manager;
    const generatedAt = new Date().toISOString();

    const files: { path: string; bytes: Buffer }[] = [];
    const entries: (MasterListEntry & {
      kind: string;
      file: string | null;
      documentSha256: string;
      issuedAt: string | null;
    })[] = [];
    for (const record of records) {
      const data = await this.builder.build(record, record.issuedAt ?? new Date());
      const file =
        record.status === 'issued' ? `registros/${record.obsolete ? 'obsoletos/' : ''}${record.code}.pdf` : null;
      if (file) {
        const stored = await manager.findOneOrFail(RecordFile, { where: { recordId: record.id } });
        files.push({ path: file, bytes: stored.bytes });
      }
      entries.push({
        code: record.code,
        title: record.title,
        kind: record.kind,
        version: record.version,
        status: record.status,
        obsolete: record.obsolete,
        sha256: record.pdfSha256,
        documentSha256: record.documentSha256,
        issuedAt: record.issuedAt?.toISOString() ?? null,
        file,
        approvals: data.approvals,
      });
    }
    const evidenceEntries = evidence.map((e) => {
      const path = `evidencias/${e.sha256.slice(0, 12)}-${e.fileName}`;
      files.push({ path, bytes: e.bytes });
      return {
        file: path,
        fileName: e.fileName,
        mediaType: e.mediaType,
        size: e.size,
        sha256: e.sha256,
        documentId: e.documentId,
      };
    });
    // Sealed with the cycle's history as read here: the list is of the records that history made.
    const history = { seq: cycle.historySeq, sha256: cycle.historyHash };
    const masterList = await renderPdf(
      masterListDefinition({
        agency: { code: agency.code, name: agency.name, ministry: agency.ministry },
        year: cycle.year,
        generatedAt,
        history,
        verifyUrl: `${this.config.publicUrl}/verify/${history.sha256}`,
        entries,
      }),
    );
    files.push({ path: 'lista-maestra.pdf', bytes: masterList });
    const manifest = {
      agency: { code: agency.code, name: agency.name, ministry: agency.ministry },
      year: cycle.year,
      cycleId,
      generatedAt,
      history,
      records: entries,
      evidence: evidenceEntries,
      files: files.map((f) => ({ path: f.path, sha256: sha256Hex(f.bytes), size: f.bytes.length })),
    };

    const archive = archiver('zip', { zlib: { level: 6 } });
    const stream = new PassThrough();
    archive.pipe(stream);
    archive.on('error', (error) => stream.destroy(error));
    const date = new Date(generatedAt);
    for (const file of files) archive.append(file.bytes, { name: file.path, date });
    archive.append(Buffer.from(JSON.stringify(manifest, null, 2)), { name: 'manifiesto.json', date });
    void archive.finalize();
    return { fileName: `expediente-${agency.code}-${cycle.year}.zip`, stream };
  }
}
