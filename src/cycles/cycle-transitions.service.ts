import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, CycleEvent, CycleView, decide, describeCycle, FrozenDocument } from '../../workflows/cycle-engine';
import type { SingletonDocumentKind } from '../../workflows/document-kinds';
import type { Role } from '../../workflows/roles';
import { Principal } from '../auth/principal';
import { conflict, unprocessable } from '../common/errors/domain.exception';
import { submissionProblems, type Problem } from '../documents/completeness';
import { DocumentsService } from '../documents/documents.service';
import { CycleDocument } from '../documents/store/cycle-document.entity';
import type { EventDocumentRef } from '../history/cycle-event.entity';
import { HistoryService } from '../history/history.service';
import { JobName } from '../jobs/job-names';
import {
  assertObservationsAllowed,
  chainObservationsOf,
  isObservationEvent,
  planReviewObservations,
  reviewComment,
} from '../observations/observation-rules';
import { insertObservations, markAddressed } from '../observations/observation-store';
import { transitionNotifies, WorkflowNotifier } from '../notifications/workflow-notifier';
import { OutboxRelay } from '../outbox/outbox-relay.service';
import { OutboxService } from '../outbox/outbox.service';
import { RecordsPlanner, transitionMakesRecords } from '../records/records-planner.service';
import { lockCycle } from './cycle-lock';
import { Cycle } from './cycle.entity';
import { CycleResponse } from './cycle.view';
import { CyclesService } from './cycles.service';
import { decisionError } from './decision-errors';
import { CycleEventDto } from './dto/cycle-event.dto';
import { documentStatuses } from './document-statuses';
import { persistedOf } from './persisted-cycle';
import { assertReplyWhenUnchanged } from './reply-required';

// The document each closing event freezes and registers.
const RECORDED_KIND = {
  RECORD_REVIEW: 'management-review',
  DISSEMINATE: 'dissemination',
  COMPLETE: 'standardisation',
} as const satisfies Partial<Record<CycleEvent['type'], SingletonDocumentKind>>;

interface PreparedEvent {
  event: CycleEvent;
  frozen: FrozenDocument[];
  problems: Problem[];
}

