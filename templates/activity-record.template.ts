import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RecordData } from './record-data';
import { bulletList, field, heading } from './parts/blocks';
import { formatCount, formatDate, formatShare } from './parts/format';
import { fieldLabel } from './parts/labels';
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
            [{ text: fieldLabel('activityId'), bold: true }, activityId ? code(activityId, 'strong') : '—'],
            [{ text: fieldLabel('date'), bold: true }, date ? formatDate(date) : '—'],
          ],
        },
        layout: 'noBorders',
      },
      ...field(fieldLabel('description'), description),
      heading(fieldLabel('participants'), 2),
      dataTable(
        [
          { header: fieldLabel('women'), weight: 1, alignment: 'right' },
          { header: fieldLabel('men'), weight: 1, alignment: 'right' },
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
      heading(fieldLabel('verificationMeans'), 2),
      bulletList(verificationMeans),
    ],
    { evidence: true },
  );
}
