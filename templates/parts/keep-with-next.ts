import type { Content } from 'pdfmake/interfaces';

// Headings are laid out together with the block that follows when that block is short
// enough never to be taller than a page (pdfmake cuts off an unbreakable block that is):
// both then move to the next page rather than leave the heading alone at the bottom. A long
// block is left to pageBreakBefore, which costs a whole new layout pass each time it acts.

const SHORT_CHARS = 900;
const SHORT_ROWS = 8;

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

const isHeading = (content: Content): boolean => isNode(content) && typeof content.headlineLevel === 'number';

// Characters of text in any content, however nested.
export function textLength(content: unknown): number {
  if (typeof content === 'string') return content.length;
  if (Array.isArray(content)) return content.reduce((sum: number, item) => sum + textLength(item), 0);
  if (!isNode(content)) return 0;
  const { text, stack, ul, ol, columns, table } = content;
  const body = isNode(table) ? table.body : undefined;
  return (
    textLength(text) + textLength(stack) + textLength(ul) + textLength(ol) + textLength(columns) + textLength(body)
  );
}

function isShort(content: Content): boolean {
  const table = isNode(content) ? content.table : undefined;
  const rows = isNode(table) && Array.isArray(table.body) ? table.body.length : 0;
  return rows <= SHORT_ROWS && textLength(content) <= SHORT_CHARS;
}

export function keepHeadingsWithNext(body: readonly Content[]): Content[] {
  const out: Content[] = [];
  let i = 0;
  while (i < body.length) {
    if (!isHeading(body[i])) {
      out.push(body[i++]);
      continue;
    }
    const group: Content[] = [];
    while (i < body.length && isHeading(body[i])) group.push(body[i++]);
    if (i < body.length && isShort(body[i])) out.push({ stack: [...group, body[i++]], unbreakable: true });
    else out.push(...group);
  }
  return out;
}

// A closing block (the verification box, a note under a table) never stands alone at the top of
// a page: it is laid out with the block before it when that block is short, and both move to the
// next page together.
export function keepWithLast(body: readonly Content[], closing: Content): Content[] {
  const last = body.at(-1);
  if (last === undefined || !isShort(last)) return [...body, closing];
  return [...body.slice(0, -1), { stack: [last, closing], unbreakable: true }];
}
