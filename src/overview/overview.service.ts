import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '../auth/principal';
import { chileDate } from '../common/chile-time';
import { Clock } from '../common/clock';
import { forbidden } from '../common/errors/domain.exception';
import { ClosedCycleTotals } from './closed-cycle-totals';
import { overviewRows, OverviewRow } from './overview-rows';
import {
  agenciesInScope,
  commitmentTotals,
  cyclesInScope,
  deadlineRows,
  eventTotals,
  latestMeasurements,
  Scope,
} from './overview.queries';

// Where every agency stands, for those who watch many: SERNAM experts (their assigned agencies),
// auditors (the agencies they audit) and the administration (all).
@Injectable()
export class OverviewService {
  private readonly closedTotals = new ClosedCycleTotals();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async rows(principal: Principal, year: number | null): Promise<OverviewRow[]> {
    const scope: Scope = { agencyIds: this.agenciesOf(principal), year };
    const now = this.clock.now();
    const today = chileDate(now);
    // In parallel on separate connections: the figures are counts, a moment apart at most.
    const manager = this.dataSource.manager;
    const [cycles, agencies, openEvents, commitments, measurements, deadlines] = await Promise.all([
      cyclesInScope(manager, scope),
      year === null ? Promise.resolve([]) : agenciesInScope(manager, scope),
      eventTotals(manager, scope, { openOnly: true, cycleIds: null }),
      commitmentTotals(manager, scope, today),
      latestMeasurements(manager, scope),
      deadlineRows(manager, scope),
    ]);
    const closed = cycles.filter((c) => c.status === 'closed').map((c) => c.id);
    const missing = this.closedTotals.missing(closed);
    if (missing.length > 0) {
      const all = { agencyIds: null, year: null };
      this.closedTotals.remember(missing, await eventTotals(manager, all, { openOnly: false, cycleIds: missing }));
    }
    const events = [...openEvents, ...this.closedTotals.of(closed)];
    const withCycle = new Set(cycles.map((c) => c.agencyId));
    return overviewRows(
      {
        cycles,
        agenciesWithoutCycle: agencies.filter((a) => !withCycle.has(a.id)),
        year,
        events,
        commitments,
        deadlines,
        measurements,
      },
      now,
      today,
    );
  }

  private agenciesOf(principal: Principal): string[] | null {
    if (principal.isAdmin) return null;
    const audited = principal.memberships.filter((m) => m.role === 'auditor').map((m) => m.agencyId);
    const agencies = [...new Set([...principal.expertAgencyIds, ...audited])];
    if (agencies.length === 0) {
      throw forbidden('El panorama de los servicios es para SERNAM, auditoría y administración');
    }
    return agencies;
  }
}
