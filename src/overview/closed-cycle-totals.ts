import type { EventTotals } from './overview.queries';

const LIMIT = 100_000;

// A closed cycle's history never grows again, so its returns, denials and visa times are
// computed once per process and kept: the overview then aggregates only the open cycles' events.
export class ClosedCycleTotals {
  private readonly totals = new Map<string, EventTotals>();

  missing(cycleIds: readonly string[]): string[] {
    return cycleIds.filter((id) => !this.totals.has(id));
  }

  /** Remembers the totals of these cycles; one without gate events has zero of everything. */
  remember(cycleIds: readonly string[], found: readonly EventTotals[]): void {
    const byId = new Map(found.map((t) => [t.cycleId, t]));
    for (const cycleId of cycleIds) {
      if (this.totals.size >= LIMIT) this.totals.delete(this.totals.keys().next().value as string);
      this.totals.set(
        cycleId,
        byId.get(cycleId) ?? { cycleId, returns: 0, denials: 0, visaDecisions: 0, visaDaysAverage: null },
      );
    }
  }

  of(cycleIds: readonly string[]): EventTotals[] {
    return cycleIds.flatMap((id) => this.totals.get(id) ?? []);
  }
}
