import { itemIdOf, orderedFields } from '@procedure/field-labels';
import { isRecord } from '../../format-value';
import { labelOf, pathOf, type Segment } from '../../places';
import { sameContent } from '../draft-store';

// A three-way comparison of a document after a refused save (STALE_VERSION): the version the
// person started from (base), theirs as typed (mine) and the one saved meanwhile by someone else
// (theirs). Objects are compared field by field and lists of items item by item, matched by their
// ids (INQ-3 is INQ-3 wherever it stands), so each place where the two versions differ is named
// alone. A place changed on one side only is taken from that side; one changed on both sides, in
// different ways, is a conflict the person settles. The combination is then built from the
// choices, by the same walk, so that every place of the comparison is one choice of the result.

export type Side = 'mine' | 'theirs';

export interface MergePlace {
  /** 'products/PE-1/inequities/INQ-3/gap' (places.ts), '…#orden' for the order of a list's items. */
  key: string;
  /** 'Productos estratégicos › PE-1 › Inequidades › INQ-3 › Brecha'. */
  label: string;
  /** The property it is (or holds it), for reading its values. */
  field: string;
  /** Who changed it since the base: one side only (taken from it) or both, differently (a conflict). */
  changedBy: 'mine' | 'theirs' | 'both';
  /** The order of a list's items (values are their ids), not a value. */
  order?: true;
  /** A whole item of a list (added, removed, or added by both under the same id). */
  item?: true;
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

type Decide = (place: MergePlace) => Side;

export const ORDER_SUFFIX = '#orden';

/** Every place where the two versions differ, in the document's order. */
export function comparePlaces(base: unknown, mine: unknown, theirs: unknown): MergePlace[] {
  const places: MergePlace[] = [];
  mergeValue(root(base), root(mine), root(theirs), [], '', false, (place) => {
    places.push(place);
    return 'mine';
  });
  return places;
}

/** The content the choices make: each place from the side chosen, one-sided changes by default from the side that made them. */
export function combine(base: unknown, mine: unknown, theirs: unknown, choices: ReadonlyMap<string, Side>): unknown {
  return mergeValue(root(base), root(mine), root(theirs), [], '', false, (place) => choiceAt(place, choices)) ?? {};
}

/** The side a place takes: the person's choice, else the side that changed it (a conflict not yet chosen keeps theirs as typed). */
export function choiceAt(place: MergePlace, choices: ReadonlyMap<string, Side>): Side {
  return choices.get(place.key) ?? (place.changedBy === 'theirs' ? 'theirs' : 'mine');
}

/** The conflicts still waiting for the person's choice. */
export const unresolved = (places: readonly MergePlace[], choices: ReadonlyMap<string, Side>): MergePlace[] =>
  places.filter((place) => place.changedBy === 'both' && !choices.has(place.key));

/** The same side for every place ("Conservar toda la mía", "Tomar toda la otra"): the result is that version. */
export const everyPlace = (places: readonly MergePlace[], side: Side): Map<string, Side> =>
  new Map(places.map((place) => [place.key, side]));

// A document never saved (version 0) is an empty one.
const root = (content: unknown): unknown => content ?? {};

function mergeValue(
  base: unknown,
  mine: unknown,
  theirs: unknown,
  at: Segment[],
  field: string,
  isItem: boolean,
  decide: Decide,
): unknown {
  if (sameContent(mine, theirs)) return mine;
  // An item both added under the same code is two people's item: chosen whole, never mixed.
  const fresh = isItem && base === undefined;
  // Objects (not items) are compared field by field, also when one side has none of it yet.
  const objectLike = (v: unknown) => isRecord(v) || v === undefined;
  if (
    !fresh &&
    (isRecord(mine) || isRecord(theirs)) &&
    objectLike(mine) &&
    objectLike(theirs) &&
    objectLike(base) &&
    (!isItem || (isRecord(mine) && isRecord(theirs)))
  ) {
    const merged = mergeRecord(isRecord(base) ? base : {}, asRecord(mine), asRecord(theirs), at, decide);
    return Object.keys(merged).length === 0 && (mine === undefined || theirs === undefined) ? undefined : merged;
  }
  if (isItemList(mine) && isItemList(theirs) && isItemList(base) && !fresh)
    return mergeList(asList(base), asList(mine), asList(theirs), at, field, decide, mine, theirs);
  const place: MergePlace = {
    key: pathOf(at),
    label: labelOf(at),
    field,
    changedBy: changedBy(base, mine, theirs),
    ...(isItem ? { item: true as const } : {}),
    base,
    mine,
    theirs,
  };
  return decide(place) === 'mine' ? mine : theirs;
}

function changedBy(base: unknown, mine: unknown, theirs: unknown): MergePlace['changedBy'] {
  if (sameContent(base, mine)) return 'theirs';
  if (sameContent(base, theirs)) return 'mine';
  return 'both';
}

function mergeRecord(
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  at: Segment[],
  decide: Decide,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of orderedFields([...new Set([...Object.keys(mine), ...Object.keys(theirs)])])) {
    const value = mergeValue(base[key], mine[key], theirs[key], [...at, { field: key }], key, false, decide);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

// A list whose items all have a code, none repeated (absent: an empty one).
function isItemList(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (!Array.isArray(value)) return false;
  const ids = value.map(itemIdOf);
  return ids.every((id) => id !== undefined) && new Set(ids).size === ids.length;
}

const asRecord = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const idsOf = (list: readonly unknown[]): string[] => list.map((item) => itemIdOf(item) ?? '');

function mergeList(
  base: unknown[],
  mine: unknown[],
  theirs: unknown[],
  at: Segment[],
  field: string,
  decide: Decide,
  rawMine: unknown,
  rawTheirs: unknown,
): unknown[] | undefined {
  const byId = (list: unknown[]) => new Map(list.map((item) => [itemIdOf(item) ?? '', item]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const order = { base: idsOf(base), mine: idsOf(mine), theirs: idsOf(theirs) };
  const kept = new Map<string, unknown>();
  for (const id of unionOf(order.mine, order.theirs, order.base)) {
    const value = mergeValue(b.get(id), m.get(id), t.get(id), [...at, { item: id }], field, true, decide);
    if (value !== undefined) kept.set(id, value);
  }
  const leading = leadingOrder(order, at, field, decide);
  const ids = arrange(leading === 'mine' ? order.mine : order.theirs, leading === 'mine' ? order.theirs : order.mine);
  const out = ids.filter((id) => kept.has(id)).map((id) => kept.get(id));
  if (out.length === 0 && (rawMine === undefined || rawMine === null || rawTheirs === undefined || rawTheirs === null))
    return undefined;
  return out;
}

const unionOf = (...lists: string[][]): string[] => [...new Set(lists.flat())];

// Whose order the list follows: the side that reordered its items; if both did, differently, the
// person chooses (a place of its own).
function leadingOrder(
  order: { base: string[]; mine: string[]; theirs: string[] },
  at: Segment[],
  field: string,
  decide: Decide,
): Side {
  const movedMine = !sameRelativeOrder(order.base, order.mine);
  const movedTheirs = !sameRelativeOrder(order.base, order.theirs);
  if (!movedMine && !movedTheirs) return 'mine';
  if (movedMine && movedTheirs && sameRelativeOrder(order.mine, order.theirs)) return 'mine';
  return decide({
    key: pathOf(at) + ORDER_SUFFIX,
    label: `${labelOf(at)} (orden de los elementos)`,
    field,
    changedBy: movedMine && movedTheirs ? 'both' : movedMine ? 'mine' : 'theirs',
    order: true,
    base: order.base,
    mine: order.mine,
    theirs: order.theirs,
  });
}

/** Whether the items both lists have stand in the same order in each. */
export function sameRelativeOrder(a: readonly string[], b: readonly string[]): boolean {
  const inB = new Set(b);
  const inA = new Set(a);
  const common = a.filter((id) => inB.has(id));
  const otherCommon = b.filter((id) => inA.has(id));
  return common.every((id, i) => otherCommon[i] === id);
}

// The leading order, with the other side's items it lacks placed after the item they follow there.
function arrange(leading: readonly string[], other: readonly string[]): string[] {
  const out = [...leading];
  other.forEach((id, i) => {
    if (out.includes(id)) return;
    const before = other
      .slice(0, i)
      .reverse()
      .find((previous) => out.includes(previous));
    out.splice(before === undefined ? 0 : out.indexOf(before) + 1, 0, id);
  });
  return out;
}
