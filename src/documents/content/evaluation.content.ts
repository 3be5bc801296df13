import { IndicatorResult } from './common.content';
import { ItemId, NestedList, OneOf, Text } from './decorators';

// Stage 4: the evaluation report, guide §6.2.4.

export class ObjectiveProgress {
  @ItemId('objectiveProgress', { kind: 'plan', items: ['generalObjective', 'specificObjectives'] })
  objectiveId!: string;
  @Text() analysis?: string;
}

export const MEASURE_PROGRESS = ['completed', 'partial', 'not-started'] as const;

export class MeasureProgress {
  @ItemId('measureProgress', { kind: 'plan', items: 'measures' }) measureId!: string;
  @OneOf(MEASURE_PROGRESS) status?: (typeof MEASURE_PROGRESS)[number];
  @Text() analysis?: string;
}

export class Recommendation {
  @ItemId('recommendation') id!: string;
  @Text() difficulty?: string;
  @Text() recommendation?: string;
}

export const COMMITMENT_STATUSES = ['met', 'not-met', 'in-progress'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

// One commitment of the previous year's follow-up programme.
export class PreviousCommitmentResult {
  @ItemId('previousCommitment', { kind: 'follow-up-programme', items: 'commitments', year: 'previous' })
  commitmentId!: string;
  @OneOf(COMMITMENT_STATUSES) status?: CommitmentStatus;
  @Text() actions?: string;
  @Text() justification?: string;
}

export class EvaluationContent {
  @NestedList(() => ObjectiveProgress) objectivesProgress?: ObjectiveProgress[];
  @NestedList(() => MeasureProgress) measuresProgress?: MeasureProgress[];
  @NestedList(() => IndicatorResult) indicatorResults?: IndicatorResult[];
  @NestedList(() => Recommendation) recommendations?: Recommendation[];
  @NestedList(() => PreviousCommitmentResult) previousYearFollowUp?: PreviousCommitmentResult[];
}
