import { fieldLabel, itemIdFieldOf, itemIdOf, orderedFields } from '@procedure/field-labels';
import {
  formatValue,
  isLongText,
  isPrimitive,
  isPrimitiveList,
  isRecord,
  isSmallRecord,
  summaryOf,
} from './format-value';
import { isWithin, itemSegment, labelOf, pathOf, type Segment } from './places';

// A document's content laid out as a person reads a record: fields with their Spanish labels,
// groups of fields as sections, lists of plain items as tables, lists of items with parts of
// their own as one section per item headed by its id. Every node knows its path (the anchor and
// the place an observation targets) and its Spanish label. Pure, so that it is built once per
// version (useMemo) and tested without a browser.

interface Place {
  /** 'products/PE-1/inequities/INQ-3/gap'. */
  path: string;
  /** 'Productos estratégicos › PE-1 › Inequidades › INQ-3 › Brecha'. */
  label: string;
  /** The innermost item the place is in or is. */
  itemId: string | undefined;
}

export interface FieldNode extends Place {
  type: 'field';
  name: string;
  /** The field's own label ('Brecha'), for its heading. */
  title: string;
  text: string;
  /** Shown as a paragraph. */
  long: boolean;
}

export interface SectionNode extends Place {
  type: 'section';
  name: string;
  /** The field's own label ('Brecha'), for its heading. */
  title: string;
  children: OutlineNode[];
}

export interface TableColumn {
  name: string;
  label: string;
}

export interface TableCell {
  name: string;
  path: string;
  text: string;
}

export interface TableRow extends Place {
  cells: TableCell[];
  /** The fields of the row an observation may target, besides the whole item. */
  fields: { path: string; label: string; name: string }[];
}

export interface TableNode extends Place {
  type: 'table';
  name: string;
  /** The field's own label ('Brecha'), for its heading. */
  title: string;
  columns: TableColumn[];
  rows: TableRow[];
}

export interface ItemNode extends Place {
  /** "INQ-3 · Las mujeres acceden en menor proporción…". */
  heading: string;
  children: OutlineNode[];
}

export interface ItemsNode extends Place {
  type: 'items';
  name: string;
  /** The field's own label ('Brecha'), for its heading. */
  title: string;
  items: ItemNode[];
}

export type OutlineNode = FieldNode | SectionNode | TableNode | ItemsNode;

export const NO_ITEMS = 'Sin elementos';

// The small shapes of common.content.ts (a formula, a count by sex, a date range) read as one
// line, "Mujeres: 1.240; Hombres: 2.760"; every other group of fields is a section.
const COMPACT_GROUPS: ReadonlySet<string> = new Set(['formula', 'clients', 'participants', 'schedule', 'period']);

const placeOf = (segments: readonly Segment[]): Place => {
  let itemId: string | undefined;
  for (const s of segments) if ('item' in s) itemId = s.item;
  return { path: pathOf(segments), label: labelOf(segments), itemId };
};

const present = (value: unknown): boolean => value !== undefined && value !== null;

/** The outline of a document's content (an object of fields); nothing for anything else. */
export function buildOutline(content: unknown): OutlineNode[] {
  if (!isRecord(content)) return [];
  // Several parts of a page lay out the same version: once is enough.
  const known = outlines.get(content);
  if (known) return known;
  const outline = childrenOf(content, []);
  outlines.set(content, outline);
  return outline;
}

const outlines = new WeakMap<object, OutlineNode[]>();

function childrenOf(record: Record<string, unknown>, at: readonly Segment[], skip?: string): OutlineNode[] {
  return orderedFields(Object.keys(record))
    .filter((name) => name !== skip && present(record[name]))
    .map((name) => nodeOf(name, record[name], [...at, { field: name }]));
}

function nodeOf(name: string, value: unknown, segments: Segment[]): OutlineNode {
  const place = placeOf(segments);
  if (Array.isArray(value)) {
    if (value.length === 0)
      return { type: 'field', name, title: fieldLabel(name), ...place, text: NO_ITEMS, long: false };
    if (value.every(isRecord)) {
      return value.every(isFlatItem) ? tableOf(name, value, segments) : itemsOf(name, value, segments);
    }
    return { type: 'field', name, title: fieldLabel(name), ...place, text: formatValue(name, value), long: false };
  }
  if (isRecord(value) && !(COMPACT_GROUPS.has(name) && isSmallRecord(value))) {
    return { type: 'section', name, title: fieldLabel(name), ...place, children: childrenOf(value, segments) };
  }
  return {
    type: 'field',
    name,
    title: fieldLabel(name),
    ...place,
    text: formatValue(name, value),
    long: isLongText(value),
  };
}

