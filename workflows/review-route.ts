import type { StageId } from './context';
import type { ReviewDecisions } from './events';

export type ReviewRoute = Extract<StageId, 'diagnostic' | 'planning' | 'evaluation' | 'dissemination'>;

// The guide's flowchart asks the three questions in this order; the first "yes" wins, because
// re-entering an earlier stage runs every later one again anyway.
export function reviewRoute(decisions: ReviewDecisions): ReviewRoute {
  if (decisions.modifyDiagnostic) return 'diagnostic';
  if (decisions.modifyPlan) return 'planning';
  if (decisions.modifyFollowUpProgramme) return 'evaluation';
  return 'dissemination';
}

export const REVIEW_ROUTES: readonly ReviewRoute[] = ['diagnostic', 'planning', 'evaluation', 'dissemination'];
