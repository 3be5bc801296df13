import { STAGE_IDS, type StageId } from '../../workflows/context';
import { MILESTONE_LABELS, STAGE_SHORT_LABELS } from '../../workflows/labels';

// The due dates of a year: for each gated stage, when the officer must submit, the head approve
// and SERNAM visa (guide §6.2; e.g. "diagnostic submission by 31 March").
export const DEADLINE_STAGES = ['strategicDefinitions', 'diagnostic', 'planning', 'evaluation'] as const;
export type DeadlineStage = (typeof DEADLINE_STAGES)[number];
export const MILESTONES = ['submission', 'approval', 'visa'] as const;
export type Milestone = (typeof MILESTONES)[number];
export type DeadlineGate = `${DeadlineStage}.${Milestone}`;

export const DEADLINE_GATES: readonly DeadlineGate[] = DEADLINE_STAGES.flatMap((stage) =>
  MILESTONES.map((milestone): DeadlineGate => `${stage}.${milestone}`),
);

export const gateLabel = (gate: DeadlineGate): string => {
  const [stage, milestone] = gate.split('.') as [DeadlineStage, Milestone];
  return `${STAGE_SHORT_LABELS[stage]}: ${MILESTONE_LABELS[milestone]}`;
};

export const isDeadlineGate = (value: unknown): value is DeadlineGate =>
  typeof value === 'string' && (DEADLINE_GATES as readonly string[]).includes(value);

export interface CyclePosition {
  stage: string;
  state: string;
  status: string;
}

const stageIndex = (stage: string): number => {
  const index = (STAGE_IDS as readonly string[]).indexOf(stage);
  return index === -1 ? STAGE_IDS.length : index; // 'closed' comes after every stage
};

// Whether the cycle still has to pass this milestone, from where it stands now. A review that
// sends the cycle back to an earlier stage makes that stage's milestones pending again.
export function isPending(gate: DeadlineGate, cycle: CyclePosition): boolean {
  if (cycle.status === 'closed') return false;
  const [stage, milestone] = gate.split('.') as [StageId, Milestone];
  const [here, there] = [stageIndex(cycle.stage), stageIndex(stage)];
  if (here !== there) return here < there;
  const phase = cycle.state.split('.').pop();
  switch (milestone) {
    case 'submission':
      return phase === 'draft';
    case 'approval':
      return phase === 'draft' || phase === 'submitted';
    case 'visa':
      return true;
  }
}
