import { DateRange, IndicatorResult } from './common.content';
import { Nested, NestedList, OneOf, RefList, Text, TextList } from './decorators';

// Stage 3: progress report of the work programme (guide §6.2.3).

export const FACTOR_KINDS = ['internal', 'external'] as const;

export class ImplementationFactor {
  @OneOf(FACTOR_KINDS) kind?: (typeof FACTOR_KINDS)[number];
  @Text() description?: string;
}

export class ProgrammeModification {
  @Text() description?: string;
  @Text() justification?: string;
}

export class ProgressReportContent {
  @Nested(() => DateRange) period?: DateRange;
  @RefList({ kind: 'work-programme', items: 'activities' }) activitiesDone?: string[];
  @NestedList(() => ImplementationFactor) difficulties?: ImplementationFactor[];
  @NestedList(() => ImplementationFactor) facilitators?: ImplementationFactor[];
  @NestedList(() => ProgrammeModification) modifications?: ProgrammeModification[];
  // Against the work programme's annual indicators.
  @NestedList(() => IndicatorResult) indicatorResults?: IndicatorResult[];
  @TextList(100) certifyingDocuments?: string[];
}
