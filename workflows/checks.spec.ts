import {
  approvalCoversSubmission,
  carriesDocument,
  isActor,
  isFrozenDocument,
  isReviewDecisions,
  submitsExactly,
} from './checks';
import { initialContext, type CycleContext } from './context';
import { kindsTagged, rolesAwaited } from './tags';
import * as f from './testing/fixtures';

describe('checks', () => {
  it('accepts only actors with an id and known roles', () => {
    expect(isActor(f.officer)).toBe(true);
    expect(isActor({ userId: ' ', roles: [] })).toBe(false);
    expect(isActor({ userId: 'x', roles: ['root'] })).toBe(false);
    expect(isActor({ userId: 'x' })).toBe(false);
  });

  it('accepts frozen documents with a known kind, a positive version and a lowercase sha256 hex', () => {
    expect(isFrozenDocument(f.doc('plan'))).toBe(true);
    expect(isFrozenDocument({ ...f.doc('plan'), kind: 'memo' })).toBe(false);
    expect(isFrozenDocument({ ...f.doc('plan'), version: 1.5 })).toBe(false);
    expect(isFrozenDocument({ ...f.doc('plan'), sha256: f.doc('plan').sha256.toUpperCase() })).toBe(false);
    expect(isFrozenDocument({ ...f.doc('plan'), authorIds: [''] })).toBe(false);
  });

  it('checks review decisions and carried documents', () => {
    expect(isReviewDecisions(f.NO_CHANGES)).toBe(true);
    expect(isReviewDecisions({ ...f.NO_CHANGES, modifyPlan: 1 })).toBe(false);
    expect(carriesDocument(f.disseminate(), 'dissemination')).toBe(true);
    expect(carriesDocument(f.disseminate(), 'standardisation')).toBe(false);
  });

  it('wants exactly the stage kinds, in any order', () => {
    expect(submitsExactly(f.submit(['work-programme', 'plan']), ['plan', 'work-programme'])).toBe(true);
    expect(submitsExactly(f.submit(['plan', 'plan']), ['plan', 'work-programme'])).toBe(false);
    expect(submitsExactly(f.approve(), ['plan'])).toBe(false);
  });

  it('ties an approval to the submission it was given for', () => {
    const base = initialContext({ year: 2025 });
    const submission = {
      seq: 2,
      kinds: [{ kind: 'plan' as const, version: 1, sha256: f.sha('plan', 1) }],
      authorIds: ['officer'],
      submittedBy: 'officer',
    };
    const approved: CycleContext = {
      ...base,
      submission,
      approval: { by: 'head', seq: 2, sha256s: [f.sha('plan', 1)] },
    };
    expect(approvalCoversSubmission(approved)).toBe(true);
    expect(
      approvalCoversSubmission({ ...approved, approval: { by: 'head', seq: 1, sha256s: [f.sha('plan', 1)] } }),
    ).toBe(false);
    expect(
      approvalCoversSubmission({ ...approved, approval: { by: 'head', seq: 2, sha256s: [f.sha('plan', 2)] } }),
    ).toBe(false);
    expect(approvalCoversSubmission({ ...approved, approval: null })).toBe(false);
  });
});

describe('tags', () => {
  it('reads kinds and roles in a stable order, ignoring unknown values', () => {
    const tags = new Set([
      'edit:work-programme',
      'edit:plan',
      'edit:memo',
      'await:sernam_expert',
      'await:agency_head',
      'gate:draft',
    ]);
    expect(kindsTagged(tags, 'edit:')).toEqual(['plan', 'work-programme']);
    expect(kindsTagged(tags, 'submit:')).toEqual([]);
    expect(rolesAwaited(tags)).toEqual(['agency_head', 'sernam_expert']);
  });
});
