import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { SecurityEventsService } from '../audit/security-events.service';
import { releaseResponsible } from '../commitments/release-responsible';
import { Principal } from '../auth/principal';
import { conflict, notFound } from '../common/errors/domain.exception';
import { hasPgCode, PG_UNIQUE_VIOLATION } from '../common/errors/postgres-errors';
import { User } from '../users/user.entity';
import { Agency } from './agency.entity';
import { toAgencyView, toMembershipView } from './agency.views';
import { AddMemberDto } from './dto/add-member.dto';
import { CreateAgencyDto } from './dto/create-agency.dto';
import { ExpertAssignment } from './expert-assignment.entity';
import { Membership } from './membership.entity';

const agencyNotFound = () => notFound('AGENCY_NOT_FOUND', 'El servicio indicado no existe');

@Injectable()
export class AgenciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: SecurityEventsService,
  ) {}

  async create(dto: CreateAgencyDto, actorId: string | null) {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const agency = await manager.save(manager.create(Agency, dto));
        await this.events.record(manager, 'agency.created', actorId, agency.id, { code: agency.code });
        return toAgencyView(agency);
      });
    } catch (error) {
      if (hasPgCode(error, PG_UNIQUE_VIOLATION))
        throw conflict('AGENCY_CODE_TAKEN', 'Ya existe un servicio con ese código');
      throw error;
    }
  }

  async listVisible(principal: Principal) {
    const visible = principal.visibleAgencyIds();
    const agencies = await this.dataSource.getRepository(Agency).find({
      where: visible === null ? {} : { id: In(visible) },
      order: { name: 'ASC' },
    });
    return agencies.map(toAgencyView);
  }

  async get(agencyId: string) {
    const agency = await this.dataSource.getRepository(Agency).findOne({ where: { id: agencyId } });
    if (!agency) throw agencyNotFound();
    return toAgencyView(agency);
  }

  async listMembers(agencyId: string) {
    await this.get(agencyId);
    const members = await this.dataSource.getRepository(Membership).find({
      where: { agencyId },
      relations: { user: true },
      order: { role: 'ASC', createdAt: 'ASC' },
    });
    return members.map(toMembershipView);
  }

  async listExperts(agencyId: string) {
    await this.get(agencyId);
    const experts = await this.dataSource
      .getRepository(ExpertAssignment)
      .find({ where: { agencyId }, relations: { user: true } });
    return experts.map((e) => ({
      agencyId,
      userId: e.userId,
      name: e.user?.name,
      email: e.user?.email,
      assignedAt: e.createdAt.toISOString(),
    }));
  }

  async addMember(agencyId: string, dto: AddMemberDto, actorId: string | null) {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.lockAgencyAndUser(manager, agencyId, dto.userId);
        // An expert visas the agency's documents from outside; they cannot also work inside it.
        if (await manager.exists(ExpertAssignment, { where: { agencyId, userId: dto.userId } })) {
          throw conflict(
            'EXPERT_CANNOT_BE_MEMBER',
            'La persona es experta SERNAM asignada a este servicio y no puede ser integrante de él',
          );
        }
        const membership = await manager.save(
          manager.create(Membership, {
            agencyId,
            userId: dto.userId,
            role: dto.role,
            centre: dto.role === 'centre_lead' ? (dto.centre ?? '') : '',
          }),
        );
        await this.events.record(manager, 'membership.added', actorId, dto.userId, {
          agencyId,
          role: dto.role,
          centre: membership.centre,
        });
        return toMembershipView(membership);
      });
    } catch (error) {
      if (hasPgCode(error, PG_UNIQUE_VIOLATION))
        throw conflict('MEMBERSHIP_EXISTS', 'La persona ya tiene ese rol en este servicio');
      throw error;
    }
  }

  async removeMember(agencyId: string, membershipId: string, actorId: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const membership = await manager.findOne(Membership, { where: { id: membershipId, agencyId } });
      if (!membership) throw notFound('MEMBERSHIP_NOT_FOUND', 'La membresía indicada no existe en este servicio');
      await manager.delete(Membership, { id: membershipId });
      const released = await releaseResponsible(manager, agencyId, membership.userId, actorId);
      await this.events.record(manager, 'membership.removed', actorId, membership.userId, {
        agencyId,
        role: membership.role,
        ...(released > 0 ? { commitmentsReleased: released } : {}),
      });
    });
  }

  async assignExpert(agencyId: string, userId: string, actorId: string | null) {
    return this.dataSource.transaction(async (manager) => {
      await this.lockAgencyAndUser(manager, agencyId, userId);
      if (await manager.exists(Membership, { where: { agencyId, userId } })) {
        throw conflict('MEMBER_CANNOT_BE_EXPERT', 'La persona integra este servicio y no puede ser su experta SERNAM');
      }
      if (await manager.exists(ExpertAssignment, { where: { agencyId, userId } })) {
        throw conflict('EXPERT_ALREADY_ASSIGNED', 'La persona ya es experta asignada a este servicio');
      }
      const assignment = await manager.save(manager.create(ExpertAssignment, { agencyId, userId }));
      await this.events.record(manager, 'expert.assigned', actorId, userId, { agencyId });
      return { agencyId, userId, role: 'sernam_expert' as const, assignedAt: assignment.createdAt.toISOString() };
    });
  }

  async unassignExpert(agencyId: string, userId: string, actorId: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(ExpertAssignment, { agencyId, userId });
      if (!result.affected) throw notFound('EXPERT_NOT_ASSIGNED', 'La persona no es experta asignada a este servicio');
      await this.events.record(manager, 'expert.unassigned', actorId, userId, { agencyId });
    });
  }

  // Locking the person serialises concurrent "add as member" and "assign as expert", so that the
  // member-or-expert rule cannot be broken by a race.
  private async lockAgencyAndUser(manager: EntityManager, agencyId: string, userId: string): Promise<void> {
    if (!(await manager.exists(Agency, { where: { id: agencyId } }))) throw agencyNotFound();
    const user = await manager.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw notFound('USER_NOT_FOUND', 'La persona indicada no existe');
  }
}
