// A stage alone in a machine, for unit and path tests: the stage plus a final stub for each
// state it can leave to, named as in the cycle so tests read the same.
import type { StageId } from '../context';
import { contextFromInput, cycleSetup, type CycleStateConfig } from '../cycle.setup';

export type StageExit = StageId | 'closed';

export function standaloneStageMachine(
  stage: StageId,
  config: (machineId: string) => CycleStateConfig,
  exits: readonly StageExit[],
) {
  const id = `stage-${stage}`;
  const stubs: Record<string, CycleStateConfig> = {};
  for (const exit of exits) stubs[exit] = { type: 'final' };
  return cycleSetup.createMachine({
    id,
    initial: stage,
    context: contextFromInput,
    states: { [stage]: config(id), ...stubs },
  });
}
