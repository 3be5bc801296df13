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
  implementationReview: 'Revisión de la implementación y el seguimiento: efectos diferenciados en mujeres y hombres',
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
  step: 'Etapa o ámbito de la medida',
  productId: 'Producto estratégico',
  complementaryArea: 'Ámbito de la medida complementaria',
  description: 'Descripción',
  gap: 'Brecha',
  inequityId: 'Inequidad',
  barrierIds: 'Barreras',
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

// Short help from the guide (§4 terms, §6.2 contents, the flowchart of §6.1 and its notes), shown
// beside a field and in the JSON Schema's descriptions. By property name; '<kind>:<property>'
// where a property means something more specific in one document (the diagnostic's 'products'
// are its part 4), and '<kind>:<path>' ('diagnostic:genderAgenda.genderAgenda') where it means
// something else at one place of a document. A few say what Enfoque checks rather than what the
// guide says (what a reference must name): those are marked «(Enfoque)» in a comment.
export const FIELD_HELP: Readonly<Record<string, string>> = {
  // §4 Terminología.
  inequities:
    'Situaciones injustas por razones de género: desigualdades entre mujeres y hombres, debidas al sistema sociocultural, que se traducen en discriminaciones o limitaciones de acceso, de uso o para la toma de decisiones.',
  gap: 'Cuantificación de una inequidad de género: expresa en cifras la desigualdad entre mujeres y hombres en el acceso, uso o control de recursos y servicios (salud, educación, crédito, vivienda, asistencia técnica, información, etc.).',
  barriers:
    'Obstáculos que deben ser resueltos para enfrentar las inequidades de género detectadas: hábitos culturales, legislación vigente, cultura organizacional, falta de presupuesto, etc.',
  verificationMeans:
    'Registros que permiten verificar que la actividad se realizó o que el resultado se alcanzó: informes, actas, listas de asistencia, publicaciones, reportes de sistemas.',
  responsible: 'Quién responde de la implementación: una unidad, un cargo o una persona.',
  formula: 'Fórmula de cálculo del indicador: numerador, denominador y unidad de medida.',

  // Ficha A1 y Formulario H (flowchart of §6.1, Anexo 1 "Diseño" 8 and 9).
  'strategic-definitions:products':
    'Ficha A1: por cada producto estratégico, si aplica o no el enfoque de género y por qué.',
  appliesGenderFocus:
    'En la formulación de la Ficha A1 se identifica, frente a cada producto estratégico, si aplica o no aplica enfoque de género.',
  'strategic-definitions:products[].reason':
    'Por qué aplica o no el enfoque de género; si aplica, cómo se explicita su incorporación en el producto.',
  'strategic-definitions:indicators':
    'Formulario H: indicadores de desempeño con enfoque de género de los productos en que aplica, o que miden la transversalización del enfoque en la gestión.',
  // (Enfoque) an indicator measures one product or mainstreaming, never both.
  'strategic-definitions:indicators[].productId':
    'El producto en que aplica el enfoque de género y que mide el indicador; déjelo vacío si mide la transversalización.',
  mainstreaming:
    'Márquelo si el indicador mide la transversalización del enfoque de género en la gestión en vez de un producto estratégico.',

  // Diagnóstico, §6.2.1: five parts.
  missionAnalysis:
    'Parte 1 del diagnóstico: análisis de la misión institucional para detectar, respecto de la temática que aborda el Servicio, las inequidades, brechas y barreras de género presentes en la sociedad.',
  mission: 'La misión institucional y la temática que aborda el Servicio.',
  inequitiesAndGaps:
    'Inequidades de género (situaciones injustas por razones de género) y brechas (su cuantificación) presentes en la sociedad respecto de la temática que aborda el Servicio.',
  genderAgenda:
    'Parte 2 del diagnóstico: revisión de la Agenda de Género, los compromisos ministeriales de género y las prioridades institucionales, identificando las orientaciones políticas de género que aplican al Servicio.',
  'diagnostic:genderAgenda.genderAgenda':
    'Los ejes y compromisos de la Agenda de Género vigente relacionados con la temática que aborda el Servicio.',
  ministerialCommitments: 'Los Compromisos Ministeriales de Género del sector que involucran al Servicio.',
  institutionalPriorities: 'Las prioridades institucionales que orientan la acción del Servicio en el período.',
  applicableGuidelines:
    'Identificación y análisis de las orientaciones políticas de género que aplican para la institución.',
  strategicObjectives:
    'Parte 3 del diagnóstico: análisis de los objetivos estratégicos con perspectiva de género (revisión de prioridades institucionales), identificando los procesos institucionales y los actores o instituciones externas que impactan en la acción del Servicio.',
  'diagnostic:strategicObjectives.analysis':
    'Análisis de los objetivos estratégicos del Servicio con perspectiva de género.',
  institutionalProcesses:
    'Los procesos institucionales, incluidos los transversales (comunes a dos o más productos estratégicos, como la capacitación en género del personal).',
  externalActors: 'Actores o instituciones externas que determinan o impactan en la acción del Servicio.',
  'diagnostic:products':
    'Parte 4 del diagnóstico: análisis con enfoque de género de los procesos de provisión de cada producto estratégico de la Ficha A1, para identificar las vías para enfrentar las inequidades de género.',
  'diagnostic:products[].productId': 'El producto estratégico de la Ficha A1 que se analiza.',
  clients:
    'Cuantificación por sexo de las clientas y clientes, usuarias y usuarios o beneficiarias y beneficiarios del producto.',
  clientsCharacterisation:
    'Caracterización con enfoque de género de la clientela del producto: quiénes son, en qué condiciones acceden y usan el producto.',
  designReview:
    'Revisión del diseño del producto (la definición de sus características) teniendo en cuenta las necesidades diferenciadas de mujeres y hombres.',
  implementationReview:
    'Revisión del proceso de implementación (producción y entrega) y de seguimiento del producto teniendo en cuenta los efectos diferenciados en mujeres y hombres.',
  genderFocusNotApplicable:
    'Márquelo si no corresponde incorporar el enfoque de género en el producto, y explique las razones.',
  notApplicableReason: 'Explique por qué no corresponde incorporar el enfoque de género en el producto.',
  'diagnostic:products[].inequities':
    'Inequidades de género existentes en el producto: situaciones injustas por razones de género que se traducen en discriminaciones o limitaciones de acceso, de uso o para la toma de decisiones.',
  'diagnostic:products[].inequities[].description':
    'Quiénes están en desventaja y en qué: acceso, uso o toma de decisiones.',
  'diagnostic:products[].barriers':
    'Barreras para enfrentar las inequidades del producto: obstáculos legislativos, normativos, organizacionales, culturales, presupuestarios u otros.',
  'diagnostic:products[].barriers[].description':
    'El obstáculo que debe resolverse: un hábito cultural, una norma, la cultura organizacional, la falta de presupuesto, etc.',
  // (Enfoque) completeness requires the inequity of the same product.
  'diagnostic:products[].barriers[].inequityId': 'La inequidad de este mismo producto que la barrera impide enfrentar.',
  informationSystems:
    'Parte 5 del diagnóstico: análisis de los sistemas de información de clientes/as, usuarios/as y beneficiarios/as.',
  systems:
    'Los sistemas de información estadísticos internos y externos con datos de la clientela: su desagregación por sexo y las etapas del proceso de información en que corresponde adoptar medidas.',
  scope: 'Interno si es un sistema del Servicio; externo si es de otra institución.',
  disaggregation: 'Nivel de desagregación por sexo de los datos de clientela en este sistema de información.',
  disaggregationDetail: 'Qué datos del sistema se registran por sexo y cuáles no.',
  stagesNeedingMeasures:
    'Etapas del proceso de información (recolección, procesamiento, análisis o difusión) en que corresponde desarrollar medidas para incorporar el enfoque de género.',
  clientStatisticsAnalysis:
    'Análisis de la información estadística que dispone la institución sobre sus clientes/as, usuarios/as y beneficiarios/as, desagregada por sexo.',
  sectorStatisticsReview:
    'Revisión y análisis de estadísticas propias o de otras instituciones, desagregadas por sexo y con enfoque de género.',
  directUserSystemsReview:
    'Revisión y análisis de los sistemas internos de información de usuarios/as directos/as, desagregados por sexo y con análisis de género.',

  // Plan, §6.2.2 item 1 and its notes.
  generalObjective: 'Objetivo general para incorporar el enfoque de género en el quehacer del Servicio.',
  specificObjectives: 'Objetivos específicos para incorporar el enfoque de género en el quehacer del Servicio.',
  'plan:inequities':
    'Descripción de las principales inequidades y barreras identificadas en el diagnóstico (las que destacan por su magnitud, gravedad o impacto) que aborda el plan.',
  inequityId: 'La inequidad del diagnóstico a la que se refiere.',
  'plan:inequities[].description': 'La inequidad y su brecha (su cuantificación), como las recoge el plan.',
  barrierIds: 'Las barreras del diagnóstico que impiden enfrentar esta inequidad.',
  genderAgendaConsistency:
    'Revisión de la consistencia y pertinencia de las inequidades identificadas respecto de los compromisos de la Agenda de Género.',
  'plan:measures':
    'Cómo se avanzará hacia el objetivo: medidas en las etapas de provisión de los productos (diseño, implementación, seguimiento, evaluación), en los sistemas de información, institucionales complementarias, de difusión de los avances y, si corresponde, para nuevos productos.',
  step: 'Dónde actúa la medida: una etapa de la provisión de un producto, los sistemas de información, un ámbito complementario, la difusión de los avances o un producto nuevo.',
  // (Enfoque) a provision step needs its product.
  'plan:measures[].productId':
    'El producto a cuya provisión se aplica la medida; necesario en las etapas de diseño, implementación, seguimiento y evaluación.',
  complementaryArea:
    'Solo para medidas institucionales complementarias, que impactan más allá de un producto: capacitación, coordinación con otras instituciones o normativa interna y reformas legales.',
  'plan:measures[].description':
    'Qué se hará y cómo ayuda a incorporar el enfoque de género en el quehacer del Servicio.',
  inequityIds: 'Las inequidades del diagnóstico que aborda la medida; si no aborda ninguna, justifíquelo.',
  'plan:measures[].justification': 'Por qué se propone la medida si no aborda ninguna inequidad del diagnóstico.',
  notAddressedInequities: 'Inequidades del diagnóstico que el plan no aborda en este período, con su justificación.',
  'plan:notAddressedInequities[].justification': 'Por qué el plan no aborda esta inequidad en el período.',
  'plan:indicators':
    'Indicadores de gestión asociados a género para evaluar los resultados del plan (de producto o de resultados): nombre claro, fórmula de cálculo, medios de verificación, datos efectivos y metas de mediano y largo plazo.',
  actualData: 'Los valores efectivos medidos del indicador, base para fijar sus metas.',

  // Programa de Trabajo, §6.2.2 item 2.
  year: 'Año del programa; el cronograma de sus actividades queda dentro de este año.',
  'work-programme:indicators': 'Metas e indicadores anuales del programa, de acuerdo al plan.',
  planIndicatorCode: 'El indicador del plan al que contribuye este indicador anual, si corresponde.',
  'work-programme:activities':
    'Actividades del programa anual, cada una ligada a una medida del plan, con su cronograma, medios de verificación y responsable de la implementación.',
  'work-programme:activities[].measureId': 'La medida del plan que implementa la actividad.',
  schedule: 'Cronograma de trabajo: fechas de inicio y de término de la actividad.',

  // Informe de Evaluación, §6.2.4.
  objectivesProgress: 'Análisis del avance en relación al objetivo general y a los objetivos específicos del plan.',
  'evaluation:objectivesProgress[].objectiveId': 'El objetivo del plan cuyo avance se analiza.',
  measuresProgress: 'Análisis del avance en relación a las medidas propuestas en el plan.',
  'evaluation:measuresProgress[].measureId': 'La medida del plan cuyo avance se analiza.',
  'evaluation:measuresProgress[].status': 'Si la medida se cumplió, se cumplió en parte o no se inició.',
  result: 'El valor que alcanzó el indicador, para compararlo con su meta.',
  'evaluation:indicatorResults':
    'Análisis de los resultados de los indicadores de desempeño definidos para evaluar el plan implementado.',
  'evaluation:indicatorResults[].indicatorCode': 'El indicador del plan cuyo resultado se analiza.',
  recommendations:
    'Recomendaciones para subsanar las dificultades encontradas; los compromisos del Programa de Seguimiento responden a ellas.',
  difficulty: 'La dificultad encontrada que la recomendación busca subsanar.',
  previousYearFollowUp:
    'Resultado del Programa de Seguimiento del año anterior: las acciones realizadas para cumplir cada compromiso y la justificación de los no cumplidos.',
  'evaluation:previousYearFollowUp[].commitmentId': 'El compromiso del Programa de Seguimiento del año anterior.',
  'evaluation:previousYearFollowUp[].status': 'Si el compromiso se cumplió, no se cumplió o sigue en curso.',
  actions: 'Acciones realizadas para cumplir el compromiso.',
  'evaluation:previousYearFollowUp[].justification':
    'Justificación del compromiso no cumplido; también si sigue en curso.',

  // Programa de Seguimiento, §6.2.4 item 5.
  commitments:
    'Compromisos asociados a las recomendaciones de la evaluación, señalando plazos, metas e indicadores para medir su cumplimiento y responsables de la implementación.',
  recommendationId: 'La recomendación de la evaluación a la que responde el compromiso.',
  'follow-up-programme:commitments[].description': 'Qué se compromete a hacer el Servicio.',
  deadline: 'Plazo para cumplir el compromiso.',
  'follow-up-programme:commitments[].goal': 'Meta que permite medir el cumplimiento del compromiso.',
  'follow-up-programme:commitments[].indicator': 'Indicador para medir el cumplimiento del compromiso.',

  // Revisión por la Dirección (flowchart of §6.1, §2 and §6.2.4).
  attendees: 'Quienes realizan la revisión: la Jefatura de Servicio y el Equipo de la Calidad, entre otros.',
  workProgrammeAnalysis:
    'Análisis de los resultados de la implementación del Programa de Trabajo, presentados en la Revisión por la Dirección.',
  commitmentsAnalysis:
    'Análisis del cumplimiento de los compromisos del Programa de Seguimiento y de los avances en la disminución de inequidades, brechas y barreras.',
  decisions:
    'En base al análisis de los resultados, cada decisión afirmativa devuelve el ciclo: el diagnóstico a la etapa 1, el plan y el programa de trabajo a la etapa 2, el programa de seguimiento a la etapa 4.',
  'management-review:decisions.modifyDiagnostic':
    '¿Se requiere modificar el Diagnóstico? Si es así, el ciclo vuelve a su actualización (etapa 1).',
  'management-review:decisions.modifyPlan':
    '¿Se requiere modificar el Plan y/o el Programa de Trabajo? Si es así, el ciclo vuelve a la planificación (etapa 2).',
  'management-review:decisions.modifyFollowUpProgramme':
    '¿Se requiere modificar el Programa de Seguimiento? Si es así, el ciclo vuelve a la etapa 4.',
  'management-review:reason': 'Fundamento de la decisión en el análisis de los resultados.',

  // Difusión (flowchart of §6.1, step 6).
  'dissemination:actions':
    'Difusión de los resultados obtenidos según los procesos de comunicaciones internas (funcionarias y funcionarios) y externas (clientes, Red de Expertos y DIPRES) del Servicio.',
  'dissemination:actions[].description': 'Qué resultados se difundieron y a quiénes llegaron.',
  audience:
    'A quién se difunde: el personal del Servicio (difusión interna) o clientes, Red de Expertos o DIPRES (externa).',
  channel: 'El medio por el que se difunde: intranet, sitio web, reunión, oficio, etc.',

  // Estandarización, §6.2.5.
  'standardisation:products':
    'Por cada producto en que aplica el enfoque de género, cómo se incorporó en los procedimientos de su proceso de provisión de bienes y servicios.',
  'standardisation:products[].productId': 'Un producto de la Ficha A1 en que aplica el enfoque de género.',
  procedureName: 'El procedimiento del proceso de provisión del producto: el modificado o el nuevo.',
  procedureCode: 'El código del procedimiento en el control de documentos del Servicio.',
  insideQms:
    'Si el producto está dentro del Sistema de Gestión de la Calidad se modifican sus procedimientos; si no, se documenta un procedimiento nuevo.',
  changesMade:
    'Si está dentro del Sistema de Gestión de la Calidad: la modificación de los procedimientos existentes para asegurar el enfoque de género en las actividades del proceso.',
  newProcedureSummary:
    'Si no está dentro del Sistema de Gestión de la Calidad: el procedimiento documentado que asegura el enfoque de género en los procesos necesarios.',
  responsibleCentre:
    'El centro de responsabilidad a cargo del proceso de provisión, que desarrolla o modifica sus documentos.',

  // Registro de actividad e Informe de Avance, §6.2.3.
  activityId: 'La actividad del Programa de Trabajo que se realizó.',
  'activity-record:description': 'Registro del contenido de la actividad desarrollada para implementar el programa.',
  participants: 'Cuántas mujeres y cuántos hombres participaron, si corresponde.',
  period: 'Período de la implementación que se informa.',
  activitiesDone: 'Actividades del Programa de Trabajo realizadas en el período.',
  difficulties: 'Dificultades para la implementación, atribuibles a factores internos o externos.',
  facilitators: 'Facilitadores de la implementación, atribuibles a factores internos o externos.',
  kind: 'Interno si depende del Servicio; externo si no.',
  modifications:
    'Descripción y justificación de eventuales modificaciones a lo programado originalmente, de acuerdo a los resultados obtenidos.',
  'progress-report:indicatorResults':
    'Resultados alcanzados: el grado de avance respecto de lo establecido en el Programa de Trabajo, a través de sus indicadores.',
  'progress-report:indicatorResults[].indicatorCode': 'El indicador anual del Programa de Trabajo.',
  certifyingDocuments:
    'Documentación que certifica los logros obtenidos o el cumplimiento de las medidas planificadas.',
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

/**
 * The guide's help for a field: the one for its place in the document ('products[].barriers[].inequityId',
 * as the JSON Schema spells paths) first, then the one for the document kind, then the general one;
 * undefined if none.
 */
export function fieldHelp(name: string, kind?: string, path?: string): string | undefined {
  const keys = [
    ...(kind !== undefined && path !== undefined ? [`${kind}:${path}`] : []),
    ...(kind !== undefined ? [`${kind}:${name}`] : []),
    name,
  ];
  const key = keys.find((k) => own(FIELD_HELP, k));
  return key === undefined ? undefined : FIELD_HELP[key];
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
