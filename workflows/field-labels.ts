// Spanish words for the fields of the documents' content (src/documents/content/*.content.ts),
// for the values of their coded fields, and the key of an item in a list. One flat map by
// property name, the guide's words: a property means the same thing wherever it appears
// ('gap' is always a "Brecha"). Plain TypeScript with no imports, so that the web app, the
// records and the service read the same words. Types, bounds and citations of each field are
// declared by the content classes' decorators (src/documents/content/decorators.ts); labels and
// help are here; field-labels.spec.ts fails if a content property has no label here.

// The order of the keys is the reading order: a document's fields are shown in this order, which
// follows the declaration order of every content class (the spec checks it).
export const FIELD_LABELS = {
  // Keys of items in lists, shown first.
  id: 'Código',
  code: 'Código',
  objectiveId: 'Objetivo',
  indicatorCode: 'Indicador',
  commitmentId: 'Compromiso',

  // Ficha A1 (strategic products).
  name: 'Nombre',
  appliesGenderFocus: '¿Aplica enfoque de género?',

  // Diagnóstico (guide §6.2.1).
  mission: 'Misión',
  inequitiesAndGaps: 'Inequidades y brechas de género en el ámbito del Servicio',
  clients: 'Clientes, usuarias/os o beneficiarias/os por sexo',
  clientsCharacterisation: 'Caracterización por sexo',
  designReview: 'Revisión del diseño: necesidades diferenciadas de mujeres y hombres',
  implementationReview: 'Revisión de la implementación: efectos diferenciados en mujeres y hombres',
  genderFocusNotApplicable: 'No corresponde incorporar el enfoque de género',
  notApplicableReason: 'Razones por las que no corresponde',
  scope: 'Ámbito',
  disaggregation: 'Desagregación por sexo',
  disaggregationDetail: 'Detalle de la desagregación',
  stagesNeedingMeasures: 'Etapas del proceso de información que requieren medidas',
  systems: 'Sistemas de información estadísticos',
  clientStatisticsAnalysis: 'Análisis de las estadísticas de clientes desagregadas por sexo',
  sectorStatisticsReview: 'Revisión de las estadísticas sectoriales',
  directUserSystemsReview: 'Revisión de los sistemas de registro de usuarias y usuarios directos',
  missionAnalysis: 'Análisis de la misión institucional',
  genderAgenda: 'Agenda de Género',
  ministerialCommitments: 'Compromisos ministeriales de género',
  institutionalPriorities: 'Prioridades institucionales',
  applicableGuidelines: 'Orientaciones de género que aplican al Servicio',
  strategicObjectives: 'Objetivos estratégicos',
  products: 'Productos estratégicos',
  informationSystems: 'Sistemas de información',

  // Plan y Programa de Trabajo (guide §6.2.2).
  generalObjective: 'Objetivo general',
  specificObjectives: 'Objetivos específicos',
  inequities: 'Inequidades',
  barriers: 'Barreras',
  genderAgendaConsistency: 'Consistencia con la Agenda de Género',
  measures: 'Medidas',
  notAddressedInequities: 'Inequidades no abordadas en el período',
  planIndicatorCode: 'Indicador del plan',
  measureId: 'Medida',
  year: 'Año',
  indicators: 'Indicadores',
  activities: 'Actividades',

  // Evaluación y Programa de Seguimiento (guide §6.2.4).
  status: 'Estado',
  difficulty: 'Dificultad',
  recommendation: 'Recomendación',
  actions: 'Acciones realizadas',
  objectivesProgress: 'Avance respecto de los objetivos general y específicos',
  measuresProgress: 'Avance de las medidas del plan',
  recommendationId: 'Recomendación',
  commitments: 'Compromisos',

  // Revisión por la Dirección, Difusión, Estandarización.
  role: 'Cargo o rol',
  required: 'Decisión',
  reason: 'Fundamento',
  modifyDiagnostic: '¿Modificar el Diagnóstico?',
  modifyPlan: '¿Modificar el Plan y/o el Programa de Trabajo?',
  modifyFollowUpProgramme: '¿Modificar el Programa de Seguimiento?',
  audience: 'Público',
  channel: 'Canal',
  insideQms: '¿Está dentro del Sistema de Gestión de la Calidad?',
  procedureName: 'Procedimiento',
  procedureCode: 'Código del procedimiento',
  changesMade: 'Modificaciones al procedimiento',
  newProcedureSummary: 'Procedimiento documentado nuevo',
  responsibleCentre: 'Centro de responsabilidad',
  activityId: 'Actividad del programa de trabajo',
  date: 'Fecha',
  attendees: 'Asistentes',
  workProgrammeAnalysis: 'Análisis de los resultados del Programa de Trabajo',
  commitmentsAnalysis: 'Análisis de los compromisos del Programa de Seguimiento',
  decisions: 'Decisiones de la Dirección',

  // Shared by several documents.
  kind: 'Tipo de factor',
  description: 'Descripción',
  gap: 'Brecha',
  inequityId: 'Inequidad',
  barrierIds: 'Barreras',
  step: 'Etapa',
  complementaryArea: 'Ámbito de la medida complementaria',
  productId: 'Producto estratégico',
  mainstreaming: '¿Mide la incorporación del enfoque de género en la gestión?',
  formula: 'Fórmula de cálculo',
  inequityIds: 'Inequidades que aborda',
  justification: 'Justificación',
  annualGoal: 'Meta anual',
  schedule: 'Cronograma',
  deadline: 'Plazo',
  participants: 'Participantes por sexo',
  verificationMeans: 'Medios de verificación',
  goal: 'Meta',
  baseline: 'Línea base',
  actualData: 'Datos efectivos',
  mediumTermGoal: 'Meta de mediano plazo',
  longTermGoal: 'Meta de largo plazo',
  indicator: 'Indicador',
  responsible: 'Responsable',

  // Informe de Avance (guide §6.2.3).
  period: 'Período informado',
  activitiesDone: 'Actividades realizadas',
  difficulties: 'Dificultades',
  facilitators: 'Facilitadores',
  modifications: 'Modificaciones al Programa de Trabajo',
  indicatorResults: 'Resultados de los indicadores',
  recommendations: 'Recomendaciones',
  previousYearFollowUp: 'Resultado del Programa de Seguimiento del año anterior',
  certifyingDocuments: 'Documentos que certifican los logros',

  // Small shapes: a formula, a count by sex, a date range, an indicator's result.
  numerator: 'Numerador',
  denominator: 'Denominador',
  unit: 'Unidad',
  women: 'Mujeres',
  men: 'Hombres',
  start: 'Inicio',
  end: 'Término',
  result: 'Resultado',
  analysis: 'Análisis',
  institutionalProcesses: 'Procesos institucionales',
  externalActors: 'Actores o instituciones externas',
} as const satisfies Record<string, string>;

