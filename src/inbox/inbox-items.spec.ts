import { describeCycle, decide, startCycle, type PersistedCycle } from '../../workflows/cycle-engine';
import type { EffectiveDeadline } from '../deadlines/effective-deadlines';
import { kindsConcerned, nextDeadline, writableBy, WRITER_ROLES } from './inbox-items';

const officer = { userId: 'u-officer', roles: ['gender_officer' as const] };
const head = { userId: 'u-head', roles: ['agency_head' as const] };
const frozen = (kind: 'strategic-definitions') => ({
  kind,
  version: 1,
  sha256: 'a'.repeat(64),
  authorIds: ['u-officer'],
});

function step(p: PersistedCycle, event: Parameters<typeof decide>[1]): PersistedCycle {
  const decision = decide(p, event);
  if (!decision.ok) throw new Error(decision.code);
  return decision.next;
}

const deadline = (gate: EffectiveDeadline['gate'], dueDate: string): EffectiveDeadline => ({
  gate,
  dueDate,
  source: 'calendar',
});

describe('inbox items', () => {
  it('names the documents to write in a draft, and the frozen ones while they wait for the head', () => {
    const draft = startCycle({ year: 2027 });
    expect(kindsConcerned(describeCycle(draft))).toEqual({
      kinds: ['strategic-definitions'],
      editable: ['strategic-definitions'],
    });
    const submitted = step(draft, { type: 'SUBMIT', actor: officer, documents: [frozen('strategic-definitions')] });
    expect(kindsConcerned(describeCycle(submitted))).toEqual({ kinds: ['strategic-definitions'], editable: [] });
    const approved = step(submitted, { type: 'APPROVE', actor: head });
    expect(kindsConcerned(describeCycle(approved)).kinds).toEqual(['strategic-definitions']);
  });

  it('lets the drafters, and for the management review the head and the quality team, write', () => {
    expect([...WRITER_ROLES].sort()).toEqual(['agency_head', 'centre_lead', 'gender_officer', 'quality_team']);
    expect(writableBy(['plan', 'work-programme'], ['centre_lead'])).toEqual(['plan', 'work-programme']);
    expect(writableBy(['plan'], ['agency_head', 'auditor'])).toEqual([]);
    expect(writableBy(['management-review'], ['quality_team'])).toEqual(['management-review']);
  });

  it('dates the next milestone of the cycle’s own gate still to pass', () => {
    const calendar = [
      deadline('diagnostic.submission', '2027-03-31'),
      deadline('diagnostic.visa', '2027-05-15'),
      deadline('planning.submission', '2027-06-30'),
    ];
    const at = (state: string) => ({ stage: state.split('.')[0], state, status: 'open' });
    expect(nextDeadline(at('diagnostic.draft'), calendar)).toEqual({
      gate: 'diagnostic.submission',
      dueDate: '2027-03-31',
    });
    // The approval has no date: the visa's is the next one.
    expect(nextDeadline(at('diagnostic.submitted'), calendar)?.gate).toBe('diagnostic.visa');
    expect(nextDeadline(at('diagnostic.approved'), calendar)?.gate).toBe('diagnostic.visa');
    expect(nextDeadline(at('planning.submitted'), calendar)).toBeNull();
    expect(nextDeadline(at('implementation.adjustment.draft'), calendar)).toBeNull();
    expect(nextDeadline(at('strategicDefinitions.draft'), calendar)).toBeNull();
  });
});
