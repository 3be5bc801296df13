import { fieldLabel, orderedFields, valueLabel, yesNo } from '@procedure/field-labels';
import { formatDate } from '../ui/format';

// How a value of a document reads: "Sí"/"No", dates in words, codes by their Spanish name,
// numbers with Chilean thousands, a small group of values as "Etiqueta: valor; …". Never JSON.

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const numbers = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 2 });
export const EMPTY_VALUE = '—';

/** Longer than this, or with a line break, a text is a paragraph (and changes are shown word by word). */
export const LONG_TEXT = 80;

export const isLongText = (value: unknown): value is string =>
  typeof value === 'string' && (value.length > LONG_TEXT || value.includes('\n'));

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isPrimitive = (value: unknown): boolean =>
  value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value);

/** An object whose values are all plain (a formula, a date range, a count by sex). */
export const isSmallRecord = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && Object.values(value).every((v) => isPrimitive(v) || isPrimitiveList(v));

export const isPrimitiveList = (value: unknown): value is unknown[] => Array.isArray(value) && value.every(isPrimitive);

export function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  if (typeof value === 'boolean') return yesNo(value);
  if (typeof value === 'number') return field === 'year' ? String(value) : numbers.format(value);
  if (typeof value === 'string') {
    if (CALENDAR_DATE.test(value)) return formatDate(value);
    return valueLabel(field, value) ?? value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY_VALUE;
    return value.map((v) => (isPrimitive(v) ? formatValue(field, v) : summaryOf(v))).join(', ');
  }
  if (isRecord(value)) {
    const parts = orderedFields(Object.keys(value))
      .filter((key) => value[key] !== undefined && value[key] !== null && value[key] !== '')
      .map((key) => `${fieldLabel(key)}: ${formatValue(key, value[key])}`);
    return parts.length > 0 ? parts.join('; ') : EMPTY_VALUE;
  }
  return EMPTY_VALUE;
}

const SUMMARY_FIELDS = ['name', 'description', 'recommendation', 'analysis', 'justification', 'result'] as const;
const SUMMARY_MAX = 90;

/** A short line that names an item: its name or the start of its description. */
export function summaryOf(item: unknown): string {
  if (!isRecord(item)) return formatValue('', item);
  for (const field of SUMMARY_FIELDS) {
    const text = item[field];
    if (typeof text === 'string' && text.trim() !== '') return shorten(text.trim(), SUMMARY_MAX);
  }
  return '';
}

export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
