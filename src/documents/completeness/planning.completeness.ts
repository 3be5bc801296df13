import {
  PROVISION_STEPS,
  type DiagnosticContent,
  type MeasureStep,
  type PlanContent,
  type WorkProgrammeContent,
} from '../content';
import { at, Problems, type CompletenessInput, type Problem } from './problem';

// Stage 2: plan and work programme, submitted together, traced back to the diagnostic.
export function checkPlanningSubmission(input: CompletenessInput): Problem[] {
  const p = new Problems();
  const plan = p.document(input, 'plan');
  const programme = p.document(input, 'work-programme');
  const diagnostic = p.document(input, 'diagnostic');
  if (plan && diagnostic) checkPlan(plan, diagnostic, p);
  if (programme && plan) checkWorkProgramme(programme, plan, p);
  return p.list;
}

interface DiagnosticIndex {
  inequities: Map<string, string>; // inequity id -> product id
  barriers: Map<string, string | undefined>; // barrier id -> inequity id
  notApplicable: Map<string, boolean>; // product id -> gender focus not applicable
}

function indexDiagnostic(d: DiagnosticContent): DiagnosticIndex {
  const index: DiagnosticIndex = { inequities: new Map(), barriers: new Map(), notApplicable: new Map() };
  for (const product of d.products ?? []) {
    index.notApplicable.set(product.productId, product.genderFocusNotApplicable === true);
    for (const inequity of product.inequities ?? []) index.inequities.set(inequity.id, product.productId);
    for (const barrier of product.barriers ?? []) index.barriers.set(barrier.id, barrier.inequityId);
  }
  return index;
}

// The guide (§6.2.2) lists these kinds of measures as minimum elements of the plan.
const REQUIRED_MEASURE_KINDS: { steps: readonly MeasureStep[]; message: string }[] = [
  {
    steps: PROVISION_STEPS,
    message:
      'El plan debe incluir medidas en las etapas de provisión de los productos (diseño, implementación, seguimiento o evaluación).',
  },
  {
    steps: ['information-system'],
    message: 'El plan debe incluir medidas para los sistemas de información de clientes, usuarios y beneficiarios.',
  },
  {
    steps: ['complementary'],
    message: 'El plan debe incluir medidas institucionales complementarias (capacitación, coordinación o normativa).',
  },
  {
    steps: ['dissemination'],
    message: 'El plan debe incluir medidas para difundir los avances en la incorporación del enfoque de género.',
  },
];

