import { formatChileDate, formatChileDateTime } from '../../workflows/chile-format';
import { printable } from './text';

// Dates and numbers as people in Chile read them. Dates and times in the one format of
// workflows/chile-format.ts, the web app's too: instants in Santiago time whatever the
// server's zone, calendar dates (YYYY-MM-DD) as written.

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const integer = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('es-CL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

// '14 de marzo de 2027 a las 10:32', or '14 de marzo de 2027' for a calendar date. Unparseable
// input is shown as it came: a record must never fail over a date.
export function formatDate(iso: string): string {
  const formatted = CALENDAR_DATE.test(iso) ? formatChileDate(iso) : formatChileDateTime(iso);
  return formatted === '—' ? printable(iso) : formatted;
}

// The same, for a narrow table column: an instant's day on one line and 'a las 10:32' on the
// next, rather than a line broken wherever the width ends ('…2027 a las' / '10:32').
export function formatDateCell(iso: string): string {
  const text = formatDate(iso);
  const at = text.lastIndexOf(' a las ');
  return at < 0 ? text : `${text.slice(0, at)}\n${text.slice(at + 1)}`;
}

export function formatPeriod(start: string | undefined, end: string | undefined): string {
  const from = start === undefined ? '…' : formatDate(start);
  const to = end === undefined ? '…' : formatDate(end);
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