export type FieldName = keyof typeof FIELD_LABELS;

// Short help from the guide (§4 terms, §6.2 contents), shown beside a field and in the JSON
// Schema's descriptions. By property name; '<kind>:<property>' where a property means something
// more specific in one document (the diagnostic's 'products' are its part 4).
export const FIELD_HELP: Readonly<Record<string, string>> = {
  gap: 'Cuantificación de una inequidad de género: expresa de forma cuantitativa la desigualdad entre mujeres y hombres en el acceso, uso o control de recursos y servicios (por ejemplo, la diferencia entre el porcentaje de mujeres y de hombres que acceden al servicio).',
  barriers:
    'Obstáculos que deben ser resueltos para enfrentar las inequidades de género detectadas: hábitos culturales, legislación vigente, cultura organizacional, falta de presupuesto, etc.',
  inequities:
    'Situaciones injustas por razones de género: desigualdades entre mujeres y hombres, debidas al sistema sociocultural, que se traducen en discriminaciones o limitaciones de acceso, de uso o para la toma de decisiones.',
  'plan:inequities':
    'Descripción de las inequidades identificadas en el diagnóstico que aborda el plan, con las barreras que impiden enfrentarlas.',
  inequitiesAndGaps:
    'Inequidades de género (situaciones injustas por razones de género) y brechas (su cuantificación) presentes en la sociedad respecto de la temática que aborda el Servicio.',
  inequityId: 'La inequidad del diagnóstico a la que se refiere.',
  barrierIds: 'Las barreras del diagnóstico que impiden enfrentar esta inequidad.',
  inequityIds: 'Las inequidades del diagnóstico que aborda la medida; si no aborda ninguna, justifíquelo.',
  verificationMeans:
    'Evidencia de que una actividad o un resultado ocurrió: actas, listas de asistencia, informes, publicaciones, registros.',
  missionAnalysis:
    'Parte 1 del diagnóstico: análisis de la misión institucional para detectar, respecto de la temática que aborda el Servicio, las inequidades, brechas y barreras de género presentes en la sociedad.',
  genderAgenda:
    'Parte 2 del diagnóstico: revisión de la Agenda de Género, los compromisos ministeriales de género y las prioridades institucionales, identificando las orientaciones políticas de género que aplican al Servicio.',
  strategicObjectives:
    'Parte 3 del diagnóstico: análisis de los objetivos estratégicos, identificando los procesos institucionales y los actores o instituciones externas que determinan o impactan en la acción del Servicio.',
  'diagnostic:products':
    'Parte 4 del diagnóstico: por cada producto estratégico de la Ficha A1, la cuantificación y caracterización por sexo de su clientela, la revisión del diseño según necesidades diferenciadas de mujeres y hombres, la revisión de la implementación según efectos diferenciados, las razones si no corresponde enfoque de género, y las inequidades y barreras encontradas.',
  informationSystems:
    'Parte 5 del diagnóstico: los sistemas de información estadísticos internos y externos, su nivel de desagregación por sexo, las etapas del proceso de información (recolección, procesamiento, análisis, difusión) en que corresponde adoptar medidas, y el análisis de las estadísticas desagregadas por sexo.',
  'strategic-definitions:products':
    'Ficha A1: por cada producto estratégico, si aplica o no el enfoque de género y por qué.',
  'strategic-definitions:indicators':
    'Formulario H: indicadores de desempeño con enfoque de género de los productos en que aplica, o que miden la transversalización del enfoque en la gestión.',
  'standardisation:products':
    'Por cada producto en que aplica el enfoque de género: si está dentro del Sistema de Gestión de la Calidad se modifican sus procedimientos; si no, se documenta un procedimiento nuevo.',
  clients:
    'Cuantificación por sexo de las clientas y clientes, usuarias y usuarios o beneficiarias y beneficiarios del producto.',
  genderFocusNotApplicable:
    'Márquelo si no corresponde incorporar el enfoque de género en el producto, y explique las razones.',
  disaggregation: 'Nivel de desagregación por sexo de los datos de clientela en este sistema de información.',
  stagesNeedingMeasures:
    'Etapas del proceso de información (recolección, procesamiento, análisis o difusión) en que corresponde desarrollar medidas para incorporar el enfoque de género.',
  generalObjective: 'Objetivo general para incorporar el enfoque de género en el quehacer del Servicio.',
  genderAgendaConsistency:
    'Revisión de la consistencia y pertinencia de las inequidades identificadas respecto de los compromisos de la Agenda de Género.',
  'plan:measures':
    'Elementos mínimos del plan: medidas en las etapas de provisión de los productos (diseño, implementación, seguimiento, evaluación), en los sistemas de información, medidas institucionales complementarias (capacitación, coordinación con otras instituciones, normativa), de difusión de los avances y, si corresponde, para nuevos productos.',
  'plan:indicators':
    'Indicadores de gestión asociados a género para evaluar los resultados del plan: nombre claro, fórmula de cálculo, medios de verificación, datos efectivos y metas de mediano y largo plazo.',
  notAddressedInequities: 'Inequidades del diagnóstico que el plan no aborda en este período, con su justificación.',
  'work-programme:activities':
    'Actividades del programa anual, cada una ligada a una medida del plan, con su cronograma, medios de verificación y responsable de la implementación.',
  mainstreaming:
    'Márquelo si el indicador mide la transversalización del enfoque de género en la gestión en vez de un producto estratégico.',
  recommendations:
    'Recomendaciones para subsanar las dificultades encontradas; los compromisos del Programa de Seguimiento responden a ellas.',
  previousYearFollowUp:
    'Resultado de cada compromiso del Programa de Seguimiento del año anterior: las acciones realizadas y, si no se cumplió, su justificación.',
  commitments:
    'Compromisos ligados a las recomendaciones de la evaluación, con su plazo, meta, indicador y responsable.',
  decisions:
    'Cada decisión afirmativa devuelve el ciclo: el diagnóstico a la etapa 1, el plan y el programa de trabajo a la etapa 2, el programa de seguimiento a la etapa 4.',
  insideQms:
    'Si el producto está dentro del Sistema de Gestión de la Calidad se modifican sus procedimientos; si no, se documenta un procedimiento nuevo.',
  certifyingDocuments: 'Documentos que certifican los logros obtenidos en el período.',
};

