import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { allowedEvents, CycleEventType } from '../../workflows/cycle-engine';
import { Principal } from '../auth/principal';
import { Cycle } from '../cycles/cycle.entity';
import { persistedOf } from '../cycles/persisted-cycle';
import { CycleEvent } from '../history/cycle-event.entity';
import { Agency } from '../agencies/agency.entity';

// How many open cycles an inbox considers at most (a person works in a handful of agencies;
// an expert in a few dozen).
const CANDIDATE_LIMIT = 2_000;
const GATE_OUTCOMES = ['SUBMIT', 'RETURN', 'DENY_VISA'];

export interface InboxItem {
  cycleId: string;
  agency: { id: string; code: string; name: string };
  year: number;
  stage: string;
  state: string;
  since: string;
  actions: CycleEventType[];
  observation: { type: 'RETURN' | 'DENY_VISA'; comment: string; by: string | null; at: string } | null;
}

// What awaits the caller now: submissions to approve (heads), visas to decide (experts), and
// drafts to write, with the observations of a return or a denial (officers).
@Injectable()
export class InboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forPrincipal(principal: Principal, page: { limit: number; offset: number }) {
    // Administration holds no role in the procedure: only members and experts have an inbox.
    const agencyIds = [...new Set([...principal.memberships.map((m) => m.agencyId), ...principal.expertAgencyIds])];
    if (agencyIds.length === 0) return this.empty();
    const myRoles = principal.allRoles();
    const candidates = await this.dataSource
      .getRepository(Cycle)
      .createQueryBuilder('c')
      .where('c.status = :open AND c.agency_id IN (:...agencyIds) AND c.awaiting && :roles', {
        open: 'open',
        agencyIds,
        roles: myRoles,
      })
      .orderBy('c.state_entered_at', 'ASC')
      .limit(CANDIDATE_LIMIT)
      .getMany();

    const actionable = candidates
      .map((cycle) => ({
        cycle,
        actions: allowedEvents(persistedOf(cycle), {
          userId: principal.userId,
          roles: principal.rolesIn(cycle.agencyId),
        }),
      }))
      .filter(({ actions }) => actions.length > 0);
    const pageItems = actionable.slice(page.offset, page.offset + page.limit);
    const [agencies, observations] = await Promise.all([
      this.dataSource.getRepository(Agency).find({
        where: {
          id: In([...new Set(pageItems.map((i) => i.cycle.agencyId)), '00000000-0000-0000-0000-000000000000']),
        },
      }),
      this.lastGateOutcomes(pageItems.filter((i) => i.cycle.state.endsWith('.draft')).map((i) => i.cycle.id)),
    ]);
    const agencyById = new Map(agencies.map((a) => [a.id, a]));

    const counts: Partial<Record<CycleEventType, number>> = {};
    for (const { actions } of actionable) for (const action of actions) counts[action] = (counts[action] ?? 0) + 1;
    const items: InboxItem[] = pageItems.map(({ cycle, actions }) => {
      const agency = agencyById.get(cycle.agencyId);
      return {
        cycleId: cycle.id,
        agency: { id: cycle.agencyId, code: agency?.code ?? '', name: agency?.name ?? '' },
        year: cycle.year,
        stage: cycle.stage,
        state: cycle.state,
        since: cycle.stateEnteredAt.toISOString(),
        actions,
        observation: observations.get(cycle.id) ?? null,
      };
    });
    return { total: actionable.length, counts, limit: page.limit, offset: page.offset, items };
  }

  private empty() {
    return { total: 0, counts: {}, limit: 0, offset: 0, items: [] as InboxItem[] };
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
