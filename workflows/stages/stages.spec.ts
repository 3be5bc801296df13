import { transition } from 'xstate';
import { statePath } from '../cycle-snapshot';
import type { RecordReviewEvent } from '../events';
import { reviewRoute } from '../review-route';
import * as f from '../testing/fixtures';
import { run } from '../testing/run';
import {
  diagnosticMachine,
  disseminationMachine,
  evaluationMachine,
  followUpMachine,
  implementationMachine,
  planningMachine,
  standardisationMachine,
} from '.';

const at = (s: { value: Parameters<typeof statePath>[0] }) => statePath(s.value);
const PLAN = ['plan', 'work-programme'] as const;

describe('a gate (diagnostic)', () => {
  it('goes draft → submitted → approved → next stage, recording who did what', () => {
    const submitted = run(diagnosticMachine, [f.submit(['diagnostic'])]);
    expect(at(submitted)).toBe('diagnostic.submitted');
    expect(submitted.context.submission).toEqual({
      seq: 1,
      kinds: [{ kind: 'diagnostic', version: 1, sha256: f.sha('diagnostic', 1) }],
      authorIds: ['officer'],
      submittedBy: 'officer',
    });
    const approved = run(diagnosticMachine, [f.submit(['diagnostic']), f.approve()]);
    expect(at(approved)).toBe('diagnostic.approved');
    expect(approved.context.approval).toEqual({ by: 'head', seq: 1, sha256s: [f.sha('diagnostic', 1)] });
    const done = run(diagnosticMachine, [f.submit(['diagnostic']), f.approve(), f.grantVisa()]);
    expect(at(done)).toBe('planning');
    expect([done.context.submission, done.context.approval]).toEqual([null, null]);
  });

  it('counts the frozen versions’ authors and the submitter as authors', () => {
    const s = run(diagnosticMachine, [f.submit(['diagnostic'], f.officer, 3, ['co-author', 'officer', 'co-author'])]);
    expect(s.context.submission?.authorIds).toEqual(['co-author', 'officer']);
  });

  it.each([
    ['a missing kind', f.submit(['plan'])],
    ['an extra kind', f.submit(['diagnostic', 'plan'])],
    ['a duplicate kind', f.submit(['diagnostic', 'diagnostic'])],
    ['a bad hash', { ...f.submit(['diagnostic']), documents: [{ ...f.doc('diagnostic'), sha256: 'abc' }] }],
    ['a bad version', { ...f.submit(['diagnostic']), documents: [{ ...f.doc('diagnostic'), version: 0 }] }],
    ['someone without the role', f.submit(['diagnostic'], f.head)],
  ])('refuses a SUBMIT with %s', (_case, event) => {
    expect(at(run(diagnosticMachine, [event]))).toBe('diagnostic.draft');
  });

  it('returns to draft only with a comment, and counts the return', () => {
    expect(at(run(diagnosticMachine, [f.submit(['diagnostic']), f.returnIt(f.head, '  ')]))).toBe(
      'diagnostic.submitted',
    );
    const returned = run(diagnosticMachine, [f.submit(['diagnostic']), f.returnIt()]);
    expect(at(returned)).toBe('diagnostic.draft');
    expect(returned.context.counters.returns.diagnostic).toBe(1);
    expect(returned.context.submission).toBeNull();
  });

  it('after a denial needs the head again before the expert can act', () => {
    const denied = run(diagnosticMachine, [f.submit(['diagnostic']), f.approve(), f.denyVisa()]);
    expect(at(denied)).toBe('diagnostic.draft');
    expect(denied.context.counters.denials.diagnostic).toBe(1);
    const resubmitted = run(diagnosticMachine, [
      f.submit(['diagnostic']),
      f.approve(),
      f.denyVisa(),
      f.submit(['diagnostic'], f.officer, 2),
    ]);
    const [visaTooEarly] = transition(diagnosticMachine, resubmitted, f.grantVisa());
    expect(at(visaTooEarly)).toBe('diagnostic.submitted');
    const [approvedAgain] = transition(diagnosticMachine, resubmitted, f.approve());
    expect(approvedAgain.context.approval?.seq).toBe(2);
    expect(at(transition(diagnosticMachine, approvedAgain, f.grantVisa())[0])).toBe('planning');
  });

  it('refuses a denial without comment and decisions by authors', () => {
    const approved = run(diagnosticMachine, [f.submit(['diagnostic'], f.officer, 1, ['everyone']), f.approve()]);
    expect(at(transition(diagnosticMachine, approved, f.denyVisa(f.expert, ''))[0])).toBe('diagnostic.approved');
    expect(at(transition(diagnosticMachine, approved, f.grantVisa(f.everyone))[0])).toBe('diagnostic.approved');
    const submitted = run(diagnosticMachine, [f.submit(['diagnostic'], f.everyone)]);
    expect(at(transition(diagnosticMachine, submitted, f.approve(f.everyone))[0])).toBe('diagnostic.submitted');
  });

  it('freezes plan and work programme together, and evaluation with the follow-up programme', () => {
    expect(at(run(planningMachine, [f.submit(['plan'])]))).toBe('planning.draft');
    expect(at(run(planningMachine, [f.submit(PLAN), f.approve(), f.grantVisa()]))).toBe('implementation');
    expect(at(run(evaluationMachine, [f.submit(['evaluation'])]))).toBe('evaluation.draft');
    expect(
      at(run(evaluationMachine, [f.submit(['evaluation', 'follow-up-programme']), f.approve(), f.grantVisa()])),
    ).toBe('followUp');
  });
});