// Coded values, by the meaning of the field that holds them.
export const MEASURE_STEP_LABELS = {
  design: 'Diseño',
  implementation: 'Implementación',
  monitoring: 'Seguimiento',
  evaluation: 'Evaluación',
  'information-system': 'Sistemas de información',
  complementary: 'Medidas institucionales complementarias',
  dissemination: 'Difusión',
  'new-product': 'Nuevos productos',
} as const;

export const COMPLEMENTARY_AREA_LABELS = {
  training: 'Capacitación',
  coordination: 'Coordinación con otras instituciones',
  regulation: 'Normativa interna y reforma legal',
} as const;

export const SYSTEM_SCOPE_LABELS = { internal: 'Interno', external: 'Externo' } as const;

export const DISAGGREGATION_LABELS = { full: 'Completa', partial: 'Parcial', none: 'Sin desagregación' } as const;

export const INFORMATION_STAGE_LABELS = {
  collection: 'Recolección',
  processing: 'Procesamiento',
  analysis: 'Análisis',
  dissemination: 'Difusión',
} as const;

export const FACTOR_KIND_LABELS = { internal: 'Interno', external: 'Externo' } as const;

export const MEASURE_PROGRESS_LABELS = {
  completed: 'Cumplida',
  partial: 'Cumplida parcialmente',
  'not-started': 'No iniciada',
} as const;

