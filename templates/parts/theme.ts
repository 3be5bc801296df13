import type { Margins, StyleDictionary } from 'pdfmake/interfaces';

// Letter (carta), the usual size of Chilean public administration documents.
export const PAGE_SIZE = 'LETTER';
export const PAGE_WIDTH = 612;
export const PAGE_MARGINS: [number, number, number, number] = [50, 58, 50, 66];
export const SIDE_MARGIN = PAGE_MARGINS[0];
export const CONTENT_WIDTH = PAGE_WIDTH - PAGE_MARGINS[0] - PAGE_MARGINS[2];

export const COLORS = {
  ink: '#1d1d1f',
  accent: '#243f63',
  muted: '#5f6b7a',
  rule: '#9aa5b1',
  headerFill: '#e4e9f0',
  boxFill: '#f4f6f9',
} as const;

export const DEFAULT_STYLE = { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2, color: COLORS.ink };

const SECTION_MARGIN: Margins = [0, 14, 0, 5];

export const STYLES: StyleDictionary = {
  title: { fontSize: 17, bold: true, color: COLORS.accent, margin: [0, 8, 0, 6] },
  h1: { fontSize: 12.5, bold: true, color: COLORS.accent, margin: SECTION_MARGIN },
  h2: { fontSize: 10.5, bold: true, color: COLORS.accent, margin: [0, 10, 0, 4] },
  label: { fontSize: 8, bold: true, color: COLORS.muted, margin: [0, 6, 0, 1] },
  body: { fontSize: 9.5 },
  small: { fontSize: 8 },
  tiny: { fontSize: 6.5, color: COLORS.muted },
  muted: { italics: true, color: COLORS.muted },
  tableHeader: { fontSize: 8, bold: true, color: COLORS.accent },
  tableCell: { fontSize: 8.5 },
  strong: { bold: true },
};
