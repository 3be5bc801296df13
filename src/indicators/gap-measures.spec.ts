import { DEFAULT_PARITY_BAND, gapMeasures, REASONS, round } from './gap-measures';

// Expected values computed by hand (W = women, M = men), rounded to 4 decimals.
describe('gapMeasures', () => {
  it('reproduces INE Chile: mean incomes 410,486 (women) vs 601,311 (men) → relative gap −31.7 %', () => {
    const gaps = gapMeasures({ women: 410_486, men: 601_311 }, 'amount', 'relative');
    expect(gaps.relative).toBeCloseTo(-31.7, 1);
    expect(gaps).toMatchObject({
      difference: -190_825, // 410,486 − 601,311
      ratio: 0.6827, // 410,486 / 601,311
      share: 40.57, // 410,486 / 1,011,797 · 100
      relative: -31.7348, // −190,825 / 601,311 · 100
      withinParity: false,
      differenceUnit: 'amount',
      convention: 'relative',
      value: -31.7348,
      reasons: {},
    });
  });

  it.each([
    // W, M, unit, difference, ratio, share, relative
    [212, 419, 'count', -207, 0.506, 33.5975, -49.4033],
    [419, 212, 'count', 207, 1.9764, 66.4025, 97.6415],
    [71.3, 81.0, 'percent', -9.7, 0.8802, null, -11.9753],
    [50, 50, 'count', 0, 1, 50, 0],
    [0, 10, 'count', -10, 0, 0, -100],
    [1.2, 0.8, 'ratio', 0.4, 1.5, null, 50],
  ] as const)('W=%p M=%p (%s) → difference %p, ratio %p, share %p, relative %p', (w, m, unit, d, r, s, rel) => {
    const gaps = gapMeasures({ women: w, men: m }, unit, 'difference');
    expect([gaps.difference, gaps.ratio, gaps.share, gaps.relative]).toEqual([d, r, s, rel]);
  });

  it('reports percentage points for the difference of percentages', () => {
    const gaps = gapMeasures({ women: 64.5, men: 81.2 }, 'percent', 'difference');
    expect(gaps).toMatchObject({ difference: -16.7, differenceUnit: 'percentage-points', value: -16.7 });
    expect(gaps.reasons.share).toBe(REASONS.shareOfRates);
  });

  it('takes the measure the stored convention names', () => {
    const values = { women: 212, men: 419 };
    expect(gapMeasures(values, 'count', 'share').value).toBe(33.5975);
    expect(gapMeasures(values, 'count', 'ratio').value).toBe(0.506);
    expect(gapMeasures(values, 'count', 'difference').value).toBe(-207);
    expect(gapMeasures(values, 'count', 'relative').value).toBe(-49.4033);
  });

  it('answers null with a reason on division by zero, never Infinity or NaN', () => {
    const noMen = gapMeasures({ women: 5, men: 0 }, 'count', 'relative');
    expect(noMen).toMatchObject({ difference: 5, ratio: null, share: 100, relative: null, value: null });
    expect(noMen.reasons).toEqual({ ratio: REASONS.menZero, relative: REASONS.menZero, withinParity: REASONS.noRatio });
    expect(noMen.withinParity).toBeNull();

    const nobody = gapMeasures({ women: 0, men: 0 }, 'count', 'share');
    expect(nobody).toMatchObject({ difference: 0, ratio: null, share: null, relative: null, value: null });
    expect(nobody.reasons.share).toBe(REASONS.totalZero);
  });

  it.each([
    [{ women: null, men: 10 }, REASONS.missingWomen],
    [{ women: 10, men: null }, REASONS.missingMen],
    [{ women: null, men: null }, REASONS.missingBoth],
  ])('reports missing data as such: %p', (values, reason) => {
    const gaps = gapMeasures(values, 'count', 'ratio');
    expect([gaps.difference, gaps.ratio, gaps.share, gaps.relative, gaps.withinParity, gaps.value]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(gaps.reasons).toMatchObject({ difference: reason, ratio: reason, share: reason, relative: reason });
  });

  it.each([
    [97, 100, true], // 0.97: the band includes its bounds
    [103, 100, true],
    [96.9, 100, false],
    [103.1, 100, false],
    [100, 100, true],
  ])('parity band 0.97–1.03 by default: W=%p M=%p → %p', (w, m, within) => {
    expect(gapMeasures({ women: w, men: m }, 'count', 'ratio').withinParity).toBe(within);
  });

  it('uses the parity band stored on the indicator', () => {
    expect(DEFAULT_PARITY_BAND).toEqual({ lower: 0.97, upper: 1.03 });
    expect(gapMeasures({ women: 92, men: 100 }, 'count', 'ratio', { lower: 0.9, upper: 1.1 }).withinParity).toBe(true);
  });

  it('rounds away floating-point noise', () => {
    expect(round(0.1 + 0.2)).toBe(0.3);
    expect(round(-0.00001)).toBe(0);
    expect(gapMeasures({ women: 0.3, men: 0.1 }, 'ratio', 'difference').difference).toBe(0.2);
  });
});
