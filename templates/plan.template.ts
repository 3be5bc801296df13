import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { MEASURE_STEPS, type MeasureStep, type PlanContent, type PlanMeasure } from '../src/documents/content';
import type { RecordData } from './record-data';
import { cell, field, heading } from './parts/blocks';
import { INDICATOR_AND_FORMULA, indicatorCell } from './parts/indicator';
import { COMPLEMENTARY_AREA_LABELS, fieldLabel, labelOf, MEASURE_STEP_LABELS } from './parts/labels';
import { recordDocument } from './parts/record-document';
import { dataTable } from './parts/table';
import { code, isBlank, t } from './parts/text';

// Stage 2: the plan (guide §6.2.2 item 1). Measures are grouped by provision step, each
// with the inequities it addresses.
export function planTemplate(data: RecordData<'plan'>): TDocumentDefinitions {
  const content = data.document.content;
  return recordDocument(data, [
    ...objectives(content),
    heading(fieldLabel('inequities')),
    dataTable(
      [
        { header: fieldLabel('inequityId'), weight: 1.2 },
        { header: fieldLabel('description'), weight: 6 },
        { header: fieldLabel('barrierIds'), weight: 1.8 },
      ],
      (content.inequities ?? []).map((i) => [code(i.inequityId, 'strong'), cell(i.description), ids(i.barrierIds)]),
    ),
    ...field(fieldLabel('genderAgendaConsistency'), content.genderAgendaConsistency),
    heading(fieldLabel('measures')),
    ...measuresByStep(content.measures ?? []),
    heading(fieldLabel('notAddressedInequities'), 2),
    dataTable(
      [
        { header: fieldLabel('inequityId'), weight: 1.2 },
        { header: fieldLabel('justification'), weight: 7.8 },
      ],
      (content.notAddressedInequities ?? []).map((i) => [code(i.inequityId, 'strong'), cell(i.justification)]),
      'Todas las inequidades del diagnóstico son abordadas por el plan.',
    ),
    heading(fieldLabel('indicators')),
    dataTable(
      [
        { header: fieldLabel('code'), weight: 1 },
        { header: INDICATOR_AND_FORMULA, weight: 3.6 },
        { header: fieldLabel('verificationMeans'), weight: 2.2 },
        { header: fieldLabel('actualData'), weight: 1.5 },
        { header: fieldLabel('mediumTermGoal'), weight: 1.3 },
        { header: fieldLabel('longTermGoal'), weight: 1.3 },
      ],
      (content.indicators ?? []).map((i) => [
        code(i.code, 'strong'),
        indicatorCell(i.name, i.formula),
        cell(i.verificationMeans),
        cell(i.actualData),
        cell(i.mediumTermGoal),
        cell(i.longTermGoal),
      ]),
    ),
  ]);
}

function objectives({ generalObjective: general, specificObjectives = [] }: PlanContent): Content[] {
  return [
    heading(fieldLabel('generalObjective')),
    general && !isBlank(general.description)
      ? { text: [code(general.id, 'strong'), '  ', t(general.description)] }
      : { text: 'Sin objetivo general registrado.', style: 'muted' },
    heading(fieldLabel('specificObjectives'), 2),
    dataTable(
      [
        { header: fieldLabel('id'), weight: 1 },
        { header: fieldLabel('description'), weight: 8 },
      ],
      specificObjectives.map((o) => [code(o.id, 'strong'), cell(o.description)]),
    ),
  ];
}

function measuresByStep(measures: readonly PlanMeasure[]): Content[] {
  if (measures.length === 0) return [{ text: 'Sin medidas registradas.', style: 'muted' }];
  const groups: [string, PlanMeasure[]][] = MEASURE_STEPS.map((step: MeasureStep) => [
    MEASURE_STEP_LABELS[step],
    measures.filter((m) => m.step === step),
  ]);
  const known: readonly (string | undefined)[] = MEASURE_STEPS;
  groups.push(['Sin etapa asignada', measures.filter((m) => !known.includes(m.step))]);
  return groups
    .filter(([, list]) => list.length > 0)
    .flatMap(([label, list]) => [
      heading(label, 2),
      dataTable(
        [
          { header: fieldLabel('id'), weight: 1 },
          { header: fieldLabel('description'), weight: 5 },
          { header: fieldLabel('productId'), weight: 1.1 },
          { header: fieldLabel('inequityIds'), weight: 2.4 },
        ],
        list.map((m) => [
          code(m.id, 'strong'),
          measureCell(m),
          cell(m.productId),
          (m.inequityIds ?? []).length > 0 ? ids(m.inequityIds) : justification(m.justification),
        ]),
      ),
    ]);
}

function measureCell(m: PlanMeasure): Content {
  const area =
    m.complementaryArea === undefined ? [] : [t(labelOf(COMPLEMENTARY_AREA_LABELS, m.complementaryArea), 'small')];
  return { stack: [cell(m.description), ...area] };
}

function ids(list: readonly string[] | undefined): Content {
  return list && list.length > 0 ? code(list.join(', ')) : { text: '—', style: 'muted' };
}

function justification(text: string | undefined): Content {
  return isBlank(text)
    ? { text: '—', style: 'muted' }
    : { stack: [{ text: `Ninguna. ${fieldLabel('justification')}:`, italics: true }, t(text, 'small')] };
}
