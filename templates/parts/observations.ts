import type { Content } from 'pdfmake/interfaces';
import type { RecordData } from '../record-data';
import { heading } from './blocks';
import { formatDateShort } from './format';
import { labelOf, OBSERVATION_LABELS, roleLabel } from './labels';
import { dataTable } from './table';
import { t } from './text';

// Every return by the head and denial by SERNAM, oldest first, with who said what.
export function observationsHistory(data: RecordData): Content[] {
  const sorted = [...data.observations].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return [
    heading('Historial de observaciones'),
    dataTable(
      [
        { header: 'Fecha', weight: 1.5 },
        { header: 'Tipo', weight: 1.7 },
        { header: 'Persona', weight: 2.4 },
        { header: 'Comentario', weight: 5 },
      ],
      sorted.map((o) => [
        formatDateShort(o.at),
        labelOf(OBSERVATION_LABELS, o.type),
        { stack: [t(o.by, undefined, { bold: true }), t(roleLabel(o.role), 'small')] },
        t(o.comment),
      ]),
      'Sin observaciones: el documento no fue devuelto por la Jefatura ni tuvo V°B° denegado.',
    ),
  ];
}
