import { CalendarDate, ItemId, MEDIUM_MAX, NAME_MAX, NestedList, Ref, Text } from './decorators';

// Stage 4: the follow-up programme (Programa de Seguimiento).

export class FollowUpCommitment {
  @ItemId('commitment') id!: string;
  @Ref({ kind: 'evaluation', items: 'recommendations' }) recommendationId?: string;
  @Text() description?: string;
  @CalendarDate() deadline?: string;
  @Text(MEDIUM_MAX) goal?: string;
  @Text(MEDIUM_MAX) indicator?: string;
  @Text(NAME_MAX) responsible?: string;
}

export class FollowUpProgrammeContent {
  @NestedList(() => FollowUpCommitment) commitments?: FollowUpCommitment[];
}
