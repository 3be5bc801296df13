import { EntityManager } from 'typeorm';
import type { Role } from '../../workflows/roles';

export interface Recipient {
  id: string;
  email: string;
}

// The active people holding any of these roles in the agency (experts: those assigned to it).
export function peopleInRoles(manager: EntityManager, agencyId: string, roles: readonly Role[]): Promise<Recipient[]> {
  const memberRoles = roles.filter((r) => r !== 'sernam_expert' && r !== 'admin');
  return manager.query<Recipient[]>(
    `SELECT u.id, u.email FROM users u
      WHERE u.active AND (
        u.id IN (SELECT m.user_id FROM memberships m WHERE m.agency_id = $1 AND m.role = ANY($2))
        OR ($3 AND u.id IN (SELECT e.user_id FROM expert_assignments e WHERE e.agency_id = $1)))
      ORDER BY u.email`,
    [agencyId, memberRoles, roles.includes('sernam_expert')],
  );
}

/** The active people among these who still hold some role in the agency. */
export function activeMembers(
  manager: EntityManager,
  agencyId: string,
  userIds: readonly string[],
): Promise<Recipient[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return manager.query<Recipient[]>(
    `SELECT u.id, u.email FROM users u
      WHERE u.active AND u.id = ANY($2)
        AND EXISTS (SELECT 1 FROM memberships m WHERE m.agency_id = $1 AND m.user_id = u.id)
      ORDER BY u.email`,
    [agencyId, userIds],
  );
}
