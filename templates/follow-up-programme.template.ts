import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RecordData } from './record-data';
import { cell, heading } from './parts/blocks';
import { formatDateShort } from './parts/format';
import { recordDocument } from './parts/record-document';
import { dataTable } from './parts/table';
import { code, t } from './parts/text';

// Stage 4: the follow-up programme: commitments tied to the evaluation's recommendations.
export function followUpProgrammeTemplate(data: RecordData<'follow-up-programme'>): TDocumentDefinitions {
  const { commitments = [] } = data.document.content;
  return recordDocument(data, [
    heading('Compromisos'),
    dataTable(
      [
        { header: 'Código', weight: 0.9 },
        { header: 'Compromiso', weight: 3.4 },
        { header: 'Plazo', weight: 1.1 },
        { header: 'Meta', weight: 2 },
        { header: 'Indicador', weight: 2 },
        { header: 'Responsable', weight: 1.6 },
      ],
      commitments.map((c) => [
        code(c.id, 'strong'),
        {
          stack: [
            cell(c.description),
            ...(c.recommendationId ? [t(`Recomendación ${c.recommendationId}`, 'small', { italics: true })] : []),
          ],
        },
        c.deadline ? formatDateShort(c.deadline) : '—',
        cell(c.goal),
        cell(c.indicator),
        cell(c.responsible),
      ]),
    ),
  ]);
}
