import type { EvaluationPrefill } from '../../api/types';

// The evaluation's proposed entries merged into what the form holds: an entry it lacks is added
// after those already there; one it has keeps every value typed in it and only gets the proposed
// values of its empty fields. Nothing is removed or overwritten.

type Entry = Record<string, unknown>;
type Proposed = EvaluationPrefill['content'];

const LISTS = [
  { list: 'objectivesProgress', key: 'objectiveId' },
  { list: 'measuresProgress', key: 'measureId' },
  { list: 'indicatorResults', key: 'indicatorCode' },
  { list: 'previousYearFollowUp', key: 'commitmentId' },
] as const;

export interface MergeResult {
  content: Record<string, unknown>;
  /** Entries added to a list. */
  added: number;
  /** Empty fields of entries already there that got a proposed value. */
  filled: number;
}

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export function mergePrefill(current: unknown, proposed: Proposed): MergeResult {
  const content: Record<string, unknown> = isEntry(current) ? { ...current } : {};
  let added = 0;
  let filled = 0;
  for (const { list, key } of LISTS) {
    const existing = Array.isArray(content[list]) ? (content[list] as unknown[]) : [];
    const merged = [...existing];
    for (const entry of proposed[list] as Entry[]) {
      const index = merged.findIndex((item) => isEntry(item) && item[key] === entry[key]);
      if (index === -1) {
        merged.push({ ...entry });
        added++;
        continue;
      }
      const item = { ...(merged[index] as Entry) };
      for (const [field, value] of Object.entries(entry)) {
        if (isBlank(item[field]) && !isBlank(value)) {
          item[field] = value;
          filled++;
        }
      }
      merged[index] = item;
    }
    if (merged.length > 0 || content[list] !== undefined) content[list] = merged;
  }
  return { content, added, filled };
}
