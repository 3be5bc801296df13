import { addDays, chileDate, chileInstant, daysBetween, formatChileDate, formatChileDateTime } from './chile-time';

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

describe('what a person reads', () => {
  it('shows an instant in Chile, summer time included', () => {
    // 01:14 UTC on 2 December is 22:14 of 1 December in Santiago's summer (UTC−3).
    expect(formatChileDateTime('2026-12-02T01:14:12.379Z')).toBe('1 de diciembre de 2026 a las 22:14');
    // Winter (UTC−4).
    expect(formatChileDateTime('2027-07-15T12:00:00Z')).toBe('15 de julio de 2027 a las 08:00');
    // The same instant written with another offset reads the same.
    expect(formatChileDateTime('2026-12-01T22:14:00-03:00')).toBe('1 de diciembre de 2026 a las 22:14');
  });

  it('follows the changes of hour: the first Sundays of September and April', () => {
    // 2026-09-06: at midnight the clock jumps to 01:00.
    expect(formatChileDateTime('2026-09-06T03:59:00Z')).toBe('5 de septiembre de 2026 a las 23:59');
    expect(formatChileDateTime('2026-09-06T04:00:00Z')).toBe('6 de septiembre de 2026 a las 01:00');
    // 2027-04-04: at midnight the clock goes back to 23:00 of Saturday.
    expect(formatChileDateTime('2027-04-04T02:59:00Z')).toBe('3 de abril de 2027 a las 23:59');
    expect(formatChileDateTime('2027-04-04T03:00:00Z')).toBe('3 de abril de 2027 a las 23:00');
    expect(chileInstant('2026-09-07', 9).toISOString()).toBe('2026-09-07T12:00:00.000Z');
    expect(chileInstant('2027-04-05', 9).toISOString()).toBe('2027-04-05T13:00:00.000Z');
  });

  it('shows a calendar day as it is, whatever the zone', () => {
    expect(formatChileDate('2027-03-31')).toBe('31 de marzo de 2027');
    expect(formatChileDate('2027-01-01')).toBe('1 de enero de 2027');
  });

  it('says "—" for what is not a date', () => {
    expect(formatChileDateTime('pronto')).toBe('—');
    expect(formatChileDate('2027-02-30')).toBe('—');
    expect(formatChileDate('31-03-2027')).toBe('—');
  });
});
