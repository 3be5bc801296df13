import { chileDate } from '../common/chile-time';

export const COMMITMENT_STATUSES = ['pending', 'in-progress', 'met', 'not-met'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** A commitment still to be fulfilled; met and not-met are settled. */
export const isOpen = (status: CommitmentStatus): boolean => status === 'pending' || status === 'in-progress';

// Overdue once its deadline day has ended in Chile and it is still open.
export function isOverdue(commitment: { status: CommitmentStatus; deadline: string | null }, now: Date): boolean {
  return isOpen(commitment.status) && commitment.deadline !== null && commitment.deadline < chileDate(now);
}
