// The values of women and men across periods, for the evaluation record's chart.

export interface PeriodValues {
  period: string;
  women: number | null;
  men: number | null;
}

export interface SexSeries {
  periods: string[];
  women: (number | null)[];
  men: (number | null)[];
}

// Periods are 'YYYY', 'YYYY-S1', 'YYYY-Q3' or 'YYYY-MM': in text order they are in time order
// for one granularity, which is how an indicator is measured.
export function sexSeries(measurements: readonly PeriodValues[]): SexSeries {
  const sorted = [...measurements].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  return {
    periods: sorted.map((m) => m.period),
    women: sorted.map((m) => m.women),
    men: sorted.map((m) => m.men),
  };
}
