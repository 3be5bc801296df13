import { loadCycle } from '../../../test/fixtures/cycle';
import { checkPlanningSubmission, type CycleDocuments } from '.';

// Each test breaks one thing of the complete 2027 cycle and expects exactly that problem.
function cycle(): Required<Pick<CycleDocuments, 'diagnostic' | 'plan' | 'work-programme'>> {
  const docs = structuredClone(loadCycle(2027));
  const { diagnostic, plan } = docs;
  const programme = docs['work-programme'];
  if (!diagnostic || !plan || !programme) throw new Error('fixtures incompletas');
  return { diagnostic, plan, 'work-programme': programme };
}

function check(documents: CycleDocuments) {
  return checkPlanningSubmission({ kinds: ['plan', 'work-programme'], documents, previousFollowUpProgramme: null });
}

function measure(docs: ReturnType<typeof cycle>, id: string) {
  const found = docs.plan.measures?.find((m) => m.id === id);
  if (!found) throw new Error(`no existe ${id}`);
  return found;
}

describe('plan: every inequity of the diagnostic is addressed or justified', () => {
  it('reports an inequity that no measure addresses', () => {
    const docs = cycle();
    measure(docs, 'M-3').inequityIds = [];
    measure(docs, 'M-3').justification = 'Se mantiene por continuidad.';
    measure(docs, 'M-4').inequityIds = ['INQ-1', 'INQ-2'];
    expect(check(docs)).toEqual([
      {
        path: 'plan.measures',
        message:
          'La inequidad «INQ-3» del diagnóstico no es abordada por ninguna medida ni se justifica en el plan por qué no se aborda.',
      },
    ]);
  });

  it('reports an inequity whose justification for not addressing it was removed', () => {
    const docs = cycle();
    docs.plan.notAddressedInequities = [];
    expect(check(docs)).toEqual([
      {
        path: 'plan.measures',
        message:
          'La inequidad «INQ-4» del diagnóstico no es abordada por ninguna medida ni se justifica en el plan por qué no se aborda.',
      },
    ]);
  });

  it('requires the justification text of an inequity not addressed', () => {
    const docs = cycle();
    docs.plan.notAddressedInequities = [{ inequityId: 'INQ-4', justification: '  ' }];
    expect(check(docs)).toEqual([
      {
        path: 'plan.notAddressedInequities[0].justification',
        message: 'Falta la justificación de por qué no se aborda la inequidad «INQ-4».',
      },
    ]);
  });

  it('rejects declaring as not addressed an inequity that a measure addresses', () => {
    const docs = cycle();
    docs.plan.notAddressedInequities?.push({ inequityId: 'INQ-1', justification: 'No se aborda.' });
    expect(check(docs)).toEqual([
      {
        path: 'plan.notAddressedInequities[1].inequityId',
        message: 'La inequidad «INQ-1» es abordada por la medida «M-1»; no puede declararse como no abordada.',
      },
    ]);
  });

  it('requires the plan to describe the inequities its measures address', () => {
    const docs = cycle();
    docs.plan.inequities = docs.plan.inequities?.filter((c) => c.inequityId !== 'INQ-2');
    expect(check(docs)).toEqual([
      { path: 'plan.inequities', message: 'Falta describir en el plan la inequidad «INQ-2», que abordan sus medidas.' },
    ]);
  });
});

describe('plan: references resolve', () => {
  it('reports a measure citing an inequity that does not exist', () => {
    const docs = cycle();
    measure(docs, 'M-4').inequityIds = ['INQ-1', 'INQ-2', 'INQ-3', 'INQ-9'];
    expect(check(docs)).toEqual([
      { path: 'plan.measures[3].inequityIds[3]', message: 'La inequidad «INQ-9» no existe en el diagnóstico.' },
    ]);
  });

  it('reports a measure that cites no inequity and gives no justification', () => {
    const docs = cycle();
    measure(docs, 'M-6').justification = undefined;
    expect(check(docs)).toEqual([
      {
        path: 'plan.measures[5].inequityIds',
        message:
          'La medida «M-6» debe citar al menos una inequidad del diagnóstico o justificar por qué no aborda ninguna.',
      },
    ]);
  });

  it('reports a cited barrier that belongs to another inequity, and one that does not exist', () => {
    const docs = cycle();
    const cited = docs.plan.inequities?.[0];
    if (cited) cited.barrierIds = ['B-1', 'B-3', 'B-99'];
    expect(check(docs)).toEqual([
      {
        path: 'plan.inequities[0].barrierIds[1]',
        message: 'La barrera «B-3» corresponde en el diagnóstico a otra inequidad, no a «INQ-1».',
      },
      { path: 'plan.inequities[0].barrierIds[2]', message: 'La barrera «B-99» no existe en el diagnóstico.' },
    ]);
  });

  it('reports a provision measure without product, and one on a product without gender focus', () => {
    const docs = cycle();
    measure(docs, 'M-1').productId = undefined;
    measure(docs, 'M-2').productId = 'PE-4';
    expect(check(docs)).toEqual([
      {
        path: 'plan.measures[0].productId',
        message: 'Falta indicar a qué producto estratégico se aplica la medida «M-1».',
      },
      {
        path: 'plan.measures[1].productId',
        message: 'El diagnóstico declara que al producto «PE-4» no le corresponde enfoque de género.',
      },
    ]);
  });
});

