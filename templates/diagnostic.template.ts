import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DiagnosticContent, ProductAnalysis } from '../src/documents/content';
import type { RecordData } from './record-data';
import { cell, field, heading } from './parts/blocks';
import { formatCount, formatShare } from './parts/format';
import { DISAGGREGATION_LABELS, INFORMATION_STAGE_LABELS, labelOf, SYSTEM_SCOPE_LABELS } from './parts/labels';
import { recordDocument } from './parts/record-document';
import { dataTable } from './parts/table';
import { code, isBlank, t } from './parts/text';

// Stage 1: the diagnostic report in the five parts of guide §6.2.1.
export function diagnosticTemplate(data: RecordData<'diagnostic'>): TDocumentDefinitions {
  const content = data.document.content;
  return recordDocument(data, [
    ...missionAndAgenda(content),
    heading('4. Productos estratégicos'),
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
    heading('1. Misión institucional'),
    ...field('Misión', m?.mission),
    ...field('Inequidades y brechas de género en el ámbito del Servicio', m?.inequitiesAndGaps),
    ...field('Barreras', m?.barriers),
    heading('2. Agenda de Género, compromisos ministeriales y prioridades institucionales'),
    ...field('Agenda de Género', g?.genderAgenda),
    ...field('Compromisos ministeriales', g?.ministerialCommitments),
    ...field('Prioridades institucionales', g?.institutionalPriorities),
    ...field('Orientaciones aplicables al Servicio', g?.applicableGuidelines),
    heading('3. Objetivos estratégicos'),
    ...field('Análisis de los objetivos estratégicos', s?.analysis),
    ...field('Procesos institucionales', s?.institutionalProcesses),
    ...field('Actores externos', s?.externalActors),
  ];
}

function clientsSummary(products: readonly ProductAnalysis[]): Content {
  return dataTable(
    [
      { header: 'Producto', weight: 1.6 },
      { header: 'Mujeres', weight: 1.3, alignment: 'right' },
      { header: 'Hombres', weight: 1.3, alignment: 'right' },
      { header: 'Total', weight: 1.3, alignment: 'right' },
      { header: '% mujeres', weight: 1.2, alignment: 'right' },
      { header: '¿Aplica enfoque de género?', weight: 1.8 },
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
    heading(`Producto ${p.productId}`, 2),
    dataTable(
      [
        { header: 'Clientes, usuarias/os o beneficiarias/os', weight: 3 },
        { header: 'Mujeres', weight: 1, alignment: 'right' },
        { header: 'Hombres', weight: 1, alignment: 'right' },
        { header: 'Total', weight: 1, alignment: 'right' },
        { header: '% mujeres', weight: 1, alignment: 'right' },
      ],
      [['Cantidad por sexo', ...countCells(p.clients?.women, p.clients?.men)]],
    ),
    ...field('Caracterización por sexo', p.clientsCharacterisation),
  ];
  if (p.genderFocusNotApplicable) {
    return [...head, ...field('No aplica enfoque de género: fundamento', p.notApplicableReason)];
  }
  return [
    ...head,
    ...field('Revisión del diseño: necesidades diferenciadas de mujeres y hombres', p.designReview),
    ...field('Revisión de la implementación: efectos diferenciados', p.implementationReview),
    heading('Inequidades y brechas', 3),
    dataTable(
      [
        { header: 'Código', weight: 1 },
        { header: 'Inequidad', weight: 4.5 },
        { header: 'Brecha', weight: 3.5 },
      ],
      (p.inequities ?? []).map((i) => [code(i.id, 'strong'), cell(i.description), cell(i.gap)]),
      'No se identificaron inequidades.',
    ),
    heading('Barreras', 3),
    dataTable(
      [
        { header: 'Código', weight: 1 },
        { header: 'Barrera', weight: 6.5 },
        { header: 'Inequidad', weight: 1.5 },
      ],
      (p.barriers ?? []).map((b) => [code(b.id, 'strong'), cell(b.description), cell(b.inequityId)]),
      'No se identificaron barreras.',
    ),
  ];
}

function informationSystems({ informationSystems: s }: DiagnosticContent): Content[] {
  return [
    heading('5. Sistemas de información'),
    dataTable(
      [
        { header: 'Código', weight: 1 },
        { header: 'Sistema', weight: 2.6 },
        { header: 'Ámbito', weight: 1 },
        { header: 'Desagregación por sexo', weight: 3 },
        { header: 'Etapas que requieren medidas', weight: 2 },
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
    ...field('Análisis de las estadísticas de clientes desagregadas por sexo', s?.clientStatisticsAnalysis),
    ...field('Revisión de las estadísticas sectoriales', s?.sectorStatisticsReview),
    ...field('Revisión de los sistemas de registro de usuarias y usuarios directos', s?.directUserSystemsReview),
  ];
}

function stagesCell(stages: readonly (keyof typeof INFORMATION_STAGE_LABELS)[] | undefined): Content {
  if (!stages || stages.length === 0) return { text: 'Ninguna', style: 'muted' };
  return stages.map((s) => labelOf(INFORMATION_STAGE_LABELS, s)).join(', ');
}
