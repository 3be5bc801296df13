import type { Cites, Option } from './schema-tree';

// The items a reference may cite, read from the cited document's content: each item of the
// lists or objects x-cites names ('products.inequities' → the inequities of every product;
// 'generalObjective' → that one objective), as its code and a line of its text, for a picker.

// The property that says what an item is, in the order tried.
const TEXT_FIELDS = ['name', 'description', 'title', 'text', 'recommendation', 'gap'];
const MAX_TEXT = 90;

type Item = Record<string, unknown>;
const isItem = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The items under a path of list or object properties: each item of a list, or the object itself. */
export function citedItems(content: unknown, list: string): Item[] {
  let here: unknown[] = [content];
  for (const step of list.split('.')) {
    here = here.flatMap((value) => {
      const next: unknown = isItem(value) ? value[step] : undefined;
      return Array.isArray(next) ? (next as unknown[]) : [next];
    });
  }
  return here.filter(isItem);
}

function textOf(item: Item, idField: string): string {
  for (const field of TEXT_FIELDS) {
    const value = item[field];
    if (field !== idField && typeof value === 'string' && value.trim() !== '') {
      const line = value.trim().replace(/\s+/g, ' ');
      return line.length > MAX_TEXT ? `${line.slice(0, MAX_TEXT - 1)}…` : line;
    }
  }
  return '';
}

function textsById(content: unknown, cites: Cites): Map<string, string> {
  const idField = cites.idField ?? 'id';
  const texts = new Map<string, string>();
  for (const list of cites.items) {
    for (const item of citedItems(content, list)) {
      const id = item[idField];
      if (typeof id === 'string' && id !== '' && !texts.has(id)) texts.set(id, textOf(item, idField));
    }
  }
  return texts;
}

/**
 * The options of a picker: "ID — text" for every item the citation names in `content`. An item
 * without words of its own takes them from `named`, the document its code cites (cites.textFrom).
 */
export function citableOptions(content: unknown, cites: Cites, named?: unknown): Option[] {
  const own = textsById(content, cites);
  const borrowed = cites.textFrom && named !== undefined ? textsById(named, cites.textFrom) : new Map<string, string>();
  return [...own].map(([id, text]) => {
    const words = text || borrowed.get(id) || '';
    return { value: id, label: words ? `${id} — ${words}` : id };
  });
}

/**
 * Keeps a value that the cited document no longer lists visible (and choosable) in the picker;
 * while that document is still being read, the value shows as its bare code.
 */
export function withCurrent(options: readonly Option[], current: readonly string[], loading = false): Option[] {
  const known = new Set(options.map((o) => o.value));
  const missing = current
    .filter((v) => v && !known.has(v))
    .map((v) => ({ value: v, label: loading ? v : `${v} (no está en el documento citado)` }));
  return [...options, ...missing];
}
