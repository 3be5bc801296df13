import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import archiver, { type Archiver, type EntryData } from 'archiver';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { MasterListEntry } from '../../templates/master-list.template';
import { Agency } from '../agencies/agency.entity';
import { sha256Hex } from '../common/canonical-json';
import { APP_CONFIG, AppConfig } from '../config/load-config';
import { cycleNotFound } from '../cycles/cycle-lock';
import { Cycle } from '../cycles/cycle.entity';
import { EvidenceFile } from './evidence-file.entity';
import { PdfRenderer } from './pdf-renderer';
import { RecordDataBuilder } from './record-data.builder';
import { ProcedureRecord } from './record.entity';
import { StoredFiles } from './stored-files';
import { RecordSigner } from './signing/record-signer';

// A file of the ZIP: its bytes are read only when the ZIP gets to it.
interface DossierFile {
  path: string;
  sha256: string;
  size: number;
  open(): Readable | Buffer;
  /** Already compressed (evidence: PDF, images, office files): stored as is, not deflated again. */
  store?: boolean;
}

// The cycle's dossier for the management review: every record (obsolete ones apart), every
// evidence file, a JSON manifest and a PDF master list, with the hash of each file.
//
// A cycle may hold 250 MB of evidence, so the ZIP is streamed: what files there are is read first
// (the manifest lists the hash stored with each), then the files are added one at a time, each
// read a slice per query (StoredFiles) only as fast as the client takes the ZIP.
@Injectable()
export class DossierService {
  private readonly logger = new Logger('Expedientes');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly builder: RecordDataBuilder,
    private readonly renderer: PdfRenderer,
    private readonly stored: StoredFiles,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly signer: RecordSigner,
  ) {}

  async build(cycleId: string): Promise<{ fileName: string; stream: Readable }> {
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
          evidence: await manager.find(EvidenceFile, { where: { cycleId }, order: { createdAt: 'ASC' } }),
        };
      },
    );
    const generatedAt = new Date().toISOString();
    const history = { seq: cycle.historySeq, sha256: cycle.historyHash };

    const files: DossierFile[] = [];
    const recordFiles = new Map<string, string>();
    for (const record of records) {
      if (record.status !== 'issued' || record.pdfSha256 === null || record.pdfSize === null) continue;
      const path = `registros/${record.obsolete ? 'obsoletos/' : ''}${record.code}.pdf`;
      recordFiles.set(record.id, path);
      files.push({
        path,
        sha256: record.pdfSha256,
        size: record.pdfSize,
        open: () => this.stored.stream('record', record.id),
      });
    }
    const evidenceEntries = evidence.map((e) => {
      const path = `evidencias/${e.sha256.slice(0, 12)}-${e.fileName}`;
      files.push({
        path,
        sha256: e.sha256,
        size: e.size,
        open: () => this.stored.stream('evidence', e.id),
        store: true,
      });
      return {
        file: path,
        fileName: e.fileName,
        mediaType: e.mediaType,
        size: e.size,
        sha256: e.sha256,
        documentId: e.documentId,
      };
    });

    // The master list (the records' approvals, rendered on a render thread) is made while the
    // files go out, and closes the ZIP with the manifest.
    const closing = (async (): Promise<DossierFile[]> => {
      const entries: (MasterListEntry & {
        kind: string;
        file: string | null;
        documentSha256: string;
        issuedAt: string | null;
      })[] = [];
      for (const record of records) {
        const data = await this.builder.build(record, record.issuedAt ?? new Date());
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
          file: recordFiles.get(record.id) ?? null,
          approvals: data.approvals,
        });
      }
      // Sealed with the cycle's history as read here: the list is of the records that history made.
      const pdf = await this.signer.signMasterList(
        await this.renderer.renderMasterList({
          agency: { code: agency.code, name: agency.name, ministry: agency.ministry },
          year: cycle.year,
          generatedAt,
          history,
          verifyUrl: `${this.config.publicUrl}/verify/${history.sha256}`,
          entries,
        }),
        new Date(generatedAt),
      );
      const masterList: DossierFile = {
        path: 'lista-maestra.pdf',
        sha256: sha256Hex(pdf),
        size: pdf.length,
        open: () => pdf,
      };
      const manifest = Buffer.from(
        JSON.stringify(
          {
            agency: { code: agency.code, name: agency.name, ministry: agency.ministry },
            year: cycle.year,
            cycleId,
            generatedAt,
            history,
            records: entries,
            evidence: evidenceEntries,
            files: [...files, masterList].map((f) => ({ path: f.path, sha256: f.sha256, size: f.size })),
          },
          null,
          2,
        ),
      );
      return [
        masterList,
        { path: 'manifiesto.json', sha256: sha256Hex(manifest), size: manifest.length, open: () => manifest },
      ];
    })();
    // Awaited once the files are in; until then, a failure must not go unhandled.
    closing.catch(() => undefined);

    const archive = archiver('zip', { zlib: { level: 6 } });
    void this.fill(archive, files, closing, new Date(generatedAt));
    return { fileName: `expediente-${agency.code}-${cycle.year}.zip`, stream: archive };
  }

  // One file at a time: the next is opened once the ZIP has taken the whole of the previous one.
  private async fill(
    archive: Archiver,
    files: DossierFile[],
    closing: Promise<DossierFile[]>,
    date: Date,
  ): Promise<void> {
    try {
      for (const file of files) await append(archive, file.open(), { name: file.path, date, store: file.store });
      for (const file of await closing) await append(archive, file.open(), { name: file.path, date });
      await archive.finalize();
    } catch (error) {
      // The client left (the response destroyed the ZIP) or a file could not be read: the
      // response ends without the ZIP's directory, so the download fails instead of looking whole.
      if (!archive.destroyed) {
        this.logger.error({ err: error }, 'No se pudo completar el expediente');
        archive.destroy(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }
}

// Resolves when the ZIP has taken the entry; rejects when the ZIP or the entry's stream fails or
// the ZIP is destroyed before.
function append(archive: Archiver, source: Readable | Buffer, data: EntryData & { store?: boolean }): Promise<void> {
  return new Promise((resolve, reject) => {
    if (archive.destroyed) {
      if (!Buffer.isBuffer(source)) source.destroy();
      return reject(new Error('El expediente se cerró antes de completarse'));
    }
    const stopped = (error?: unknown) => {
      cleanup();
      if (!Buffer.isBuffer(source)) source.destroy();
      reject(error instanceof Error ? error : new Error('El expediente se cerró antes de completarse'));
    };
    const cleanup = () => {
      archive.off('close', stopped).off('error', stopped);
      if (!Buffer.isBuffer(source)) source.off('error', stopped);
    };
    archive.once('close', stopped).once('error', stopped);
    if (!Buffer.isBuffer(source)) source.once('error', stopped);
    archive.append(source, {
      ...data,
      callback: () => {
        cleanup();
        resolve();
      },
    } as EntryData);
  });
}
