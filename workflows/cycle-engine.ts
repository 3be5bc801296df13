// The pure engine the service calls: start a cycle, describe it, decide on an event.
// No I/O, no clock: the service loads the PersistedCycle, calls decide, and stores `next`.
import { initialTransition, transition } from 'xstate';
import { actorHoldsRole, actorIsAuthor, hasComment, holdsRole, isActor, isAuthor } from './checks';
import { CYCLE_MACHINE_ID } from './cycle.machine';
import {
  acceptedEvents,
  persistSnapshot,
  restoreSnapshot,
  type CycleSnapshot,
  type PersistedCycle,
} from './cycle-snapshot';
import { viewOf, type CycleView } from './cycle-view';
import { WorkflowError } from './errors';
import { isGateDecision, requiresComment } from './event-rules';
import type { Actor, CycleEvent, CycleEventType } from './events';
import { cycleRegistry, type MachineRegistry } from './registry';

export type { PersistedCycle } from './cycle-snapshot';
export type { CycleView, SubmissionView } from './cycle-view';
export { CYCLE_EVENT_TYPES } from './events';
export type { Actor, CycleEvent, CycleEventType, FrozenDocument, ReviewDecisions } from './events';

export type DecisionErrorCode =
  'EVENT_NOT_ALLOWED' | 'FORBIDDEN' | 'SELF_APPROVAL' | 'COMMENT_REQUIRED' | 'INVALID_EVENT';

export type Decision =
  | { ok: true; next: PersistedCycle; view: CycleView }
  | { ok: false; code: DecisionErrorCode; allowed: CycleEventType[] };

export interface CycleEngine {
  startCycle: (input: { year: number }) => PersistedCycle;
  describeCycle: (p: PersistedCycle) => CycleView;
  decide: (p: PersistedCycle, event: CycleEvent) => Decision;
  allowedEvents: (p: PersistedCycle, actor: Actor) => CycleEventType[];
}

export function createCycleEngine(registry: MachineRegistry): CycleEngine {
  // Restoring a snapshot is the costly part of every call, and one request describes, decides
  // and lists allowed events on the same stored object: remember what each object restored to.
  // Stored snapshots are never mutated, so an object always restores to the same state.
  const restored = new WeakMap<object, CycleSnapshot>();
  const load = (p: PersistedCycle) => {
    const machine = registry.get(p.machineId, p.machineVersion);
    const key = typeof p.snapshot === 'object' && p.snapshot !== null ? p.snapshot : null;
    const cached = key ? restored.get(key) : undefined;
    if (cached && cached.machine === machine) return { machine, snapshot: cached };
    const snapshot = restoreSnapshot(machine, p.snapshot);
    if (key) restored.set(key, snapshot);
    return { machine, snapshot };
  };

  return {
    startCycle({ year }) {
      if (!Number.isInteger(year)) throw new WorkflowError('INVALID_INPUT', 'year must be an integer');
      const { machineId, machineVersion, machine } = registry.latest(CYCLE_MACHINE_ID);
      const [snapshot] = initialTransition(machine, { year });
      return { machineId, machineVersion, snapshot: persistSnapshot(machine, snapshot) };
    },

    describeCycle(p) {
      return viewOf(load(p).snapshot);
    },

    // Checks in the documented order; the machine's guards have the last word (snapshot.can).
    decide(p, event) {
      const { machine, snapshot } = load(p);
      const allowed = acceptedEvents(snapshot);
      const refuse = (code: DecisionErrorCode): Decision => ({ ok: false, code, allowed });
      if (typeof event !== 'object' || event === null) return refuse('INVALID_EVENT');
      if (!allowed.includes(event.type)) return refuse('EVENT_NOT_ALLOWED');
      if (!isActor(event.actor)) return refuse('INVALID_EVENT');
      if (!actorHoldsRole(event)) return refuse('FORBIDDEN');
      if (isGateDecision(event.type) && actorIsAuthor(snapshot.context, event)) return refuse('SELF_APPROVAL');
      if (requiresComment(event.type) && !hasComment(event)) return refuse('COMMENT_REQUIRED');
      if (!snapshot.can(event)) return refuse('INVALID_EVENT');
      const [nextSnapshot] = transition(machine, snapshot, event);
      const stored = persistSnapshot(machine, nextSnapshot);
      if (typeof stored === 'object' && stored !== null) restored.set(stored, nextSnapshot);
      return {
        ok: true,
        next: { machineId: p.machineId, machineVersion: p.machineVersion, snapshot: stored },
        view: viewOf(nextSnapshot),
      };
    },

    // Role and separation of duties only: a comment or a payload is the sender's to supply.
    allowedEvents(p, actor) {
      const { snapshot } = load(p);
      return acceptedEvents(snapshot).filter(
        (type) => holdsRole(actor, type) && !(isGateDecision(type) && isAuthor(snapshot.context, actor.userId)),
      );
    },
  };
}

const engine = createCycleEngine(cycleRegistry);
export const startCycle = engine.startCycle;
export const describeCycle = engine.describeCycle;
export const decide = engine.decide;
export const allowedEvents = engine.allowedEvents;
