// What the service shows and checks, read from tags and context, never from state names.
import type { Approval, Counters, ReviewRecord, StageId, Submission } from './context';
import { STAGE_IDS } from './context';
import type { CycleSnapshot } from './cycle-snapshot';
import { statePath } from './cycle-snapshot';
import type { DocumentKind } from './document-kinds';
import type { Role } from './roles';
import { kindsTagged, rolesAwaited } from './tags';

export interface SubmissionView extends Submission {
  approval: Pick<Approval, 'by'> | null;
}

export interface CycleView {
  year: number;
  // 'closed' once the cycle has ended (Fin).
  stage: StageId | 'closed';
  state: string;
  status: 'open' | 'closed';
  awaiting: Role[];
  editableKinds: DocumentKind[];
  submissionKinds: DocumentKind[];
  submission: SubmissionView | null;
  counters: Counters;
  lastReview: ReviewRecord | null;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function viewOf(snapshot: CycleSnapshot): CycleView {
  const state = statePath(snapshot.value);
  const top = state.split('.')[0];
  const stage = STAGE_IDS.find((s) => s === top) ?? 'closed';
  const { submission, approval } = snapshot.context;
  return {
    year: snapshot.context.year,
    stage,
    state,
    status: snapshot.status === 'done' ? 'closed' : 'open',
    awaiting: rolesAwaited(snapshot.tags),
    editableKinds: kindsTagged(snapshot.tags, 'edit:'),
    submissionKinds: kindsTagged(snapshot.tags, 'submit:'),
    submission:
      submission === null
        ? null
        : { ...clone(submission), approval: approval && approval.seq === submission.seq ? { by: approval.by } : null },
    counters: clone(snapshot.context.counters),
    lastReview: clone(snapshot.context.lastReview),
  };
}