export const COMMITMENT_STATUS_LABELS = {
  met: 'Cumplido',
  'not-met': 'No cumplido',
  'in-progress': 'En curso',
} as const;

export const AUDIENCE_LABELS = {
  staff: 'Personal del Servicio (interna)',
  clients: 'Clientes, usuarias y usuarios (externa)',
  'expert-network': 'Red de Expertos SERNAM (externa)',
  dipres: 'Dirección de Presupuestos (externa)',
  other: 'Otro público (externa)',
} as const;

export const YES_NO_LABELS = { true: 'Sí', false: 'No' } as const;

// The coded values of each field that holds one (a list of codes included). 'status' holds a
// measure's progress in one place and a commitment's result in another: their codes differ.
export const VALUE_LABELS: Readonly<Partial<Record<FieldName, Readonly<Record<string, string>>>>> = {
  step: MEASURE_STEP_LABELS,
  complementaryArea: COMPLEMENTARY_AREA_LABELS,
  scope: SYSTEM_SCOPE_LABELS,
  disaggregation: DISAGGREGATION_LABELS,
  stagesNeedingMeasures: INFORMATION_STAGE_LABELS,
  kind: FACTOR_KIND_LABELS,
  status: { ...MEASURE_PROGRESS_LABELS, ...COMMITMENT_STATUS_LABELS },
  audience: AUDIENCE_LABELS,
};

const own = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

export const UNKNOWN_FIELD_LABEL = 'Dato sin nombre';

export const isFieldName = (name: string): name is FieldName => own(FIELD_LABELS, name);

/** "Brecha" for 'gap'; a property the module does not know never shows its code. */
export const fieldLabel = (name: string): string => (isFieldName(name) ? FIELD_LABELS[name] : UNKNOWN_FIELD_LABEL);

/** The label of a coded value of a field ('Diseño' for step 'design'); undefined if it is not coded. */
export function valueLabel(field: string, value: string): string | undefined {
  const labels = isFieldName(field) ? VALUE_LABELS[field] : undefined;
  return labels && own(labels, value) ? labels[value] : undefined;
}

/** The guide's help for a field, the one specific to the document kind first; undefined if none. */
export function fieldHelp(name: string, kind?: string): string | undefined {
  if (kind !== undefined && own(FIELD_HELP, `${kind}:${name}`)) return FIELD_HELP[`${kind}:${name}`];
  return own(FIELD_HELP, name) ? FIELD_HELP[name] : undefined;
}

export const yesNo = (value: boolean): string => (value ? YES_NO_LABELS.true : YES_NO_LABELS.false);

const FIELD_ORDER = new Map(Object.keys(FIELD_LABELS).map((name, index) => [name, index]));

/** The properties of an object in reading order; unknown ones last, as they came. */
export function orderedFields(names: readonly string[]): string[] {
  const rank = (name: string) => FIELD_ORDER.get(name) ?? Number.MAX_SAFE_INTEGER;
  return [...names].sort((a, b) => rank(a) - rank(b));
}

// The properties that key an item in a list (@ItemId in the content classes), most specific
// first: an item has one of them, and may also cite others (a barrier has an 'id' and cites an
// 'inequityId'), so 'id' and 'code' win.
export const ITEM_ID_FIELDS = [
  'id',
  'code',
  'inequityId',
  'productId',
  'objectiveId',
  'measureId',
  'indicatorCode',
  'commitmentId',
  'recommendationId',
] as const;

/** The id of an item of a list ('INQ-3'), or undefined for an item without one. */
export function itemIdOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const record = item as Record<string, unknown>;
  for (const field of ITEM_ID_FIELDS) {
    const value = record[field];
    if (own(record, field) && typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/** Which property holds the id of an item, or undefined. */
export function itemIdFieldOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const record = item as Record<string, unknown>;
  return ITEM_ID_FIELDS.find(
    (field) => own(record, field) && typeof record[field] === 'string' && record[field] !== '',
  );
}