function checkPlan(plan: PlanContent, d: DiagnosticContent, p: Problems): void {
  const base = 'plan';
  const index = indexDiagnostic(d);

  p.text(at(base, 'generalObjective', 'description'), plan.generalObjective?.description, 'el objetivo general');
  const specific = p.nonEmpty(
    at(base, 'specificObjectives'),
    plan.specificObjectives,
    'Faltan los objetivos específicos.',
  );
  specific.forEach((o, i) =>
    p.text(
      at(base, 'specificObjectives', i, 'description'),
      o.description,
      `la descripción del objetivo específico «${o.id}»`,
    ),
  );
  p.text(
    at(base, 'genderAgendaConsistency'),
    plan.genderAgendaConsistency,
    'la revisión de consistencia de las inequidades con la Agenda de Género',
  );

  const cited = plan.inequities ?? [];
  cited.forEach((c, i) => {
    const here = at(base, 'inequities', i);
    if (!index.inequities.has(c.inequityId))
      p.add(at(here, 'inequityId'), `La inequidad «${c.inequityId}» no existe en el diagnóstico.`);
    p.text(at(here, 'description'), c.description, `la descripción de la inequidad «${c.inequityId}»`);
    (c.barrierIds ?? []).forEach((barrierId, j) => {
      const owner = index.barriers.get(barrierId);
      if (!index.barriers.has(barrierId))
        p.add(at(here, 'barrierIds', j), `La barrera «${barrierId}» no existe en el diagnóstico.`);
      else if (owner !== c.inequityId)
        p.add(
          at(here, 'barrierIds', j),
          `La barrera «${barrierId}» corresponde en el diagnóstico a otra inequidad, no a «${c.inequityId}».`,
        );
    });
  });

  const measures = p.nonEmpty(at(base, 'measures'), plan.measures, 'Faltan las medidas del plan.');
  measures.forEach((m, i) => {
    const here = at(base, 'measures', i);
    p.text(at(here, 'description'), m.description, `la descripción de la medida «${m.id}»`);
    if (m.step === undefined)
      p.add(at(here, 'step'), `Falta indicar a qué etapa o ámbito corresponde la medida «${m.id}».`);
    if (m.step === 'complementary' && m.complementaryArea === undefined) {
      p.add(
        at(here, 'complementaryArea'),
        `Falta indicar si la medida complementaria «${m.id}» es de capacitación, coordinación o normativa.`,
      );
    }
    const isProvision = PROVISION_STEPS.some((step) => step === m.step);
    if (isProvision && m.productId === undefined) {
      p.add(at(here, 'productId'), `Falta indicar a qué producto estratégico se aplica la medida «${m.id}».`);
    }
    if (m.productId !== undefined) {
      const notApplicable = index.notApplicable.get(m.productId);
      if (notApplicable === undefined)
        p.add(at(here, 'productId'), `El producto «${m.productId}» no existe en el diagnóstico.`);
      else if (notApplicable)
        p.add(
          at(here, 'productId'),
          `El diagnóstico declara que al producto «${m.productId}» no le corresponde enfoque de género.`,
        );
    }
    const ids = m.inequityIds ?? [];
    if (ids.length === 0 && (m.justification ?? '').trim() === '') {
      p.add(
        at(here, 'inequityIds'),
        `La medida «${m.id}» debe citar al menos una inequidad del diagnóstico o justificar por qué no aborda ninguna.`,
      );
    }
    ids.forEach((id, j) => {
      if (!index.inequities.has(id))
        p.add(at(here, 'inequityIds', j), `La inequidad «${id}» no existe en el diagnóstico.`);
    });
  });
  for (const required of REQUIRED_MEASURE_KINDS) {
    if (measures.length > 0 && !measures.some((m) => m.step !== undefined && required.steps.includes(m.step))) {
      p.add(at(base, 'measures'), required.message);
    }
  }

  const notAddressed = plan.notAddressedInequities ?? [];
  notAddressed.forEach((n, i) => {
    const here = at(base, 'notAddressedInequities', i);
    if (!index.inequities.has(n.inequityId))
      p.add(at(here, 'inequityId'), `La inequidad «${n.inequityId}» no existe en el diagnóstico.`);
    p.text(
      at(here, 'justification'),
      n.justification,
      `la justificación de por qué no se aborda la inequidad «${n.inequityId}»`,
    );
    const measure = measures.find((m) => (m.inequityIds ?? []).includes(n.inequityId));
    if (measure)
      p.add(
        at(here, 'inequityId'),
        `La inequidad «${n.inequityId}» es abordada por la medida «${measure.id}»; no puede declararse como no abordada.`,
      );
  });

  for (const inequityId of index.inequities.keys()) {
    const addressed = measures.some((m) => (m.inequityIds ?? []).includes(inequityId));
    if (!addressed && !notAddressed.some((n) => n.inequityId === inequityId)) {
      p.add(
        at(base, 'measures'),
        `La inequidad «${inequityId}» del diagnóstico no es abordada por ninguna medida ni se justifica en el plan por qué no se aborda.`,
      );
    }
    if (addressed && !cited.some((c) => c.inequityId === inequityId)) {
      p.add(
        at(base, 'inequities'),
        `Falta describir en el plan la inequidad «${inequityId}», que abordan sus medidas.`,
      );
    }
  }

  const indicators = p.nonEmpty(
    at(base, 'indicators'),
    plan.indicators,
    'Faltan los indicadores para evaluar los resultados del plan.',
  );
  indicators.forEach((indicator, i) => {
    const here = at(base, 'indicators', i);
    const code = indicator.code;
    p.text(at(here, 'name'), indicator.name, `el nombre del indicador «${code}»`);
    p.formula(at(here, 'formula'), indicator.formula, true);
    p.text(
      at(here, 'verificationMeans'),
      indicator.verificationMeans,
      `los medios de verificación del indicador «${code}»`,
    );
    p.text(at(here, 'actualData'), indicator.actualData, `los datos efectivos del indicador «${code}»`);
    p.text(at(here, 'mediumTermGoal'), indicator.mediumTermGoal, `la meta de mediano plazo del indicador «${code}»`);
    p.text(at(here, 'longTermGoal'), indicator.longTermGoal, `la meta de largo plazo del indicador «${code}»`);
  });
}

