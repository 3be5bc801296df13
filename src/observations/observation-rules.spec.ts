import type { CycleView } from '../../workflows/cycle-engine';
import { DomainException } from '../common/errors/domain.exception';
import {
  assertObservationsAllowed,
  chainObservationsOf,
  planObservations,
  planReviewObservations,
  reviewComment,
} from './observation-rules';

const submission = {
  seq: 1,
  kinds: [
    { kind: 'plan', version: 3, sha256: 'a'.repeat(64) },
    { kind: 'work-programme', version: 2, sha256: 'b'.repeat(64) },
  ],
  authorIds: ['u'],
  submittedBy: 'u',
  approval: null,
} as unknown as CycleView['submission'];

const on = (kind: string, text = 'Falta la meta') => ({ kind, path: 'measures/M-1', itemId: 'M-1', text });
let counter = 0;
const ids = () => `id-${++counter}`;

describe('observaciones por elemento', () => {
  it('stands in for the general comment only when there is none', () => {
    expect(reviewComment('Corregir la meta', [on('plan')])).toBe('Corregir la meta');
    expect(reviewComment('  ', [on('plan'), on('plan')])).toBe('Ver observaciones por elemento (2)');
    expect(reviewComment(undefined, [on('plan')])).toBe('Ver observaciones por elemento (1)');
    expect(reviewComment(undefined, [])).toBe('');
    expect(reviewComment('', undefined)).toBe('');
  });

  it('takes them on a return or a denial, at the version under review, in order, by the role of the event', () => {
    const plan = planObservations('DENY_VISA', submission, [on('plan'), on('work-programme', 'Sin responsable')], ids);
    expect(plan).toEqual({
      ok: true,
      planned: [
        expect.objectContaining({ kind: 'plan', version: 3, position: 0, authorRole: 'sernam_expert' }),
        expect.objectContaining({ kind: 'work-programme', version: 2, position: 1, text: 'Sin responsable' }),
      ],
    });
    const returned = planObservations('RETURN', submission, [{ kind: 'plan', path: 'part4', text: 'x' }], ids);
    expect(returned.ok && returned.planned[0]).toMatchObject({ itemId: null, authorRole: 'agency_head' });
    expect(planObservations('APPROVE', submission, [], ids)).toEqual({ ok: true, planned: [] });
  });

  it('refuses them on other events and on documents not under review', () => {
    expect(planObservations('APPROVE', submission, [on('plan')], ids)).toMatchObject({
      ok: false,
      refusal: { code: 'OBSERVATIONS_NOT_ALLOWED' },
    });
    expect(planObservations('RETURN', submission, [on('plan'), on('diagnostic')], ids)).toMatchObject({
      ok: false,
      refusal: { code: 'OBSERVATION_KIND_NOT_SUBMITTED', kinds: ['diagnostic'] },
    });
    expect(planObservations('RETURN', null, [on('plan')], ids)).toMatchObject({ ok: false });
    expect(() => assertObservationsAllowed('GRANT_VISA', [on('plan')])).toThrow(DomainException);
    expect(() => assertObservationsAllowed('GRANT_VISA', [])).not.toThrow();
    expect(() => assertObservationsAllowed('RETURN', [on('plan')])).not.toThrow();
    expect(() => planReviewObservations('RETURN', submission, [on('evaluation')])).toThrow(
      expect.objectContaining({ status: 400, code: 'OBSERVATION_KIND_NOT_SUBMITTED' }),
    );
  });

  it('lists in the history entry what the reviewer wrote, with ids', () => {
    const planned = planReviewObservations('RETURN', submission, [on('plan')]);
    expect(planned[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(chainObservationsOf(planned)).toEqual([
      { id: planned[0].id, kind: 'plan', version: 3, path: 'measures/M-1', itemId: 'M-1', text: 'Falta la meta' },
    ]);
  });
});
