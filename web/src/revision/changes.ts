import { diffWords } from 'diff';
import { itemIdOf, orderedFields } from '@procedure/field-labels';
import { create, type ArrayDelta, type Delta, type ObjectDelta } from 'jsondiffpatch';
import { isLongText, isPrimitiveList, isRecord } from '../documentos/format-value';
import { itemSegment, labelOf, pathOf, type Segment } from '../documentos/places';

// What changed between the version a gate last saw and the one submitted now, as a list a
// person reads: added, removed or modified, where (in Spanish), and long texts word by word.
// Items of lists are matched by their ids, so reordering a list changes nothing and editing
// INQ-3 is a change to INQ-3 wherever it now stands.

export type ChangeType = 'added' | 'removed' | 'modified';

export const CHANGE_TYPE_LABELS: Readonly<Record<ChangeType, string>> = {
  added: 'Agregado',
  removed: 'Eliminado',
  modified: 'Modificado',
};

export interface WordPart {
  type: 'same' | 'added' | 'removed';
  text: string;
}

export interface Change {
  type: ChangeType;
  /** 'products/PE-1/inequities/INQ-3/gap': the place, as observations and anchors name it. */
  path: string;
  /** 'Productos estratégicos › PE-1 › Inequidades › INQ-3 › Brecha'. */
  label: string;
  /** The property that changed (or holds the item that did), for formatting its values. */
  field: string;
  before?: unknown;
  after?: unknown;
  /** Long texts: the new text word by word, with what was added and removed. */
  words?: WordPart[];
}

// Positions stand in for ids only where items have none.
const hashOf = (item: unknown, index: number): string => itemIdOf(item) ?? `#${index}`;
const differ = create({
  objectHash: (item: object, index?: number) => hashOf(item, index ?? 0),
  arrays: { detectMove: true, includeValueOnMove: false },
  cloneDiffValues: false,
});

export function computeChanges(before: unknown, after: unknown): Change[] {
  const delta = differ.diff(before ?? {}, after ?? {});
  const changes: Change[] = [];
  if (delta !== undefined) walk(delta, before ?? {}, after ?? {}, [], '', changes);
  return changes;
}

const isArrayDelta = (delta: Delta): delta is ArrayDelta => isRecord(delta) && (delta as { _t?: unknown })._t === 'a';
const isObjectDelta = (delta: Delta): delta is ObjectDelta => isRecord(delta) && !isArrayDelta(delta);

function walk(delta: Delta, left: unknown, right: unknown, at: Segment[], field: string, out: Change[]): void {
  if (delta === undefined) return;
  if (Array.isArray(delta)) {
    leaf(delta, at, field, out);
    return;
  }
  if (isArrayDelta(delta)) {
    walkArray(delta, Array.isArray(left) ? left : [], Array.isArray(right) ? right : [], at, field, out);
    return;
  }
  if (isObjectDelta(delta)) {
    const l = isRecord(left) ? left : {};
    const r = isRecord(right) ? right : {};
    for (const key of orderedFields(Object.keys(delta)))
      walk(delta[key], l[key], r[key], [...at, { field: key }], key, out);
  }
}

function leaf(delta: unknown[], at: Segment[], field: string, out: Change[]): void {
  const place = { path: pathOf(at), label: labelOf(at), field };
  if (delta.length === 1) out.push({ type: 'added', ...place, after: delta[0] });
  else if (delta.length === 3 && delta[2] === 0) out.push({ type: 'removed', ...place, before: delta[0] });
  else if (delta.length === 2) out.push(modified(place, delta[0], delta[1]));
}

function modified(place: { path: string; label: string; field: string }, before: unknown, after: unknown): Change {
  const change: Change = { type: 'modified', ...place, before, after };
  if (typeof before === 'string' && typeof after === 'string' && (isLongText(before) || isLongText(after)))
    change.words = wordChanges(before, after);
  return change;
}

export function wordChanges(before: string, after: string): WordPart[] {
  return diffWords(before, after).map((part) => ({
    type: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

function walkArray(
  delta: ArrayDelta,
  left: unknown[],
  right: unknown[],
  at: Segment[],
  field: string,
  out: Change[],
): void {
  // A list of codes or texts ('barrierIds', 'stagesNeedingMeasures') changes as a whole.
  if (isPrimitiveList(left) && isPrimitiveList(right)) {
    if (JSON.stringify(left) !== JSON.stringify(right))
      out.push(modified({ path: pathOf(at), label: labelOf(at), field }, left, right));
    return;
  }
  const removed: Change[] = [];
  const rest: { index: number; changes: Change[] }[] = [];
  for (const key of Object.keys(delta)) {
    if (key === '_t') continue;
    const entry = (delta as unknown as Record<string, Delta>)[key];
    if (key.startsWith('_')) {
      // Removed from the left list (or moved: a move alone changes no content).
      const index = Number(key.slice(1));
      if (Array.isArray(entry) && entry.length === 3 && entry[2] === 0) {
        const item = left[index];
        const segments = [...at, itemSegment(item, index)];
        removed.push({ type: 'removed', path: pathOf(segments), label: labelOf(segments), field, before: item });
      }
      continue;
    }
    const index = Number(key);
    const item = right[index];
    const segments = [...at, itemSegment(item, index)];
    const changes: Change[] = [];
    if (Array.isArray(entry) && entry.length === 1) {
      changes.push({ type: 'added', path: pathOf(segments), label: labelOf(segments), field, after: item });
    } else {
      const hash = hashOf(item, index);
      walk(
        entry,
        left.find((candidate, i) => hashOf(candidate, i) === hash),
        item,
        segments,
        field,
        changes,
      );
    }
    rest.push({ index, changes });
  }
  rest.sort((a, b) => a.index - b.index);
  out.push(...removed, ...rest.flatMap((r) => r.changes));
}
