import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RecordData } from './record-data';
import { cell, heading } from './parts/blocks';
import { formatPeriod } from './parts/format';
import { indicatorCell } from './parts/indicator';
import { recordDocument } from './parts/record-document';
import { dataTable } from './parts/table';
import { code, t } from './parts/text';

// Stage 2: the annual work programme (guide §6.2.2 item 2): goals, activities, schedule,
// verification means and who implements each activity.
export function workProgrammeTemplate(data: RecordData<'work-programme'>): TDocumentDefinitions {
  const { year, indicators = [], activities = [] } = data.document.content;
  return recordDocument(data, [
    { text: [{ text: 'Año del programa: ', bold: true }, `${year ?? data.year}`], margin: [0, 8, 0, 0] },
    heading('Metas e indicadores anuales'),
    dataTable(
      [
        { header: 'Código', weight: 1 },
        { header: 'Indicador y fórmula', weight: 4.2 },
        { header: 'Indicador del plan', weight: 1.2 },
        { header: 'Meta anual', weight: 1.2 },
        { header: 'Medios de verificación', weight: 2.6 },
      ],
      indicators.map((i) => [
        code(i.code, 'strong'),
        indicatorCell(i.name, i.formula),
        cell(i.planIndicatorCode),
        cell(i.annualGoal),
        cell(i.verificationMeans),
      ]),
    ),
    heading('Actividades y cronograma'),
    dataTable(
      [
        { header: 'Código', weight: 0.9 },
        { header: 'Actividad', weight: 3.8 },
        { header: 'Plazo', weight: 1.5 },
        { header: 'Medios de verificación', weight: 2.4 },
        { header: 'Responsable', weight: 1.8 },
      ],
      activities.map((a) => [
        code(a.id, 'strong'),
        {
          stack: [
            cell(a.description),
            ...(a.measureId ? [t(`Medida ${a.measureId}`, 'small', { italics: true })] : []),
          ],
        },
        a.schedule ? formatPeriod(a.schedule.start, a.schedule.end) : '—',
        cell(a.verificationMeans),
        cell(a.responsible),
      ]),
    ),
  ]);
}
