import { AgencyRole, Role } from '../../workflows/roles';

/** The agency a route acts in and the caller's roles there (set by the AccessGuard). */
export interface ScopeInAgency {
  agencyId: string;
  roles: Role[];
}

export interface PrincipalMembership {
  id: string;
  agencyId: string;
  role: AgencyRole;
  centre: string;
}

// The signed-in person as every request sees them, loaded fresh from the database so that a
// removed role or a deactivated account takes effect at once.
export class Principal {
  constructor(
    readonly userId: string,
    readonly email: string,
    readonly name: string,
    readonly isAdmin: boolean,
    readonly memberships: readonly PrincipalMembership[],
    readonly expertAgencyIds: readonly string[],
  ) {}

  rolesIn(agencyId: string): Role[] {
    const roles: Role[] = this.memberships.filter((m) => m.agencyId === agencyId).map((m) => m.role);
    if (this.expertAgencyIds.includes(agencyId)) roles.push('sernam_expert');
    return [...new Set(roles)];
  }

  /** Every role held anywhere, for the login answer and /me. */
  allRoles(): Role[] {
    const roles: Role[] = this.memberships.map((m) => m.role);
    if (this.expertAgencyIds.length > 0) roles.push('sernam_expert');
    if (this.isAdmin) roles.push('admin');
    return [...new Set(roles)];
  }

  /** Agencies this person may see at all; null means every agency (admin). */
  visibleAgencyIds(): string[] | null {
    if (this.isAdmin) return null;
    return [...new Set([...this.memberships.map((m) => m.agencyId), ...this.expertAgencyIds])];
  }
}
