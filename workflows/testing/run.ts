// Feed events to a stage machine with xstate's pure functions; the snapshot after them.
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { CycleEvent } from '../events';
import type { standaloneStageMachine } from '../stages/standalone';

type StageMachine = ReturnType<typeof standaloneStageMachine>;

export function run(machine: StageMachine, events: CycleEvent[], year = 2025): SnapshotFrom<StageMachine> {
  let [snapshot] = initialTransition(machine, { year });
  for (const event of events) [snapshot] = transition(machine, snapshot, event);
  return snapshot;
}
