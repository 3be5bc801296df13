import { DEADLINE_GATES, gateLabel, isDeadlineGate, isPending } from './gates';

const at = (state: string, status = 'open') => ({ stage: state.split('.')[0], state, status });

describe('deadline gates', () => {
  it('lists submission, approval and visa of each gated stage, with Spanish labels', () => {
    expect(DEADLINE_GATES).toHaveLength(12);
    expect(DEADLINE_GATES).toContain('diagnostic.submission');
    expect(gateLabel('diagnostic.visa')).toBe('Diagnóstico: visación técnica de SERNAM');
    expect(isDeadlineGate('planning.approval')).toBe(true);
    expect(isDeadlineGate('implementation.submission')).toBe(false);
  });

  it.each([
    ['diagnostic.submission', 'strategicDefinitions.approved', true],
    ['diagnostic.submission', 'diagnostic.draft', true],
    ['diagnostic.submission', 'diagnostic.submitted', false],
    ['diagnostic.approval', 'diagnostic.submitted', true],
    ['diagnostic.approval', 'diagnostic.approved', false],
    ['diagnostic.visa', 'diagnostic.approved', true],
    ['diagnostic.visa', 'planning.draft', false],
    ['planning.visa', 'implementation.adjustment.draft', false],
    ['evaluation.submission', 'implementation.inProgress', true],
    ['diagnostic.submission', 'diagnostic.draft', true],
  ] as const)('%s is pending at %s: %p', (gate, state, pending) => {
    expect(isPending(gate, at(state))).toBe(pending);
  });

  it('has nothing pending in a closed cycle', () => {
    expect(isPending('evaluation.visa', { stage: 'closed', state: 'closed', status: 'closed' })).toBe(false);
  });
});
