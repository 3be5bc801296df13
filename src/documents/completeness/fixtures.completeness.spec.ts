import { loadCycle, loadFixture } from '../../../test/fixtures/cycle';
import { checkCompleteness, SUBMISSIONS } from '.';

// The example cycle is complete: every stage of it would be allowed to SUBMIT.
describe('completeness of the example cycle', () => {
  const first = loadCycle(2027);
  const next = loadCycle(2028);

  it.each(SUBMISSIONS.map((s) => ({ label: s.kinds.join(' + '), kinds: s.kinds })))(
    '2027: $label has no problems',
    ({ kinds }) => {
      expect(checkCompleteness({ kinds, documents: first, previousFollowUpProgramme: null })).toEqual([]);
    },
  );

  it('2028: plan + work programme has no problems with the new work programme', () => {
    expect(
      checkCompleteness({ kinds: ['plan', 'work-programme'], documents: next, previousFollowUpProgramme: null }),
    ).toEqual([]);
  });

  it('2028: evaluation + follow-up programme reports on every 2027 commitment', () => {
    const previous = loadFixture('follow-up-programme', 2027);
    expect(
      checkCompleteness({
        kinds: ['evaluation', 'follow-up-programme'],
        documents: next,
        previousFollowUpProgramme: previous,
      }),
    ).toEqual([]);
  });

  it('2028: the evaluation is incomplete without the 2027 follow-up programme to report on', () => {
    expect(
      checkCompleteness({
        kinds: ['evaluation', 'follow-up-programme'],
        documents: next,
        previousFollowUpProgramme: null,
      }),
    ).toEqual([
      {
        path: 'evaluation.previousYearFollowUp',
        message: 'No hay programa de seguimiento del año anterior: esta sección debe quedar vacía.',
      },
    ]);
  });

  it('2027: every management-review decision is "no change"', () => {
    const decisions = first['management-review']?.decisions;
    expect(
      [decisions?.modifyDiagnostic, decisions?.modifyPlan, decisions?.modifyFollowUpProgramme].map((d) => d?.required),
    ).toEqual([false, false, false]);
  });

  it('2028: one commitment of 2027 is reported not met, with a justification', () => {
    const reported = next.evaluation?.previousYearFollowUp ?? [];
    const notMet = reported.filter((r) => r.status === 'not-met');
    expect(notMet).toHaveLength(1);
    expect(notMet[0].justification?.length).toBeGreaterThan(20);
  });
});
