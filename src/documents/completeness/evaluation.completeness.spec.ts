import { loadCycle, loadFixture } from '../../../test/fixtures/cycle';
import { checkEvaluationSubmission, type CycleDocuments } from '.';
import type { EvaluationContent, FollowUpProgrammeContent } from '../content';

// The 2028 evaluation reports on the 2027 follow-up programme; each test breaks one thing.
function cycle(): { documents: CycleDocuments; evaluation: EvaluationContent; followUp: FollowUpProgrammeContent } {
  const documents = structuredClone(loadCycle(2028));
  const evaluation = documents.evaluation;
  const followUp = documents['follow-up-programme'];
  if (!evaluation || !followUp) throw new Error('fixtures incompletas');
  return { documents, evaluation, followUp };
}

const previous = (): FollowUpProgrammeContent => loadFixture('follow-up-programme', 2027);

function check(documents: CycleDocuments, prev: FollowUpProgrammeContent | null = previous()) {
  return checkEvaluationSubmission({
    kinds: ['evaluation', 'follow-up-programme'],
    documents,
    previousFollowUpProgramme: prev,
  });
}

describe("evaluation: previous year's follow-up programme", () => {
  it('reports a commitment of the previous year that is not reported', () => {
    const { documents, evaluation } = cycle();
    evaluation.previousYearFollowUp = evaluation.previousYearFollowUp?.filter((r) => r.commitmentId !== 'C-3');
    expect(check(documents)).toEqual([
      {
        path: 'evaluation.previousYearFollowUp',
        message: 'Falta informar el resultado del compromiso «C-3» del programa de seguimiento del año anterior.',
      },
    ]);
  });

  it('requires a justification for a commitment not met', () => {
    const { documents, evaluation } = cycle();
    const notMet = evaluation.previousYearFollowUp?.[1];
    if (notMet) notMet.justification = undefined;
    expect(notMet?.status).toBe('not-met');
    expect(check(documents)).toEqual([
      {
        path: 'evaluation.previousYearFollowUp[1].justification',
        message: 'Falta la justificación de por qué no se cumplió el compromiso «C-2».',
      },
    ]);
  });

  it('requires a justification for a commitment still in progress', () => {
    const { documents, evaluation } = cycle();
    const inProgress = evaluation.previousYearFollowUp?.[2];
    if (inProgress) inProgress.justification = '';
    expect(check(documents)).toEqual([
      {
        path: 'evaluation.previousYearFollowUp[2].justification',
        message: 'Falta la justificación de por qué no se cumplió el compromiso «C-3».',
      },
    ]);
  });

  it('does not require a justification for a commitment met', () => {
    const { documents, evaluation } = cycle();
    expect(evaluation.previousYearFollowUp?.[0]).toMatchObject({ status: 'met', justification: undefined });
    expect(check(documents)).toEqual([]);
  });

  it('requires the status and the actions of each commitment', () => {
    const { documents, evaluation } = cycle();
    const met = evaluation.previousYearFollowUp?.[0];
    if (met) {
      met.status = undefined;
      met.actions = undefined;
    }
    expect(check(documents)).toEqual([
      {
        path: 'evaluation.previousYearFollowUp[0].status',
        message: 'Falta indicar si se cumplió el compromiso «C-1».',
      },
      {
        path: 'evaluation.previousYearFollowUp[0].actions',
        message: 'Faltan las acciones realizadas para cumplir el compromiso «C-1».',
      },
    ]);
  });

  it('reports a commitment that the previous programme does not have', () => {
    const { documents, evaluation } = cycle();
    evaluation.previousYearFollowUp?.push({ commitmentId: 'C-9', status: 'met', actions: 'Cumplido.' });
    expect(check(documents)).toEqual([
      {
        path: 'evaluation.previousYearFollowUp[3].commitmentId',
        message: 'El compromiso «C-9» no existe en el programa de seguimiento del año anterior.',
      },
    ]);
  });

  it('accepts an empty section in the first year', () => {
    const documents = loadCycle(2027);
    expect(check(documents, null)).toEqual([]);
  });
});

describe('evaluation: the plan', () => {
  it('reports a plan indicator without result and a result for an unknown indicator', () => {
    const { documents, evaluation } = cycle();
    const result = evaluation.indicatorResults?.[1];
    if (result) result.indicatorCode = 'IND-8';
    expect(check(documents)).toEqual([
      { path: 'evaluation.indicatorResults', message: 'Falta el resultado del indicador «IND-2» del plan.' },
      { path: 'evaluation.indicatorResults[1].indicatorCode', message: 'El indicador «IND-8» no existe en el plan.' },
    ]);
  });

  it('reports a plan objective and a plan measure without analysis of progress', () => {
    const { documents, evaluation } = cycle();
    evaluation.objectivesProgress = evaluation.objectivesProgress?.filter((o) => o.objectiveId !== 'OG-1');
    evaluation.measuresProgress = evaluation.measuresProgress?.filter((m) => m.measureId !== 'M-5');
    expect(check(documents)).toEqual([
      { path: 'evaluation.objectivesProgress', message: 'Falta el análisis del avance del objetivo «OG-1» del plan.' },
      { path: 'evaluation.measuresProgress', message: 'Falta el análisis del avance de la medida «M-5» del plan.' },
    ]);
  });

  it('requires recommendations', () => {
    const { documents, evaluation, followUp } = cycle();
    evaluation.recommendations = [];
    followUp.commitments = followUp.commitments?.slice(0, 1);
    expect(check(documents)).toEqual([
      {
        path: 'evaluation.recommendations',
        message: 'Faltan las recomendaciones para subsanar las dificultades encontradas.',
      },
      {
        path: 'follow-up-programme.commitments[0].recommendationId',
        message: 'La recomendación «R-1» no existe en el informe de evaluación.',
      },
    ]);
  });
});

describe('follow-up programme', () => {
  it('requires each commitment to cite a recommendation', () => {
    const { documents, followUp } = cycle();
    const commitment = followUp.commitments?.[2];
    if (commitment) commitment.recommendationId = undefined;
    expect(check(documents)).toEqual([
      {
        path: 'follow-up-programme.commitments[2].recommendationId',
        message: 'Falta indicar a qué recomendación de la evaluación responde el compromiso «C-6».',
      },
    ]);
  });

  it('requires deadline, goal, indicator and responsible', () => {
    const { documents, followUp } = cycle();
    followUp.commitments = [{ id: 'C-4', recommendationId: 'R-1', description: 'Aporte para cuidado infantil.' }];
    expect(check(documents)).toEqual([
      { path: 'follow-up-programme.commitments[0].deadline', message: 'Falta el plazo del compromiso «C-4».' },
      { path: 'follow-up-programme.commitments[0].goal', message: 'Falta la meta del compromiso «C-4».' },
      { path: 'follow-up-programme.commitments[0].indicator', message: 'Falta el indicador del compromiso «C-4».' },
      { path: 'follow-up-programme.commitments[0].responsible', message: 'Falta el responsable del compromiso «C-4».' },
    ]);
  });

  it('requires at least one commitment', () => {
    const { documents, followUp } = cycle();
    followUp.commitments = undefined;
    expect(check(documents)).toEqual([
      { path: 'follow-up-programme.commitments', message: 'Faltan los compromisos del programa de seguimiento.' },
    ]);
  });
});
