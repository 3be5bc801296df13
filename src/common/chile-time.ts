import { CHILE_TIME_ZONE } from '../../workflows/chile-format';

// Due dates are calendar days in Chile; reminders fire at a local hour there, whatever the
// server's own time zone is.
//
// What a person reads is in Chile's time zone too (America/Santiago, summer time included) and
// in one Spanish format, whoever shows it: the records, the master list, the verification page,
// the e-mails and the web app. An instant reads "1 de diciembre de 2026 a las 22:14"
// (formatChileDateTime), a calendar day "31 de marzo de 2027" (formatChileDate). Both live in
// workflows/chile-format.ts, which the web app shares; the API answers ISO 8601 with its offset.
export { CHILE_TIME_ZONE, formatChileDate, formatChileDateTime } from '../../workflows/chile-format';
const DAY_MS = 86_400_000;

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: CHILE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: CHILE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The calendar day (YYYY-MM-DD) in Chile at this instant. */
export function chileDate(instant: Date): string {
  return dayFormat.format(instant);
}

// Milliseconds to add to UTC to get Chile's wall clock at this instant.
function offsetAt(instant: number): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant at which Chile's wall clock shows this day and hour. */
export function chileInstant(date: string, hour: number): Date {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d, hour);
  const first = wall - offsetAt(wall);
  // A second pass settles days on which the offset changes (daylight saving).
  return new Date(wall - offsetAt(first));
}

/** The calendar day `days` after (or before, if negative) a calendar day. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one calendar day to another. */
export function daysBetween(from: string, to: string): number {
  const [a, b] = [from, to].map((s) => {
    const [y, m, d] = s.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  });
  return Math.round((b - a) / DAY_MS);
}
