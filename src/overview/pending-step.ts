import type { Role } from '../../workflows/roles';
import { DEADLINE_STAGES, gateLabel, type DeadlineGate, type Milestone } from '../deadlines/gates';
import { ADJUSTMENT_LABEL, MILESTONE_LABELS, stageShortLabel } from '../../workflows/labels';

const MILESTONE_OF_PHASE: Record<string, Milestone> = { draft: 'submission', submitted: 'approval', approved: 'visa' };

export interface PendingStep {
  /** The deadline gate the cycle waits at, when it waits at one. */
  gate: DeadlineGate | null;
  label: string;
  awaiting: Role[];
}

// What the cycle waits for now, read from its position: a gate step (submit, approve, visa),
// an adjustment of the plan, or the work of a stage without a gate.
export function pendingStep(cycle: {
  stage: string;
  state: string;
  status: string;
  awaiting: Role[];
}): PendingStep | null {
  if (cycle.status === 'closed') return null;
  const phase = cycle.state.split('.').pop() ?? '';
  const milestone = MILESTONE_OF_PHASE[phase];
  if (milestone && (DEADLINE_STAGES as readonly string[]).includes(cycle.stage)) {
    const gate = `${cycle.stage}.${milestone}` as DeadlineGate;
    return { gate, label: gateLabel(gate), awaiting: cycle.awaiting };
  }
  if (milestone && cycle.state.startsWith('implementation.adjustment')) {
    return { gate: null, label: `${ADJUSTMENT_LABEL}: ${MILESTONE_LABELS[milestone]}`, awaiting: cycle.awaiting };
  }
  return { gate: null, label: stageShortLabel(cycle.stage), awaiting: cycle.awaiting };
}
