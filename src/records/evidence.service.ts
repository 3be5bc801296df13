import { HttpStatus, Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { describeCycle } from '../../workflows/cycle-engine';
import type { RegisterDocumentKind } from '../../workflows/document-kinds';
import type { Role } from '../../workflows/roles';
import { AgencyScopeRegistry } from '../auth/policy/agency-scope.registry';
import { Principal } from '../auth/principal';
import { sha256Hex } from '../common/canonical-json';
import { badRequest, conflict, DomainException, forbidden, notFound } from '../common/errors/domain.exception';
import { lockCycle } from '../cycles/cycle-lock';
import { persistedOf } from '../cycles/persisted-cycle';
import { canWrite } from '../documents/document-writers';
import { CycleDocument } from '../documents/store/cycle-document.entity';
import { HistoryService } from '../history/history.service';
import { OutboxRelay } from '../outbox/outbox-relay.service';
import {
  cycleEvidenceProblem,
  EVIDENCE_TYPE_NAMES,
  MAX_EVIDENCE_BYTES_PER_CYCLE,
  MAX_EVIDENCE_PER_ENTRY,
} from '../../workflows/evidence-rules';
import { detectEvidenceType, sanitiseFileName } from './evidence-type';
import { EvidenceFile } from './evidence-file.entity';
import { RecordsPlanner } from './records-planner.service';

export { MAX_EVIDENCE_BYTES } from '../../workflows/evidence-rules';

export interface UploadedFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

export interface EvidenceView {
  id: string;
  documentId: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  createdAt: string;
}

const toView = (file: EvidenceFile): EvidenceView => ({
  id: file.id,
  documentId: file.documentId,
  fileName: file.fileName,
  mediaType: file.mediaType,
  size: file.size,
  sha256: file.sha256,
  uploadedBy: file.uploadedBy,
  createdAt: file.createdAt.toISOString(),
});

@Injectable()
export class EvidenceService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: AgencyScopeRegistry,
    private readonly history: HistoryService,
    private readonly planner: RecordsPlanner,
    @Optional() private readonly relay?: OutboxRelay,
  ) {}

  onModuleInit(): void {
    this.scopes.register(
      'evidenceId',
      async (id) =>
        (
          await this.dataSource.query<{ agency_id: string }[]>(
            'SELECT c.agency_id FROM evidence_files e JOIN cycles c ON c.id = e.cycle_id WHERE e.id = $1',
            [id],
          )
        )[0]?.agency_id ?? null,
      { immutable: true },
    );
  }

  async upload(
    cycleId: string,
    kind: RegisterDocumentKind,
    documentId: string,
    file: UploadedFile | undefined,
    principal: Principal,
    roles: Role[],
  ) {
    if (!canWrite(kind, roles)) throw forbidden('Su rol no adjunta medios de verificación');
    if (!file || file.size === 0) throw badRequest('FILE_REQUIRED', 'Adjunte un archivo en el campo «file»');
    const type = await detectEvidenceType(file.buffer);
    if (!type) {
      throw new DomainException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        'UNSUPPORTED_FILE_TYPE',
        `El contenido del archivo no es de un tipo admitido: se admiten archivos ${EVIDENCE_TYPE_NAMES}`,
      );
    }
    const saved = await this.dataSource.transaction(async (manager) => {
      const cycle = await lockCycle(manager, cycleId);
      const document = await manager.findOne(CycleDocument, { where: { id: documentId, cycleId, kind } });
      if (!document) throw notFound('DOCUMENT_NOT_FOUND', 'El registro indicado no existe en este ciclo');
      if (!describeCycle(persistedOf(cycle)).editableKinds.includes(kind)) {
        throw conflict(
          'NOT_EDITABLE',
          'Los medios de verificación se adjuntan durante la implementación del programa',
          { state: cycle.state },
        );
      }
      if ((await manager.count(EvidenceFile, { where: { documentId } })) >= MAX_EVIDENCE_PER_ENTRY) {
        throw conflict('TOO_MANY_FILES', `Cada registro admite a lo más ${MAX_EVIDENCE_PER_ENTRY} archivos`);
      }
      // Under the cycle's lock: two uploads at once cannot both take the last space.
      const usedBytes = await this.usedBytes(manager, cycleId);
      const fileName = sanitiseFileName(file.originalname, type.ext);
      const problem = cycleEvidenceProblem({ name: fileName, size: file.size }, usedBytes);
      if (problem) {
        throw new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, 'CYCLE_EVIDENCE_FULL', problem, {
          usedBytes,
          maxBytes: MAX_EVIDENCE_BYTES_PER_CYCLE,
        });
      }
      const evidence = manager.create(EvidenceFile, {
        cycleId,
        documentId,
        fileName,
        mediaType: type.mime,
        size: file.size,
        sha256: sha256Hex(file.buffer),
        bytes: file.buffer,
        uploadedBy: principal.userId,
      });
      await manager.save(evidence);
      await this.history.appendWork(
        manager,
        cycle,
        'EVIDENCE_ATTACHED',
        { principal, roles },
        [{ kind, version: document.currentVersion, sha256: evidence.sha256, documentId }],
        evidence.fileName,
      );
      // The entry's record is issued again, now listing this file; the earlier one becomes obsolete.
      await this.planner.forRegisterEntry(manager, cycle, kind, document);
      return evidence;
    });
    this.relay?.kick();
    return toView(saved);
  }

  private async usedBytes(manager: EntityManager, cycleId: string): Promise<number> {
    const [row] = await manager.query<{ used: string }[]>(
      'SELECT coalesce(sum(size), 0) AS used FROM evidence_files WHERE cycle_id = $1',
      [cycleId],
    );
    return Number(row?.used ?? 0);
  }

  async list(cycleId: string): Promise<EvidenceView[]> {
    const files = await this.dataSource.manager.find(EvidenceFile, { where: { cycleId }, order: { createdAt: 'ASC' } });
    return files.map(toView);
  }

  async download(evidenceId: string): Promise<{ file: EvidenceFile; bytes: Buffer }> {
    const file = await this.dataSource.manager.findOne(EvidenceFile, {
      where: { id: evidenceId },
      select: {
        id: true,
        fileName: true,
        mediaType: true,
        bytes: true,
        size: true,
        sha256: true,
        cycleId: true,
        documentId: true,
        uploadedBy: true,
        createdAt: true,
      },
    });
    if (!file) throw notFound('EVIDENCE_NOT_FOUND', 'El archivo indicado no existe');
    return { file, bytes: file.bytes };
  }
}
