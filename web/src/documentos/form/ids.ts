// The code a new item gets: the prefix seen in the codes already used in that list (across the
// whole document: inequities of every product share one series), and the next number. Once given,
// a code stays with its item (moving it or removing another does not renumber).

const NUMBERED = /^(.*?)(\d+)$/;

// When a list has no items yet: the prefixes the guide's examples use.
const DEFAULT_PREFIXES: Record<string, string> = {
  inequities: 'INQ-',
  barriers: 'B-',
  systems: 'SI-',
  generalObjective: 'OG-',
  specificObjectives: 'OE-',
  measures: 'M-',
  indicators: 'IND-',
  activities: 'A-',
  products: 'PE-',
  commitments: 'C-',
  recommendations: 'R-',
};

export function defaultPrefix(listKey: string): string {
  return (
    DEFAULT_PREFIXES[listKey] ??
    `${
      listKey
        .replace(/[^A-Za-z]/g, '')
        .slice(0, 3)
        .toUpperCase() || 'E'
    }-`
  );
}

/** The next free code after those used: INQ-4 after INQ-3, A-12 after A-11 (the commonest prefix wins). */
export function nextId(used: readonly string[], fallbackPrefix: string): string {
  const byPrefix = new Map<string, { count: number; max: number; width: number }>();
  for (const id of used) {
    const match = NUMBERED.exec(id);
    if (!match) continue;
    const prefix = match[1] ?? '';
    const digits = match[2] ?? '';
    const seen = byPrefix.get(prefix) ?? { count: 0, max: 0, width: 0 };
    byPrefix.set(prefix, {
      count: seen.count + 1,
      max: Math.max(seen.max, Number(digits)),
      width: Math.max(seen.width, digits.startsWith('0') ? digits.length : 0),
    });
  }
  const best = [...byPrefix.entries()].sort((a, b) => b[1].count - a[1].count)[0];
  const prefix = best?.[0] ?? fallbackPrefix;
  const taken = new Set(used);
  let n = (best?.[1].max ?? 0) + 1;
  const spell = (k: number) => `${prefix}${String(k).padStart(best?.[1].width ?? 0, '0')}`;
  while (taken.has(spell(n))) n++;
  return spell(n);
}

/**
 * Every value found under a list path with '*' for "each item": ids(content, ['products', '*',
 * 'inequities', '*', 'id']) gives the codes of the inequities of every product.
 */
export function valuesAt(root: unknown, pattern: readonly string[]): unknown[] {
  if (pattern.length === 0) return [root];
  const [step = '', ...rest] = pattern;
  if (step === '*') return Array.isArray(root) ? root.flatMap((item) => valuesAt(item, rest)) : [];
  if (typeof root !== 'object' || root === null) return [];
  return valuesAt((root as Record<string, unknown>)[step], rest);
}

/** The codes already used at a pattern, as strings. */
export function idsAt(root: unknown, pattern: readonly string[]): string[] {
  return valuesAt(root, pattern).filter((v): v is string => typeof v === 'string' && v !== '');
}
