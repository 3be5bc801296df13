import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { AgencyScopeRegistry } from '../auth/policy/agency-scope.registry';
import { badRequest, conflict, notFound } from '../common/errors/domain.exception';
import { cycleNotFound } from '../cycles/cycle-lock';
import { Cycle } from '../cycles/cycle.entity';
import { CycleEvent } from '../history/cycle-event.entity';
import { MASTER_LIST_TITLE, masterListCode } from '../../templates/master-list.template';
import { RecordFile } from './record-file.entity';
import { ProcedureRecord } from './record.entity';
import { RecordView, toRecordView } from './record.views';
import { verifyRecordSignature } from './signing/record-signature';

const SHA256 = /^[0-9a-f]{64}$/;

export interface Verification {
  valid: boolean;
  sha256: string;
  /**
   * What the hash is of: the PDF file or the document version it records, or the cycle's history
   * up to one entry (the seal of a master list, lista-maestra.pdf of the dossier).
   */
  matches?: 'pdf' | 'document' | 'history';
  record?: {
    code: string;
    title: string;
    kind: string;
    version: number;
    agency: { code: string; name: string };
    year: number;
    current: boolean;
    issuedAt: string | null;
  };
  /** The electronic signature of the record's PDF, checked now. */
  signature?: {
    status: 'valid' | 'invalid' | 'unsigned';
    problem: string | null;
    signer: { name: string; organization: string | null; selfSigned: boolean } | null;
    signedAt: string | null;
  };
}

@Injectable()
export class RecordsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: AgencyScopeRegistry,
  ) {}

  onModuleInit(): void {
    this.scopes.register(
      'recordId',
      async (id) =>
        (
          await this.dataSource.query<{ agency_id: string }[]>(
            'SELECT c.agency_id FROM records r JOIN cycles c ON c.id = r.cycle_id WHERE r.id = $1',
            [id],
          )
        )[0]?.agency_id ?? null,
      { immutable: true },
    );
  }

  async list(cycleId: string): Promise<RecordView[]> {
    if (!(await this.dataSource.manager.exists(Cycle, { where: { id: cycleId } }))) throw cycleNotFound();
    const records = await this.dataSource.manager.find(ProcedureRecord, {
      where: { cycleId },
      order: { createdAt: 'ASC', code: 'ASC' },
    });
    return records.map(toRecordView);
  }

  async pdf(recordId: string): Promise<{ record: ProcedureRecord; bytes: Buffer }> {
    const record = await this.dataSource.manager.findOne(ProcedureRecord, { where: { id: recordId } });
    if (!record) throw notFound('RECORD_NOT_FOUND', 'El registro indicado no existe');
    if (record.status !== 'issued')
      throw conflict('RECORD_PENDING', 'El registro aún se está emitiendo; intente en unos segundos');
    const file = await this.dataSource.manager.findOneOrFail(RecordFile, { where: { recordId } });
    return { record, bytes: file.bytes };
  }

  // Public: says whether a hash is of a genuine record, whose and whether current; never content.
  async verify(sha256: string): Promise<Verification> {
    const hash = sha256.toLowerCase();
    if (!SHA256.test(hash))
      throw badRequest('INVALID_HASH', 'El código de verificación debe ser un SHA-256 (64 caracteres hexadecimales)');
    const record = await this.dataSource.manager
      .createQueryBuilder(ProcedureRecord, 'r')
      .where("r.status = 'issued' AND (r.pdf_sha256 = :hash OR r.document_sha256 = :hash)", { hash })
      .orderBy('r.obsolete', 'ASC')
      .addOrderBy('r.issued_at', 'DESC')
      .getOne();
    if (!record) return this.verifyHistory(hash);
    const cycle = await this.dataSource.manager.findOneOrFail(Cycle, { where: { id: record.cycleId } });
    const agency = await this.dataSource.manager.findOneOrFail(Agency, { where: { id: cycle.agencyId } });
    const file = await this.dataSource.manager.findOneOrFail(RecordFile, { where: { recordId: record.id } });
    const { status, problem, signer, signedAt } = verifyRecordSignature(file.bytes);
    return {
      valid: true,
      sha256: hash,
      matches: record.pdfSha256 === hash ? 'pdf' : 'document',
      record: {
        code: record.code,
        title: record.title,
        kind: record.kind,
        version: record.version,
        agency: { code: agency.code, name: agency.name },
        year: cycle.year,
        current: !record.obsolete,
        issuedAt: record.issuedAt?.toISOString() ?? null,
      },
      signature: { status, problem, signer, signedAt: signedAt?.toISOString() ?? null },
    };
  }

  // A master list is sealed with the hash of its cycle's last history entry when it was made: the
  // list is then of that agency, year and entry, and still current if the history has not moved.
  private async verifyHistory(hash: string): Promise<Verification> {
    const entry = await this.dataSource.manager.findOne(CycleEvent, {
      select: { cycleId: true, seq: true, at: true },
      where: { hash },
    });
    if (!entry) return { valid: false, sha256: hash };
    const cycle = await this.dataSource.manager.findOneOrFail(Cycle, { where: { id: entry.cycleId } });
    const agency = await this.dataSource.manager.findOneOrFail(Agency, { where: { id: cycle.agencyId } });
    return {
      valid: true,
      sha256: hash,
      matches: 'history',
      record: {
        code: masterListCode(cycle.year),
        title: MASTER_LIST_TITLE,
        kind: 'master-list',
        version: entry.seq,
        agency: { code: agency.code, name: agency.name },
        year: cycle.year,
        current: cycle.historySeq === entry.seq,
        issuedAt: entry.at,
      },
    };
  }
}
