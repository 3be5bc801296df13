import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ChainFields, ChainVerification, entryHash, GENESIS_HASH, verifyChain } from './audit-chain';
import { Cycle } from '../cycles/cycle.entity';
import { CycleEvent } from './cycle-event.entity';

export type NewHistoryEntry = Omit<ChainFields, 'cycleId' | 'seq' | 'at'>;

const FIELDS: (keyof ChainFields)[] = [
  'cycleId',
  'seq',
  'type',
  'actorId',
  'actorName',
  'actorRoles',
  'stateBefore',
  'stateAfter',
  'comment',
  'documents',
  'at',
  'observations',
];

function chainFieldsOf(row: CycleEvent): ChainFields {
  return Object.fromEntries(FIELDS.map((field) => [field, row[field]])) as unknown as ChainFields;
}

@Injectable()
export class HistoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // Callers hold the cycle row lock, so entries of one cycle are appended one at a time. The
  // chain's head lives on the cycle row: `cycle` is advanced here, and its row updated unless the
  // caller updates the row itself in the same transaction (a transition does).
  async append(
    manager: EntityManager,
    cycle: Cycle,
    entry: NewHistoryEntry,
    options: { persistHead: boolean } = { persistHead: true },
  ): Promise<void> {
    const fields: ChainFields = {
      ...entry,
      cycleId: cycle.id,
      seq: cycle.historySeq + 1,
      at: new Date().toISOString(),
    };
    const prevHash = cycle.historySeq === 0 ? GENESIS_HASH : cycle.historyHash;
    const hash = entryHash(fields, prevHash);
    // Plain SQL: every write to a cycle appends here.
    await manager.query(
      `INSERT INTO cycle_events (cycle_id, seq, type, actor_id, actor_name, actor_roles, state_before, state_after,
                                 comment, documents, at, prev_hash, hash, observations)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        fields.cycleId,
        fields.seq,
        fields.type,
        fields.actorId,
        fields.actorName,
        fields.actorRoles,
        fields.stateBefore,
        fields.stateAfter,
        fields.comment,
        JSON.stringify(fields.documents),
        fields.at,
        prevHash,
        hash,
        fields.observations ? JSON.stringify(fields.observations) : null,
      ],
    );
    cycle.historySeq = fields.seq;
    cycle.historyHash = hash;
    if (options.persistHead)
      await manager.update(Cycle, { id: cycle.id }, { historySeq: cycle.historySeq, historyHash: hash });
  }

  /** An entry for work that leaves the cycle's state as it is (a save, a registration, a file). */
  appendWork(
    manager: EntityManager,
    cycle: Cycle,
    type: string,
    actor: { principal: { userId: string; name: string }; roles: readonly string[] },
    documents: ChainFields['documents'],
    comment: string | null = null,
    observations: ChainFields['observations'] = null,
  ): Promise<void> {
    return this.append(manager, cycle, {
      type,
      actorId: actor.principal.userId,
      actorName: actor.principal.name,
      actorRoles: [...actor.roles],
      stateBefore: cycle.state,
      stateAfter: cycle.state,
      comment,
      documents,
      observations,
    });
  }

  list(cycleId: string, manager: EntityManager = this.dataSource.manager): Promise<CycleEvent[]> {
    return manager.find(CycleEvent, { where: { cycleId }, order: { seq: 'ASC' } });
  }

  async verify(cycleId: string): Promise<ChainVerification> {
    const rows = await this.list(cycleId);
    return verifyChain(rows.map((row) => ({ ...chainFieldsOf(row), prevHash: row.prevHash, hash: row.hash })));
  }
}
