import type { EvaluationContent, FollowUpProgrammeContent, PlanContent } from '../content';
import { at, Problems, type CompletenessInput, type Problem } from './problem';

// Stage 4: evaluation and follow-up programme, submitted together. The evaluation reports
// on the plan and on every commitment of the previous year's follow-up programme.
export function checkEvaluationSubmission(input: CompletenessInput): Problem[] {
  const p = new Problems();
  const evaluation = p.document(input, 'evaluation');
  const followUp = p.document(input, 'follow-up-programme');
  const plan = p.document(input, 'plan');
  if (evaluation && plan) checkEvaluation(evaluation, plan, p);
  if (evaluation) checkPreviousYear(evaluation, input.previousFollowUpProgramme, p);
  if (followUp && evaluation) checkFollowUpProgramme(followUp, evaluation, p);
  return p.list;
}

const BASE = 'evaluation';

function checkEvaluation(e: EvaluationContent, plan: PlanContent, p: Problems): void {
  const objectives = [...(plan.generalObjective ? [plan.generalObjective] : []), ...(plan.specificObjectives ?? [])];
  const objectivesProgress = e.objectivesProgress ?? [];
  for (const o of objectives) {
    if (!objectivesProgress.some((op) => op.objectiveId === o.id)) {
      p.add(at(BASE, 'objectivesProgress'), `Falta el análisis del avance del objetivo «${o.id}» del plan.`);
    }
  }
  objectivesProgress.forEach((op, i) => {
    const here = at(BASE, 'objectivesProgress', i);
    if (!objectives.some((o) => o.id === op.objectiveId))
      p.add(at(here, 'objectiveId'), `El objetivo «${op.objectiveId}» no existe en el plan.`);
    p.text(at(here, 'analysis'), op.analysis, `el análisis del avance del objetivo «${op.objectiveId}»`);
  });

  const measures = plan.measures ?? [];
  const measuresProgress = e.measuresProgress ?? [];
  for (const m of measures) {
    if (!measuresProgress.some((mp) => mp.measureId === m.id)) {
      p.add(at(BASE, 'measuresProgress'), `Falta el análisis del avance de la medida «${m.id}» del plan.`);
    }
  }
  measuresProgress.forEach((mp, i) => {
    const here = at(BASE, 'measuresProgress', i);
    if (!measures.some((m) => m.id === mp.measureId))
      p.add(at(here, 'measureId'), `La medida «${mp.measureId}» no existe en el plan.`);
    p.text(at(here, 'analysis'), mp.analysis, `el análisis del avance de la medida «${mp.measureId}»`);
  });

  const indicators = plan.indicators ?? [];
  const results = e.indicatorResults ?? [];
  for (const indicator of indicators) {
    if (!results.some((r) => r.indicatorCode === indicator.code)) {
      p.add(at(BASE, 'indicatorResults'), `Falta el resultado del indicador «${indicator.code}» del plan.`);
    }
  }
  results.forEach((r, i) => {
    const here = at(BASE, 'indicatorResults', i);
    if (!indicators.some((indicator) => indicator.code === r.indicatorCode)) {
      p.add(at(here, 'indicatorCode'), `El indicador «${r.indicatorCode}» no existe en el plan.`);
    }
    p.text(at(here, 'result'), r.result, `el resultado del indicador «${r.indicatorCode}»`);
    p.text(at(here, 'analysis'), r.analysis, `el análisis del resultado del indicador «${r.indicatorCode}»`);
  });

  const recommendations = p.nonEmpty(
    at(BASE, 'recommendations'),
    e.recommendations,
    'Faltan las recomendaciones para subsanar las dificultades encontradas.',
  );
  recommendations.forEach((r, i) => {
    const here = at(BASE, 'recommendations', i);
    p.text(at(here, 'difficulty'), r.difficulty, `la dificultad que aborda la recomendación «${r.id}»`);
    p.text(at(here, 'recommendation'), r.recommendation, `el texto de la recomendación «${r.id}»`);
  });
}

function checkPreviousYear(e: EvaluationContent, previous: FollowUpProgrammeContent | null, p: Problems): void {
  const base = at(BASE, 'previousYearFollowUp');
  const reported = e.previousYearFollowUp ?? [];
  if (previous === null) {
    if (reported.length > 0)
      p.add(base, 'No hay programa de seguimiento del año anterior: esta sección debe quedar vacía.');
    return;
  }
  const commitments = previous.commitments ?? [];
  for (const c of commitments) {
    if (!reported.some((r) => r.commitmentId === c.id)) {
      p.add(base, `Falta informar el resultado del compromiso «${c.id}» del programa de seguimiento del año anterior.`);
    }
  }
  reported.forEach((r, i) => {
    const here = at(base, i);
    const id = r.commitmentId;
    if (!commitments.some((c) => c.id === id)) {
      p.add(
        at(here, 'commitmentId'),
        `El compromiso «${id}» no existe en el programa de seguimiento del año anterior.`,
      );
    }
    if (r.status === undefined) p.add(at(here, 'status'), `Falta indicar si se cumplió el compromiso «${id}».`);
    p.text(at(here, 'actions'), r.actions, `las acciones realizadas para cumplir el compromiso «${id}»`);
    // The guide asks a justification for every commitment not met; one still in progress is not met yet.
    if (r.status !== undefined && r.status !== 'met') {
      p.text(
        at(here, 'justification'),
        r.justification,
        `la justificación de por qué no se cumplió el compromiso «${id}»`,
      );
    }
  });
}

function checkFollowUpProgramme(f: FollowUpProgrammeContent, e: EvaluationContent, p: Problems): void {
  const base = 'follow-up-programme';
  const recommendations = e.recommendations ?? [];
  const commitments = p.nonEmpty(
    at(base, 'commitments'),
    f.commitments,
    'Faltan los compromisos del programa de seguimiento.',
  );
  commitments.forEach((c, i) => {
    const here = at(base, 'commitments', i);
    if (c.recommendationId === undefined) {
      p.add(
        at(here, 'recommendationId'),
        `Falta indicar a qué recomendación de la evaluación responde el compromiso «${c.id}».`,
      );
    } else if (!recommendations.some((r) => r.id === c.recommendationId)) {
      p.add(
        at(here, 'recommendationId'),
        `La recomendación «${c.recommendationId}» no existe en el informe de evaluación.`,
      );
    }
    p.text(at(here, 'description'), c.description, `la descripción del compromiso «${c.id}»`);
    if (c.deadline === undefined) p.add(at(here, 'deadline'), `Falta el plazo del compromiso «${c.id}».`);
    p.text(at(here, 'goal'), c.goal, `la meta del compromiso «${c.id}»`);
    p.text(at(here, 'indicator'), c.indicator, `el indicador del compromiso «${c.id}»`);
    p.text(at(here, 'responsible'), c.responsible, `el responsable del compromiso «${c.id}»`);
  });
}
