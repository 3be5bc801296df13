import { addDays, chileDate, chileInstant, daysBetween } from './chile-time';

describe('Chile time', () => {
  it('reads the calendar day in Chile, not in UTC', () => {
    // 02:00 UTC on 1 June is still 31 May in Santiago (UTC−4 in winter).
    expect(chileDate(new Date('2027-06-01T02:00:00Z'))).toBe('2027-05-31');
    expect(chileDate(new Date('2027-06-01T05:00:00Z'))).toBe('2027-06-01');
  });

  it('finds the instant of a local hour in winter (UTC−4) and summer (UTC−3)', () => {
    expect(chileInstant('2027-06-15', 9).toISOString()).toBe('2027-06-15T13:00:00.000Z');
    expect(chileInstant('2027-01-15', 9).toISOString()).toBe('2027-01-15T12:00:00.000Z');
  });

  it('adds and counts calendar days across months and years', () => {
    expect(addDays('2027-12-28', 7)).toBe('2028-01-04');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2027-12-28', '2028-01-04')).toBe(7);
    expect(daysBetween('2028-01-04', '2027-12-28')).toBe(-7);
  });
});
