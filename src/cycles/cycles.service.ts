import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { allowedEvents, CycleView, describeCycle, PersistedCycle, startCycle } from '../../workflows/cycle-engine';
import type { Role } from '../../workflows/roles';
import { Agency } from '../agencies/agency.entity';
import { AgencyScopeRegistry } from '../auth/policy/agency-scope.registry';
import { Principal } from '../auth/principal';
import { conflict, notFound } from '../common/errors/domain.exception';
import { hasPgCode, PG_UNIQUE_VIOLATION } from '../common/errors/postgres-errors';
import { DocumentsService } from '../documents/documents.service';
import { HistoryService } from '../history/history.service';
import { cycleNotFound } from './cycle-lock';
import { Cycle } from './cycle.entity';
import { CycleResponse, toCycleResponse } from './cycle.view';
import { persistedOf } from './persisted-cycle';

const cycleExists = () => conflict('CYCLE_EXISTS', 'Este servicio ya tiene un ciclo para ese año');

@Injectable()
export class CyclesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly history: HistoryService,
    private readonly scopes: AgencyScopeRegistry,
  ) {}

  onModuleInit(): void {
    // Routes under /cycles/:cycleId are authorised in the cycle's agency.
    this.scopes.register(
      'cycleId',
      async (id) =>
        (await this.dataSource.getRepository(Cycle).findOne({ where: { id }, select: { agencyId: true } }))?.agencyId ??
        null,
      { immutable: true },
    );
  }

  async create(agencyId: string, year: number, principal: Principal, roles: Role[]): Promise<CycleResponse> {
    try {
      const cycleId = await this.dataSource.transaction(async (manager) => {
        // The guard takes an agency id as it comes; only the administration reaches here with one
        // that names no agency (which the insert would refuse with a foreign-key violation: a 500).
        if (!(await manager.existsBy(Agency, { id: agencyId })))
          throw notFound('AGENCY_NOT_FOUND', 'El servicio indicado no existe');
        const previous = await manager.findOne(Cycle, { where: { agencyId, year: year - 1 }, select: { id: true } });
        const persisted = startCycle({ year });
        const view = describeCycle(persisted);
        const cycle = await manager.save(
          manager.create(Cycle, {
            agencyId,
            year,
            previousCycleId: previous?.id ?? null,
            machineId: persisted.machineId,
            machineVersion: persisted.machineVersion,
            snapshot: persisted.snapshot,
            stage: view.stage,
            state: view.state,
            status: view.status,
            awaiting: view.awaiting,
            revision: 0,
          }),
        );
        await this.documents.createSingletons(manager, cycle.id);
        await this.history.append(manager, cycle, {
          type: 'CYCLE_CREATED',
          actorId: principal.userId,
          actorName: principal.name,
          actorRoles: roles,
          stateBefore: null,
          stateAfter: view.state,
          comment: null,
          documents: [],
        });
        return cycle.id;
      });
      return await this.get(cycleId, principal, roles);
    } catch (error) {
      if (hasPgCode(error, PG_UNIQUE_VIOLATION, 'uq_cycles_agency_year')) throw cycleExists();
      throw error;
    }
  }

  async list(agencyId: string) {
    const cycles = await this.dataSource.getRepository(Cycle).find({ where: { agencyId }, order: { year: 'DESC' } });
    return cycles.map((c) => ({
      id: c.id,
      agencyId: c.agencyId,
      year: c.year,
      stage: c.stage,
      state: c.state,
      status: c.status,
      revision: c.revision,
      awaiting: c.awaiting,
      stateEnteredAt: c.stateEnteredAt.toISOString(),
    }));
  }

  async get(
    cycleId: string,
    principal: Principal,
    roles: Role[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CycleResponse> {
    const cycle = await manager.findOne(Cycle, { where: { id: cycleId } });
    if (!cycle) throw cycleNotFound();
    return this.respond(manager, cycle, principal, roles);
  }

  // `known` spares restoring the machine again when the caller has just computed it.
  async respond(
    manager: EntityManager,
    cycle: Cycle,
    principal: Principal,
    roles: Role[],
    known?: { view: CycleView; persisted: PersistedCycle },
  ): Promise<CycleResponse> {
    const persisted = known?.persisted ?? persistedOf(cycle);
    const { documents, registers } = await this.documents.overview(manager, cycle.id);
    return toCycleResponse(
      cycle,
      known?.view ?? describeCycle(persisted),
      documents,
      registers,
      allowedEvents(persisted, { userId: principal.userId, roles }),
    );
  }
}
