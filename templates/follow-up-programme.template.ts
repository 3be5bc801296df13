import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RecordData } from './record-data';
import { cell, heading } from './parts/blocks';
import { formatDate } from './parts/format';
import { fieldLabel } from './parts/labels';
import { recordDocument } from './parts/record-document';
import { dataTable } from './parts/table';
import { code, t } from './parts/text';

// Stage 4: the follow-up programme: commitments tied to the evaluation's recommendations.
export function followUpProgrammeTemplate(data: RecordData<'follow-up-programme'>): TDocumentDefinitions {
  const { commitments = [] } = data.document.content;
  return recordDocument(data, [
    heading(fieldLabel('commitments')),
    dataTable(
      [
        { header: fieldLabel('id'), weight: 0.9 },
        { header: fieldLabel('description'), weight: 3.4 },
        { header: fieldLabel('deadline'), weight: 1.1 },
        { header: fieldLabel('goal'), weight: 2 },
        { header: fieldLabel('indicator'), weight: 2 },
        { header: fieldLabel('responsible'), weight: 1.6 },
      ],
      commitments.map((c) => [
        code(c.id, 'strong'),
        {
          stack: [
            cell(c.description),
            ...(c.recommendationId
              ? [t(`${fieldLabel('recommendationId')} ${c.recommendationId}`, 'small', { italics: true })]
              : []),
          ],
        },
        c.deadline ? formatDate(c.deadline) : '—',
        cell(c.goal),
        cell(c.indicator),
        cell(c.responsible),
      ]),
    ),
  ]);
}
