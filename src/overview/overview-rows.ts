import type { Role } from '../../workflows/roles';
import { isDeadlineGate, isPending, type DeadlineGate } from '../deadlines/gates';
import type { GapConvention, IndicatorUnit } from '../indicators/gap-measures';
import type { GoalTarget } from '../indicators/goal-progress';
import { evaluateMeasurement } from '../indicators/indicator.views';
import type { CommitmentTotals, CycleRow, DeadlineRow, EventTotals, LatestMeasurementRow } from './overview.queries';
import { pendingStep } from './pending-step';
import { stageShortLabel } from '../../workflows/labels';

export interface OverviewRow {
  agency: { id: string; code: string; name: string };
  year: number;
  cycleId: string | null;
  stage: string | null;
  stageLabel: string;
  state: string | null;
  status: 'open' | 'closed' | null;
  daysInState: number | null;
  pendingGate: {
    gate: string | null;
    label: string;
    awaiting: Role[];
    dueDate: string | null;
    overdue: boolean;
  } | null;
  overdue: { deadlines: number; commitments: number };
  returns: number;
  denials: number;
  visaTurnaround: { decisions: number; averageDays: number | null };
  commitments: { total: number; met: number; overdue: number };
  indicators: { measured: number; offTarget: number };
}

export interface OverviewInputs {
  cycles: CycleRow[];
  agenciesWithoutCycle: { id: string; code: string; name: string }[];
  year: number | null;
  events: EventTotals[];
  commitments: CommitmentTotals[];
  deadlines: DeadlineRow[];
  measurements: LatestMeasurementRow[];
}

const DAY_MS = 86_400_000;
const num = (value: string | null): number | null => (value === null ? null : Number(value));

// Off target: the year's last measurement misses the annual goal, or cannot be judged because
// data is missing (an indicator without its figures is not on target either).
function indicatorTotals(measurements: LatestMeasurementRow[]): Map<string, { measured: number; offTarget: number }> {
  const totals = new Map<string, { measured: number; offTarget: number }>();
  for (const m of measurements) {
    const { goalProgress } = evaluateMeasurement(
      {
        unit: m.unit as IndicatorUnit,
        convention: m.convention as GapConvention,
        parityLower: Number(m.parityLower),
        parityUpper: Number(m.parityUpper),
        goalOn: m.goalOn as GoalTarget,
        baseline: num(m.baseline),
        annualGoal: Number(m.annualGoal),
      },
      { women: num(m.women), men: num(m.men) },
    );
    const key = `${m.agencyId}:${m.year}`;
    const total = totals.get(key) ?? { measured: 0, offTarget: 0 };
    total.measured += 1;
    if (goalProgress.met !== true) total.offTarget += 1;
    totals.set(key, total);
  }
  return totals;
}

type DueDates = Map<DeadlineGate, string>;

// Each cycle's due dates: its own where set, else its year's calendar.
function dueDatesOf(rows: DeadlineRow[]): (cycle: { id: string; year: number }) => DueDates {
  const byYear = new Map<number, DueDates>();
  const byCycle = new Map<string, DueDates>();
  for (const row of rows) {
    if (!isDeadlineGate(row.gate)) continue;
    const empty: DueDates = new Map();
    if (row.cycleId === null) byYear.set(row.year, (byYear.get(row.year) ?? empty).set(row.gate, row.dueDate));
    else byCycle.set(row.cycleId, (byCycle.get(row.cycleId) ?? empty).set(row.gate, row.dueDate));
  }
  const none: DueDates = new Map();
  return (cycle) => {
    const calendar = byYear.get(cycle.year) ?? none;
    const own = byCycle.get(cycle.id);
    return own ? new Map([...calendar, ...own]) : calendar;
  };
}

export function overviewRows(inputs: OverviewInputs, now: Date, today: string): OverviewRow[] {
  const dueDates = dueDatesOf(inputs.deadlines);
  const events = new Map(inputs.events.map((e) => [e.cycleId, e]));
  const commitments = new Map(inputs.commitments.map((c) => [c.cycleId, c]));
  const indicators = indicatorTotals(inputs.measurements);
  const rows: OverviewRow[] = inputs.cycles.map((cycle) => {
    const dates = dueDates(cycle);
    let overdueDeadlines = 0;
    if (cycle.status === 'open') {
      for (const [gate, dueDate] of dates) if (dueDate < today && isPending(gate, cycle)) overdueDeadlines += 1;
    }
    const step = pendingStep(cycle);
    const stepDueDate = step?.gate ? (dates.get(step.gate) ?? null) : null;
    const e = events.get(cycle.id);
    const k = commitments.get(cycle.id);
    return {
      agency: { id: cycle.agencyId, code: cycle.code, name: cycle.name },
      year: cycle.year,
      cycleId: cycle.id,
      stage: cycle.stage,
      stageLabel: stageShortLabel(cycle.stage),
      state: cycle.state,
      status: cycle.status === 'closed' ? 'closed' : 'open',
      daysInState: Math.max(0, Math.floor((now.getTime() - new Date(cycle.stateEnteredAt).getTime()) / DAY_MS)),
      pendingGate: step && {
        gate: step.gate,
        label: step.label,
        awaiting: step.awaiting,
        dueDate: stepDueDate,
        overdue: stepDueDate !== null && stepDueDate < today,
      },
      overdue: { deadlines: overdueDeadlines, commitments: k?.overdue ?? 0 },
      returns: e?.returns ?? 0,
      denials: e?.denials ?? 0,
      visaTurnaround: {
        decisions: e?.visaDecisions ?? 0,
        averageDays: e?.visaDaysAverage ?? null,
      },
      commitments: { total: k?.total ?? 0, met: k?.met ?? 0, overdue: k?.overdue ?? 0 },
      indicators: indicators.get(`${cycle.agencyId}:${cycle.year}`) ?? { measured: 0, offTarget: 0 },
    };
  });
  if (inputs.year !== null) {
    for (const agency of inputs.agenciesWithoutCycle) {
      rows.push({
        agency,
        year: inputs.year,
        cycleId: null,
        stage: null,
        stageLabel: 'Sin ciclo',
        state: null,
        status: null,
        daysInState: null,
        pendingGate: null,
        overdue: { deadlines: 0, commitments: 0 },
        returns: 0,
        denials: 0,
        visaTurnaround: { decisions: 0, averageDays: null },
        commitments: { total: 0, met: 0, overdue: 0 },
        indicators: indicators.get(`${agency.id}:${inputs.year}`) ?? { measured: 0, offTarget: 0 },
      });
    }
  }
  // Codes are upper-case ASCII: plain comparison, many times faster than localeCompare.
  return rows.sort((a, b) =>
    a.agency.code < b.agency.code ? -1 : a.agency.code > b.agency.code ? 1 : b.year - a.year,
  );
}
