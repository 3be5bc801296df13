// Machines by id and version. A snapshot runs with the definition it was stored under, so a
// cycle started under version 1 keeps version-1 rules after version 2 is added.
import { CYCLE_MACHINE_ID, CYCLE_MACHINE_VERSION, cycleMachine, type CycleMachine } from './cycle.machine';
import { UnknownMachineError } from './errors';

export interface RegisteredMachine {
  machineId: string;
  machineVersion: number;
  machine: CycleMachine;
}

export interface MachineRegistry {
  get(machineId: string, machineVersion: number): CycleMachine;
  // Where new cycles start.
  latest(machineId: string): RegisteredMachine;
}

export function createMachineRegistry(entries: readonly RegisteredMachine[]): MachineRegistry {
  const find = (id: string, version: number) => entries.find((e) => e.machineId === id && e.machineVersion === version);
  return {
    get(machineId, machineVersion) {
      const entry = find(machineId, machineVersion);
      if (!entry) throw new UnknownMachineError(machineId, machineVersion);
      return entry.machine;
    },
    latest(machineId) {
      const versions = entries.filter((e) => e.machineId === machineId);
      if (versions.length === 0) throw new UnknownMachineError(machineId, Number.NaN);
      return versions.reduce((a, b) => (b.machineVersion > a.machineVersion ? b : a));
    },
  };
}

export const cycleRegistry = createMachineRegistry([
  { machineId: CYCLE_MACHINE_ID, machineVersion: CYCLE_MACHINE_VERSION, machine: cycleMachine },
]);
