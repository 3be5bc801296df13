import { isOverdue } from './commitment-status';
import type { CommitmentChange } from './commitment-change.entity';
import type { Commitment } from './commitment.entity';

export function toCommitmentView(commitment: Commitment, now: Date) {
  return {
    id: commitment.id,
    cycleId: commitment.cycleId,
    itemId: commitment.itemId,
    description: commitment.description,
    deadline: commitment.deadline,
    responsible: commitment.responsible,
    responsibleUserId: commitment.responsibleUserId,
    status: commitment.status,
    evidence: commitment.evidence,
    justification: commitment.justification,
    inProgramme: commitment.inProgramme,
    overdue: commitment.inProgramme && isOverdue(commitment, now),
    revision: commitment.revision,
    updatedAt: commitment.updatedAt.toISOString(),
  };
}

export const toChangeView = (change: CommitmentChange) => ({
  revision: change.revision,
  source: change.source,
  actorId: change.actorId,
  actorName: change.actorName,
  changes: change.changes,
  at: change.at.toISOString(),
});
