import type { Content, DynamicContent, TableCell } from 'pdfmake/interfaces';
import type { RecordFrame } from './frame';
import { code, printable, t, userText } from './text';
import { COLORS, CONTENT_WIDTH, SIDE_MARGIN } from './theme';

// The first-page block: who issues the record, for which year, which record and version.
export function titleBlock(frame: RecordFrame): Content[] {
  const { agency } = frame;
  return [
    {
      columns: [
        {
          width: '*',
          stack: [
            t(agency.ministry, 'small', { color: COLORS.muted }),
            t(agency.name, undefined, { fontSize: 12, bold: true, color: COLORS.accent }),
            { text: ['Código del Servicio: ', code(agency.code)], style: 'small' },
          ],
        },
        {
          width: 150,
          alignment: 'right',
          stack: [
            { text: 'PMG Sistema Enfoque de Género', style: 'small', color: COLORS.muted },
            { text: `Año ${frame.year}`, fontSize: 15, bold: true, color: COLORS.accent },
          ],
        },
      ],
    },
    rule(),
    t(frame.title, 'title'),
    {
      table: {
        widths: [92, '*', 72, 150],
        body: factRows(frame.facts),
      },
      layout: 'noBorders',
      style: 'small',
      margin: [0, 0, 0, 4],
    },
    rule(),
  ];
}

export const HEADER_ID = 'page-header';

// Label and value, two pairs to a row; the first value (the code) in bold.
function factRows(facts: RecordFrame['facts']): TableCell[][] {
  const cells = facts.flatMap(([name, value], i) => [label(name), i === 0 ? code(value, 'strong') : t(value)]);
  const rows: TableCell[][] = [];
  for (let i = 0; i < cells.length; i += 4) rows.push([...cells.slice(i, i + 4), '', '', '', ''].slice(0, 4));
  return rows;
}

// From page 2 on: enough to tell whose record a loose page belongs to.
export function runningHeader(frame: RecordFrame): DynamicContent {
  // Strings, not nodes: pdfmake annotates the nodes it lays out, so each page gets new ones.
  const agency = userText(frame.agency.name);
  const record = printable(`${frame.code} · ${frame.title}`);
  return (currentPage) =>
    currentPage === 1
      ? null
      : {
          id: HEADER_ID,
          columns: [
            { text: agency, width: '*' },
            { text: record, width: 'auto', alignment: 'right' },
          ],
          style: 'tiny',
          margin: [SIDE_MARGIN, 30, SIDE_MARGIN, 0],
        };
}

function label(text: string): Content {
  return { text, bold: true, color: COLORS.muted };
}

export function rule(): Content {
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.6, lineColor: COLORS.rule }],
    margin: [0, 6, 0, 2],
  };
}
