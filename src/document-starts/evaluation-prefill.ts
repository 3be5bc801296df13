import { NAME_MAX } from '../documents/content/decorators';
import type { CommitmentStatus as EvaluationCommitmentStatus } from '../documents/content/evaluation.content';
import type { FollowUpProgrammeContent, PlanContent } from '../documents/content';
import type { CommitmentStatus as TrackedStatus } from '../commitments/commitment-status';

export interface EvaluationPrefillContent {
  objectivesProgress: { objectiveId: string }[];
  measuresProgress: { measureId: string }[];
  indicatorResults: { indicatorCode: string; result?: string }[];
  previousYearFollowUp: { commitmentId: string; status?: EvaluationCommitmentStatus; justification?: string }[];
}

export interface PrefillSources {
  plan: PlanContent | undefined;
  /** One per indicator of the plan, as the indicator results give them (null: no measurement). */
  indicatorResults: { indicatorCode: string; result: string | null; missing: string | null }[];
  /** The previous year's follow-up programme; null when there is no previous cycle or programme. */
  previousProgramme: FollowUpProgrammeContent | null;
  /** The commitments tracker of the previous year, by commitment id. */
  tracked: ReadonlyMap<string, { status: TrackedStatus; justification: string | null }>;
}

// A pending commitment has no result to report yet: the officer says what became of it.
const REPORTED_STATUS: Record<TrackedStatus, EvaluationCommitmentStatus | undefined> = {
  pending: undefined,
  'in-progress': 'in-progress',
  met: 'met',
  'not-met': 'not-met',
};

// What the evaluation can say before anyone writes: one entry per objective and measure of the
// plan, the measured result of each plan indicator, and each of last year's commitments with the
// status the agency tracked. Only references and measured facts; the analyses are the officer's.
export function buildEvaluationPrefill(sources: PrefillSources): {
  content: EvaluationPrefillContent;
  notes: string[];
} {
  const { plan } = sources;
  const notes: string[] = [];
  if (!plan)
    notes.push(
      'El plan de este ciclo aún no tiene una versión guardada: no hay objetivos, medidas ni indicadores que proponer.',
    );
  const objectives = [...(plan?.generalObjective ? [plan.generalObjective] : []), ...(plan?.specificObjectives ?? [])];
  const indicatorResults = sources.indicatorResults.map(({ indicatorCode, result, missing }) => {
    if (missing) notes.push(missing);
    if (result !== null && result.length > NAME_MAX) {
      notes.push(`El resultado del indicador ${indicatorCode} es demasiado largo para proponerlo; escríbalo usted.`);
      return { indicatorCode };
    }
    return result === null ? { indicatorCode } : { indicatorCode, result };
  });
  const commitments = sources.previousProgramme?.commitments ?? [];
  if (sources.previousProgramme === null)
    notes.push('No hay programa de seguimiento del año anterior: su sección queda vacía.');
  return {
    content: {
      objectivesProgress: objectives.map((o) => ({ objectiveId: o.id })),
      measuresProgress: (plan?.measures ?? []).map((m) => ({ measureId: m.id })),
      indicatorResults,
      previousYearFollowUp: commitments.map((c) => {
        const tracked = sources.tracked.get(c.id);
        const status = tracked ? REPORTED_STATUS[tracked.status] : undefined;
        const justification = tracked?.justification?.trim() || undefined;
        return {
          commitmentId: c.id,
          ...(status ? { status } : {}),
          ...(justification ? { justification } : {}),
        };
      }),
    },
    notes,
  };
}
