import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RecordData } from './record-data';
import { cell, emptyNote, heading } from './parts/blocks';
import { COMMITMENT_STATUS_LABELS, fieldLabel, labelOf, MEASURE_PROGRESS_LABELS } from './parts/labels';
import { recordDocument } from './parts/record-document';
import { sexChart } from './parts/sex-chart';
import { dataTable } from './parts/table';
import { code } from './parts/text';

// Stage 4: the evaluation report (guide §6.2.4), including the previous year's follow-up.
export function evaluationTemplate(data: RecordData<'evaluation'>): TDocumentDefinitions {
  const c = data.document.content;
  return recordDocument(data, [
    heading(fieldLabel('objectivesProgress')),
    dataTable(
      [
        { header: fieldLabel('objectiveId'), weight: 1 },
        { header: fieldLabel('analysis'), weight: 8 },
      ],
      (c.objectivesProgress ?? []).map((o) => [code(o.objectiveId, 'strong'), cell(o.analysis)]),
    ),
    heading(fieldLabel('measuresProgress')),
    dataTable(
      [
        { header: fieldLabel('measureId'), weight: 1 },
        { header: fieldLabel('status'), weight: 1.6 },
        { header: fieldLabel('analysis'), weight: 6.4 },
      ],
      (c.measuresProgress ?? []).map((m) => [
        code(m.measureId, 'strong'),
        labelOf(MEASURE_PROGRESS_LABELS, m.status),
        cell(m.analysis),
      ]),
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
    heading('Resultados de los indicadores por sexo'),
    ...sexCharts(data.indicatorCharts),
    heading(fieldLabel('recommendations')),
    dataTable(
      [
        { header: fieldLabel('id'), weight: 1 },
        { header: fieldLabel('difficulty'), weight: 4 },
        { header: fieldLabel('recommendation'), weight: 4 },
      ],
      (c.recommendations ?? []).map((r) => [code(r.id, 'strong'), cell(r.difficulty), cell(r.recommendation)]),
    ),
    heading(`${fieldLabel('previousYearFollowUp')} (${data.year - 1})`),
    dataTable(
      [
        { header: fieldLabel('commitmentId'), weight: 1.2 },
        { header: fieldLabel('status'), weight: 1.3 },
        { header: fieldLabel('actions'), weight: 3.5 },
        { header: fieldLabel('justification'), weight: 3 },
      ],
      (c.previousYearFollowUp ?? []).map((p) => [
        code(p.commitmentId, 'strong'),
        labelOf(COMMITMENT_STATUS_LABELS, p.status),
        cell(p.actions),
        cell(p.justification),
      ]),
      'Sin compromisos de seguimiento del año anterior (primer ciclo del Servicio).',
    ),
  ]);
}

// One chart per indicator cited in the results, in the order cited.
function sexCharts(charts: RecordData['indicatorCharts']): Content[] {
  if (charts === undefined || charts.length === 0)
    return [emptyNote('No hay mediciones por sexo registradas de los indicadores de este informe.')];
  return charts.map(sexChart);
}
