import { EntityManager } from 'typeorm';
import { notFound } from '../common/errors/domain.exception';
import { Cycle } from './cycle.entity';

export const cycleNotFound = () => notFound('CYCLE_NOT_FOUND', 'El ciclo indicado no existe');

// Every write to a cycle (transition, document save, register entry) first locks its row, so
// that writes to one cycle happen one at a time and the history is appended in order.
export async function lockCycle(manager: EntityManager, cycleId: string): Promise<Cycle> {
  const cycle = await manager.findOne(Cycle, { where: { id: cycleId }, lock: { mode: 'pessimistic_write' } });
  if (!cycle) throw cycleNotFound();
  return cycle;
}
