import type { CycleView } from '../../workflows/cycle-engine';
import { REGISTER_DOCUMENT_KINDS, SINGLETON_DOCUMENT_KINDS, type DocumentKind } from '../../workflows/document-kinds';
import type { Role } from '../../workflows/roles';
import { MILESTONES, isPending, type CyclePosition, type DeadlineGate, type Milestone } from '../deadlines/gates';
import type { EffectiveDeadline } from '../deadlines/effective-deadlines';
import { canWrite, writersOf } from '../documents/document-writers';

const KIND_ORDER: readonly DocumentKind[] = [...SINGLETON_DOCUMENT_KINDS, ...REGISTER_DOCUMENT_KINDS];

// Everyone who writes some document: they may have drafts to write that no event of theirs ends.
export const WRITER_ROLES: readonly Role[] = [...new Set(KIND_ORDER.flatMap((kind) => writersOf(kind)))];

// The documents an inbox item is about: what may be written or must be submitted now, or, while
// a submission waits for the head or SERNAM, the documents it froze.
export function kindsConcerned(view: Pick<CycleView, 'editableKinds' | 'submissionKinds' | 'submission'>): {
  kinds: DocumentKind[];
  editable: DocumentKind[];
} {
  const open = new Set<DocumentKind>([...view.editableKinds, ...view.submissionKinds]);
  const kinds = open.size > 0 ? open : new Set((view.submission?.kinds ?? []).map((k) => k.kind));
  return {
    kinds: KIND_ORDER.filter((kind) => kinds.has(kind)),
    editable: [...view.editableKinds],
  };
}

export const writableBy = (editable: readonly DocumentKind[], roles: readonly Role[]): DocumentKind[] =>
  editable.filter((kind) => canWrite(kind, roles));

// The due date of the next milestone of the cycle's own gate still to pass (submission, then
// approval, then visa) that has a date, or null: stages without a gate, an adjustment (its dates
// are the planning gate's, already passed) and undated milestones have none.
export function nextDeadline(
  cycle: CyclePosition,
  deadlines: readonly EffectiveDeadline[],
): { gate: DeadlineGate; dueDate: string } | null {
  const byMilestone = new Map<Milestone, EffectiveDeadline>();
  for (const d of deadlines) {
    const [stage, milestone] = d.gate.split('.') as [string, Milestone];
    if (stage === cycle.stage && isPending(d.gate, cycle)) byMilestone.set(milestone, d);
  }
  for (const milestone of MILESTONES) {
    const d = byMilestone.get(milestone);
    if (d) return { gate: d.gate, dueDate: d.dueDate };
  }
  return null;
}
