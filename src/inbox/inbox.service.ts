import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { allowedEvents, CycleEventType, describeCycle } from '../../workflows/cycle-engine';
import type { StageId } from '../../workflows/context';
import type { DocumentKind } from '../../workflows/document-kinds';
import { Agency } from '../agencies/agency.entity';
import { Principal } from '../auth/principal';
import { chileDate } from '../common/chile-time';
import { Clock } from '../common/clock';
import { Cycle } from '../cycles/cycle.entity';
import { persistedOf } from '../cycles/persisted-cycle';
import { effectiveDeadlines } from '../deadlines/effective-deadlines';
import { gateLabel, type DeadlineGate } from '../deadlines/gates';
import type { DocumentStatus } from '../documents/store/cycle-document.entity';
import { CycleEvent } from '../history/cycle-event.entity';
import { kindsConcerned, nextDeadline, writableBy, WRITER_ROLES } from './inbox-items';

// How many open cycles an inbox considers at most (a person works in a handful of agencies;
// an expert in a few dozen).
const CANDIDATE_LIMIT = 2_000;
const GATE_OUTCOMES = ['SUBMIT', 'RETURN', 'DENY_VISA'];

export interface InboxDocument {
  kind: DocumentKind;
  // null: nothing of this kind exists yet (a register with no entry).
  status: DocumentStatus | null;
  // The current version (the latest entry's, for a register).
  version: number;
  // Whether the caller may write it now.
  writable: boolean;
  // Registers only: how many entries there are.
  count?: number;
}

export interface InboxItem {
  cycleId: string;
  agency: { id: string; code: string; name: string };
  year: number;
  stage: string;
  state: string;
  since: string;
  awaitingSince: string;
  actions: CycleEventType[];
  documents: InboxDocument[];
  // The due date of the next milestone of this gate still to pass, and its name.
  dueDate: string | null;
  dueLabel: string | null;
  overdue: boolean;
  observation: { type: 'RETURN' | 'DENY_VISA'; comment: string; by: string | null; at: string } | null;
}

export interface InboxFilters {
  agencyId?: string;
  stage?: StageId;
  overdue?: boolean;
}

// Over every item of the caller, whatever the filters, so that each filter can show its count.
// The actions' counts stay at the top level too, as they were before the other dimensions.
export type InboxCounts = Partial<Record<CycleEventType, number>> & {
  byAction: Partial<Record<CycleEventType, number>>;
  byAgency: Record<string, number>;
  byStage: Partial<Record<StageId, number>>;
  overdue: number;
  total: number;
};

export interface InboxPage {
  total: number;
  counts: InboxCounts;
  limit: number;
  offset: number;
  items: InboxItem[];
}

interface Candidate {
  cycle: Cycle;
  actions: CycleEventType[];
  kinds: DocumentKind[];
  writable: DocumentKind[];
  due: { gate: DeadlineGate; dueDate: string } | null;
  overdue: boolean;
}

