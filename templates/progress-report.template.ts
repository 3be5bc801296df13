import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ImplementationFactor } from '../src/documents/content';
import type { RecordData } from './record-data';
import { bulletList, cell, heading } from './parts/blocks';
import { formatPeriod } from './parts/format';
import { FACTOR_KIND_LABELS, fieldLabel, labelOf } from './parts/labels';
import { recordDocument } from './parts/record-document';
import { dataTable } from './parts/table';
import { code } from './parts/text';

// Stage 3: progress of the work programme (guide §6.2.3).
export function progressReportTemplate(data: RecordData<'progress-report'>): TDocumentDefinitions {
  const c = data.document.content;
  return recordDocument(
    data,
    [
      {
        text: [
          { text: `${fieldLabel('period')}: `, bold: true },
          c.period ? formatPeriod(c.period.start, c.period.end) : '—',
        ],
        margin: [0, 8, 0, 0],
      },
      heading(fieldLabel('activitiesDone')),
      (c.activitiesDone ?? []).length > 0
        ? code((c.activitiesDone ?? []).join(', '))
        : { text: 'Sin actividades informadas.', style: 'muted' },
      heading(fieldLabel('difficulties')),
      factors(c.difficulties, 'Sin dificultades informadas.'),
      heading(fieldLabel('facilitators')),
      factors(c.facilitators, 'Sin facilitadores informados.'),
      heading(fieldLabel('modifications')),
      dataTable(
        [
          { header: fieldLabel('description'), weight: 1 },
          { header: fieldLabel('justification'), weight: 1 },
        ],
        (c.modifications ?? []).map((m) => [cell(m.description), cell(m.justification)]),
        'Sin modificaciones.',
      ),
      heading(fieldLabel('indicatorResults')),
      dataTable(
        [
          { header: fieldLabel('indicatorCode'), weight: 1.1 },
          { header: fieldLabel('result'), weight: 1.8 },
          { header: fieldLabel('analysis'), weight: 6 },
        ],
        (c.indicatorResults ?? []).map((r) => [code(r.indicatorCode, 'strong'), cell(r.result), cell(r.analysis)]),
      ),
      heading(fieldLabel('certifyingDocuments')),
      bulletList(c.certifyingDocuments),
    ],
    { evidence: true },
  );
}

function factors(list: readonly ImplementationFactor[] | undefined, empty: string): Content {
  return dataTable(
    [
      { header: fieldLabel('kind'), weight: 1 },
      { header: fieldLabel('description'), weight: 7 },
    ],
    (list ?? []).map((f) => [labelOf(FACTOR_KIND_LABELS, f.kind), cell(f.description)]),
    empty,
  );
}
