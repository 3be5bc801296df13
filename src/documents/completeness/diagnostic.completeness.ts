import type { DiagnosticContent, ProductAnalysis, StrategicDefinitionsContent } from '../content';
import { at, Problems, type CompletenessInput, type Problem } from './problem';

const BASE = 'diagnostic';

// Stage 1: the five parts of guide §6.2.1, and one analysis per product of the Ficha A1.
export function checkDiagnosticSubmission(input: CompletenessInput): Problem[] {
  const p = new Problems();
  const diagnostic = p.document(input, 'diagnostic');
  const sd = p.document(input, 'strategic-definitions');
  if (diagnostic) checkDiagnostic(diagnostic, sd, p);
  return p.list;
}

function checkDiagnostic(d: DiagnosticContent, sd: StrategicDefinitionsContent | undefined, p: Problems): void {
  const mission = at(BASE, 'missionAnalysis');
  p.text(at(mission, 'mission'), d.missionAnalysis?.mission, 'el análisis de la misión institucional');
  p.text(
    at(mission, 'inequitiesAndGaps'),
    d.missionAnalysis?.inequitiesAndGaps,
    'las inequidades y brechas de género del ámbito del servicio',
  );
  p.text(at(mission, 'barriers'), d.missionAnalysis?.barriers, 'las barreras de género del ámbito del servicio');

  const agenda = at(BASE, 'genderAgenda');
  p.text(at(agenda, 'genderAgenda'), d.genderAgenda?.genderAgenda, 'la revisión de la Agenda de Género');
  p.text(
    at(agenda, 'ministerialCommitments'),
    d.genderAgenda?.ministerialCommitments,
    'la revisión de los compromisos ministeriales de género',
  );
  p.text(
    at(agenda, 'institutionalPriorities'),
    d.genderAgenda?.institutionalPriorities,
    'la revisión de las prioridades institucionales',
  );
  p.text(
    at(agenda, 'applicableGuidelines'),
    d.genderAgenda?.applicableGuidelines,
    'el análisis de las orientaciones políticas de género que aplican a la institución',
  );

  const objectives = at(BASE, 'strategicObjectives');
  p.text(at(objectives, 'analysis'), d.strategicObjectives?.analysis, 'el análisis de los objetivos estratégicos');
  p.text(
    at(objectives, 'institutionalProcesses'),
    d.strategicObjectives?.institutionalProcesses,
    'la identificación de los procesos institucionales',
  );
  p.text(
    at(objectives, 'externalActors'),
    d.strategicObjectives?.externalActors,
    'la identificación de los actores o instituciones externas',
  );

  checkProducts(d, sd, p);
  checkInformationSystems(d, p);
}

function checkProducts(d: DiagnosticContent, sd: StrategicDefinitionsContent | undefined, p: Problems): void {
  const products = p.nonEmpty(at(BASE, 'products'), d.products, 'Falta el análisis de los productos estratégicos.');
  const a1 = sd?.products ?? [];
  if (sd) {
    for (const product of a1) {
      if (!products.some((analysis) => analysis.productId === product.id)) {
        p.add(at(BASE, 'products'), `Falta el análisis del producto estratégico «${product.id}» de la Ficha A1.`);
      }
    }
  }
  products.forEach((analysis, i) => {
    const here = at(BASE, 'products', i);
    if (sd && !a1.some((product) => product.id === analysis.productId)) {
      p.add(at(here, 'productId'), `El producto «${analysis.productId}» no existe en la Ficha A1.`);
    }
    checkProduct(analysis, here, p);
  });
  const applicable = products.filter((analysis) => analysis.genderFocusNotApplicable !== true);
  if (applicable.length > 0 && !applicable.some((analysis) => (analysis.inequities ?? []).length > 0)) {
    p.add(
      at(BASE, 'products'),
      'El diagnóstico no identifica ninguna inequidad de género en los productos estratégicos.',
    );
  }
}

