import type { DynamicContent } from 'pdfmake/interfaces';
import type { RecordFrame } from './frame';
import { printable } from './text';
import { COLORS, CONTENT_WIDTH, SIDE_MARGIN } from './theme';

export const FOOTER_ID = 'page-footer';

// On every page: the hash that identifies the document version, the page count and where
// to verify it, so that any single printed page can be checked.
export function footer(frame: RecordFrame): DynamicContent {
  // Strings, not nodes: pdfmake annotates the nodes it lays out, so each page gets new ones.
  const hash = printable(frame.sha256);
  const url = printable(frame.verifyUrl);
  const hashLabel = `${frame.hashLabel}: `;
  return (currentPage, pageCount) => ({
    id: FOOTER_ID,
    margin: [SIDE_MARGIN, 14, SIDE_MARGIN, 0],
    stack: [
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: COLORS.rule }],
      },
      {
        columns: [
          { width: '*', text: [{ text: hashLabel, bold: true }, hash] },
          { width: 80, text: `Página ${currentPage} de ${pageCount}`, alignment: 'right', bold: true },
        ],
        margin: [0, 4, 0, 0],
      },
      { text: [{ text: 'Verificación: ', bold: true }, url] },
    ],
    style: 'tiny',
  });
}
