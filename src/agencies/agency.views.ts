import { Agency } from './agency.entity';
import { Membership } from './membership.entity';

export const toAgencyView = (agency: Agency) => ({
  id: agency.id,
  code: agency.code,
  name: agency.name,
  ministry: agency.ministry,
  createdAt: agency.createdAt.toISOString(),
});

export const toMembershipView = (membership: Membership) => ({
  id: membership.id,
  agencyId: membership.agencyId,
  userId: membership.userId,
  role: membership.role,
  centre: membership.centre || null,
  user: membership.user
    ? { id: membership.user.id, name: membership.user.name, email: membership.user.email }
    : undefined,
  createdAt: membership.createdAt.toISOString(),
});
