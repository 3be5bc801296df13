import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { actorHoldsRole } from './checks';
import { targetIn } from './cycle.setup';
import { gate } from './gate';
import {
  diagnosticMachine,
  evaluationMachine,
  implementationMachine,
  planningMachine,
  standaloneStageMachine,
  strategicDefinitionsMachine,
} from './stages';
import {
  declaredLeaves,
  eventsFor,
  leafOf,
  selfDecisions,
  visasWithoutApproval,
  type CyclePath,
  type PathSnapshot,
} from './testing/paths';

type StageMachine = typeof diagnosticMachine;

// Up to three submissions and two adjustments: enough to return, deny and resubmit, while
// keeping the context (and so the graph) finite.
const bounded = (s: PathSnapshot) => s.context.counters.submissions >= 3 || s.context.counters.adjustments >= 2;

function simplePaths(machine: StageMachine): CyclePath[] {
  return getSimplePaths(machine, { input: { year: 2025 }, events: eventsFor, stopWhen: bounded });
}

function reachedLeaves(machine: StageMachine): Set<string> {
  const paths = getShortestPaths(machine, {
    input: { year: 2025 },
    events: eventsFor,
    serializeState: (s) => JSON.stringify(s.value),
  });
  return new Set(paths.map((p) => leafOf(p.state)));
}

// [stage, machine, where it leaves to, the event that leaves]
const GATED: Array<[string, StageMachine, string, string]> = [
  ['strategicDefinitions', strategicDefinitionsMachine, 'diagnostic', 'GRANT_VISA'],
  ['diagnostic', diagnosticMachine, 'planning', 'GRANT_VISA'],
  ['planning', planningMachine, 'implementation', 'GRANT_VISA'],
  ['implementation (adjustment)', implementationMachine, 'evaluation', 'FINISH_IMPLEMENTATION'],
  ['evaluation', evaluationMachine, 'followUp', 'GRANT_VISA'],
];

describe.each(GATED)('gated stage %s', (_name, machine, exit, exitEvent) => {
  const paths = simplePaths(machine);

  it('reaches every state it declares', () => {
    expect([...reachedLeaves(machine)].sort()).toEqual(declaredLeaves(machine).sort());
  });

  it('has paths to explore, including resubmissions', () => {
    expect(paths.length).toBeGreaterThan(50);
    expect(paths.some((p) => p.state.context.counters.submissions >= 2 && leafOf(p.state) === exit)).toBe(true);
  });

  it('grants no visa without the head approving that same submission', () => {
    expect(paths.flatMap(visasWithoutApproval)).toEqual([]);
  });

  it('lets no author decide on their own submission', () => {
    expect(paths.flatMap(selfDecisions)).toEqual([]);
  });

  it('takes every visa right after an approval, and leaves only by its exit event', () => {
    const exits = paths.filter((p) => leafOf(p.state) === exit);
    expect(exits.length).toBeGreaterThan(0);
    expect(new Set(exits.map((p) => p.steps.at(-1)?.event.type))).toEqual(new Set([exitEvent]));
    for (const p of paths) {
      const types = p.steps.map((s) => s.event.type);
      types.forEach((t, i) => t === 'GRANT_VISA' && expect(types[i - 1]).toBe('APPROVE'));
    }
  });
});

// The checkers above must be able to fail: run them on deliberately broken gates.
describe('path checkers catch broken gates', () => {
  it('finds self-approval when the approve guard forgets separation of duties', () => {
    const weak = diagnosticMachine.provide({ guards: { canApprove: ({ event }) => actorHoldsRole(event) } });
    expect(simplePaths(weak).flatMap(selfDecisions).length).toBeGreaterThan(0);
  });

  it('finds a visa without approval when a gate lets the expert act on a submitted document', () => {
    // The gate with one extra edge: GRANT_VISA straight from submitted.
    const brokenStage = (machineId: string) => {
      const config = gate({ stage: 'diagnostic', kinds: ['diagnostic'], onVisa: targetIn(machineId, 'planning') });
      const submitted = config.states?.submitted;
      return {
        ...config,
        states: {
          ...config.states,
          submitted: {
            ...submitted,
            on: { ...submitted?.on, GRANT_VISA: { target: targetIn(machineId, 'planning') } },
          },
        },
      };
    };
    const broken = standaloneStageMachine('diagnostic', brokenStage, ['planning']);
    expect(simplePaths(broken).flatMap(visasWithoutApproval).length).toBeGreaterThan(0);
  });
});
