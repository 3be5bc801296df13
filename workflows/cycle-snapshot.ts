// Moving between the stored form { machineId, machineVersion, snapshot } and a live snapshot,
// with xstate's pure functions only.
import { getNextTransitions, type SnapshotFrom, type StateValue } from 'xstate';
import type { CycleContext } from './context';
import type { CycleMachine } from './cycle.machine';
import { WorkflowError } from './errors';
import { CYCLE_EVENT_TYPES, type CycleEventType } from './events';

export interface PersistedCycle {
  machineId: string;
  machineVersion: number;
  snapshot: unknown; // JSON from getPersistedSnapshot
}

export type CycleSnapshot = SnapshotFrom<CycleMachine>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function restoreSnapshot(machine: CycleMachine, stored: unknown): CycleSnapshot {
  if (!isObject(stored) || !isObject(stored.context) || (typeof stored.value !== 'string' && !isObject(stored.value))) {
    throw new WorkflowError('INVALID_SNAPSHOT', 'Stored snapshot has no value or context');
  }
  try {
    // resolveState recomputes tags and status from the value: nothing else is trusted.
    return machine.resolveState({
      value: stored.value as StateValue,
      context: stored.context as unknown as CycleContext,
    });
  } catch (error: unknown) {
    throw new WorkflowError('INVALID_SNAPSHOT', `Stored snapshot does not fit the machine: ${String(error)}`);
  }
}

// A JSON round trip, so what the caller stores is exactly what it gets back.
export function persistSnapshot(machine: CycleMachine, snapshot: CycleSnapshot): unknown {
  return JSON.parse(JSON.stringify(machine.getPersistedSnapshot(snapshot))) as unknown;
}

// 'diagnostic.submitted'; the cycle has no parallel states, so the value is one path.
export function statePath(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key, inner] = Object.entries(value)[0] ?? [];
  if (key === undefined) return '';
  return inner === undefined ? key : `${key}.${statePath(inner)}`;
}

// Event types the current state has a transition for, whoever sends them.
export function acceptedEvents(snapshot: CycleSnapshot): CycleEventType[] {
  if (snapshot.status !== 'active') return [];
  const transitions: ReadonlyArray<{ eventType: string }> = getNextTransitions(snapshot);
  const types = new Set(transitions.map((t) => t.eventType));
  return CYCLE_EVENT_TYPES.filter((t) => types.has(t));
}
