import { pathToStateValue } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { initialContext } from './context';
import { CYCLE_MACHINE_ID, CYCLE_MACHINE_VERSION, cycleMachine } from './cycle.machine';
import { declaredLeaves, eventsFor, leafOf } from './testing/paths';

// The contract with the service: what each state means, by tags alone.
const TAGS: Record<string, string[]> = {
  'strategicDefinitions.draft': [
    'gate:draft',
    'await:gender_officer',
    'edit:strategic-definitions',
    'submit:strategic-definitions',
  ],
  'strategicDefinitions.submitted': ['gate:submitted', 'await:agency_head'],
  'strategicDefinitions.approved': ['gate:approved', 'await:sernam_expert'],
  'diagnostic.draft': ['gate:draft', 'await:gender_officer', 'edit:diagnostic', 'submit:diagnostic'],
  'diagnostic.submitted': ['gate:submitted', 'await:agency_head'],
  'diagnostic.approved': ['gate:approved', 'await:sernam_expert'],
  'planning.draft': [
    'gate:draft',
    'await:gender_officer',
    'edit:plan',
    'edit:work-programme',
    'submit:plan',
    'submit:work-programme',
  ],
  'planning.submitted': ['gate:submitted', 'await:agency_head'],
  'planning.approved': ['gate:approved', 'await:sernam_expert'],
  'implementation.inProgress': ['await:gender_officer', 'edit:activity-record', 'edit:progress-report'],
  'implementation.adjustment.draft': [
    'gate:draft',
    'await:gender_officer',
    'edit:plan',
    'edit:work-programme',
    'submit:plan',
    'submit:work-programme',
  ],
  'implementation.adjustment.submitted': ['gate:submitted', 'await:agency_head'],
  'implementation.adjustment.approved': ['gate:approved', 'await:sernam_expert'],
  'evaluation.draft': [
    'gate:draft',
    'await:gender_officer',
    'edit:evaluation',
    'edit:follow-up-programme',
    'submit:evaluation',
    'submit:follow-up-programme',
  ],
  'evaluation.submitted': ['gate:submitted', 'await:agency_head'],
  'evaluation.approved': ['gate:approved', 'await:sernam_expert'],
  'followUp.inProgress': ['await:agency_head', 'edit:management-review'],
  'dissemination.pending': ['await:gender_officer', 'edit:dissemination'],
  'standardisation.pending': ['await:gender_officer', 'edit:standardisation'],
  closed: [],
};

describe('cycle machine', () => {
  it('is enfoque-cycle version 1', () => {
    expect(cycleMachine.id).toBe('enfoque-cycle');
    expect([CYCLE_MACHINE_ID, CYCLE_MACHINE_VERSION]).toEqual(['enfoque-cycle', 1]);
  });

  it('declares exactly the documented states', () => {
    expect(declaredLeaves(cycleMachine).sort()).toEqual(Object.keys(TAGS).sort());
  });

  it.each(Object.entries(TAGS))('tags %s', (path, tags) => {
    const snapshot = cycleMachine.resolveState({
      value: pathToStateValue(path.split('.')),
      context: initialContext({ year: 2025 }),
    });
    expect([...snapshot.tags].sort()).toEqual([...tags].sort());
  });

  it('reaches every state it declares', () => {
    const paths = getShortestPaths(cycleMachine, {
      input: { year: 2025 },
      events: eventsFor,
      serializeState: (s) => JSON.stringify(s.value),
    });
    expect(paths.map((p) => leafOf(p.state)).sort()).toEqual(declaredLeaves(cycleMachine).sort());
  });

  it('starts at strategic definitions and ends in a final closed state', () => {
    expect(cycleMachine.root.initial.target[0].key).toBe('strategicDefinitions');
    expect(cycleMachine.root.states.closed.type).toBe('final');
  });
});
