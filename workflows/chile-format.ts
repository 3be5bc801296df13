// The one way a person reads a date or a time: in the web app, the records, the master list,
// the verification page and the e-mails. Spanish, in Chile's time zone with its summer time
// (America/Santiago: UTC−3 from the first Sunday of September to the first Sunday of April,
// UTC−4 otherwise), to the minute:
//   an instant     "1 de diciembre de 2026 a las 22:14"   (2026-12-02T01:14:12.379Z)
//   a calendar day "31 de marzo de 2027"                  ('2027-03-31', a due date)
// The API itself keeps ISO 8601 with its offset. src/common/chile-time.ts says the same for
// the server's code and re-exports these; the web app reaches this file as @procedure.
export const CHILE_TIME_ZONE = 'America/Santiago';

const dayFormat = new Intl.DateTimeFormat('es-CL', {
  timeZone: CHILE_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('es-CL', {
  timeZone: CHILE_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
// A calendar date has no time zone: read it at noon UTC so that no offset moves it a day.
const calendarFormat = new Intl.DateTimeFormat('es-CL', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An instant (ISO 8601): "1 de diciembre de 2026 a las 22:14"; "—" when it is not a date. */
export function formatChileDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return `${dayFormat.format(date)} a las ${timeFormat.format(date)}`;
}

/** A calendar date ('2027-03-31'): "31 de marzo de 2027"; "—" when it is not one ('2027-02-30'). */
export function formatChileDate(day: string): string {
  if (!CALENDAR_DAY.test(day)) return '—';
  const date = new Date(`${day}T12:00:00Z`);
  // Date parsing rolls 30 February over to 2 March: only a day that reads back the same is one.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return '—';
  return calendarFormat.format(date);
}
