import { CalendarDate, Int, ItemId, MEDIUM_MAX, NAME_MAX, SHORT_MAX, Text } from './decorators';

// Small shapes shared by several documents.

export class IndicatorFormula {
  @Text(MEDIUM_MAX) numerator?: string;
  @Text(MEDIUM_MAX) denominator?: string;
  @Text(SHORT_MAX) unit?: string;
}

export class CountBySex {
  @Int() women?: number;
  @Int() men?: number;
}

// Inclusive, as ISO dates (YYYY-MM-DD).
export class DateRange {
  @CalendarDate() start?: string;
  @CalendarDate() end?: string;
}

export class IndicatorResult {
  // The evaluation reports on the plan's indicators, a progress report on the work programme's.
  @ItemId('indicatorResult', {
    byKind: {
      evaluation: { kind: 'plan', items: 'indicators' },
      'progress-report': { kind: 'work-programme', items: 'indicators' },
    },
  })
  indicatorCode!: string;
  @Text(NAME_MAX) result?: string;
  @Text() analysis?: string;
}