// An item that fits a row: its values are plain, lists of plain values, or small groups of them.
const isFlatItem = (item: Record<string, unknown>): boolean =>
  Object.values(item).every((v) => isPrimitive(v) || isPrimitiveList(v) || isSmallRecord(v));

function tableOf(name: string, items: Record<string, unknown>[], segments: Segment[]): TableNode {
  const idField = itemIdFieldOf(items[0]);
  const names = new Set<string>();
  for (const item of items) for (const key of Object.keys(item)) if (present(item[key])) names.add(key);
  const ordered = orderedFields([...names].filter((n) => n !== idField));
  const columnNames = idField && names.has(idField) ? [idField, ...ordered] : ordered;
  const columns = columnNames.map((column) => ({ name: column, label: fieldLabel(column) }));
  const rows = items.map((item, index): TableRow => {
    const rowSegments = [...segments, itemSegment(item, index)];
    const row = placeOf(rowSegments);
    const cells = columnNames.map((column) => ({
      name: column,
      path: `${row.path}/${column}`,
      text: formatValue(column, item[column]),
    }));
    const fields = columnNames
      .filter((column) => column !== idField && present(item[column]))
      .map((column) => ({ name: column, ...placeOf([...rowSegments, { field: column }]) }));
    return { ...row, cells, fields };
  });
  return { type: 'table', name, title: fieldLabel(name), ...placeOf(segments), columns, rows };
}

function itemsOf(name: string, items: Record<string, unknown>[], segments: Segment[]): ItemsNode {
  return {
    type: 'items',
    name,
    title: fieldLabel(name),
    ...placeOf(segments),
    items: items.map((item, index) => {
      const itemSegments = [...segments, itemSegment(item, index)];
      const id = itemIdOf(item);
      const summary = summaryOf(item);
      const title = id ?? `Elemento ${index + 1}`;
      return {
        ...placeOf(itemSegments),
        heading: summary ? `${title} · ${summary}` : title,
        children: childrenOf(item, itemSegments, itemIdFieldOf(item)),
      };
    }),
  };
}

/** Every place of the outline an observation can be shown at (fields, sections, lists, rows, items). */
export function placesOf(nodes: readonly OutlineNode[]): Set<string> {
  const places = new Set<string>();
  const visit = (node: OutlineNode): void => {
    places.add(node.path);
    if (node.type === 'section') node.children.forEach(visit);
    if (node.type === 'table') for (const row of node.rows) places.add(row.path);
    if (node.type === 'items')
      for (const item of node.items) {
        places.add(item.path);
        item.children.forEach(visit);
      }
  };
  nodes.forEach(visit);
  return places;
}

/** Every element of the outline with an anchor: the places, and each cell of a table. */
export function anchorsOf(nodes: readonly OutlineNode[]): Set<string> {
  const anchors = placesOf(nodes);
  const visit = (node: OutlineNode): void => {
    if (node.type === 'section') node.children.forEach(visit);
    if (node.type === 'table') for (const row of node.rows) for (const cell of row.cells) anchors.add(cell.path);
    if (node.type === 'items') for (const item of node.items) item.children.forEach(visit);
  };
  nodes.forEach(visit);
  return anchors;
}

/**
 * Only what leads to the given places (e.g. those with open observations): their ancestors,
 * and each whole, with what is inside it.
 */
export function filterOutline(nodes: readonly OutlineNode[], targets: readonly string[]): OutlineNode[] {
  const touches = (path: string) => targets.some((t) => isWithin(t, path));
  const covered = (path: string) => targets.some((t) => isWithin(path, t));
  const filter = (list: readonly OutlineNode[]): OutlineNode[] =>
    list.flatMap((node): OutlineNode[] => {
      if (covered(node.path)) return [node];
      if (!touches(node.path)) return [];
      switch (node.type) {
        case 'field':
          return [node];
        case 'section':
          return [{ ...node, children: filter(node.children) }];
        case 'table':
          return [{ ...node, rows: node.rows.filter((row) => touches(row.path) || covered(row.path)) }];
        case 'items':
          return [
            {
              ...node,
              items: node.items.flatMap((item) =>
                covered(item.path) ? [item] : touches(item.path) ? [{ ...item, children: filter(item.children) }] : [],
              ),
            },
          ];
      }
    });
  return filter(nodes);
}
