import { Injectable, Optional, ParseIntPipe } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { describeCycle } from '../../workflows/cycle-engine';
import {
  RegisterDocumentKind,
  SINGLETON_DOCUMENT_KINDS,
  SingletonDocumentKind,
  type DocumentKind,
} from '../../workflows/document-kinds';
import type { Role } from '../../workflows/roles';
import { Principal } from '../auth/principal';
import { contentHash } from '../common/canonical-json';
import { badRequest, conflict, forbidden, notFound, unprocessable } from '../common/errors/domain.exception';
import { cycleNotFound, lockCycle } from '../cycles/cycle-lock';
import { Cycle } from '../cycles/cycle.entity';
import { persistedOf } from '../cycles/persisted-cycle';
import { CycleEvent } from '../history/cycle-event.entity';
import { HistoryService } from '../history/history.service';
import { OutboxRelay } from '../outbox/outbox-relay.service';
import { RecordsPlanner } from '../records/records-planner.service';
import { checkCompleteness, DOCUMENT_LABELS } from './completeness';
import { validateContent, type ContentByKind } from './content';
import { isEmptyContent } from './content/empty-content';
import { canWrite } from './document-writers';
import {
  DocumentSummary,
  Observation,
  RegisterEntryView,
  RegisterPage,
  toDocumentSummary,
  toObservation,
} from './document.views';
import { CycleDocument } from './store/cycle-document.entity';
import { DocumentVersion } from './store/document-version.entity';

export const isSingletonKind = (kind: string): kind is SingletonDocumentKind =>
  (SINGLETON_DOCUMENT_KINDS as readonly string[]).includes(kind);

const documentNotFound = () => notFound('DOCUMENT_NOT_FOUND', 'El documento indicado no existe en este ciclo');
const versionNotFound = () => notFound('VERSION_NOT_FOUND', 'El documento no tiene la versión indicada');

// A version number in a path: anything but a positive integer names no version.
const MAX_VERSION = 2_147_483_647;
export const VersionParam = new ParseIntPipe({ exceptionFactory: versionNotFound });

export interface DocumentVersionSummary {
  version: number;
  sha256: string;
  authorId: string;
  authorName: string | null;
  createdAt: string;
  /** The earlier version whose content this one restored; null for every other save. */
  restoredFromVersion: number | null;
}

export interface DocumentVersionView extends DocumentVersionSummary {
  cycleId: string;
  kind: SingletonDocumentKind;
  content: unknown;
}

export interface DocumentView extends DocumentSummary {
  id: string;
  cycleId: string;
  title: string;
  content: unknown;
  editable: boolean;
  updatedAt: string;
  versions: DocumentVersionSummary[];
  observations: Observation[];
}

// A version as read from the database (before its time becomes ISO text).
type VersionRow = Omit<DocumentVersionSummary, 'createdAt'> & { createdAt: Date };