function checkWorkProgramme(wp: WorkProgrammeContent, plan: PlanContent, p: Problems): void {
  const base = 'work-programme';
  if (wp.year === undefined) p.add(at(base, 'year'), 'Falta el año del programa de trabajo.');

  const planIndicators = plan.indicators ?? [];
  const indicators = p.nonEmpty(at(base, 'indicators'), wp.indicators, 'Faltan las metas e indicadores anuales.');
  indicators.forEach((indicator, i) => {
    const here = at(base, 'indicators', i);
    const code = indicator.code;
    p.text(at(here, 'name'), indicator.name, `el nombre del indicador anual «${code}»`);
    if (
      indicator.planIndicatorCode !== undefined &&
      !planIndicators.some((pi) => pi.code === indicator.planIndicatorCode)
    ) {
      p.add(at(here, 'planIndicatorCode'), `El indicador «${indicator.planIndicatorCode}» no existe en el plan.`);
    }
    p.formula(at(here, 'formula'), indicator.formula, false);
    p.text(at(here, 'annualGoal'), indicator.annualGoal, `la meta anual del indicador «${code}»`);
    p.text(
      at(here, 'verificationMeans'),
      indicator.verificationMeans,
      `los medios de verificación del indicador «${code}»`,
    );
  });

  const measures = plan.measures ?? [];
  const activities = p.nonEmpty(
    at(base, 'activities'),
    wp.activities,
    'Faltan las actividades del programa de trabajo.',
  );
  activities.forEach((a, i) => {
    const here = at(base, 'activities', i);
    if (a.measureId === undefined)
      p.add(at(here, 'measureId'), `Falta indicar qué medida del plan implementa la actividad «${a.id}».`);
    else if (!measures.some((m) => m.id === a.measureId))
      p.add(at(here, 'measureId'), `La medida «${a.measureId}» no existe en el plan.`);
    p.text(at(here, 'description'), a.description, `la descripción de la actividad «${a.id}»`);
    const start = a.schedule?.start;
    const end = a.schedule?.end;
    if (start === undefined)
      p.add(at(here, 'schedule', 'start'), `Falta la fecha de inicio de la actividad «${a.id}».`);
    if (end === undefined) p.add(at(here, 'schedule', 'end'), `Falta la fecha de término de la actividad «${a.id}».`);
    if (start !== undefined && end !== undefined && end < start) {
      p.add(at(here, 'schedule', 'end'), `La fecha de término de la actividad «${a.id}» es anterior a la de inicio.`);
    }
    const year = wp.year === undefined ? undefined : String(wp.year);
    if (year !== undefined && [start, end].some((date) => date !== undefined && !date.startsWith(`${year}-`))) {
      p.add(at(here, 'schedule'), `El cronograma de la actividad «${a.id}» debe estar dentro del año ${year}.`);
    }
    p.text(at(here, 'verificationMeans'), a.verificationMeans, `los medios de verificación de la actividad «${a.id}»`);
    p.text(at(here, 'responsible'), a.responsible, `el responsable de la actividad «${a.id}»`);
  });

  for (const m of measures) {
    if (!activities.some((a) => a.measureId === m.id)) {
      p.add(
        at(base, 'activities'),
        `La medida «${m.id}» del plan no tiene ninguna actividad en el programa de trabajo.`,
      );
    }
  }
}
