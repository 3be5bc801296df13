import type { Content, ContentText } from 'pdfmake/interfaces';
import { isBlank, t, userText } from './text';

// Building blocks for the body of a record. Headings carry a headlineLevel, which is how
// keep-with-next.ts and record-document.ts keep them off the bottom of a page.

export const NO_DATA = 'Sin información registrada.';

const HEADING_STYLES = { 1: 'h1', 2: 'h2', 3: 'label' } as const;

// Level 3 is the small label over a field or a table. Headings may quote identifiers.
export function heading(text: string, level: 1 | 2 | 3 = 1): ContentText {
  return { text: userText(text), style: HEADING_STYLES[level], headlineLevel: level };
}

export function emptyNote(text: string = NO_DATA): ContentText {
  return { text, style: ['body', 'muted'] };
}

// A text answer under its label (what the guide asks for). One paragraph, so the label can
// only be parted from its text where a page ends after exactly one line.
export function field(label: string, value: string | undefined): Content[] {
  const answer = isBlank(value) ? { text: NO_DATA, style: 'muted' } : t(value);
  return [{ text: [{ text: `${label}\n`, style: 'label' }, answer], style: 'body', margin: [0, 6, 0, 0] }];
}

export function bulletList(items: readonly string[] | undefined, empty?: string): Content {
  const filled = (items ?? []).filter((item) => !isBlank(item));
  if (filled.length === 0) return emptyNote(empty);
  return { ul: filled.map((item) => t(item, 'body')), margin: [0, 2, 0, 4] };
}

// '—' in a table cell with nothing to show.
export function cell(value: string | undefined, style?: string): ContentText {
  return isBlank(value) ? { text: '—', style: 'muted' } : t(value, style);
}

export function yesNo(value: boolean | undefined): string {
  if (value === undefined) return '—';
  return value ? 'Sí' : 'No';
}
