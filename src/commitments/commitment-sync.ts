import type { FollowUpCommitment } from '../documents/content/follow-up-programme.content';
import type { FieldChanges } from './commitment-change.entity';

// What a new version of the follow-up programme changes in the tracked commitments: new ones
// appear, copied fields follow the programme, and those it no longer lists are withdrawn.
// The agency's own follow-up (status, evidence, justification) is never overwritten.

export interface TrackedCommitment {
  itemId: string;
  description: string;
  deadline: string | null;
  responsible: string;
  inProgramme: boolean;
}

export type CopiedFields = Omit<TrackedCommitment, 'itemId'>;

export interface SyncPlan {
  create: TrackedCommitment[];
  update: { itemId: string; fields: CopiedFields; changes: FieldChanges }[];
}

const copiedFrom = (c: FollowUpCommitment): CopiedFields => ({
  description: c.description ?? '',
  deadline: c.deadline ?? null,
  responsible: c.responsible ?? '',
  inProgramme: true,
});

function diff(before: CopiedFields, after: CopiedFields): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of Object.keys(after) as (keyof CopiedFields)[]) {
    if (before[key] !== after[key]) changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}

export function planSync(tracked: readonly TrackedCommitment[], programme: readonly FollowUpCommitment[]): SyncPlan {
  const listed = new Map(programme.map((c) => [c.id, c]));
  const known = new Map(tracked.map((t) => [t.itemId, t]));
  const plan: SyncPlan = { create: [], update: [] };
  for (const commitment of programme) {
    const fields = copiedFrom(commitment);
    const current = known.get(commitment.id);
    if (!current) {
      plan.create.push({ itemId: commitment.id, ...fields });
      continue;
    }
    const changes = diff(current, fields);
    if (Object.keys(changes).length > 0) plan.update.push({ itemId: current.itemId, fields, changes });
  }
  for (const current of tracked) {
    if (listed.has(current.itemId) || !current.inProgramme) continue;
    const { itemId, ...copied } = current;
    const fields = { ...copied, inProgramme: false };
    plan.update.push({ itemId, fields, changes: diff(copied, fields) });
  }
  return plan;
}
