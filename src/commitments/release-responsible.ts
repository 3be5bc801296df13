import { EntityManager } from 'typeorm';
import { CommitmentChange } from './commitment-change.entity';

// A person who no longer holds any role in an agency stops being the responsible person of its
// commitments (whose reminders then go to the agency's gender officers), each change in the
// commitment's trail under the name of whoever removed them. Runs in the removal's transaction.
export async function releaseResponsible(
  manager: EntityManager,
  agencyId: string,
  userId: string,
  actorId: string | null,
): Promise<number> {
  const stillMember = await manager.query<unknown[]>(
    'SELECT 1 FROM memberships WHERE agency_id = $1 AND user_id = $2 LIMIT 1',
    [agencyId, userId],
  );
  if (stillMember.length > 0) return 0;
  const [released] = await manager.query<[{ id: string; revision: number }[], number]>(
    `UPDATE commitments k SET responsible_user_id = NULL, revision = k.revision + 1, updated_at = now()
       FROM cycles c
      WHERE c.id = k.cycle_id AND c.agency_id = $1 AND k.responsible_user_id = $2
      RETURNING k.id, k.revision`,
    [agencyId, userId],
  );
  if (released.length === 0) return 0;
  const actor = actorId
    ? await manager.query<{ name: string }[]>('SELECT name FROM users WHERE id = $1', [actorId])
    : [];
  await manager.save(
    CommitmentChange,
    released.map((k) => ({
      commitmentId: k.id,
      revision: k.revision,
      actorId,
      actorName: actor[0]?.name ?? null,
      source: 'person' as const,
      changes: { responsibleUserId: { from: userId, to: null } },
    })),
  );
  return released.length;
}