@Injectable()
export class CycleTransitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly history: HistoryService,
    private readonly cycles: CyclesService,
    private readonly records: RecordsPlanner,
    private readonly outbox: OutboxService,
    private readonly notifier: WorkflowNotifier,
    @Optional() private readonly relay?: OutboxRelay,
  ) {}

  // One transaction: lock the cycle, check the revision, let the machine decide, write the
  // snapshot, the document statuses and the history entry, commit.
  async apply(cycleId: string, dto: CycleEventDto, principal: Principal, roles: Role[]): Promise<CycleResponse> {
    assertObservationsAllowed(dto.type, dto.observations);
    const response = await this.transition(cycleId, dto, principal, roles);
    // Records and notifications planned by the transition go out now rather than at the next poll.
    if (transitionMakesRecords(dto.type) || transitionNotifies(dto.type)) this.relay?.kick();
    return response;
  }

  private transition(cycleId: string, dto: CycleEventDto, principal: Principal, roles: Role[]): Promise<CycleResponse> {
    return this.dataSource.transaction(async (manager) => {
      const cycle = await lockCycle(manager, cycleId);
      if (dto.revision !== cycle.revision) {
        throw conflict('STALE_REVISION', 'El ciclo cambió desde que lo abrió; recargue y vuelva a intentarlo', {
          currentRevision: cycle.revision,
        });
      }
      const persisted = persistedOf(cycle);
      const before = describeCycle(persisted);
      const actor: Actor = { userId: principal.userId, roles };
      const prepared = await this.prepare(manager, cycle, before, dto, actor);
      const decision = decide(persisted, prepared.event);
      if (prepared.problems.length > 0 && (decision.ok || decision.code === 'INVALID_EVENT')) {
        throw unprocessable('INCOMPLETE', 'Faltan elementos antes de continuar', { problems: prepared.problems });
      }
      if (!decision.ok) throw decisionError(decision.code, decision.allowed);
      if (dto.type === 'SUBMIT') await assertReplyWhenUnchanged(manager, cycle.id, prepared.frozen, dto.comment);
      const observations = planReviewObservations(dto.type, before.submission, dto.observations);

      const after = decision.view;
      const recorded = dto.type in RECORDED_KIND ? RECORDED_KIND[dto.type as keyof typeof RECORDED_KIND] : null;
      await this.documents.setStatuses(manager, cycle.id, documentStatuses(dto.type, before, after, recorded));
      await this.history.append(
        manager,
        cycle,
        {
          type: dto.type,
          actorId: principal.userId,
          actorName: principal.name,
          actorRoles: roles,
          stateBefore: before.state,
          stateAfter: after.state,
          comment: isObservationEvent(dto.type) ? reviewComment(dto.comment, dto.observations) : (dto.comment ?? null),
          documents: this.documentRefs(before, prepared.frozen),
          observations: observations.length > 0 ? chainObservationsOf(observations) : null,
        },
        { persistHead: false },
      );
      const author = { id: principal.userId, name: principal.name };
      await insertObservations(manager, cycle.id, cycle.historySeq, author, observations);
      if (dto.type === 'SUBMIT') await markAddressed(manager, cycle.id, prepared.frozen);
      await this.records.forTransition(manager, cycle, dto.type, before, cycle.historySeq);
      await this.notifier.forTransition(manager, cycle, dto.type, cycle.historySeq);
      // A follow-up programme in force: its commitments go to the tracker at once.
      if (dto.type === 'GRANT_VISA' && before.submission?.kinds.some((k) => k.kind === 'follow-up-programme')) {
        await this.outbox.add(
          manager,
          JobName.SyncCommitments,
          { cycleId: cycle.id },
          `sync-commitments:${cycle.id}:${cycle.historySeq}`,
        );
      }
      const changes = {
        snapshot: decision.next.snapshot,
        machineVersion: decision.next.machineVersion,
        stage: after.stage,
        state: after.state,
        status: after.status,
        awaiting: after.awaiting,
        revision: cycle.revision + 1,
        historySeq: cycle.historySeq,
        historyHash: cycle.historyHash,
        stateEnteredAt: after.state !== before.state ? new Date() : cycle.stateEnteredAt,
      };
      await manager.query(
        `UPDATE cycles SET snapshot = $2, machine_version = $3, stage = $4, state = $5, status = $6, awaiting = $7,
                revision = $8, history_seq = $9, history_hash = $10, state_entered_at = $11, updated_at = now()
         WHERE id = $1`,
        [
          cycle.id,
          JSON.stringify(changes.snapshot),
          changes.machineVersion,
          changes.stage,
          changes.state,
          changes.status,
          changes.awaiting,
          changes.revision,
          changes.historySeq,
          changes.historyHash,
          changes.stateEnteredAt,
        ],
      );
      Object.assign(cycle, changes);
      return this.cycles.respond(manager, cycle, principal, roles, { view: after, persisted: decision.next });
    });
  }

  private async prepare(
    manager: EntityManager,
    cycle: Cycle,
    before: CycleView,
    dto: CycleEventDto,
    actor: Actor,
  ): Promise<PreparedEvent> {
    const comment = dto.comment;
    switch (dto.type) {
      case 'SUBMIT': {
        const kinds = before.submissionKinds.filter(
          (k): k is SingletonDocumentKind => k !== 'activity-record' && k !== 'progress-report',
        );
        const { frozen, problems } = await this.freeze(manager, cycle, kinds);
        return { event: { type: 'SUBMIT', actor, documents: frozen }, frozen, problems };
      }
      case 'RECORD_REVIEW':
      case 'DISSEMINATE':
      case 'COMPLETE': {
        const kind = RECORDED_KIND[dto.type];
        const { frozen, problems, contents } = await this.freeze(manager, cycle, [kind]);
        const document = frozen[0] ?? { kind, version: 0, sha256: '', authorIds: [] };
        if (dto.type === 'RECORD_REVIEW') {
          const decisions = contents['management-review']?.decisions;
          return {
            event: {
              type: 'RECORD_REVIEW',
              actor,
              document,
              decisions: {
                modifyDiagnostic: decisions?.modifyDiagnostic?.required === true,
                modifyPlan: decisions?.modifyPlan?.required === true,
                modifyFollowUpProgramme: decisions?.modifyFollowUpProgramme?.required === true,
              },
            },
            frozen,
            problems,
          };
        }
        return { event: { type: dto.type, actor, document }, frozen, problems };
      }
      case 'FINISH_IMPLEMENTATION': {
        const registers = await this.documents.registerCounts(manager, cycle.id);
        const problems: Problem[] =
          registers['activity-record'] === 0
            ? [
                {
                  path: 'activity-record',
                  message: 'Registre al menos una actividad realizada antes de cerrar la implementación.',
                },
              ]
            : [];
        return { event: { type: 'FINISH_IMPLEMENTATION', actor }, frozen: [], problems };
      }
      case 'RETURN':
      case 'DENY_VISA':
        // Observations on items stand in for the general comment (see reviewComment).
        return {
          event: { type: dto.type, actor, comment: reviewComment(comment, dto.observations) },
          frozen: [],
          problems: [],
        };
      case 'APPROVE':
      case 'GRANT_VISA':
      case 'REQUEST_ADJUSTMENT':
        return { event: { type: dto.type, actor, comment }, frozen: [], problems: [] };
    }
  }

  // The current versions of the given documents, with every author of them, and what the
  // completeness check finds missing across the cycle (and the previous year's commitments).
  private async freeze(manager: EntityManager, cycle: Cycle, kinds: SingletonDocumentKind[]) {
    const rows = await manager.find(CycleDocument, { where: { cycleId: cycle.id, kind: In(kinds) } });
    const authors = await this.documents.authorsOf(
      manager,
      rows.map((r) => r.id),
    );
    const frozen: FrozenDocument[] = [];
    for (const kind of kinds) {
      const row = rows.find((r) => r.kind === kind);
      if (!row || row.currentVersion === 0 || !row.currentSha256) continue;
      frozen.push({
        kind,
        version: row.currentVersion,
        sha256: row.currentSha256,
        authorIds: authors.get(row.id) ?? [],
      });
    }
    const contents = await this.documents.currentContents(manager, cycle.id);
    const previous = await this.documents.previousFollowUpProgramme(manager, cycle.previousCycleId);
    const problems: Problem[] = submissionProblems(kinds, contents, previous);
    return { frozen, problems, contents };
  }

  private documentRefs(before: CycleView, frozen: FrozenDocument[]): EventDocumentRef[] {
    if (frozen.length > 0) return frozen.map(({ kind, version, sha256 }) => ({ kind, version, sha256 }));
    return (before.submission?.kinds ?? []).map(({ kind, version, sha256 }) => ({ kind, version, sha256 }));
  }
}
