import { Bool, CalendarDate, NAME_MAX, Nested, NestedList, Text } from './decorators';

// Stage 5: record of the management review (Revisión por la Dirección).

export class ReviewAttendee {
  @Text(NAME_MAX) name?: string;
  @Text(NAME_MAX) role?: string;
}

export class ReviewDecision {
  @Bool() required?: boolean;
  @Text() reason?: string;
}

// Each "yes" routes the cycle back: diagnostic → stage 1, plan → 2, follow-up → 4.
export class ReviewDecisions {
  @Nested(() => ReviewDecision) modifyDiagnostic?: ReviewDecision;
  @Nested(() => ReviewDecision) modifyPlan?: ReviewDecision;
  @Nested(() => ReviewDecision) modifyFollowUpProgramme?: ReviewDecision;
}

export class ManagementReviewContent {
  @CalendarDate() date?: string;
  @NestedList(() => ReviewAttendee, 100) attendees?: ReviewAttendee[];
  @Text() workProgrammeAnalysis?: string;
  @Text() commitmentsAnalysis?: string;
  @Nested(() => ReviewDecisions) decisions?: ReviewDecisions;
}
