import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { describeCycle } from '../../workflows/cycle-engine';
import { documentKindLabel } from '../../workflows/labels';
import type { Role } from '../../workflows/roles';
import { AgencyScopeRegistry } from '../auth/policy/agency-scope.registry';
import { Principal } from '../auth/principal';
import { badRequest, conflict, notFound } from '../common/errors/domain.exception';
import { cycleNotFound, lockCycle } from '../cycles/cycle-lock';
import { Cycle } from '../cycles/cycle.entity';
import { persistedOf } from '../cycles/persisted-cycle';
import { CycleDocument } from '../documents/store/cycle-document.entity';
import { HistoryService } from '../history/history.service';
import { DocumentObservation } from './document-observation.entity';
import { AnswerObservationDto } from './dto/answer-observation.dto';
import { answerStatus } from './observation-rules';
import { observationsOfCycle } from './observation-store';
import { ObservationView, toObservationView } from './observation.view';

const observationNotFound = () => notFound('OBSERVATION_NOT_FOUND', 'La observación indicada no existe');

// Observations on items of the documents: who reads them, and the authors' answers.
@Injectable()
export class ObservationsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly history: HistoryService,
    private readonly scopes: AgencyScopeRegistry,
  ) {}

  onModuleInit(): void {
    this.scopes.register(
      'observationId',
      async (id) => {
        const rows = await this.dataSource.query<{ agency_id: string }[]>(
          'SELECT c.agency_id FROM document_observations o JOIN cycles c ON c.id = o.cycle_id WHERE o.id = $1',
          [id],
        );
        return rows[0]?.agency_id ?? null;
      },
      { immutable: true },
    );
  }

  async list(cycleId: string): Promise<{ total: number; items: ObservationView[] }> {
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(Cycle, { id: cycleId }))) throw cycleNotFound();
    const items = (await observationsOfCycle(manager, cycleId)).map(toObservationView);
    return { total: items.length, items };
  }

  // One transaction: lock the cycle, check the document is a draft again, record the answer
  // and its history entry.
  async answer(
    observationId: string,
    dto: AnswerObservationDto,
    principal: Principal,
    roles: readonly Role[],
  ): Promise<ObservationView> {
    const answer = dto.answer ? dto.answer : null;
    if (!dto.addressed && answer === null) {
      throw badRequest('ANSWER_REQUIRED', 'Escriba una respuesta o marque la observación como atendida');
    }
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(DocumentObservation, {
        where: { id: observationId },
        select: { id: true, cycleId: true },
      });
      if (!found) throw observationNotFound();
      const cycle = await lockCycle(manager, found.cycleId);
      const observation = await manager.findOneOrFail(DocumentObservation, { where: { id: observationId } });
      const kind = observation.documentKind;
      if (observation.addressedInVersion !== null) {
        throw conflict(
          'OBSERVATION_CLOSED',
          `La observación ya fue atendida en la versión ${observation.addressedInVersion} del documento`,
          { addressedInVersion: observation.addressedInVersion },
        );
      }
      if (!describeCycle(persistedOf(cycle)).editableKinds.includes(kind)) {
        throw conflict(
          'NOT_EDITABLE',
          `Las observaciones se responden mientras «${documentKindLabel(kind)}» está en borrador`,
          { state: cycle.state },
        );
      }
      const document = await manager.findOneOrFail(CycleDocument, { where: { cycleId: cycle.id, kind } });
      const status = answerStatus(dto.addressed);
      const answeredAt = new Date();
      await manager.update(
        DocumentObservation,
        { id: observation.id },
        { status, answer, answeredById: principal.userId, answeredByName: principal.name, answeredAt },
      );
      await this.history.appendWork(
        manager,
        cycle,
        'OBSERVATION_ANSWERED',
        { principal, roles },
        [{ kind, version: document.currentVersion, sha256: document.currentSha256 ?? '', documentId: document.id }],
        answer,
        [{ id: observation.id, status }],
      );
      return toObservationView(
        Object.assign(observation, {
          status,
          answer,
          answeredById: principal.userId,
          answeredByName: principal.name,
          answeredAt,
        }),
      );
    });
  }
}
