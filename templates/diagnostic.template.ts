import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DiagnosticContent, ProductAnalysis } from '../src/documents/content';
import type { RecordData } from './record-data';
import { cell, field, heading } from './parts/blocks';
import { formatCount, formatShare } from './parts/format';
import {
  DISAGGREGATION_LABELS,
  fieldLabel,
  INFORMATION_STAGE_LABELS,
  labelOf,
  SYSTEM_SCOPE_LABELS,
} from './parts/labels';
import { recordDocument } from './parts/record-document';
import { dataTable } from './parts/table';
import { code, isBlank, t } from './parts/text';

// Stage 1: the diagnostic report in the five parts of guide §6.2.1.
export function diagnosticTemplate(data: RecordData<'diagnostic'>): TDocumentDefinitions {
  const content = data.document.content;
  return recordDocument(data, [
    ...missionAndAgenda(content),
    heading(`4. ${fieldLabel('products')}`),
    clientsSummary(content.products ?? []),
    ...(content.products ?? []).flatMap(productSection),
    ...informationSystems(content),
  ]);
}

function missionAndAgenda({
  missionAnalysis: m,
  genderAgenda: g,
  strategicObjectives: s,
}: DiagnosticContent): Content[] {
  return [
    heading(`1. ${fieldLabel('missionAnalysis')}`),
    ...field(fieldLabel('mission'), m?.mission),
    ...field(fieldLabel('inequitiesAndGaps'), m?.inequitiesAndGaps),
    ...field(fieldLabel('barriers'), m?.barriers),
    heading(`2. ${fieldLabel('genderAgenda')}`),
    ...field(fieldLabel('genderAgenda'), g?.genderAgenda),
    ...field(fieldLabel('ministerialCommitments'), g?.ministerialCommitments),
    ...field(fieldLabel('institutionalPriorities'), g?.institutionalPriorities),
    ...field(fieldLabel('applicableGuidelines'), g?.applicableGuidelines),
    heading(`3. ${fieldLabel('strategicObjectives')}`),
    ...field(fieldLabel('analysis'), s?.analysis),
    ...field(fieldLabel('institutionalProcesses'), s?.institutionalProcesses),
    ...field(fieldLabel('externalActors'), s?.externalActors),
  ];
}

function clientsSummary(products: readonly ProductAnalysis[]): Content {
  return dataTable(
    [
      { header: fieldLabel('productId'), weight: 1.6 },
      { header: fieldLabel('women'), weight: 1.3, alignment: 'right' },
      { header: fieldLabel('men'), weight: 1.3, alignment: 'right' },
      { header: 'Total', weight: 1.3, alignment: 'right' },
      { header: '% mujeres', weight: 1.2, alignment: 'right' },
      // The Ficha A1's question, answered here by the product's analysis.
      { header: fieldLabel('appliesGenderFocus'), weight: 1.8 },
    ],
    products.map((p) => [
      code(p.productId, 'strong'),
      ...countCells(p.clients?.women, p.clients?.men),
      p.genderFocusNotApplicable ? 'No aplica' : 'Aplica',
    ]),
    'No se registraron productos estratégicos.',
  );
}

function countCells(women: number | undefined, men: number | undefined): string[] {
  if (women === undefined && men === undefined) return ['—', '—', '—', '—'];
  const total = (women ?? 0) + (men ?? 0);
  const show = (n: number | undefined): string => (n === undefined ? '—' : formatCount(n));
  return [show(women), show(men), formatCount(total), women === undefined ? '—' : formatShare(women, total)];
}

function productSection(p: ProductAnalysis): Content[] {
  const head: Content[] = [
    heading(`${fieldLabel('productId')} ${p.productId}`, 2),
    dataTable(
      [
        { header: fieldLabel('clients'), weight: 3 },
        { header: fieldLabel('women'), weight: 1, alignment: 'right' },
        { header: fieldLabel('men'), weight: 1, alignment: 'right' },
        { header: 'Total', weight: 1, alignment: 'right' },
        { header: '% mujeres', weight: 1, alignment: 'right' },
      ],
      [['Cantidad por sexo', ...countCells(p.clients?.women, p.clients?.men)]],
    ),
    ...field(fieldLabel('clientsCharacterisation'), p.clientsCharacterisation),
  ];
  if (p.genderFocusNotApplicable) {
    return [...head, ...field(fieldLabel('notApplicableReason'), p.notApplicableReason)];
  }
  return [
    ...head,
    ...field(fieldLabel('designReview'), p.designReview),
    ...field(fieldLabel('implementationReview'), p.implementationReview),
    heading(fieldLabel('inequities'), 3),
    dataTable(
      [
        { header: fieldLabel('id'), weight: 1 },
        { header: fieldLabel('description'), weight: 4.5 },
        { header: fieldLabel('gap'), weight: 3.5 },
      ],
      (p.inequities ?? []).map((i) => [code(i.id, 'strong'), cell(i.description), cell(i.gap)]),
      'No se identificaron inequidades.',
    ),
    heading(fieldLabel('barriers'), 3),
    dataTable(
      [
        { header: fieldLabel('id'), weight: 1 },
        { header: fieldLabel('description'), weight: 6.5 },
        { header: fieldLabel('inequityId'), weight: 1.5 },
      ],
      (p.barriers ?? []).map((b) => [code(b.id, 'strong'), cell(b.description), cell(b.inequityId)]),
      'No se identificaron barreras.',
    ),
  ];
}

function informationSystems({ informationSystems: s }: DiagnosticContent): Content[] {
  return [
    heading(`5. ${fieldLabel('informationSystems')}`),
    dataTable(
      [
        { header: fieldLabel('id'), weight: 1 },
        { header: fieldLabel('name'), weight: 2.6 },
        { header: fieldLabel('scope'), weight: 1 },
        { header: fieldLabel('disaggregation'), weight: 3 },
        { header: fieldLabel('stagesNeedingMeasures'), weight: 2 },
      ],
      (s?.systems ?? []).map((system) => [
        code(system.id, 'strong'),
        cell(system.name),
        labelOf(SYSTEM_SCOPE_LABELS, system.scope),
        {
          stack: [
            { text: labelOf(DISAGGREGATION_LABELS, system.disaggregation), bold: true },
            ...(isBlank(system.disaggregationDetail) ? [] : [t(system.disaggregationDetail, 'small')]),
          ],
        },
        stagesCell(system.stagesNeedingMeasures),
      ]),
      'No se registraron sistemas de información.',
    ),
    ...field(fieldLabel('clientStatisticsAnalysis'), s?.clientStatisticsAnalysis),
    ...field(fieldLabel('sectorStatisticsReview'), s?.sectorStatisticsReview),
    ...field(fieldLabel('directUserSystemsReview'), s?.directUserSystemsReview),
  ];
}

function stagesCell(stages: readonly (keyof typeof INFORMATION_STAGE_LABELS)[] | undefined): Content {
  if (!stages || stages.length === 0) return { text: 'Ninguna', style: 'muted' };
  return stages.map((s) => labelOf(INFORMATION_STAGE_LABELS, s)).join(', ');
}
