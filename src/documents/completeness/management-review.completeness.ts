import type { ManagementReviewContent, ReviewDecisions } from '../content';
import { at, Problems, type CompletenessInput, type Problem } from './problem';

const BASE = 'management-review';

const DECISIONS: { key: keyof ReviewDecisions; question: string }[] = [
  { key: 'modifyDiagnostic', question: '¿se requiere modificar el diagnóstico?' },
  { key: 'modifyPlan', question: '¿se requiere modificar el plan y/o el programa de trabajo?' },
  { key: 'modifyFollowUpProgramme', question: '¿se requiere modificar el programa de seguimiento?' },
];

// Stage 5, checked at RECORD_REVIEW: its three decisions route the cycle, so each needs an
// answer and a reason.
export function checkManagementReviewSubmission(input: CompletenessInput): Problem[] {
  const p = new Problems();
  const review = p.document(input, 'management-review');
  if (review) checkManagementReview(review, p);
  return p.list;
}

function checkManagementReview(r: ManagementReviewContent, p: Problems): void {
  if (r.date === undefined) p.add(at(BASE, 'date'), 'Falta la fecha de la revisión por la dirección.');
  const attendees = p.nonEmpty(
    at(BASE, 'attendees'),
    r.attendees,
    'Faltan los asistentes a la revisión por la dirección.',
  );
  attendees.forEach((a, i) => {
    p.text(at(BASE, 'attendees', i, 'name'), a.name, 'el nombre del asistente');
    p.text(at(BASE, 'attendees', i, 'role'), a.role, 'el cargo del asistente');
  });
  p.text(
    at(BASE, 'workProgrammeAnalysis'),
    r.workProgrammeAnalysis,
    'el análisis de los resultados del programa de trabajo',
  );
  p.text(
    at(BASE, 'commitmentsAnalysis'),
    r.commitmentsAnalysis,
    'el análisis del cumplimiento de los compromisos del programa de seguimiento',
  );
  for (const { key, question } of DECISIONS) {
    const here = at(BASE, 'decisions', key);
    const decision = r.decisions?.[key];
    if (decision?.required === undefined) p.add(at(here, 'required'), `Falta la decisión «${question}».`);
    p.text(at(here, 'reason'), decision?.reason, `el fundamento de la decisión «${question}»`);
  }
}
