import { CYCLE_MACHINE_ID, cycleMachine } from './cycle.machine';
import { createCycleEngine, type CycleEvent, type PersistedCycle } from './cycle-engine';
import { UnknownMachineError, WorkflowError } from './errors';
import { createMachineRegistry, cycleRegistry } from './registry';
import * as f from './testing/fixtures';

// A version 2 that changes one rule: implementation can no longer be finished.
const v2 = cycleMachine.provide({ guards: { canFinishImplementation: () => false } });
const both = createMachineRegistry([
  { machineId: CYCLE_MACHINE_ID, machineVersion: 1, machine: cycleMachine },
  { machineId: CYCLE_MACHINE_ID, machineVersion: 2, machine: v2 },
]);
const engine = createCycleEngine(both);

const pass = (kinds: Parameters<typeof f.submit>[0]): CycleEvent[] => [f.submit(kinds), f.approve(), f.grantVisa()];
function toImplementation(p: PersistedCycle): PersistedCycle {
  return [...pass(['strategic-definitions']), ...pass(['diagnostic']), ...pass(['plan', 'work-programme'])].reduce(
    (cur, e) => {
      const d = engine.decide(cur, e);
      if (!d.ok) throw new Error(d.code);
      return d.next;
    },
    p,
  );
}

describe('machine registry', () => {
  it('finds the cycle machine by id and version', () => {
    expect(cycleRegistry.get('enfoque-cycle', 1)).toBe(cycleMachine);
    expect(cycleRegistry.latest('enfoque-cycle').machineVersion).toBe(1);
  });

  it('throws a typed error for an unknown id or version', () => {
    expect(() => cycleRegistry.get('enfoque-cycle', 2)).toThrow(UnknownMachineError);
    expect(() => cycleRegistry.get('other', 1)).toThrow(UnknownMachineError);
    expect(() => cycleRegistry.latest('other')).toThrow(UnknownMachineError);
    try {
      cycleRegistry.get('enfoque-cycle', 7);
      throw new Error('not thrown');
    } catch (error: unknown) {
      expect(error).toBeInstanceOf(WorkflowError);
      expect(error).toMatchObject({ code: 'UNKNOWN_MACHINE', machineId: 'enfoque-cycle', machineVersion: 7 });
    }
  });

  it('starts new cycles on the latest version', () => {
    expect(engine.startCycle({ year: 2026 }).machineVersion).toBe(2);
  });

  it('keeps running a version-1 snapshot with version-1 rules after version 2 is added', () => {
    const stored: PersistedCycle = { ...toImplementation(engine.startCycle({ year: 2025 })), machineVersion: 1 };
    const v1 = engine.decide(stored, f.finishImplementation());
    expect(v1.ok && [v1.next.machineVersion, v1.view.state]).toEqual([1, 'evaluation.draft']);
    const onV2 = toImplementation(engine.startCycle({ year: 2025 }));
    expect(engine.decide(onV2, f.finishImplementation())).toMatchObject({ ok: false, code: 'INVALID_EVENT' });
  });

  it('refuses to describe a cycle stored under a version it does not know', () => {
    const p = engine.startCycle({ year: 2025 });
    expect(() => engine.describeCycle({ ...p, machineVersion: 3 })).toThrow(UnknownMachineError);
  });
});
