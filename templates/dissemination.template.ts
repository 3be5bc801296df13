import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RecordData } from './record-data';
import { cell, heading } from './parts/blocks';
import { formatDate } from './parts/format';
import { AUDIENCE_LABELS, fieldLabel, labelOf } from './parts/labels';
import { recordDocument } from './parts/record-document';
import { dataTable } from './parts/table';
import { code } from './parts/text';

// Stage 5: how results were disseminated, internally (staff) and externally.
export function disseminationTemplate(data: RecordData<'dissemination'>): TDocumentDefinitions {
  const { actions = [] } = data.document.content;
  return recordDocument(data, [
    heading(fieldLabel('actions')),
    dataTable(
      [
        { header: fieldLabel('id'), weight: 0.9 },
        { header: fieldLabel('date'), weight: 1.1 },
        { header: fieldLabel('audience'), weight: 1.9 },
        { header: fieldLabel('channel'), weight: 2 },
        { header: fieldLabel('description'), weight: 4 },
      ],
      actions.map((a) => [
        code(a.id, 'strong'),
        a.date ? formatDate(a.date) : '—',
        labelOf(AUDIENCE_LABELS, a.audience),
        cell(a.channel),
        cell(a.description),
      ]),
    ),
  ]);
}
