import type { DocumentKind } from '../../../workflows/document-kinds';
import { checkDiagnosticSubmission } from './diagnostic.completeness';
import { checkDisseminationSubmission } from './dissemination.completeness';
import { checkEvaluationSubmission } from './evaluation.completeness';
import { checkManagementReviewSubmission } from './management-review.completeness';
import { checkPlanningSubmission } from './planning.completeness';
import { DOCUMENT_LABELS, type CompletenessInput, type Problem } from './problem';
import { checkActivityRecordSubmission, checkProgressReportSubmission } from './records.completeness';
import { checkStandardisationSubmission } from './standardisation.completeness';
import { checkStrategicDefinitionsSubmission } from './strategic-definitions.completeness';

export interface Submission {
  kinds: readonly DocumentKind[];
  check: (input: CompletenessInput) => Problem[];
}

// What is submitted (or recorded) together, and the check that must pass first.
export const SUBMISSIONS: readonly Submission[] = [
  { kinds: ['strategic-definitions'], check: checkStrategicDefinitionsSubmission },
  { kinds: ['diagnostic'], check: checkDiagnosticSubmission },
  { kinds: ['plan', 'work-programme'], check: checkPlanningSubmission },
  { kinds: ['evaluation', 'follow-up-programme'], check: checkEvaluationSubmission },
  { kinds: ['management-review'], check: checkManagementReviewSubmission },
  { kinds: ['dissemination'], check: checkDisseminationSubmission },
  { kinds: ['standardisation'], check: checkStandardisationSubmission },
  { kinds: ['activity-record'], check: checkActivityRecordSubmission },
  { kinds: ['progress-report'], check: checkProgressReportSubmission },
];

export function findSubmission(kinds: readonly DocumentKind[]): Submission | undefined {
  const wanted = new Set(kinds);
  return SUBMISSIONS.find((s) => s.kinds.length === wanted.size && s.kinds.every((k) => wanted.has(k)));
}

// An unknown combination is reported, not thrown: it must block the SUBMIT either way.
export function checkCompleteness(input: CompletenessInput): Problem[] {
  const submission = findSubmission(input.kinds);
  if (!submission) {
    const names = input.kinds.map((k) => `«${DOCUMENT_LABELS[k] ?? String(k)}»`).join(', ');
    return [{ path: '', message: `Ninguna etapa presenta juntos estos documentos: ${names || '(ninguno)'}.` }];
  }
  return submission.check(input);
}
