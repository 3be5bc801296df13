import { itemSegment, nearestOf, pathOf, type Segment } from '../places';
import { apiPath, getIn, type Path } from './paths';
import { shownItemFields, type FieldNode } from './schema-tree';

// Where the observations of the head and SERNAM go in the form. An observation names its place
// the way the read view does (places.ts: 'products/PE-3/inequities/INQ-3/gap', items by their
// code, or by their position when they have none); the form names it by positions
// (['products', 2, 'inequities', 0, 'gap'], paths.ts). The form's places are its controls and
// the cards of list items, read against the content being typed, so that an item keeps its
// observations wherever it is moved. Pure, so that it is tested without a browser.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The observation path of a form path, read against the content: each item by its code. */
export function observationPathOf(root: unknown, path: Path): string {
  const segments: Segment[] = [];
  let node: unknown = root;
  for (const step of path) {
    if (typeof step === 'number') {
      const item: unknown = Array.isArray(node) ? (node as unknown[])[step] : undefined;
      segments.push(itemSegment(item, step));
      node = item;
    } else {
      segments.push({ field: step });
      node = isRecord(node) ? node[step] : undefined;
    }
  }
  return pathOf(segments);
}

export interface FormPlace {
  path: Path;
  /** A list of items: what lies deeper in it is an item, which the content may no longer have. */
  list: boolean;
}

/**
 * Every place of the form an observation can be shown at, by its observation path: each field's
 * control (drawn whether it has a value or not) and each item's card. Only what the form draws:
 * the code Enfoque proposes for an item is not a control (the item is its place).
 */
export function formPlaces(fields: readonly FieldNode[], root: unknown): Map<string, FormPlace> {
  const places = new Map<string, FormPlace>();
  const add = (path: Path, list = false) => {
    const key = observationPathOf(root, path);
    // Two items with one code: the first keeps it (the other is shown as the API will read it).
    if (!places.has(key)) places.set(key, { path, list });
  };
  const visit = (list: readonly FieldNode[], at: Path): void => {
    for (const field of list) {
      const path = [...at, field.key];
      add(path, field.type === 'objectList');
      if (field.type === 'object') visit(field.fields, path);
      if (field.type === 'objectList') {
        const items = getIn(root, path);
        if (!Array.isArray(items)) continue;
        const shown = shownItemFields(field);
        items.forEach((_, index) => {
          add([...path, index]);
          visit(shown, [...path, index]);
        });
      }
    }
  };
  visit(fields, []);
  return places;
}

export interface PlacedObservations<T> {
  /** The observations shown at each place of the form, by its API path ('products[2].inequities[0].gap'). */
  byPlace: Map<string, T[]>;
  /** Those about an item the content no longer has (removed or recoded since). */
  unplaced: T[];
  /** The places of the form with an open observation. */
  openPlaces: Path[];
}

/**
 * Puts each observation at the deepest place of the form that holds its path (a part of a
 * control, like the women of a count by sex, goes to the control); one about an item the list no
 * longer has goes apart, not to its list.
 */
export function placeObservations<T extends { path: string; status: string }>(
  places: ReadonlyMap<string, FormPlace>,
  observations: readonly T[],
): PlacedObservations<T> {
  const keys = new Set(places.keys());
  const byPlace = new Map<string, T[]>();
  const unplaced: T[] = [];
  const openPlaces: Path[] = [];
  for (const observation of observations) {
    const key = nearestOf(keys, observation.path);
    const place = key === undefined ? undefined : places.get(key);
    if (!place || (place.list && key !== observation.path)) {
      unplaced.push(observation);
      continue;
    }
    const at = apiPath(place.path);
    byPlace.set(at, [...(byPlace.get(at) ?? []), observation]);
    if (observation.status === 'open' && !openPlaces.some((p) => apiPath(p) === at)) openPlaces.push(place.path);
  }
  return { byPlace, unplaced, openPlaces };
}

/**
 * What the filter "solo los campos con observaciones abiertas" shows: each target whole (an item
 * with all its fields), and the fields and items that lead to one (an item with an observation
 * on one of its fields shows that item, with that field only).
 */
export function visibleWithin(targets: readonly Path[]): (path: Path) => boolean {
  const leading = new Set<string>();
  const whole = new Set(targets.map(apiPath));
  for (const target of targets) for (let n = 1; n <= target.length; n++) leading.add(apiPath(target.slice(0, n)));
  return (path) => {
    if (leading.has(apiPath(path))) return true;
    for (let n = 1; n < path.length; n++) if (whole.has(apiPath(path.slice(0, n)))) return true;
    return false;
  };
}

/**
 * The places the filter keeps while it is on: those open now, and every one shown since it was
 * turned on, so that a field answered, marked addressed or recoded while the person works on it
 * does not vanish under their hands. The same map when nothing new (so that React can keep it).
 */
export function pinPlaces(pinned: ReadonlyMap<string, Path>, open: readonly Path[]): ReadonlyMap<string, Path> {
  const fresh = open.filter((path) => !pinned.has(apiPath(path)));
  if (fresh.length === 0) return pinned;
  const next = new Map(pinned);
  for (const path of fresh) next.set(apiPath(path), path);
  return next;
}
