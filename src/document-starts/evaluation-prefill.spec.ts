import { loadCycle, loadFixture } from '../../test/fixtures/cycle';
import { checkCompleteness } from '../documents/completeness';
import { validateContent } from '../documents/content';
import { buildEvaluationPrefill, type PrefillSources } from './evaluation-prefill';

const plan = loadFixture('plan');
const previousProgramme = loadFixture('follow-up-programme');
const results: PrefillSources['indicatorResults'] = [
  { indicatorCode: 'IND-1', result: '2028: mujeres 212, hombres 419; participación de mujeres 33,6 %.', missing: null },
  { indicatorCode: 'IND-2', result: null, missing: 'El indicador IND-2 no tiene mediciones de 2028.' },
  { indicatorCode: 'IND-3', result: null, missing: 'No hay un indicador registrado con el código IND-3.' },
];
const tracked: PrefillSources['tracked'] = new Map([
  ['C-1', { status: 'met' as const, justification: null }],
  ['C-2', { status: 'not-met' as const, justification: '  El proveedor no entregó el estudio.  ' }],
  ['C-3', { status: 'pending' as const, justification: null }],
]);

describe('El Informe de Evaluación propuesto', () => {
  it('has one entry per objective, measure and indicator of the plan and per commitment of last year', () => {
    const { content, notes } = buildEvaluationPrefill({ plan, indicatorResults: results, previousProgramme, tracked });
    expect(content.objectivesProgress.map((o) => o.objectiveId)).toEqual(['OG-1', 'OE-1', 'OE-2', 'OE-3', 'OE-4']);
    expect(content.measuresProgress).toEqual(
      ['M-1', 'M-2', 'M-3', 'M-4', 'M-5', 'M-6'].map((measureId) => ({ measureId })),
    );
    expect(content.indicatorResults).toEqual([
      { indicatorCode: 'IND-1', result: results[0].result },
      { indicatorCode: 'IND-2' },
      { indicatorCode: 'IND-3' },
    ]);
    // A pending commitment has no result yet; a tracked justification comes along, trimmed.
    expect(content.previousYearFollowUp).toEqual([
      { commitmentId: 'C-1', status: 'met' },
      { commitmentId: 'C-2', status: 'not-met', justification: 'El proveedor no entregó el estudio.' },
      { commitmentId: 'C-3' },
    ]);
    expect(notes).toEqual([results[1].missing, results[2].missing]);
  });

  it('passes the evaluation’s content validation and cites only what the plan and last year’s programme hold', () => {
    const { content } = buildEvaluationPrefill({ plan, indicatorResults: results, previousProgramme, tracked });
    const validated = validateContent('evaluation', content);
    expect(validated).toMatchObject({ ok: true });
    // Completeness still asks for the analyses (the officer's), never for a missing or unknown entry.
    const documents = { ...loadCycle(2027), evaluation: validated.ok ? validated.value : undefined };
    const problems = checkCompleteness({
      kinds: ['evaluation', 'follow-up-programme'],
      documents,
      previousFollowUpProgramme: previousProgramme,
    });
    // What is left is what people write (analyses, results not measured, recommendations)…
    expect(problems.length).toBeGreaterThan(0);
    // …never an entry missing from a list, nor one citing what the plan or the programme lacks.
    const lists = ['objectivesProgress', 'measuresProgress', 'indicatorResults', 'previousYearFollowUp'];
    expect(problems.filter((p) => lists.some((list) => p.path === `evaluation.${list}`))).toEqual([]);
    expect(problems.filter((p) => /\.(objectiveId|measureId|indicatorCode|commitmentId)$/.test(p.path))).toEqual([]);
  });

  it('without a plan or a previous year: empty lists, and says why', () => {
    const { content, notes } = buildEvaluationPrefill({
      plan: undefined,
      indicatorResults: [],
      previousProgramme: null,
      tracked: new Map(),
    });
    expect(content).toEqual({
      objectivesProgress: [],
      measuresProgress: [],
      indicatorResults: [],
      previousYearFollowUp: [],
    });
    expect(validateContent('evaluation', content)).toMatchObject({ ok: true });
    expect(notes).toEqual([
      expect.stringMatching(/^El plan de este ciclo aún no tiene una versión guardada/),
      'No hay programa de seguimiento del año anterior: su sección queda vacía.',
    ]);
  });

  it('leaves out a result too long for its field rather than propose an invalid document', () => {
    const long = 'x'.repeat(201);
    const { content, notes } = buildEvaluationPrefill({
      plan,
      indicatorResults: [{ indicatorCode: 'IND-1', result: long, missing: null }],
      previousProgramme: null,
      tracked: new Map(),
    });
    expect(content.indicatorResults).toEqual([{ indicatorCode: 'IND-1' }]);
    expect(notes[0]).toMatch(/IND-1 es demasiado largo/);
    expect(validateContent('evaluation', content)).toMatchObject({ ok: true });
  });
});
