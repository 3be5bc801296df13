import { ClosedCycleTotals } from './closed-cycle-totals';

describe('ClosedCycleTotals', () => {
  it('computes each closed cycle once, with zeros for a cycle without gate events', () => {
    const cache = new ClosedCycleTotals();
    expect(cache.missing(['a', 'b'])).toEqual(['a', 'b']);
    cache.remember(['a', 'b'], [{ cycleId: 'a', returns: 2, denials: 1, visaDecisions: 3, visaDaysAverage: 4.5 }]);
    expect(cache.missing(['a', 'b', 'c'])).toEqual(['c']);
    expect(cache.of(['b', 'a'])).toEqual([
      { cycleId: 'b', returns: 0, denials: 0, visaDecisions: 0, visaDaysAverage: null },
      { cycleId: 'a', returns: 2, denials: 1, visaDecisions: 3, visaDaysAverage: 4.5 },
    ]);
  });
});
