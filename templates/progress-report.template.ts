import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ImplementationFactor } from '../src/documents/content';
import type { RecordData } from './record-data';
import { bulletList, cell, heading } from './parts/blocks';
import { formatPeriod } from './parts/format';
import { FACTOR_KIND_LABELS, labelOf } from './parts/labels';
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
          { text: 'Período informado: ', bold: true },
          c.period ? formatPeriod(c.period.start, c.period.end) : '—',
        ],
        margin: [0, 8, 0, 0],
      },
      heading('Actividades realizadas'),
      (c.activitiesDone ?? []).length > 0
        ? code((c.activitiesDone ?? []).join(', '))
        : { text: 'Sin actividades informadas.', style: 'muted' },
      heading('Dificultades'),
      factors(c.difficulties, 'Sin dificultades informadas.'),
      heading('Facilitadores'),
      factors(c.facilitators, 'Sin facilitadores informados.'),
      heading('Modificaciones al programa de trabajo'),
      dataTable(
        [
          { header: 'Modificación', weight: 1 },
          { header: 'Justificación', weight: 1 },
        ],
        (c.modifications ?? []).map((m) => [cell(m.description), cell(m.justification)]),
        'Sin modificaciones.',
      ),
      heading('Resultados de los indicadores del programa'),
      dataTable(
        [
          { header: 'Indicador', weight: 1.1 },
          { header: 'Resultado', weight: 1.8 },
          { header: 'Análisis', weight: 6 },
        ],
        (c.indicatorResults ?? []).map((r) => [code(r.indicatorCode, 'strong'), cell(r.result), cell(r.analysis)]),
      ),
      heading('Documentos que certifican los logros'),
      bulletList(c.certifyingDocuments),
    ],
    { evidence: true },
  );
}

function factors(list: readonly ImplementationFactor[] | undefined, empty: string): Content {
  return dataTable(
    [
      { header: 'Tipo', weight: 1 },
      { header: 'Descripción', weight: 7 },
    ],
    (list ?? []).map((f) => [labelOf(FACTOR_KIND_LABELS, f.kind), cell(f.description)]),
    empty,
  );
}
