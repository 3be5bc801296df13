import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ChainFields, ChainVerification, entryHash, GENESIS_HASH, verifyChain } from './audit-chain';
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
];

function chainFieldsOf(row: CycleEvent): ChainFields {
  return Object.fromEntries(FIELDS.map((field) => [field, row[field]])) as unknown as ChainFields;
}

@Injectable()
export class HistoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // Callers hold the cycle row lock, so entries of one cycle are appended one at a time.
  async append(manager: EntityManager, cycleId: string, entry: NewHistoryEntry, at = new Date()): Promise<CycleEvent> {
    const last = await manager.findOne(CycleEvent, { where: { cycleId }, order: { seq: 'DESC' } });
    const fields: ChainFields = { ...entry, cycleId, seq: (last?.seq ?? 0) + 1, at: at.toISOString() };
    const prevHash = last?.hash ?? GENESIS_HASH;
    return manager.save(manager.create(CycleEvent, { ...fields, prevHash, hash: entryHash(fields, prevHash) }));
  }

  list(cycleId: string, manager: EntityManager = this.dataSource.manager): Promise<CycleEvent[]> {
    return manager.find(CycleEvent, { where: { cycleId }, order: { seq: 'ASC' } });
  }

  async verify(cycleId: string): Promise<ChainVerification> {
    const rows = await this.list(cycleId);
    return verifyChain(rows.map((row) => ({ ...chainFieldsOf(row), prevHash: row.prevHash, hash: row.hash })));
  }
}
