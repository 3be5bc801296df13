// The one way a person reads a date or a time, in the UI and (as they adopt it) the records and
// e-mails: Spanish, in Chile's time zone with its summer time, e.g. "1 de diciembre de 2026 a las
// 22:14". The API itself keeps ISO 8601.
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

/** An instant (ISO 8601): "1 de diciembre de 2026 a las 22:14"; "—" when it is not a date. */
export function formatChileDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return `${dayFormat.format(date)} a las ${timeFormat.format(date)}`;
}

/** A calendar date ('2027-03-31'): "31 de marzo de 2027". */
export function formatChileDate(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(date.getTime()) ? calendarFormat.format(date) : '—';
}
