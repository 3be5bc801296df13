import type { PersistedCycle } from '../../workflows/cycle-engine';
import type { Cycle } from './cycle.entity';

export const persistedOf = (cycle: Cycle): PersistedCycle => ({
  machineId: cycle.machineId,
  machineVersion: cycle.machineVersion,
  snapshot: cycle.snapshot,
});
