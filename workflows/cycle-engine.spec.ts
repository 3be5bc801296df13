import {
  allowedEvents,
  CYCLE_EVENT_TYPES,
  decide,
  describeCycle,
  startCycle,
  type CycleEvent,
  type Decision,
  type PersistedCycle,
} from './cycle-engine';
import { WorkflowError } from './errors';
import * as f from './testing/fixtures';

function apply(p: PersistedCycle, ...events: CycleEvent[]): PersistedCycle {
  return events.reduce((current, event) => {
    const decision = decide(current, event);
    if (!decision.ok) throw new Error(`${event.type} refused in ${describeCycle(current).state}: ${decision.code}`);
    return decision.next;
  }, p);
}

const refusal = (d: Decision) => (d.ok ? 'ok' : d.code);
const gatePass = (kinds: Parameters<typeof f.submit>[0], version = 1) => [
  f.submit(kinds, f.officer, version),
  f.approve(),
  f.grantVisa(),
];
const PLAN = ['plan', 'work-programme'] as const;
const EVAL = ['evaluation', 'follow-up-programme'] as const;
const toImplementation = () =>
  apply(
    startCycle({ year: 2025 }),
    ...gatePass(['strategic-definitions']),
    ...gatePass(['diagnostic']),
    ...gatePass(PLAN),
  );
const toFollowUp = () => apply(toImplementation(), f.finishImplementation(), ...gatePass(EVAL));
const stateOf = (p: PersistedCycle) => describeCycle(p).state;

describe('startCycle and describeCycle', () => {
  it('starts a cycle of the year in strategic definitions, awaiting the gender officer', () => {
    const p = startCycle({ year: 2025 });
    expect([p.machineId, p.machineVersion]).toEqual(['enfoque-cycle', 1]);
    expect(describeCycle(p)).toEqual({
      year: 2025,
      stage: 'strategicDefinitions',
      state: 'strategicDefinitions.draft',
      status: 'open',
      awaiting: ['gender_officer'],
      editableKinds: ['strategic-definitions'],
      submissionKinds: ['strategic-definitions'],
      submission: null,
      counters: {
        submissions: 0,
        returns: { strategicDefinitions: 0, diagnostic: 0, planning: 0, implementation: 0, evaluation: 0 },
        denials: { strategicDefinitions: 0, diagnostic: 0, planning: 0, implementation: 0, evaluation: 0 },
        adjustments: 0,
        reviewRounds: 0,
      },
      lastReview: null,
    });
  });

  it('refuses a year that is not an integer', () => {
    expect(() => startCycle({ year: 2025.5 })).toThrow(WorkflowError);
  });

  it('shows the submission and its approval while they are pending', () => {
    const approved = apply(startCycle({ year: 2025 }), f.submit(['strategic-definitions']), f.approve());
    expect(describeCycle(approved)).toMatchObject({
      state: 'strategicDefinitions.approved',
      awaiting: ['sernam_expert'],
      editableKinds: [],
      submissionKinds: [],
      submission: { seq: 1, submittedBy: 'officer', authorIds: ['officer'], approval: { by: 'head' } },
    });
  });
});

