import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Membership } from '../agencies/membership.entity';
import { AgencyScopeRegistry } from '../auth/policy/agency-scope.registry';
import { Principal } from '../auth/principal';
import { Clock } from '../common/clock';
import { conflict, notFound, unprocessable } from '../common/errors/domain.exception';
import { cycleNotFound, lockCycle } from '../cycles/cycle-lock';
import { Cycle } from '../cycles/cycle.entity';
import { DocumentsService } from '../documents/documents.service';
import { CycleDocument } from '../documents/store/cycle-document.entity';
import { ReminderScheduler } from '../reminders/reminder-scheduler.service';
import { CommitmentChange, FieldChanges } from './commitment-change.entity';
import { planSync } from './commitment-sync';
import { Commitment } from './commitment.entity';
import { toChangeView, toCommitmentView } from './commitment.view';
import { UpdateCommitmentDto } from './dto/update-commitment.dto';

const commitmentNotFound = () => notFound('COMMITMENT_NOT_FOUND', 'El compromiso indicado no existe');
const EDITABLE = ['status', 'evidence', 'justification', 'responsibleUserId'] as const;

// The follow-up of the commitments of a cycle's follow-up programme in force.
@Injectable()
export class CommitmentsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly reminders: ReminderScheduler,
    private readonly clock: Clock,
    private readonly scopes: AgencyScopeRegistry,
  ) {}

  onModuleInit(): void {
    this.scopes.register(
      'commitmentId',
      async (id) => {
        const rows = await this.dataSource.query<{ agency_id: string }[]>(
          'SELECT c.agency_id FROM commitments k JOIN cycles c ON c.id = k.cycle_id WHERE k.id = $1',
          [id],
        );
        return rows[0]?.agency_id ?? null;
      },
      { immutable: true },
    );
  }

  async list(cycleId: string) {
    if (!(await this.dataSource.manager.existsBy(Cycle, { id: cycleId }))) throw cycleNotFound();
    await this.sync(cycleId);
    const commitments = await this.dataSource
      .getRepository(Commitment)
      .find({ where: { cycleId }, order: { deadline: 'ASC', itemId: 'ASC' } });
    const now = this.clock.now();
    const items = commitments.map((c) => toCommitmentView(c, now));
    return { total: items.length, overdue: items.filter((c) => c.overdue).length, items };
  }

  async history(commitmentId: string) {
    const changes = await this.dataSource
      .getRepository(CommitmentChange)
      .find({ where: { commitmentId }, order: { revision: 'ASC' } });
    return changes.map(toChangeView);
  }

  // Copies the programme in force (visa granted) into the tracker, when a newer version is in
  // force than the one copied last; returns whether anything changed.
  async sync(cycleId: string): Promise<boolean> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const programme = await manager.findOneBy(CycleDocument, { cycleId, kind: 'follow-up-programme' });
      if (!programme || programme.status !== 'visa-granted') return false;
      const copied = await manager
        .createQueryBuilder(Commitment, 'k')
        .select('MAX(k.source_version)', 'version')
        .where('k.cycle_id = :cycleId', { cycleId })
        .getRawOne<{ version: number | null }>();
      if (copied?.version === programme.currentVersion) return false;
      await lockCycle(manager, cycleId);
      return this.copyProgramme(manager, cycleId, programme.currentVersion);
    });
    if (changed) await this.reminders.scheduleCommitments(cycleId);
    return changed;
  }

  async update(commitmentId: string, dto: UpdateCommitmentDto, principal: Principal) {
    const updated = await this.dataSource.transaction(async (manager) => {
      const commitment = await manager.findOne(Commitment, {
        where: { id: commitmentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!commitment) throw commitmentNotFound();
      if (dto.revision !== commitment.revision) {
        throw conflict('STALE_REVISION', 'El compromiso cambió desde que lo abrió; recargue y vuelva a intentarlo', {
          currentRevision: commitment.revision,
        });
      }
      if (!commitment.inProgramme) {
        throw conflict('COMMITMENT_WITHDRAWN', 'El compromiso ya no forma parte del Programa de Seguimiento vigente');
      }
      const next = { ...commitment };
      for (const field of EDITABLE) if (dto[field] !== undefined) Object.assign(next, { [field]: dto[field] });
      if (next.status === 'not-met' && !next.justification) {
        throw unprocessable('JUSTIFICATION_REQUIRED', 'Un compromiso no cumplido requiere una justificación', {
          problems: [{ path: 'justification', message: 'Explique por qué no se cumplió el compromiso.' }],
        });
      }
      if (next.responsibleUserId && next.responsibleUserId !== commitment.responsibleUserId) {
        await this.requireMember(manager, commitment.cycleId, next.responsibleUserId);
      }
      const changes: FieldChanges = {};
      for (const field of EDITABLE) {
        if (next[field] !== commitment[field]) changes[field] = { from: commitment[field], to: next[field] };
      }
      if (Object.keys(changes).length === 0) return commitment;
      Object.assign(commitment, next, { revision: commitment.revision + 1 });
      await manager.save(commitment);
      await manager.save(CommitmentChange, {
        commitmentId,
        revision: commitment.revision,
        actorId: principal.userId,
        actorName: principal.name,
        source: 'person',
        changes,
      });
      return commitment;
    });
    return toCommitmentView(updated, this.clock.now());
  }

  private async requireMember(manager: EntityManager, cycleId: string, userId: string): Promise<void> {
    const member = await manager
      .createQueryBuilder(Membership, 'm')
      .innerJoin(Cycle, 'c', 'c.agency_id = m.agency_id')
      .where('c.id = :cycleId AND m.user_id = :userId', { cycleId, userId })
      .getExists();
    if (!member) {
      throw unprocessable('RESPONSIBLE_NOT_MEMBER', 'La persona responsable debe pertenecer al servicio', {
        problems: [{ path: 'responsibleUserId', message: 'No es integrante de este servicio.' }],
      });
    }
  }

  private async copyProgramme(manager: EntityManager, cycleId: string, version: number): Promise<boolean> {
    const contents = await this.documents.currentContents(manager, cycleId);
    const tracked = await manager.findBy(Commitment, { cycleId });
    const plan = planSync(tracked, contents['follow-up-programme']?.commitments ?? []);
    for (const created of plan.create) {
      const row = await manager.save(
        manager.create(Commitment, { cycleId, ...created, sourceVersion: version, status: 'pending', revision: 0 }),
      );
      await this.recordProgrammeChange(manager, row.id, 0, { created: { from: null, to: created.itemId } });
    }
    for (const { itemId, fields, changes } of plan.update) {
      const row = tracked.find((t) => t.itemId === itemId);
      if (!row) continue;
      Object.assign(row, fields, { revision: row.revision + 1 });
      await manager.save(row);
      await this.recordProgrammeChange(manager, row.id, row.revision, changes);
    }
    await manager.update(Commitment, { cycleId }, { sourceVersion: version });
    return plan.create.length > 0 || plan.update.length > 0;
  }

  private recordProgrammeChange(manager: EntityManager, commitmentId: string, revision: number, changes: FieldChanges) {
    return manager.save(CommitmentChange, {
      commitmentId,
      revision,
      actorId: null,
      actorName: null,
      source: 'programme',
      changes,
    });
  }
}
