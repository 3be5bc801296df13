import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import archiver from 'archiver';
import { PassThrough } from 'node:stream';
import { DataSource } from 'typeorm';
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
import { RecordSigner } from './signing/record-signer';

const signed = (s: { name: string; at: string } | null | undefined) => (s ? `${s.name} (${s.at.slice(0, 10)})` : null);

// The cycle's dossier for the management review: every record (obsolete ones apart), every
// evidence file, a JSON manifest and a PDF master list, with the hash of each file.
@Injectable()
export class DossierService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly builder: RecordDataBuilder,
    private readonly signer: RecordSigner,
  ) {}

  async build(cycleId: string): Promise<{ fileName: string; stream: PassThrough }> {
    const manager = this.dataSource.manager;
    const cycle = await manager.findOne(Cycle, { where: { id: cycleId } });
    if (!cycle) throw cycleNotFound();
    const agency = await manager.findOneOrFail(Agency, { where: { id: cycle.agencyId } });
    const records = await manager.find(ProcedureRecord, {
      where: { cycleId },
      order: { createdAt: 'ASC', code: 'ASC' },
    });
    const evidence = await manager.find(EvidenceFile, {
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
    });
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
        approvals: {
          author: signed(data.approvals.author) ?? '—',
          headApproval: signed(data.approvals.headApproval),
          visa: signed(data.approvals.visa),
        },
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
    const masterList = await this.signer.signMasterList(
      await renderPdf(masterListDefinition({ agency, year: cycle.year, generatedAt, entries })),
      new Date(generatedAt),
    );
    files.push({ path: 'lista-maestra.pdf', bytes: masterList });
    const manifest = {
      agency: { code: agency.code, name: agency.name, ministry: agency.ministry },
      year: cycle.year,
      cycleId,
      generatedAt,
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
