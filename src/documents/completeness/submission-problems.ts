import type { DocumentKind } from '../../../workflows/document-kinds';
import type { ContentByKind } from '../content';
import { checkCompleteness } from './check-completeness';
import { DOCUMENT_LABELS, type CycleDocuments, type Problem } from './problem';

// What blocks sending these documents together, as SUBMIT (and a recorded closing document) and
// "Revisar" both ask it: first a document never written, then the completeness checks across the
// cycle. One function, so that the form's check and the refusal of a SUBMIT never disagree.
export function submissionProblems(
  kinds: readonly DocumentKind[],
  documents: CycleDocuments,
  previousFollowUpProgramme: ContentByKind['follow-up-programme'] | null,
): Problem[] {
  if (kinds.length === 0) return [];
  const missing = kinds
    .filter((kind) => documents[kind] === undefined)
    .map((kind) => ({ path: kind, message: `Falta redactar «${DOCUMENT_LABELS[kind]}».` }));
  if (missing.length > 0) return missing;
  return checkCompleteness({ kinds, documents, previousFollowUpProgramme });
}