function checkProduct(a: ProductAnalysis, here: string, p: Problems): void {
  const id = a.productId;
  if (a.genderFocusNotApplicable === true) {
    p.text(
      at(here, 'notApplicableReason'),
      a.notApplicableReason,
      `la razón por la que no corresponde enfoque de género en el producto «${id}»`,
    );
  } else {
    if (a.clients?.women === undefined)
      p.add(
        at(here, 'clients', 'women'),
        `Falta el número de mujeres clientes, usuarias o beneficiarias del producto «${id}».`,
      );
    if (a.clients?.men === undefined)
      p.add(
        at(here, 'clients', 'men'),
        `Falta el número de hombres clientes, usuarios o beneficiarios del producto «${id}».`,
      );
    p.text(
      at(here, 'clientsCharacterisation'),
      a.clientsCharacterisation,
      `la caracterización por sexo de la clientela del producto «${id}»`,
    );
    p.text(
      at(here, 'designReview'),
      a.designReview,
      `la revisión del diseño del producto «${id}» según necesidades diferenciadas`,
    );
    p.text(
      at(here, 'implementationReview'),
      a.implementationReview,
      `la revisión de la implementación y seguimiento del producto «${id}» según efectos diferenciados`,
    );
  }
  const inequities = a.inequities ?? [];
  inequities.forEach((inequity, j) => {
    p.text(
      at(here, 'inequities', j, 'description'),
      inequity.description,
      `la descripción de la inequidad «${inequity.id}»`,
    );
  });
  (a.barriers ?? []).forEach((barrier, j) => {
    const path = at(here, 'barriers', j);
    p.text(at(path, 'description'), barrier.description, `la descripción de la barrera «${barrier.id}»`);
    if (barrier.inequityId === undefined) {
      p.add(at(path, 'inequityId'), `Falta indicar a qué inequidad se refiere la barrera «${barrier.id}».`);
    } else if (!inequities.some((inequity) => inequity.id === barrier.inequityId)) {
      p.add(
        at(path, 'inequityId'),
        `La inequidad «${barrier.inequityId}» no existe en el análisis del producto «${id}».`,
      );
    }
  });
}

function checkInformationSystems(d: DiagnosticContent, p: Problems): void {
  const base = at(BASE, 'informationSystems');
  const info = d.informationSystems;
  const systems = p.nonEmpty(
    at(base, 'systems'),
    info?.systems,
    'Falta identificar los sistemas de información estadística internos y externos.',
  );
  systems.forEach((system, i) => {
    const here = at(base, 'systems', i);
    p.text(at(here, 'name'), system.name, `el nombre del sistema de información «${system.id}»`);
    if (system.scope === undefined)
      p.add(at(here, 'scope'), `Falta indicar si el sistema «${system.id}» es interno o externo.`);
    if (system.disaggregation === undefined) {
      p.add(at(here, 'disaggregation'), `Falta el nivel de desagregación por sexo del sistema «${system.id}».`);
    } else if (system.disaggregation !== 'full' && (system.stagesNeedingMeasures ?? []).length === 0) {
      p.add(
        at(here, 'stagesNeedingMeasures'),
        `El sistema «${system.id}» no desagrega por sexo todos sus datos: falta indicar en qué etapas del proceso de información corresponde adoptar medidas.`,
      );
    }
  });
  p.text(
    at(base, 'clientStatisticsAnalysis'),
    info?.clientStatisticsAnalysis,
    'el análisis de la información estadística de la clientela desagregada por sexo',
  );
  p.text(
    at(base, 'sectorStatisticsReview'),
    info?.sectorStatisticsReview,
    'la revisión de estadísticas propias o de otras instituciones desagregadas por sexo',
  );
  p.text(
    at(base, 'directUserSystemsReview'),
    info?.directUserSystemsReview,
    'la revisión de los sistemas internos de información de usuarios y usuarias directos',
  );
}