// What awaits the caller now: submissions to approve (heads), visas to decide (experts), drafts to
// write and submit, with the observations of a return or a denial (officers), and the documents
// the caller may help write although the cycle awaits someone else (centre leads, the quality
// team on the management review).
@Injectable()
export class InboxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async forPrincipal(
    principal: Principal,
    query: { limit: number; offset: number } & InboxFilters,
  ): Promise<InboxPage> {
    const candidates = await this.candidates(principal);
    const counts = countsOf(candidates);
    const selected = candidates.filter(
      (c) =>
        (query.agencyId === undefined || c.cycle.agencyId === query.agencyId) &&
        (query.stage === undefined || c.cycle.stage === query.stage) &&
        (query.overdue === undefined || c.overdue === query.overdue),
    );
    const pageItems = selected.slice(query.offset, query.offset + query.limit);
    const ids = pageItems.map((i) => i.cycle.id);
    const [agencies, observations, documents] = await Promise.all([
      this.dataSource.getRepository(Agency).find({
        where: {
          id: In([...new Set(pageItems.map((i) => i.cycle.agencyId)), '00000000-0000-0000-0000-000000000000']),
        },
      }),
      this.lastGateOutcomes(pageItems.filter((i) => i.cycle.state.endsWith('.draft')).map((i) => i.cycle.id)),
      this.documentRows(ids),
    ]);
    const agencyById = new Map(agencies.map((a) => [a.id, a]));

    const items: InboxItem[] = pageItems.map(({ cycle, actions, kinds, writable, due, overdue }) => {
      const agency = agencyById.get(cycle.agencyId);
      const since = cycle.stateEnteredAt.toISOString();
      return {
        cycleId: cycle.id,
        agency: { id: cycle.agencyId, code: agency?.code ?? '', name: agency?.name ?? '' },
        year: cycle.year,
        stage: cycle.stage,
        state: cycle.state,
        since,
        awaitingSince: since,
        actions,
        documents: kinds.map((kind) => {
          const row = documents.get(`${cycle.id}:${kind}`);
          const register = kind === 'activity-record' || kind === 'progress-report';
          return {
            kind,
            status: row?.status ?? null,
            version: row?.version ?? 0,
            writable: writable.includes(kind),
            ...(register ? { count: row?.count ?? 0 } : {}),
          };
        }),
        dueDate: due?.dueDate ?? null,
        dueLabel: due ? gateLabel(due.gate) : null,
        overdue,
        observation: observations.get(cycle.id) ?? null,
      };
    });
    return { total: selected.length, counts, limit: query.limit, offset: query.offset, items };
  }

  // Every open cycle in which the caller may send an event or write a document now, oldest
  // waiting first, with its due date.
  private async candidates(principal: Principal): Promise<Candidate[]> {
    // Administration holds no role in the procedure: only members and experts have an inbox.
    const agencyIds = [...new Set([...principal.memberships.map((m) => m.agencyId), ...principal.expertAgencyIds])];
    if (agencyIds.length === 0) return [];
    const writerAgencyIds = agencyIds.filter((id) => principal.rolesIn(id).some((r) => WRITER_ROLES.includes(r)));
    const builder = this.dataSource
      .getRepository(Cycle)
      .createQueryBuilder('c')
      .where('c.status = :open AND c.agency_id IN (:...agencyIds)', { open: 'open', agencyIds });
    // A cycle that awaits one of the caller's roles, or (for those who write) any open cycle of
    // their agencies: whether they may write something in it is read from its state below.
    if (writerAgencyIds.length > 0)
      builder.andWhere('(c.awaiting && :roles OR c.agency_id IN (:...writerAgencyIds))', {
        roles: principal.allRoles(),
        writerAgencyIds,
      });
    else builder.andWhere('c.awaiting && :roles', { roles: principal.allRoles() });
    const cycles = await builder
      .orderBy('c.state_entered_at', 'ASC')
      .addOrderBy('c.id')
      .limit(CANDIDATE_LIMIT)
      .getMany();

    const actionable = cycles.flatMap((cycle) => {
      const roles = principal.rolesIn(cycle.agencyId);
      const persisted = persistedOf(cycle);
      const actions = allowedEvents(persisted, { userId: principal.userId, roles });
      const { kinds, editable } = kindsConcerned(describeCycle(persisted));
      const writable = writableBy(editable, roles);
      return actions.length > 0 || writable.length > 0 ? [{ cycle, actions, kinds, writable }] : [];
    });
    const deadlines = await effectiveDeadlines(
      this.dataSource.manager,
      actionable.map(({ cycle }) => cycle),
    );
    const today = chileDate(this.clock.now());
    return actionable.map((c) => {
      const due = nextDeadline(c.cycle, deadlines.get(c.cycle.id) ?? []);
      return { ...c, due, overdue: due !== null && due.dueDate < today };
    });
  }

  // The documents' rows of these cycles, one per kind: a register's entries counted, with the
  // latest entry's status and version.
  private async documentRows(
    cycleIds: string[],
  ): Promise<Map<string, { status: DocumentStatus; version: number; count: number }>> {
    if (cycleIds.length === 0) return new Map();
    const rows = await this.dataSource.query<
      { cycleId: string; kind: DocumentKind; status: DocumentStatus; version: number; count: number }[]
    >(
      `SELECT cycle_id AS "cycleId", kind,
              (array_agg(status ORDER BY created_at DESC, id DESC))[1] AS status,
              (array_agg(current_version ORDER BY created_at DESC, id DESC))[1] AS version,
              count(*)::int AS count
       FROM cycle_documents WHERE cycle_id = ANY($1::uuid[]) GROUP BY cycle_id, kind`,
      [cycleIds],
    );
    return new Map(
      rows.map((r) => [`${r.cycleId}:${r.kind}`, { status: r.status, version: r.version, count: r.count }]),
    );
  }

  // For drafts that came back: the latest gate outcome per cycle, if it was a return or a denial.
  private async lastGateOutcomes(cycleIds: string[]): Promise<Map<string, InboxItem['observation']>> {
    if (cycleIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(CycleEvent)
      .createQueryBuilder('e')
      .distinctOn(['e.cycle_id'])
      .where('e.cycle_id IN (:...cycleIds) AND e.type IN (:...types)', { cycleIds, types: GATE_OUTCOMES })
      .orderBy('e.cycle_id')
      .addOrderBy('e.seq', 'DESC')
      .getMany();
    return new Map(
      rows
        .filter((e) => e.type === 'RETURN' || e.type === 'DENY_VISA')
        .map((e) => [
          e.cycleId,
          { type: e.type as 'RETURN' | 'DENY_VISA', comment: e.comment ?? '', by: e.actorName, at: e.at },
        ]),
    );
  }
}

function countsOf(candidates: readonly Candidate[]): InboxCounts {
  const byAction: Partial<Record<CycleEventType, number>> = {};
  const byAgency: Record<string, number> = {};
  const byStage: Partial<Record<StageId, number>> = {};
  let overdue = 0;
  for (const { cycle, actions, overdue: late } of candidates) {
    for (const action of actions) byAction[action] = (byAction[action] ?? 0) + 1;
    byAgency[cycle.agencyId] = (byAgency[cycle.agencyId] ?? 0) + 1;
    const stage = cycle.stage as StageId;
    byStage[stage] = (byStage[stage] ?? 0) + 1;
    if (late) overdue += 1;
  }
  return { ...byAction, byAction, byAgency, byStage, overdue, total: candidates.length };
}