describe('implementation', () => {
  it('sends an adjustment through the gate and back to implementation', () => {
    const adjusting = run(implementationMachine, [f.requestAdjustment()]);
    expect(at(adjusting)).toBe('implementation.adjustment.draft');
    expect(adjusting.context.counters.adjustments).toBe(1);
    const back = run(implementationMachine, [
      f.requestAdjustment(),
      f.submit(PLAN, f.officer, 2),
      f.approve(),
      f.grantVisa(),
    ]);
    expect(at(back)).toBe('implementation.inProgress');
    const returned = run(implementationMachine, [f.requestAdjustment(), f.submit(PLAN), f.returnIt()]);
    expect(returned.context.counters.returns.implementation).toBe(1);
  });

  it('finishes only from inProgress and only by the gender officer', () => {
    expect(at(run(implementationMachine, [f.finishImplementation(f.head)]))).toBe('implementation.inProgress');
    expect(at(run(implementationMachine, [f.requestAdjustment(), f.finishImplementation()]))).toBe(
      'implementation.adjustment.draft',
    );
    expect(at(run(implementationMachine, [f.finishImplementation()]))).toBe('evaluation');
  });
});

describe('follow-up and management review', () => {
  it.each(f.ALL_DECISIONS.map((d) => [JSON.stringify(d), d] as const))('routes %s', (_name, decisions) => {
    const expected = decisions.modifyDiagnostic
      ? 'diagnostic'
      : decisions.modifyPlan
        ? 'planning'
        : decisions.modifyFollowUpProgramme
          ? 'evaluation'
          : 'dissemination';
    expect(reviewRoute(decisions)).toBe(expected);
    const after = run(followUpMachine, [f.recordReview(decisions)]);
    expect(at(after)).toBe(expected);
    expect(after.context.counters.reviewRounds).toBe(1);
    expect(after.context.lastReview).toEqual({
      by: 'head',
      document: { kind: 'management-review', version: 1, sha256: f.sha('management-review', 1) },
      decisions,
    });
  });

  it('refuses a review by someone else, with another document, or without decisions', () => {
    expect(at(run(followUpMachine, [f.recordReview({}, f.officer)]))).toBe('followUp.inProgress');
    expect(at(run(followUpMachine, [{ ...f.recordReview(), document: f.doc('evaluation') }]))).toBe(
      'followUp.inProgress',
    );
    const noDecisions = { ...f.recordReview(), decisions: { modifyDiagnostic: 'yes' } } as unknown as RecordReviewEvent;
    expect(at(run(followUpMachine, [noDecisions]))).toBe('followUp.inProgress');
  });
});

describe('dissemination and standardisation', () => {
  it('disseminates with the dissemination record, by the gender officer', () => {
    expect(at(run(disseminationMachine, [{ ...f.disseminate(), document: f.doc('standardisation') }]))).toBe(
      'dissemination.pending',
    );
    expect(at(run(disseminationMachine, [f.disseminate(f.head)]))).toBe('dissemination.pending');
    expect(at(run(disseminationMachine, [f.disseminate()]))).toBe('standardisation');
  });

  it('completes with the standardisation record and closes', () => {
    expect(at(run(standardisationMachine, [{ ...f.complete(), document: f.doc('dissemination') }]))).toBe(
      'standardisation.pending',
    );
    const closed = run(standardisationMachine, [f.complete()]);
    expect([at(closed), closed.status]).toEqual(['closed', 'done']);
  });
});
