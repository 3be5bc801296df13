import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RecordData } from './record-data';
import { bulletList, field, heading } from './parts/blocks';
import { formatCount, formatDateLong, formatShare } from './parts/format';
import { recordDocument } from './parts/record-document';
import { dataTable } from './parts/table';
import { code } from './parts/text';

// Stage 3: one activity of the work programme carried out, with its evidence files.
export function activityRecordTemplate(data: RecordData<'activity-record'>): TDocumentDefinitions {
  const { activityId, date, description, participants, verificationMeans } = data.document.content;
  const women = participants?.women;
  const men = participants?.men;
  const total = (women ?? 0) + (men ?? 0);
  return recordDocument(
    data,
    [
      heading('Actividad realizada'),
      {
        table: {
          widths: [140, '*'],
          body: [
            [{ text: 'Actividad del programa de trabajo', bold: true }, activityId ? code(activityId, 'strong') : '—'],
            [{ text: 'Fecha de realización', bold: true }, date ? formatDateLong(date) : '—'],
          ],
        },
        layout: 'noBorders',
      },
      ...field('Descripción', description),
      heading('Participantes por sexo', 2),
      dataTable(
        [
          { header: 'Mujeres', weight: 1, alignment: 'right' },
          { header: 'Hombres', weight: 1, alignment: 'right' },
          { header: 'Total', weight: 1, alignment: 'right' },
          { header: '% mujeres', weight: 1, alignment: 'right' },
        ],
        participants
          ? [
              [
                women === undefined ? '—' : formatCount(women),
                men === undefined ? '—' : formatCount(men),
                formatCount(total),
                women === undefined ? '—' : formatShare(women, total),
              ],
            ]
          : [],
        'Sin registro de participantes.',
      ),
      heading('Medios de verificación', 2),
      bulletList(verificationMeans),
    ],
    { evidence: true },
  );
}
