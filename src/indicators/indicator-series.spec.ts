import { sexSeries } from './indicator-series';

describe('sexSeries', () => {
  it('orders the periods in time and keeps missing values as null', () => {
    expect(
      sexSeries([
        { period: '2027', women: 212, men: 419 },
        { period: '2025', women: 180, men: 397 },
        { period: '2026', women: null, men: 402 },
      ]),
    ).toEqual({ periods: ['2025', '2026', '2027'], women: [180, null, 212], men: [397, 402, 419] });
  });

  it('orders semesters, quarters and months of a year', () => {
    const periods = ['2027-S2', '2026-S2', '2027-S1'].map((period) => ({ period, women: 1, men: 1 }));
    expect(sexSeries(periods).periods).toEqual(['2026-S2', '2027-S1', '2027-S2']);
    const months = ['2027-11', '2027-02', '2027-10'].map((period) => ({ period, women: 1, men: 1 }));
    expect(sexSeries(months).periods).toEqual(['2027-02', '2027-10', '2027-11']);
  });

  it('gives empty series for no measurements', () => {
    expect(sexSeries([])).toEqual({ periods: [], women: [], men: [] });
  });
});
