import { printable } from './text';

// Dates and numbers as people in Chile read them. Instants are shown in Santiago time
// whatever the server's zone; calendar dates (YYYY-MM-DD) are shown as written.

const TIME_ZONE = 'America/Santiago';
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

const longDateTime = new Intl.DateTimeFormat('es-CL', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const shortDateTime = new Intl.DateTimeFormat('es-CL', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const longDate = new Intl.DateTimeFormat('es-CL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const shortDate = new Intl.DateTimeFormat('es-CL', {
  timeZone: 'UTC',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const integer = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('es-CL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

// Unparseable input is shown as it came: a record must never fail over a date.
function format(iso: string, calendar: Intl.DateTimeFormat, instant: Intl.DateTimeFormat): string {
  const date = parse(iso);
  if (date === null) return printable(iso);
  return CALENDAR_DATE.test(iso) ? calendar.format(date) : instant.format(date);
}

// '14 de marzo de 2027 a las 10:32', or '14 de marzo de 2027' for a calendar date.
export function formatDateLong(iso: string): string {
  return format(iso, longDate, longDateTime);
}

// '14-03-2027, 10:32', or '14-03-2027' for a calendar date.
export function formatDateShort(iso: string): string {
  return format(iso, shortDate, shortDateTime);
}

export function formatPeriod(start: string | undefined, end: string | undefined): string {
  const from = start === undefined ? '…' : formatDateShort(start);
  const to = end === undefined ? '…' : formatDateShort(end);
  return `${from} al ${to}`;
}

// For the PDF's metadata; an invalid date falls back to the epoch, never to the clock.
export function toFixedDate(iso: string): Date {
  return parse(iso) ?? new Date(0);
}

export function formatCount(value: number): string {
  return integer.format(value);
}

export function formatShare(part: number, total: number): string {
  return total > 0 ? `${oneDecimal.format((part * 100) / total)} %` : '—';
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${integer.format(size)} B`;
  if (size < 1024 * 1024) return `${oneDecimal.format(size / 1024)} KB`;
  return `${oneDecimal.format(size / (1024 * 1024))} MB`;
}