// The versioned document store: every save is a new immutable version with its author and the
// SHA-256 of its canonical JSON; edits only where the cycle's state allows them.
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly history: HistoryService,
    private readonly records: RecordsPlanner,
    @Optional() private readonly relay?: OutboxRelay,
  ) {}

  async createSingletons(manager: EntityManager, cycleId: string): Promise<void> {
    await manager.insert(
      CycleDocument,
      SINGLETON_DOCUMENT_KINDS.map((kind) => ({ cycleId, kind, status: 'draft' as const, currentVersion: 0 })),
    );
  }

  async get(cycleId: string, kind: string, roles: readonly Role[]): Promise<DocumentView> {
    if (!isSingletonKind(kind)) throw documentNotFound();
    const manager = this.dataSource.manager;
    const cycle = await manager.findOne(Cycle, { where: { id: cycleId } });
    if (!cycle) throw cycleNotFound();
    const document = await manager.findOne(CycleDocument, { where: { cycleId, kind } });
    if (!document) throw documentNotFound();
    return this.view(manager, cycle, document, roles);
  }

  async getVersion(cycleId: string, kind: string, version: number): Promise<DocumentVersionView> {
    if (!isSingletonKind(kind)) throw documentNotFound();
    if (version < 1 || version > MAX_VERSION) throw versionNotFound();
    const row = await this.dataSource.manager
      .createQueryBuilder(DocumentVersion, 'v')
      .innerJoin(CycleDocument, 'd', 'd.id = v.document_id')
      .leftJoin('v.author', 'author')
      .select([
        'v.version AS version',
        'v.sha256 AS sha256',
        'v.content AS content',
        'v.author_id AS "authorId"',
        'author.name AS "authorName"',
        'v.created_at AS "createdAt"',
        'v.restored_from_version AS "restoredFromVersion"',
      ])
      .where('d.cycle_id = :cycleId AND d.kind = :kind AND v.version = :version', { cycleId, kind, version })
      .getRawOne<VersionRow & { content: unknown }>();
    if (!row) {
      if (!(await this.dataSource.manager.existsBy(Cycle, { id: cycleId }))) throw cycleNotFound();
      throw versionNotFound();
    }
    return { cycleId, kind, ...row, createdAt: new Date(row.createdAt).toISOString() };
  }

  async save(
    cycleId: string,
    kind: string,
    content: unknown,
    expectedVersion: number,
    principal: Principal,
    roles: readonly Role[],
    options: { confirmEmpty?: boolean; restoredFromVersion?: number | null } = {},
  ): Promise<DocumentView> {
    if (!isSingletonKind(kind)) throw documentNotFound();
    if (!canWrite(kind, roles)) throw forbidden('Su rol no redacta este documento');
    const validated = validateContent(kind, content);
    if (!validated.ok) {
      throw badRequest('VALIDATION_FAILED', 'El contenido del documento no es válido', { fields: validated.errors });
    }
    return this.dataSource.transaction(async (manager) => {
      const cycle = await lockCycle(manager, cycleId);
      const document = await manager.findOne(CycleDocument, { where: { cycleId, kind } });
      if (!document) throw documentNotFound();
      if (!describeCycle(persistedOf(cycle)).editableKinds.includes(kind)) {
        throw conflict('NOT_EDITABLE', `«${DOCUMENT_LABELS[kind]}» no se puede editar en el estado actual del ciclo`, {
          status: document.status,
          state: cycle.state,
        });
      }
      if (expectedVersion !== document.currentVersion) {
        throw conflict('STALE_VERSION', 'El documento cambió desde que lo abrió; recargue para ver la versión actual', {
          currentVersion: document.currentVersion,
        });
      }
      const restoredFrom = options.restoredFromVersion ?? null;
      if (restoredFrom !== null) await this.checkRestore(manager, document, restoredFrom, validated.value);
      if (options.confirmEmpty !== true && isEmptyContent(validated.value) && document.currentVersion > 0) {
        const current = await manager.findOne(DocumentVersion, {
          where: { documentId: document.id, version: document.currentVersion },
        });
        if (current && !isEmptyContent(current.content)) {
          throw conflict(
            'EMPTY_OVERWRITE',
            `Guardar un contenido vacío borraría todo lo escrito en «${DOCUMENT_LABELS[kind]}»; confirme que desea vaciarlo`,
            { currentVersion: document.currentVersion },
          );
        }
      }
      const version = await this.appendVersion(manager, document, validated.value, principal.userId, restoredFrom);
      // The history entry names the restored version too (only then, so that the entries of every
      // other save hash exactly as before).
      await this.history.appendWork(manager, cycle, 'DOCUMENT_SAVED', { principal, roles }, [
        {
          kind,
          version: version.version,
          sha256: version.sha256,
          documentId: document.id,
          ...(restoredFrom === null ? {} : { restoredFromVersion: restoredFrom }),
        },
      ]);
      return this.view(manager, cycle, document, roles);
    });
  }

  async register(
    cycleId: string,
    kind: RegisterDocumentKind,
    content: unknown,
    principal: Principal,
    roles: readonly Role[],
  ) {
    if (!canWrite(kind, roles)) throw forbidden('Su rol no registra este documento');
    const validated = validateContent(kind, content);
    if (!validated.ok)
      throw badRequest('VALIDATION_FAILED', 'El contenido del registro no es válido', { fields: validated.errors });
    const entry = await this.dataSource.transaction(async (manager) => {
      const cycle = await lockCycle(manager, cycleId);
      if (!describeCycle(persistedOf(cycle)).editableKinds.includes(kind)) {
        throw conflict(
          'NOT_EDITABLE',
          `Solo se registra «${DOCUMENT_LABELS[kind]}» durante la implementación del programa`,
          { state: cycle.state },
        );
      }
      const documents = { ...(await this.currentContents(manager, cycleId)), [kind]: validated.value };
      const problems = checkCompleteness({ kinds: [kind], documents, previousFollowUpProgramme: null });
      if (problems.length > 0) throw unprocessable('INCOMPLETE', 'El registro está incompleto', { problems });
      const document = await manager.save(
        manager.create(CycleDocument, { cycleId, kind, status: 'registered', currentVersion: 0 }),
      );
      const version = await this.appendVersion(manager, document, validated.value, principal.userId);
      await this.records.forRegisterEntry(manager, cycle, kind, document);
      await this.history.appendWork(manager, cycle, 'RECORD_REGISTERED', { principal, roles }, [
        { kind, version: version.version, sha256: version.sha256, documentId: document.id },
      ]);
      return this.registerEntryView(kind, document, version, principal.name);
    });
    this.relay?.kick();
    return entry;
  }

  async listRegister(
    cycleId: string,
    kind: RegisterDocumentKind,
    page: { limit: number; offset: number },
    roles: readonly Role[],
  ): Promise<RegisterPage> {
    const cycle = await this.dataSource.manager.findOne(Cycle, { where: { id: cycleId } });
    if (!cycle) throw cycleNotFound();
    const [documents, total] = await this.dataSource.manager.findAndCount(CycleDocument, {
      where: { cycleId, kind },
      order: { createdAt: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
    const versions = documents.length
      ? await this.dataSource.manager.find(DocumentVersion, {
          where: { documentId: In(documents.map((d) => d.id)), version: 1 },
          relations: { author: true },
        })
      : [];
    const byDocument = new Map(versions.map((v) => [v.documentId, v]));
    return {
      total,
      items: documents.flatMap((d) => {
        const version = byDocument.get(d.id);
        return version ? [this.registerEntryView(kind, d, version, version.author?.name ?? null)] : [];
      }),
      editable: describeCycle(persistedOf(cycle)).editableKinds.includes(kind) && canWrite(kind, roles),
    };
  }

  /** The singleton documents' summaries and how many register entries exist, in one query. */
  async overview(
    manager: EntityManager,
    cycleId: string,
  ): Promise<{ documents: DocumentSummary[]; registers: Record<RegisterDocumentKind, number> }> {
    const rows = await manager.query<
      { kind: DocumentKind; status: DocumentSummary['status']; version: number; sha256: string | null; count: number }[]
    >(
      `SELECT kind, (array_agg(status))[1] AS status, max(current_version) AS version,
              (array_agg(current_sha256))[1] AS sha256, count(*)::int AS count
       FROM cycle_documents WHERE cycle_id = $1 GROUP BY kind`,
      [cycleId],
    );
    const byKind = new Map(rows.map((row) => [row.kind, row]));
    const documents = SINGLETON_DOCUMENT_KINDS.flatMap((kind) => {
      const row = byKind.get(kind);
      return row ? [{ kind, status: row.status, version: row.version, sha256: row.sha256 }] : [];
    });
    const registers = {
      'activity-record': byKind.get('activity-record')?.count ?? 0,
      'progress-report': byKind.get('progress-report')?.count ?? 0,
    };
    return { documents, registers };
  }

  async registerCounts(manager: EntityManager, cycleId: string): Promise<Record<RegisterDocumentKind, number>> {
    return (await this.overview(manager, cycleId)).registers;
  }

  /** The current content of every singleton document of a cycle that has been saved. */
  async currentContents(manager: EntityManager, cycleId: string): Promise<Partial<ContentByKind>> {
    const rows = await manager
      .createQueryBuilder(DocumentVersion, 'v')
      .innerJoin(CycleDocument, 'd', 'd.id = v.document_id AND v.version = d.current_version')
      .select(['d.kind AS kind', 'v.content AS content'])
      .where('d.cycle_id = :cycleId AND d.kind IN (:...kinds)', { cycleId, kinds: SINGLETON_DOCUMENT_KINDS })
      .getRawMany<{ kind: SingletonDocumentKind; content: unknown }>();
    // Stored content passed validateContent when it was saved, and is stored as plain JSON.
    const contents: Partial<Record<DocumentKind, unknown>> = {};
    for (const row of rows) contents[row.kind] = row.content;
    return contents as Partial<ContentByKind>;
  }

  /** The follow-up programme in force of the previous year's cycle (its commitments are evaluated now). */
  async previousFollowUpProgramme(
    manager: EntityManager,
    previousCycleId: string | null,
  ): Promise<ContentByKind['follow-up-programme'] | null> {
    if (!previousCycleId) return null;
    return (await this.currentContents(manager, previousCycleId))['follow-up-programme'] ?? null;
  }

  /** Distinct authors of every version of these documents: none of them may decide on them. */
  async authorsOf(manager: EntityManager, documentIds: string[]): Promise<Map<string, string[]>> {
    const rows = documentIds.length
      ? await manager
          .createQueryBuilder(DocumentVersion, 'v')
          .select(['v.document_id AS "documentId"', 'array_agg(DISTINCT v.author_id) AS authors'])
          .where('v.document_id IN (:...documentIds)', { documentIds })
          .groupBy('v.document_id')
          .getRawMany<{ documentId: string; authors: string[] }>()
      : [];
    return new Map(rows.map((r) => [r.documentId, r.authors]));
  }

  async setStatuses(
    manager: EntityManager,
    cycleId: string,
    statuses: Partial<Record<SingletonDocumentKind, CycleDocument['status']>>,
  ): Promise<void> {
    const entries = Object.entries(statuses);
    if (entries.length === 0) return;
    // One statement for every changed document of the transition.
    await manager.query(
      `UPDATE cycle_documents d SET status = s.status, updated_at = now()
       FROM unnest($2::text[], $3::text[]) AS s(kind, status)
       WHERE d.cycle_id = $1 AND d.kind = s.kind`,
      [cycleId, entries.map(([kind]) => kind), entries.map(([, status]) => status)],
    );
  }

  // A restore saves an earlier version's content again, unchanged, as the next version: the
  // version must exist, and the content must be that version's (same SHA-256), so that
  // "restaurada desde la versión N" in the history is true.
  private async checkRestore(
    manager: EntityManager,
    document: CycleDocument,
    restoredFrom: number,
    content: object,
  ): Promise<void> {
    if (restoredFrom > document.currentVersion) {
      throw unprocessable(
        'RESTORE_VERSION_INVALID',
        document.currentVersion === 0
          ? `No se puede restaurar la versión ${restoredFrom}: el documento aún no tiene versiones guardadas`
          : `No se puede restaurar la versión ${restoredFrom}: el documento solo tiene las versiones 1 a ${document.currentVersion}`,
        { restoredFromVersion: restoredFrom, currentVersion: document.currentVersion },
      );
    }
    const source = await manager.findOne(DocumentVersion, {
      where: { documentId: document.id, version: restoredFrom },
      select: { id: true, sha256: true },
    });
    const plain = JSON.parse(JSON.stringify(content)) as unknown;
    if (!source || contentHash(plain) !== source.sha256) {
      throw unprocessable(
        'RESTORE_CONTENT_MISMATCH',
        `El contenido enviado no es el de la versión ${restoredFrom}; para restaurarla, envíe su contenido sin cambios`,
        { restoredFromVersion: restoredFrom },
      );
    }
  }

  private async appendVersion(
    manager: EntityManager,
    document: CycleDocument,
    content: object,
    authorId: string,
    restoredFromVersion: number | null = null,
  ): Promise<DocumentVersion> {
    // A JSON round trip stores exactly what is hashed (class instances become plain data).
    const plain = JSON.parse(JSON.stringify(content)) as unknown;
    const version = await manager.save(
      manager.create(DocumentVersion, {
        documentId: document.id,
        version: document.currentVersion + 1,
        content: plain,
        sha256: contentHash(plain),
        authorId,
        restoredFromVersion,
      }),
    );
    document.currentVersion = version.version;
    document.currentSha256 = version.sha256;
    await manager.update(
      CycleDocument,
      { id: document.id },
      { currentVersion: version.version, currentSha256: version.sha256 },
    );
    return version;
  }

  private registerEntryView(
    kind: RegisterDocumentKind,
    document: CycleDocument,
    version: DocumentVersion,
    authorName: string | null,
  ): RegisterEntryView {
    return {
      id: document.id,
      kind,
      status: document.status,
      version: version.version,
      sha256: version.sha256,
      authorId: version.authorId,
      authorName,
      createdAt: version.createdAt.toISOString(),
      content: version.content,
    };
  }

  private async view(
    manager: EntityManager,
    cycle: Cycle,
    document: CycleDocument,
    roles: readonly Role[],
  ): Promise<DocumentView> {
    const versions = await manager
      .createQueryBuilder(DocumentVersion, 'v')
      .leftJoin('v.author', 'author')
      .select([
        'v.version AS version',
        'v.sha256 AS sha256',
        'v.author_id AS "authorId"',
        'author.name AS "authorName"',
        'v.created_at AS "createdAt"',
        'v.restored_from_version AS "restoredFromVersion"',
      ])
      .where('v.document_id = :id', { id: document.id })
      .orderBy('v.version', 'ASC')
      .getRawMany<VersionRow>();
    const current = document.currentVersion
      ? await manager.findOne(DocumentVersion, { where: { documentId: document.id, version: document.currentVersion } })
      : null;
    const observations = await manager
      .createQueryBuilder(CycleEvent, 'e')
      .where('e.cycle_id = :cycleId AND e.type IN (:...types)', { cycleId: cycle.id, types: ['RETURN', 'DENY_VISA'] })
      .andWhere('e.documents @> :ref::jsonb', { ref: JSON.stringify([{ kind: document.kind }]) })
      .orderBy('e.seq', 'ASC')
      .getMany();
    const editable =
      describeCycle(persistedOf(cycle)).editableKinds.includes(document.kind) && canWrite(document.kind, roles);
    return {
      id: document.id,
      cycleId: cycle.id,
      title: DOCUMENT_LABELS[document.kind],
      ...toDocumentSummary(document),
      content: current?.content ?? null,
      editable,
      updatedAt: document.updatedAt.toISOString(),
      versions: versions.map((v) => ({ ...v, createdAt: new Date(v.createdAt).toISOString() })),
      observations: observations.map(toObservation),
    };
  }
}
