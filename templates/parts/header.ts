import type { Content, DynamicContent } from 'pdfmake/interfaces';
import type { RecordData } from '../record-data';
import { formatDateLong } from './format';
import { code, printable, t, userText } from './text';
import { COLORS, CONTENT_WIDTH, SIDE_MARGIN } from './theme';

// The first-page block: who issues the record, for which year, which record and version.
export function titleBlock(data: RecordData): Content[] {
  const { agency, record } = data;
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
            { text: `Año ${data.year}`, fontSize: 15, bold: true, color: COLORS.accent },
          ],
        },
      ],
    },
    rule(),
    t(record.title, 'title'),
    {
      table: {
        widths: [92, '*', 60, 150],
        body: [
          [label('Código del registro'), code(record.code, 'strong'), label('Versión'), `${record.version}`],
          [label('Año del ciclo'), `${data.year}`, label('Emitido'), formatDateLong(record.issuedAt)],
        ],
      },
      layout: 'noBorders',
      style: 'small',
      margin: [0, 0, 0, 4],
    },
    rule(),
  ];
}

export const HEADER_ID = 'page-header';

// From page 2 on: enough to tell whose record a loose page belongs to.
export function runningHeader(data: RecordData): DynamicContent {
  // Strings, not nodes: pdfmake annotates the nodes it lays out, so each page gets new ones.
  const agency = userText(data.agency.name);
  const record = printable(`${data.record.code} · ${data.record.title}`);
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
