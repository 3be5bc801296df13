import type { Cites, Option } from './schema-tree';
import { valuesAt } from './ids';

// The items a reference may cite, read from the cited document's content: each item of the
// lists x-cites names ('products.inequities' → the inequities of every product), as its code and
// a line of its text, for a picker.

const TEXT_FIELDS = ['name', 'description', 'title', 'text', 'gap'];
const MAX_TEXT = 90;

function textOf(item: Record<string, unknown>, idField: string): string {
  for (const field of TEXT_FIELDS) {
    const value = item[field];
    if (field !== idField && typeof value === 'string' && value.trim() !== '') {
      const line = value.trim().replace(/\s+/g, ' ');
      return line.length > MAX_TEXT ? `${line.slice(0, MAX_TEXT - 1)}…` : line;
    }
  }
  return '';
}

export function citableOptions(content: unknown, cites: Cites): Option[] {
  const idField = cites.idField ?? 'id';
  const seen = new Set<string>();
  const options: Option[] = [];
  for (const list of cites.items) {
    const pattern = list.split('.').flatMap((step) => [step, '*']);
    // A path may name one object rather than a list: the plan's general objective.
    const single = valuesAt(content, pattern.slice(0, -1)).filter((value) => !Array.isArray(value));
    for (const item of [...single, ...valuesAt(content, pattern)]) {
      if (typeof item !== 'object' || item === null) continue;
      const id = (item as Record<string, unknown>)[idField];
      if (typeof id !== 'string' || id === '' || seen.has(id)) continue;
      seen.add(id);
      const text = textOf(item as Record<string, unknown>, idField);
      options.push({ value: id, label: text ? `${id} — ${text}` : id });
    }
  }
  return options;
}

/** Keeps a value that the cited document no longer lists visible (and choosable) in the picker. */
export function withCurrent(options: readonly Option[], current: readonly string[]): Option[] {
  const known = new Set(options.map((o) => o.value));
  const missing = current
    .filter((v) => v && !known.has(v))
    .map((v) => ({ value: v, label: `${v} (no está en el documento citado)` }));
  return [...options, ...missing];
}
