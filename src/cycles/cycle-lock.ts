import { EntityManager } from 'typeorm';
import type { Role } from '../../workflows/roles';
import { notFound } from '../common/errors/domain.exception';
import { Cycle } from './cycle.entity';

export const cycleNotFound = () => notFound('CYCLE_NOT_FOUND', 'El ciclo indicado no existe');

interface CycleRow {
  id: string;
  agency_id: string;
  year: number;
  previous_cycle_id: string | null;
  machine_id: string;
  machine_version: number;
  snapshot: unknown;
  stage: string;
  state: string;
  status: 'open' | 'closed';
  awaiting: Role[];
  revision: number;
  history_seq: number;
  history_hash: string;
  state_entered_at: Date;
  created_at: Date;
  updated_at: Date;
}

// Every write to a cycle (transition, document save, register entry) first locks its row, so
// that writes to one cycle happen one at a time and the history is appended in order. Plain SQL:
// this runs on every write, and the query builder's cost showed in the transition benchmark.
export async function lockCycle(manager: EntityManager, cycleId: string): Promise<Cycle> {
  const [row] = await manager.query<CycleRow[]>('SELECT * FROM cycles WHERE id = $1 FOR UPDATE', [cycleId]);
  if (!row) throw cycleNotFound();
  return manager.create(Cycle, {
    id: row.id,
    agencyId: row.agency_id,
    year: row.year,
    previousCycleId: row.previous_cycle_id,
    machineId: row.machine_id,
    machineVersion: row.machine_version,
    snapshot: row.snapshot,
    stage: row.stage,
    state: row.state,
    status: row.status,
    awaiting: row.awaiting,
    revision: row.revision,
    historySeq: row.history_seq,
    historyHash: row.history_hash,
    stateEnteredAt: row.state_entered_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
