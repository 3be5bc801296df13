import type { Alignment, Content, ContentTable, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import { COLORS, CONTENT_WIDTH } from './theme';
import { emptyNote } from './blocks';
import { textLength } from './keep-with-next';

export interface Column {
  header: string;
  // Share of the table's width; widths are fixed numbers so that a long word wraps inside
  // its column instead of widening it past the page.
  weight: number;
  alignment?: Alignment;
}

const PADDING_X = 4;
const LINE = 0.5;

const GRID: CustomTableLayout = {
  hLineWidth: () => LINE,
  vLineWidth: () => LINE,
  hLineColor: () => COLORS.rule,
  vLineColor: () => COLORS.rule,
  fillColor: (rowIndex: number) => (rowIndex === 0 ? COLORS.headerFill : null),
  paddingLeft: () => PADDING_X,
  paddingRight: () => PADDING_X,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

// Whole points, the rounding left to the widest column, so every table ends at the right margin.
export function columnWidths(weights: readonly number[], width = CONTENT_WIDTH): number[] {
  const usable = width - weights.length * 2 * PADDING_X - (weights.length + 1) * LINE;
  const total = weights.reduce((sum, w) => sum + w, 0);
  const widths = weights.map((w) => Math.floor((usable * w) / total));
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] += Math.floor(usable - widths.reduce((sum, w) => sum + w, 0));
  return widths;
}

// A first row this short can never be taller than a page (about 30 lines in the narrowest
// column), so it is safe to keep it with the header.
const SHORT_ROW_CHARS = 600;

// A table whose header row repeats on every page it spans; a note when there are no rows.
// Rows may break across pages: pdfmake cuts off an unbreakable block taller than a page, so
// dontBreakRows is only for rows whose height is bounded (wholeRows), and the header is kept
// with the first row only when short.
export function dataTable(
  columns: readonly Column[],
  rows: readonly TableCell[][],
  empty?: string,
  options: { wholeRows?: boolean } = {},
): Content {
  if (rows.length === 0) return emptyNote(empty);
  const header: TableCell[] = columns.map((c) => ({ text: c.header, style: 'tableHeader', alignment: c.alignment }));
  const body: TableCell[][] = [
    header,
    ...rows.map((row) => row.map((cell, i) => withAlignment(cell, columns[i]?.alignment))),
  ];
  const table: ContentTable = {
    table: {
      headerRows: 1,
      keepWithHeaderRows: textLength(rows[0]) <= SHORT_ROW_CHARS ? 1 : 0,
      ...(options.wholeRows ? { dontBreakRows: true } : {}),
      widths: columnWidths(columns.map((c) => c.weight)),
      body,
    },
    layout: GRID,
    style: 'tableCell',
    margin: [0, 2, 0, 6],
  };
  return table;
}

function withAlignment(cell: TableCell, alignment: Alignment | undefined): TableCell {
  if (alignment === undefined) return cell;
  if (typeof cell === 'string' || typeof cell === 'number') return { text: `${cell}`, alignment };
  if (Array.isArray(cell)) return { stack: cell, alignment };
  return { ...cell, alignment } as TableCell;
}
