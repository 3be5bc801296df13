import { fieldLabel, isFieldName, itemIdOf } from '@procedure/field-labels';

// A place in a document's content, as observations name it: property names and item ids joined
// by '/', e.g. 'products/PE-1/inequities/INQ-3/gap' (an item of a list by its id, or by its
// position when it has none). The API stores this path; the page uses it as an anchor.

export type Segment = { field: string } | { item: string };

export const PATH_SEPARATOR = '/';
const LABEL_SEPARATOR = ' › ';

export const pathOf = (segments: readonly Segment[]): string =>
  segments.map((s) => ('field' in s ? s.field : s.item)).join(PATH_SEPARATOR);

/** "Productos estratégicos › PE-1 › Inequidades › INQ-3 › Brecha". */
export const labelOf = (segments: readonly Segment[]): string =>
  segments.map((s) => ('field' in s ? fieldLabel(s.field) : s.item)).join(LABEL_SEPARATOR);

/** The innermost item a place is in (or is), if any. */
export function itemIdIn(segments: readonly Segment[]): string | undefined {
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i];
    if (segment && 'item' in segment) return segment.item;
  }
  return undefined;
}

/** The id attribute of a place on the page, so that a link (#…) leads to it. */
export const anchorId = (kind: string, path: string): string => `lugar:${kind}:${path}`;

/** The segment of an array item: its id, else its position. */
export const itemSegment = (item: unknown, index: number): Segment => ({ item: itemIdOf(item) ?? String(index) });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Reads a stored path against the content: which segments are items. Where the content no
// longer has the place (an item removed since), the rest is read by name: a known property is a
// field, anything else an item.
export function segmentsOf(content: unknown, path: string): Segment[] {
  const parts = path.split(PATH_SEPARATOR).filter((part) => part !== '');
  const segments: Segment[] = [];
  let node: unknown = content;
  for (const part of parts) {
    if (Array.isArray(node)) {
      const list: readonly unknown[] = node;
      segments.push({ item: part });
      const byId = list.find((item) => itemIdOf(item) === part);
      node = byId ?? (/^\d+$/.test(part) ? list[Number(part)] : undefined);
    } else if (isRecord(node) && Object.prototype.hasOwnProperty.call(node, part)) {
      segments.push({ field: part });
      node = node[part];
    } else {
      segments.push(isFieldName(part) ? { field: part } : { item: part });
      node = undefined;
    }
  }
  return segments;
}

/** The Spanish name of a stored path, read against the content it points into. */
export const pathLabel = (content: unknown, path: string): string => labelOf(segmentsOf(content, path));

/** Whether `inner` is `outer` or lies inside it. */
export const isWithin = (inner: string, outer: string): boolean =>
  inner === outer || inner.startsWith(outer + PATH_SEPARATOR);

/**
 * Puts each observation at the deepest place shown on the page that holds its path (a field
 * drawn inside its item's row goes to the row). Those with no place (an item removed since)
 * are returned apart, to be shown on their own.
 */
export function assignToPlaces<T extends { path: string }>(
  places: ReadonlySet<string>,
  observations: readonly T[],
): { byPlace: Map<string, T[]>; unplaced: T[] } {
  const byPlace = new Map<string, T[]>();
  const unplaced: T[] = [];
  for (const observation of observations) {
    const place = nearestOf(places, observation.path);
    if (place === undefined) unplaced.push(observation);
    else byPlace.set(place, [...(byPlace.get(place) ?? []), observation]);
  }
  return { byPlace, unplaced };
}

/** The deepest of the given paths that holds `path` (the place itself, or what contains it). */
export function nearestOf(paths: ReadonlySet<string>, path: string): string | undefined {
  const parts = path.split(PATH_SEPARATOR);
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join(PATH_SEPARATOR);
    if (paths.has(candidate)) return candidate;
  }
  return undefined;
}
