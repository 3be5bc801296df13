import { EntityManager, In } from 'typeorm';
import { CalendarEntry } from './calendar-entry.entity';
import { CycleDeadline } from './cycle-deadline.entity';
import type { DeadlineGate } from './gates';

export interface EffectiveDeadline {
  gate: DeadlineGate;
  dueDate: string;
  source: 'calendar' | 'cycle';
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byDateThenGate = (a: EffectiveDeadline, b: EffectiveDeadline) =>
  compare(a.dueDate, b.dueDate) || compare(a.gate, b.gate);

// Each cycle's due dates: its own where set, else its year's calendar. Two queries for any
// number of cycles.
export async function effectiveDeadlines(
  manager: EntityManager,
  cycles: readonly { id: string; year: number }[],
): Promise<Map<string, EffectiveDeadline[]>> {
  const result = new Map<string, EffectiveDeadline[]>(cycles.map((c) => [c.id, []]));
  if (cycles.length === 0) return result;
  const years = [...new Set(cycles.map((c) => c.year))];
  const [calendar, overrides] = await Promise.all([
    manager.find(CalendarEntry, { where: { year: In(years) } }),
    manager.find(CycleDeadline, { where: { cycleId: In(cycles.map((c) => c.id)) } }),
  ]);
  const byYear = new Map<number, CalendarEntry[]>();
  for (const entry of calendar) byYear.set(entry.year, [...(byYear.get(entry.year) ?? []), entry]);
  const own = new Map<string, Map<DeadlineGate, string>>();
  for (const o of overrides) {
    own.set(o.cycleId, (own.get(o.cycleId) ?? new Map<DeadlineGate, string>()).set(o.gate, o.dueDate));
  }
  for (const cycle of cycles) {
    const mine = own.get(cycle.id) ?? new Map<DeadlineGate, string>();
    const list: EffectiveDeadline[] = [...mine].map(([gate, dueDate]) => ({ gate, dueDate, source: 'cycle' }));
    for (const entry of byYear.get(cycle.year) ?? []) {
      if (!mine.has(entry.gate)) list.push({ gate: entry.gate, dueDate: entry.dueDate, source: 'calendar' });
    }
    result.set(cycle.id, list.sort(byDateThenGate));
  }
  return result;
}
