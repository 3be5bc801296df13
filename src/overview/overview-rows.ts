import type { Role } from '../../workflows/roles';
import type { EffectiveDeadline } from '../deadlines/effective-deadlines';
import { isPending } from '../deadlines/gates';
import type { GapConvention, IndicatorUnit } from '../indicators/gap-measures';
import type { GoalTarget } from '../indicators/goal-progress';
import { evaluateMeasurement } from '../indicators/indicator.views';
import type { CommitmentTotals, CycleRow, EventTotals, LatestMeasurementRow } from './overview.queries';
import { pendingStep } from './pending-step';
import { stageLabel } from './stage-labels';

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
  visaTurnaround: { decisions: number; averageDays: number | null; maxDays: number | null };
  commitments: { total: number; met: number; overdue: number };
  indicators: { measured: number; offTarget: number };
}

export interface OverviewInputs {
  cycles: CycleRow[];
  agenciesWithoutCycle: { id: string; code: string; name: string }[];
  year: number | null;
  events: EventTotals[];
  commitments: CommitmentTotals[];
  deadlines: Map<string, EffectiveDeadline[]>;
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

export function overviewRows(inputs: OverviewInputs, now: Date, today: string): OverviewRow[] {
  const events = new Map(inputs.events.map((e) => [e.cycleId, e]));
  const commitments = new Map(inputs.commitments.map((c) => [c.cycleId, c]));
  const indicators = indicatorTotals(inputs.measurements);
  const rows: OverviewRow[] = inputs.cycles.map((cycle) => {
    const deadlines = inputs.deadlines.get(cycle.id) ?? [];
    const pending = deadlines.filter((d) => isPending(d.gate, cycle));
    const step = pendingStep(cycle);
    const stepDeadline = step?.gate ? deadlines.find((d) => d.gate === step.gate) : undefined;
    const e = events.get(cycle.id);
    const k = commitments.get(cycle.id);
    return {
      agency: { id: cycle.agencyId, code: cycle.code, name: cycle.name },
      year: cycle.year,
      cycleId: cycle.id,
      stage: cycle.stage,
      stageLabel: stageLabel(cycle.stage),
      state: cycle.state,
      status: cycle.status === 'closed' ? 'closed' : 'open',
      daysInState: Math.max(0, Math.floor((now.getTime() - new Date(cycle.stateEnteredAt).getTime()) / DAY_MS)),
      pendingGate: step && {
        gate: step.gate,
        label: step.label,
        awaiting: step.awaiting,
        dueDate: stepDeadline?.dueDate ?? null,
        overdue: stepDeadline !== undefined && stepDeadline.dueDate < today,
      },
      overdue: { deadlines: pending.filter((d) => d.dueDate < today).length, commitments: k?.overdue ?? 0 },
      returns: e?.returns ?? 0,
      denials: e?.denials ?? 0,
      visaTurnaround: {
        decisions: e?.visaDecisions ?? 0,
        averageDays: e?.visaDaysAverage ?? null,
        maxDays: e?.visaDaysMax ?? null,
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
        visaTurnaround: { decisions: 0, averageDays: null, maxDays: null },
        commitments: { total: 0, met: 0, overdue: 0 },
        indicators: indicators.get(`${agency.id}:${inputs.year}`) ?? { measured: 0, offTarget: 0 },
      });
    }
  }
  return rows.sort((a, b) => a.agency.code.localeCompare(b.agency.code) || b.year - a.year);
}
