import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RecordData } from './record-data';
import { cell, emptyNote, heading } from './parts/blocks';
import { COMMITMENT_STATUS_LABELS, labelOf, MEASURE_PROGRESS_LABELS } from './parts/labels';
import { recordDocument } from './parts/record-document';
import { sexChart } from './parts/sex-chart';
import { dataTable } from './parts/table';
import { code } from './parts/text';

// Stage 4: the evaluation report (guide §6.2.4), including the previous year's follow-up.
export function evaluationTemplate(data: RecordData<'evaluation'>): TDocumentDefinitions {
  const c = data.document.content;
  return recordDocument(data, [
    heading('Avance respecto de los objetivos general y específicos'),
    dataTable(
      [
        { header: 'Objetivo', weight: 1 },
        { header: 'Análisis del avance', weight: 8 },
      ],
      (c.objectivesProgress ?? []).map((o) => [code(o.objectiveId, 'strong'), cell(o.analysis)]),
    ),
    heading('Avance de las medidas del plan'),
    dataTable(
      [
        { header: 'Medida', weight: 1 },
        { header: 'Estado', weight: 1.6 },
        { header: 'Análisis', weight: 6.4 },
      ],
      (c.measuresProgress ?? []).map((m) => [
        code(m.measureId, 'strong'),
        labelOf(MEASURE_PROGRESS_LABELS, m.status),
        cell(m.analysis),
      ]),
    ),
    heading('Resultados de los indicadores'),
    dataTable(
      [
        { header: 'Indicador', weight: 1.1 },
        { header: 'Resultado', weight: 1.8 },
        { header: 'Análisis', weight: 6 },
      ],
      (c.indicatorResults ?? []).map((r) => [code(r.indicatorCode, 'strong'), cell(r.result), cell(r.analysis)]),
    ),
    heading('Resultados de los indicadores por sexo'),
    ...sexCharts(data.indicatorCharts),
    heading('Recomendaciones'),
    dataTable(
      [
        { header: 'Código', weight: 1 },
        { header: 'Dificultad', weight: 4 },
        { header: 'Recomendación', weight: 4 },
      ],
      (c.recommendations ?? []).map((r) => [code(r.id, 'strong'), cell(r.difficulty), cell(r.recommendation)]),
    ),
    heading(`Resultados del Programa de Seguimiento ${data.year - 1}`),
    dataTable(
      [
        { header: 'Compromiso', weight: 1.2 },
        { header: 'Estado', weight: 1.3 },
        { header: 'Acciones realizadas', weight: 3.5 },
        { header: 'Justificación', weight: 3 },
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