describe('decide: the whole cycle', () => {
  it('runs the happy path to closed', () => {
    const visited: string[] = [];
    let p = startCycle({ year: 2025 });
    for (const event of [
      ...gatePass(['strategic-definitions']),
      ...gatePass(['diagnostic']),
      ...gatePass(PLAN),
      f.finishImplementation(),
      ...gatePass(EVAL),
      f.recordReview(),
      f.disseminate(),
      f.complete(),
    ]) {
      p = apply(p, event);
      visited.push(stateOf(p));
    }
    expect(visited).toEqual([
      'strategicDefinitions.submitted',
      'strategicDefinitions.approved',
      'diagnostic.draft',
      'diagnostic.submitted',
      'diagnostic.approved',
      'planning.draft',
      'planning.submitted',
      'planning.approved',
      'implementation.inProgress',
      'evaluation.draft',
      'evaluation.submitted',
      'evaluation.approved',
      'followUp.inProgress',
      'dissemination.pending',
      'standardisation.pending',
      'closed',
    ]);
    expect(describeCycle(p)).toMatchObject({ stage: 'closed', status: 'closed', awaiting: [], editableKinds: [] });
    expect(decide(p, f.complete())).toEqual({ ok: false, code: 'EVENT_NOT_ALLOWED', allowed: [] });
  });

  it('returns then resubmits', () => {
    const returned = apply(startCycle({ year: 2025 }), f.submit(['strategic-definitions']), f.returnIt());
    expect(describeCycle(returned)).toMatchObject({ state: 'strategicDefinitions.draft', submission: null });
    const resubmitted = apply(returned, f.submit(['strategic-definitions'], f.officer, 2));
    expect(describeCycle(resubmitted).submission?.kinds).toEqual([
      { kind: 'strategic-definitions', version: 2, sha256: f.sha('strategic-definitions', 2) },
    ]);
    expect(describeCycle(resubmitted).counters.returns.strategicDefinitions).toBe(1);
  });

  it('requires the head to approve again after a denial', () => {
    const denied = apply(startCycle({ year: 2025 }), f.submit(['strategic-definitions']), f.approve(), f.denyVisa());
    expect(describeCycle(denied).counters.denials.strategicDefinitions).toBe(1);
    const resubmitted = apply(denied, f.submit(['strategic-definitions'], f.officer, 2));
    const tooEarly = decide(resubmitted, f.grantVisa());
    expect(tooEarly).toEqual({ ok: false, code: 'EVENT_NOT_ALLOWED', allowed: ['APPROVE', 'RETURN'] });
    expect(stateOf(apply(resubmitted, f.approve(), f.grantVisa()))).toBe('diagnostic.draft');
  });

  it('sends an adjustment through the gate and back to implementation', () => {
    const adjusting = apply(toImplementation(), f.requestAdjustment());
    expect(describeCycle(adjusting)).toMatchObject({
      state: 'implementation.adjustment.draft',
      submissionKinds: ['plan', 'work-programme'],
      counters: { adjustments: 1 },
    });
    const submitted = apply(adjusting, f.submit(PLAN, f.officer, 2));
    expect(refusal(decide(submitted, f.finishImplementation()))).toBe('EVENT_NOT_ALLOWED');
    const back = apply(submitted, f.approve(), f.grantVisa());
    expect(describeCycle(back)).toMatchObject({
      stage: 'implementation',
      state: 'implementation.inProgress',
      editableKinds: ['activity-record', 'progress-report'],
      submissionKinds: [],
    });
    expect(stateOf(apply(back, f.finishImplementation()))).toBe('evaluation.draft');
  });

  it.each([
    [{ modifyDiagnostic: true }, 'diagnostic.draft'],
    [{ modifyPlan: true }, 'planning.draft'],
    [{ modifyFollowUpProgramme: true }, 'evaluation.draft'],
    [{}, 'dissemination.pending'],
  ])('routes the review %j to %s', (decisions, state) => {
    const reviewed = apply(toFollowUp(), f.recordReview(decisions));
    expect(stateOf(reviewed)).toBe(state);
    expect(describeCycle(reviewed).lastReview?.decisions).toEqual({ ...f.NO_CHANGES, ...decisions });
  });

  it.each([
    [{ modifyDiagnostic: true, modifyPlan: true, modifyFollowUpProgramme: true }, 'diagnostic.draft'],
    [{ modifyDiagnostic: true, modifyFollowUpProgramme: true }, 'diagnostic.draft'],
    [{ modifyPlan: true, modifyFollowUpProgramme: true }, 'planning.draft'],
  ])('asks the questions in the guide’s order when several are true: %j → %s', (decisions, state) => {
    expect(stateOf(apply(toFollowUp(), f.recordReview(decisions)))).toBe(state);
  });

  it('continues in the normal order after a re-entered stage passes its gate', () => {
    const again = apply(toFollowUp(), f.recordReview({ modifyDiagnostic: true }), ...gatePass(['diagnostic'], 2));
    expect(stateOf(again)).toBe('planning.draft');
    const reviewAgain = apply(again, ...gatePass(PLAN, 2), f.finishImplementation(), ...gatePass(EVAL, 2));
    expect(stateOf(reviewAgain)).toBe('followUp.inProgress');
    const closed = apply(reviewAgain, f.recordReview(), f.disseminate(), f.complete());
    expect(describeCycle(closed).counters.reviewRounds).toBe(2);
    const viaEvaluation = apply(toFollowUp(), f.recordReview({ modifyFollowUpProgramme: true }), ...gatePass(EVAL, 2));
    expect(stateOf(viaEvaluation)).toBe('followUp.inProgress');
  });
});

