import { describe, expect, it } from 'vitest';
import { daysSince, formatDate, formatDateTime, todayInChile } from './format';

describe('dates as a person in Chile reads them', () => {
  it('shows an instant in Chile’s summer time (UTC−3)', () => {
    expect(formatDateTime('2026-12-02T01:14:12.379Z')).toBe('1 de diciembre de 2026 a las 22:14');
  });

  it('shows an instant in Chile’s winter time (UTC−4)', () => {
    expect(formatDateTime('2027-07-01T15:00:00Z')).toBe('1 de julio de 2027 a las 11:00');
  });

  it('shows a calendar date without shifting it a day', () => {
    expect(formatDate('2027-03-31')).toBe('31 de marzo de 2027');
  });

  it('knows what day it is in Chile when UTC has already moved on', () => {
    expect(todayInChile(new Date('2026-12-02T01:00:00Z'))).toBe('2026-12-01');
  });

  it('says how long something has waited', () => {
    const now = new Date('2026-12-10T12:00:00Z');
    expect(daysSince('2026-12-10T08:00:00Z', now)).toBe('hoy');
    expect(daysSince('2026-12-09T08:00:00Z', now)).toBe('hace 1 día');
    expect(daysSince('2026-12-01T08:00:00Z', now)).toBe('hace 9 días');
  });

  it('answers a dash for what is not a date', () => {
    expect(formatDateTime('no es fecha')).toBe('—');
  });
});
