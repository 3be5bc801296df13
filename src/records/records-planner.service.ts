import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { CycleEventType, CycleView } from '../../workflows/cycle-engine';
import type { DocumentKind, RegisterDocumentKind } from '../../workflows/document-kinds';
import { RECORD_TITLES, recordCode, type RecordKind } from '../../templates/record-data';
import { contentHash } from '../common/canonical-json';
import type { Cycle } from '../cycles/cycle.entity';
import { CycleDocument } from '../documents/store/cycle-document.entity';
import { JobName } from '../jobs/job-names';
import { OutboxService } from '../outbox/outbox.service';
import { ProcedureRecord, RecordSource } from './record.entity';

// The stages whose visa gives a V°B° certificate, numbered for the certificate's code.
const VISA_STAGE_SERIAL: Record<string, number> = {
  strategicDefinitions: 1,
  diagnostic: 2,
  planning: 3,
  implementation: 3,
  evaluation: 4,
};
// Closing events register their document as a record, with no visa (guide §9).
export const REGISTERED_BY: Partial<Record<CycleEventType, DocumentKind>> = {
  RECORD_REVIEW: 'management-review',
  DISSEMINATE: 'dissemination',
  COMPLETE: 'standardisation',
};

/** Whether a transition of this type makes records (and so has jobs waiting in the outbox). */
export const transitionMakesRecords = (type: CycleEventType): boolean =>
  type === 'GRANT_VISA' || REGISTERED_BY[type] !== undefined;

interface RecordSpec {
  kind: RecordKind;
  series: string;
  version: number;
  serial?: number;
  source: RecordSource;
  documentSha256: string;
}

// Decides, inside the transaction of a transition or a registration, which records the guide
// makes of it, writes them as pending and queues their issuing through the outbox.
@Injectable()
export class RecordsPlanner {
  constructor(private readonly outbox: OutboxService) {}

  async forTransition(
    manager: EntityManager,
    cycle: Cycle,
    type: CycleEventType,
    before: CycleView,
    eventSeq: number,
  ): Promise<void> {
    const specs: RecordSpec[] = [];
    if (type === 'GRANT_VISA' && before.submission) {
      const kinds = before.submission.kinds;
      const documents = await manager.find(CycleDocument, {
        where: { cycleId: cycle.id, kind: In(kinds.map((k) => k.kind)) },
      });
      for (const frozen of kinds) {
        const document = documents.find((d) => d.kind === frozen.kind);
        if (!document) continue;
        specs.push({
          kind: frozen.kind,
          series: frozen.kind,
          version: frozen.version,
          source: { type: 'document', documentId: document.id, documentVersion: frozen.version },
          documentSha256: frozen.sha256,
        });
      }
      const stage = before.stage;
      const visas = await manager.count(ProcedureRecord, { where: { cycleId: cycle.id, series: `visa:${stage}` } });
      specs.push({
        kind: 'visa-certificate',
        series: `visa:${stage}`,
        version: visas + 1,
        serial: VISA_STAGE_SERIAL[stage],
        source: { type: 'visa', eventSeq, stage },
        // The certificate certifies these exact versions: its hash is of what it covers.
        documentSha256: contentHash({ cycleId: cycle.id, eventSeq, documents: kinds }),
      });
    }
    const registered = REGISTERED_BY[type];
    if (registered) {
      const document = await manager.findOneOrFail(CycleDocument, { where: { cycleId: cycle.id, kind: registered } });
      specs.push({
        kind: registered,
        series: registered,
        version: document.currentVersion,
        source: { type: 'document', documentId: document.id, documentVersion: document.currentVersion },
        documentSha256: document.currentSha256 ?? '',
      });
    }
    for (const spec of specs) await this.create(manager, cycle, spec);
  }

  /** An activity record or progress report: a record at registration and again with each new evidence file. */
  async forRegisterEntry(
    manager: EntityManager,
    cycle: Cycle,
    kind: RegisterDocumentKind,
    document: CycleDocument,
  ): Promise<void> {
    const series = `${kind}:${document.id}`;
    const issued = await manager.count(ProcedureRecord, { where: { cycleId: cycle.id, series } });
    // Its number among the cycle's entries of that kind, for the record's code.
    const [{ position }] = await manager.query<{ position: number }[]>(
      `SELECT count(*)::int AS position FROM cycle_documents d
       WHERE d.cycle_id = $1 AND d.kind = $2
         AND (d.created_at, d.id) <= (SELECT created_at, id FROM cycle_documents WHERE id = $3)`,
      [cycle.id, kind, document.id],
    );
    await this.create(manager, cycle, {
      kind,
      series,
      version: issued + 1,
      serial: position,
      source: { type: 'document', documentId: document.id, documentVersion: document.currentVersion },
      documentSha256: document.currentSha256 ?? '',
    });
  }

  private async create(manager: EntityManager, cycle: Cycle, spec: RecordSpec): Promise<void> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ProcedureRecord)
      .values({
        cycleId: cycle.id,
        kind: spec.kind,
        series: spec.series,
        version: spec.version,
        code: recordCode(cycle.year, spec.kind, spec.version, spec.serial),
        title: RECORD_TITLES[spec.kind],
        source: spec.source,
        documentSha256: spec.documentSha256,
      })
      // The same document version given a visa again (a review that changed nothing in it) is
      // already a record: keep the first.
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (!id) return;
    await manager
      .createQueryBuilder()
      .update(ProcedureRecord)
      .set({ obsolete: true })
      .where('cycle_id = :cycleId AND series = :series AND version < :version AND obsolete = false', {
        cycleId: cycle.id,
        series: spec.series,
        version: spec.version,
      })
      .execute();
    await this.outbox.add(manager, JobName.IssueRecord, { recordId: id }, `issue-record:${id}`);
  }
}