describe('plan: minimum elements', () => {
  it('requires a complementary measure to name its area', () => {
    const docs = cycle();
    measure(docs, 'M-5').complementaryArea = undefined;
    expect(check(docs)).toEqual([
      {
        path: 'plan.measures[4].complementaryArea',
        message: 'Falta indicar si la medida complementaria «M-5» es de capacitación, coordinación o normativa.',
      },
    ]);
  });

  it('requires dissemination measures', () => {
    const docs = cycle();
    docs.plan.measures = docs.plan.measures?.filter((m) => m.id !== 'M-6');
    docs['work-programme'].activities = docs['work-programme'].activities?.filter((a) => a.measureId !== 'M-6');
    expect(check(docs)).toEqual([
      {
        path: 'plan.measures',
        message: 'El plan debe incluir medidas para difundir los avances en la incorporación del enfoque de género.',
      },
    ]);
  });

  it('requires each indicator to have formula, verification means, actual data and goals', () => {
    const docs = cycle();
    const indicator = docs.plan.indicators?.[1];
    if (!indicator) throw new Error('sin indicador');
    indicator.formula = { numerator: 'N° de mujeres que finalizan', unit: '%' };
    indicator.verificationMeans = '';
    indicator.actualData = undefined;
    indicator.longTermGoal = undefined;
    expect(check(docs)).toEqual([
      { path: 'plan.indicators[1].formula.denominator', message: 'Falta el denominador de la fórmula de cálculo.' },
      {
        path: 'plan.indicators[1].verificationMeans',
        message: 'Faltan los medios de verificación del indicador «IND-2».',
      },
      { path: 'plan.indicators[1].actualData', message: 'Faltan los datos efectivos del indicador «IND-2».' },
      { path: 'plan.indicators[1].longTermGoal', message: 'Falta la meta de largo plazo del indicador «IND-2».' },
    ]);
  });

  it('lists what an empty plan lacks', () => {
    const docs = cycle();
    docs.plan = {};
    const paths = check(docs).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'plan.generalObjective.description',
        'plan.specificObjectives',
        'plan.genderAgendaConsistency',
        'plan.measures',
        'plan.indicators',
        'work-programme.activities[0].measureId',
      ]),
    );
  });

  it('reports the diagnostic missing from the cycle', () => {
    const docs: CycleDocuments = cycle();
    delete docs.diagnostic;
    expect(check(docs)).toEqual([
      { path: 'diagnostic', message: 'Falta el documento «Informe de Diagnóstico» del ciclo.' },
    ]);
  });
});

describe('work programme', () => {
  it('reports a plan measure without any activity', () => {
    const docs = cycle();
    docs['work-programme'].activities = docs['work-programme'].activities?.filter((a) => a.measureId !== 'M-3');
    expect(check(docs)).toEqual([
      {
        path: 'work-programme.activities',
        message: 'La medida «M-3» del plan no tiene ninguna actividad en el programa de trabajo.',
      },
    ]);
  });

  it('reports an activity citing a measure that does not exist', () => {
    const docs = cycle();
    const activity = docs['work-programme'].activities?.[0];
    if (activity) activity.measureId = 'M-9';
    expect(check(docs)).toEqual([
      { path: 'work-programme.activities[0].measureId', message: 'La medida «M-9» no existe en el plan.' },
    ]);
  });

  it('reports an annual indicator citing a plan indicator that does not exist', () => {
    const docs = cycle();
    const indicator = docs['work-programme'].indicators?.[0];
    if (indicator) indicator.planIndicatorCode = 'IND-7';
    expect(check(docs)).toEqual([
      { path: 'work-programme.indicators[0].planIndicatorCode', message: 'El indicador «IND-7» no existe en el plan.' },
    ]);
  });

  it('checks the schedule: order of dates and the programme year', () => {
    const docs = cycle();
    const [first, second] = docs['work-programme'].activities ?? [];
    first.schedule = { start: '2027-05-31', end: '2027-02-01' };
    second.schedule = { start: '2027-12-01', end: '2028-01-31' };
    expect(check(docs)).toEqual([
      {
        path: 'work-programme.activities[0].schedule.end',
        message: 'La fecha de término de la actividad «A-1» es anterior a la de inicio.',
      },
      {
        path: 'work-programme.activities[1].schedule',
        message: 'El cronograma de la actividad «A-2» debe estar dentro del año 2027.',
      },
    ]);
  });

  it('requires verification means and a responsible for each activity', () => {
    const docs = cycle();
    const activity = docs['work-programme'].activities?.[7];
    if (activity) {
      activity.verificationMeans = undefined;
      activity.responsible = ' ';
    }
    expect(check(docs)).toEqual([
      {
        path: 'work-programme.activities[7].verificationMeans',
        message: 'Faltan los medios de verificación de la actividad «A-8».',
      },
      { path: 'work-programme.activities[7].responsible', message: 'Falta el responsable de la actividad «A-8».' },
    ]);
  });
});
