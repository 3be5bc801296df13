import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RecordData } from './record-data';
import { cell, heading } from './parts/blocks';
import { formatPeriod } from './parts/format';
import { INDICATOR_AND_FORMULA, indicatorCell } from './parts/indicator';
import { fieldLabel } from './parts/labels';
import { recordDocument } from './parts/record-document';
import { dataTable } from './parts/table';
import { code, t } from './parts/text';

// Stage 2: the annual work programme (guide §6.2.2 item 2): goals, activities, schedule,
// verification means and who implements each activity.
export function workProgrammeTemplate(data: RecordData<'work-programme'>): TDocumentDefinitions {
  const { year, indicators = [], activities = [] } = data.document.content;
  return recordDocument(data, [
    { text: [{ text: `${fieldLabel('year')}: `, bold: true }, `${year ?? data.year}`], margin: [0, 8, 0, 0] },
    heading(fieldLabel('indicators')),
    dataTable(
      [
        { header: fieldLabel('code'), weight: 1 },
        { header: INDICATOR_AND_FORMULA, weight: 4.2 },
        { header: fieldLabel('planIndicatorCode'), weight: 1.2 },
        { header: fieldLabel('annualGoal'), weight: 1.2 },
        { header: fieldLabel('verificationMeans'), weight: 2.6 },
      ],
      indicators.map((i) => [
        code(i.code, 'strong'),
        indicatorCell(i.name, i.formula),
        cell(i.planIndicatorCode),
        cell(i.annualGoal),
        cell(i.verificationMeans),
      ]),
    ),
    heading(fieldLabel('activities')),
    dataTable(
      [
        { header: fieldLabel('id'), weight: 0.9 },
        { header: fieldLabel('description'), weight: 3.8 },
        { header: fieldLabel('schedule'), weight: 1.5 },
        { header: fieldLabel('verificationMeans'), weight: 2.4 },
        { header: fieldLabel('responsible'), weight: 1.8 },
      ],
      activities.map((a) => [
        code(a.id, 'strong'),
        {
          stack: [
            cell(a.description),
            ...(a.measureId ? [t(`${fieldLabel('measureId')} ${a.measureId}`, 'small', { italics: true })] : []),
          ],
        },
        a.schedule ? formatPeriod(a.schedule.start, a.schedule.end) : '—',
        cell(a.verificationMeans),
        cell(a.responsible),
      ]),
    ),
  ]);
}