describe('decide: refusals, in the documented order', () => {
  const submitted = () => apply(startCycle({ year: 2025 }), f.submit(['strategic-definitions']));

  it('EVENT_NOT_ALLOWED when the state has no such transition, listing what it accepts', () => {
    expect(decide(startCycle({ year: 2025 }), f.approve())).toEqual({
      ok: false,
      code: 'EVENT_NOT_ALLOWED',
      allowed: ['SUBMIT'],
    });
    const unknown = { type: 'PUBLISH', actor: f.officer } as unknown as CycleEvent;
    expect(refusal(decide(startCycle({ year: 2025 }), unknown))).toBe('EVENT_NOT_ALLOWED');
  });

  it('FORBIDDEN when the actor lacks the role, before anything else is looked at', () => {
    expect(decide(submitted(), f.approve(f.admin))).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      allowed: ['APPROVE', 'RETURN'],
    });
    expect(refusal(decide(submitted(), f.returnIt(f.expert, '')))).toBe('FORBIDDEN');
    expect(refusal(decide(startCycle({ year: 2025 }), f.submit(['diagnostic'], f.head)))).toBe('FORBIDDEN');
  });

  it('SELF_APPROVAL when an author decides, even holding the role', () => {
    const byEveryone = apply(startCycle({ year: 2025 }), f.submit(['strategic-definitions'], f.everyone));
    expect(refusal(decide(byEveryone, f.approve(f.everyone)))).toBe('SELF_APPROVAL');
    expect(refusal(decide(byEveryone, f.returnIt(f.everyone, '')))).toBe('SELF_APPROVAL');
    const coAuthored = apply(
      startCycle({ year: 2025 }),
      f.submit(['strategic-definitions'], f.officer, 1, ['everyone']),
      f.approve(),
    );
    expect(refusal(decide(coAuthored, f.grantVisa(f.everyone)))).toBe('SELF_APPROVAL');
    expect(refusal(decide(coAuthored, f.denyVisa(f.everyone)))).toBe('SELF_APPROVAL');
  });

  it('COMMENT_REQUIRED for a return or a denial without comment', () => {
    expect(refusal(decide(submitted(), f.returnIt(f.head, '   ')))).toBe('COMMENT_REQUIRED');
    const approved = apply(submitted(), f.approve());
    const noComment = { type: 'DENY_VISA', actor: f.expert } as unknown as CycleEvent;
    expect(refusal(decide(approved, noComment))).toBe('COMMENT_REQUIRED');
  });

  it('INVALID_EVENT for wrong kinds, documents or actors', () => {
    const start = startCycle({ year: 2025 });
    expect(decide(start, f.submit(['diagnostic']))).toEqual({ ok: false, code: 'INVALID_EVENT', allowed: ['SUBMIT'] });
    expect(refusal(decide(start, f.submit([])))).toBe('INVALID_EVENT');
    expect(
      refusal(
        decide(start, { ...f.submit(['strategic-definitions']), actor: { userId: '' } } as unknown as CycleEvent),
      ),
    ).toBe('INVALID_EVENT');
    expect(refusal(decide(start, null as unknown as CycleEvent))).toBe('INVALID_EVENT');
    const followUp = toFollowUp();
    expect(refusal(decide(followUp, { ...f.recordReview(), document: f.doc('dissemination') }))).toBe('INVALID_EVENT');
  });

  it('leaves the stored cycle untouched when it refuses', () => {
    const p = submitted();
    const before = JSON.stringify(p);
    decide(p, f.approve(f.officer));
    expect(JSON.stringify(p)).toBe(before);
  });
});

describe('allowedEvents', () => {
  it('lists what each role may send now', () => {
    const start = startCycle({ year: 2025 });
    expect(allowedEvents(start, f.officer)).toEqual(['SUBMIT']);
    expect(allowedEvents(start, f.head)).toEqual([]);
    const submitted = apply(start, f.submit(['strategic-definitions']));
    expect(allowedEvents(submitted, f.head)).toEqual(['APPROVE', 'RETURN']);
    expect(allowedEvents(submitted, f.officer)).toEqual([]);
    expect(allowedEvents(submitted, f.admin)).toEqual([]);
    const approved = apply(submitted, f.approve());
    expect(allowedEvents(approved, f.expert)).toEqual(['GRANT_VISA', 'DENY_VISA']);
    expect(allowedEvents(toImplementation(), f.officer)).toEqual(['REQUEST_ADJUSTMENT', 'FINISH_IMPLEMENTATION']);
    expect(allowedEvents(toFollowUp(), f.head)).toEqual(['RECORD_REVIEW']);
    expect(allowedEvents(toFollowUp(), f.officer)).toEqual([]);
  });

  it('drops gate decisions for authors of the submission', () => {
    const byEveryone = apply(startCycle({ year: 2025 }), f.submit(['strategic-definitions'], f.everyone));
    expect(allowedEvents(byEveryone, f.everyone)).toEqual([]);
    expect(allowedEvents(byEveryone, f.head)).toEqual(['APPROVE', 'RETURN']);
  });

  it('only ever lists event types of the engine', () => {
    expect(allowedEvents(startCycle({ year: 2025 }), f.everyone).every((t) => CYCLE_EVENT_TYPES.includes(t))).toBe(
      true,
    );
  });
});

describe('persistence', () => {
  it('round-trips through JSON at every step', () => {
    let p = startCycle({ year: 2025 });
    for (const event of [...gatePass(['strategic-definitions']), f.submit(['diagnostic']), f.returnIt()]) {
      const decision = decide(JSON.parse(JSON.stringify(p)) as PersistedCycle, event);
      if (!decision.ok) throw new Error(decision.code);
      expect(JSON.parse(JSON.stringify(decision.next))).toEqual(decision.next);
      expect(describeCycle(JSON.parse(JSON.stringify(decision.next)) as PersistedCycle)).toEqual(decision.view);
      p = decision.next;
    }
    expect(describeCycle(p)).toMatchObject({ state: 'diagnostic.draft', counters: { returns: { diagnostic: 1 } } });
  });

  it('rejects a snapshot that does not fit the machine', () => {
    const p = startCycle({ year: 2025 });
    expect(() => describeCycle({ ...p, snapshot: { value: 'nowhere', context: {} } })).toThrow(WorkflowError);
    expect(() => describeCycle({ ...p, snapshot: null })).toThrow(WorkflowError);
  });
});
