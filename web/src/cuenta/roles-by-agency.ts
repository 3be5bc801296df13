import { roleLabel } from '@procedure/labels';
import { ROLES, type Role } from '@procedure/roles';
import type { Agency, Me } from '../api/types';

export interface AgencyRoles {
  agencyId: string;
  agencyName: string;
  roles: { role: Role; label: string; centre: string | null }[];
}

/**
 * A person's roles grouped by agency, agencies by name: memberships (a centre lead's with the
 * centre) and the agencies they visa as a SERNAM expert.
 */
export function rolesByAgency(
  me: Pick<Me, 'memberships' | 'expertAgencyIds'>,
  agencies: readonly Agency[],
): AgencyRoles[] {
  const names = new Map(agencies.map((a) => [a.id, a.name]));
  const groups = new Map<string, AgencyRoles>();
  const groupOf = (agencyId: string) => {
    let group = groups.get(agencyId);
    if (!group) {
      group = { agencyId, agencyName: names.get(agencyId) ?? 'Servicio sin nombre disponible', roles: [] };
      groups.set(agencyId, group);
    }
    return group;
  };
  for (const m of me.memberships)
    groupOf(m.agencyId).roles.push({ role: m.role, label: roleLabel(m.role), centre: m.centre });
  for (const agencyId of me.expertAgencyIds)
    groupOf(agencyId).roles.push({ role: 'sernam_expert', label: roleLabel('sernam_expert'), centre: null });
  // Within an agency, in the procedure's order of roles.
  for (const group of groups.values()) group.roles.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
  return [...groups.values()].sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'es'));
}
