// The year's procedure as a line of stages: which are done, which is current and which wait, from
// the cycle as it stands and its history (a management review can send the cycle back, so a stage
// ahead may have been completed in an earlier round), with each stage's due dates and how often
// its gate sent the documents back.
import { GATED_STAGE_IDS, STAGE_IDS, type GatedStageId, type StageId } from '@procedure/context';
import { MILESTONE_LABELS, roleLabel, STAGE_LABELS, stageLabel, stateLabel } from '@procedure/labels';
import type { Role } from '@procedure/roles';
import type { Cycle, CycleDeadline, HistoryEntry } from '../api/types';

export type StepStatus = 'done' | 'current' | 'pending';

export const STEP_STATUS_LABELS: Readonly<Record<StepStatus, string>> = {
  done: 'Completada',
  current: 'Etapa actual',
  pending: 'Pendiente',
};

export interface StepDeadline {
  gate: string;
  /** 'Envío a la Jefatura', 'Aprobación de la Jefatura', 'Visación técnica de SERNAM'. */
  label: string;
  dueDate: string;
  /** 'Vencido', 'Vence hoy', 'Quedan 3 días', 'Hito superado'. */
  status: string;
  overdue: boolean;
}

export interface TimelineStep {
  stage: StageId;
  label: string;
  status: StepStatus;
  statusLabel: string;
  /** The current stage only: where in it the cycle stands ('Borrador', 'En visación de SERNAM'). */
  phase: string | null;
  /** The current stage only: who the cycle awaits, in words. */
  awaiting: string | null;
  /** When the cycle last left this stage, if it ever did. */
  completedAt: string | null;
  /** Completed in an earlier round, and to be done again (a review sent the cycle back). */
  repeated: boolean;
  returns: number;
  denials: number;
  deadlines: StepDeadline[];
}

type CycleForTimeline = Pick<Cycle, 'stage' | 'state' | 'status' | 'awaiting' | 'counters'>;
type HistoryForTimeline = Pick<HistoryEntry, 'seq' | 'stateBefore' | 'stateAfter' | 'at'>;

const stageOf = (state: string | null): string | null => (state === null ? null : (state.split('.')[0] ?? null));
const isGated = (stage: StageId): stage is GatedStageId => (GATED_STAGE_IDS as readonly string[]).includes(stage);

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "A", "A y B", "A, B y C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;
}

/** Who the cycle awaits, by their roles' names; null when it awaits nobody (closed). */
export const awaitingInWords = (roles: readonly Role[]): string | null =>
  roles.length === 0 ? null : listInWords(roles.map(roleLabel));

/** Where in its stage the cycle stands: the state's name without the stage's. */
export function phaseOf(state: string): string | null {
  const stage = stageOf(state) ?? '';
  const full = stateLabel(state);
  const prefix = `${stageLabel(stage)}: `;
  return full.startsWith(prefix) ? full.slice(prefix.length) : null;
}

function deadlineStatus(d: CycleDeadline): string {
  if (!d.pending) return 'Hito superado';
  if (d.overdue) return 'Vencido';
  if (d.daysLeft === 0) return 'Vence hoy';
  return d.daysLeft === 1 ? 'Queda 1 día' : `Quedan ${d.daysLeft} días`;
}

const milestoneLabel = (gate: string): string => {
  const milestone = gate.split('.')[1] as keyof typeof MILESTONE_LABELS | undefined;
  return milestone && Object.prototype.hasOwnProperty.call(MILESTONE_LABELS, milestone)
    ? capitalise(MILESTONE_LABELS[milestone])
    : 'Plazo';
};

const MILESTONE_ORDER = ['submission', 'approval', 'visa'];
const milestoneRank = (gate: string) => MILESTONE_ORDER.indexOf(gate.split('.')[1] ?? '');

export function buildTimeline(
  cycle: CycleForTimeline,
  history: readonly HistoryForTimeline[],
  deadlines: readonly CycleDeadline[],
): TimelineStep[] {
  const closed = cycle.status === 'closed' || cycle.stage === 'closed';
  const here = closed ? STAGE_IDS.length : (STAGE_IDS as readonly string[]).indexOf(cycle.stage);

  // The last time the cycle left each stage, by any route (forward, or back after a review).
  const leftAt = new Map<string, string>();
  for (const entry of [...history].sort((a, b) => a.seq - b.seq)) {
    const from = stageOf(entry.stateBefore);
    const to = stageOf(entry.stateAfter);
    if (from !== null && from !== to) leftAt.set(from, entry.at);
  }

  return STAGE_IDS.map((stage, index): TimelineStep => {
    const status: StepStatus = index < here ? 'done' : index === here ? 'current' : 'pending';
    const completedAt = leftAt.get(stage) ?? null;
    return {
      stage,
      label: STAGE_LABELS[stage],
      status,
      statusLabel: STEP_STATUS_LABELS[status],
      phase: status === 'current' ? phaseOf(cycle.state) : null,
      awaiting: status === 'current' ? awaitingInWords(cycle.awaiting) : null,
      completedAt,
      repeated: status !== 'done' && completedAt !== null,
      returns: isGated(stage) ? (cycle.counters.returns?.[stage] ?? 0) : 0,
      denials: isGated(stage) ? (cycle.counters.denials?.[stage] ?? 0) : 0,
      deadlines: deadlines
        .filter((d) => stageOf(d.gate) === stage)
        .sort((a, b) => milestoneRank(a.gate) - milestoneRank(b.gate))
        .map((d) => ({
          gate: d.gate,
          label: milestoneLabel(d.gate),
          dueDate: d.dueDate,
          status: deadlineStatus(d),
          overdue: d.pending && d.overdue,
        })),
    };
  });
}

/** How often the head returned and SERNAM denied, over the whole cycle. */
export function gateTotals(counters: Cycle['counters']): { returns: number; denials: number } {
  const sum = (perGate: Record<string, number> | undefined) =>
    Object.values(perGate ?? {}).reduce((total, n) => total + (typeof n === 'number' ? n : 0), 0);
  return { returns: sum(counters.returns), denials: sum(counters.denials) };
}
