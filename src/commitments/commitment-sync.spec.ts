import { FollowUpCommitment } from '../documents/content/follow-up-programme.content';
import { planSync, TrackedCommitment } from './commitment-sync';

const inDocument = (id: string, deadline: string, responsible = 'Jefatura DAF'): FollowUpCommitment =>
  Object.assign(new FollowUpCommitment(), { id, description: `Compromiso ${id}`, deadline, responsible });
const tracked = (id: string, deadline: string, inProgramme = true): TrackedCommitment => ({
  itemId: id,
  description: `Compromiso ${id}`,
  deadline,
  responsible: 'Jefatura DAF',
  inProgramme,
});

describe('planSync', () => {
  it('creates every commitment of a first programme', () => {
    const plan = planSync([], [inDocument('C-1', '2028-06-30'), inDocument('C-2', '2028-05-31')]);
    expect(plan.create.map((c) => [c.itemId, c.deadline, c.inProgramme])).toEqual([
      ['C-1', '2028-06-30', true],
      ['C-2', '2028-05-31', true],
    ]);
    expect(plan.update).toEqual([]);
  });

  it('changes nothing when the programme is the same', () => {
    expect(planSync([tracked('C-1', '2028-06-30')], [inDocument('C-1', '2028-06-30')])).toEqual({
      create: [],
      update: [],
    });
  });

  it('follows a new deadline or responsible and records what changed', () => {
    const plan = planSync([tracked('C-1', '2028-06-30')], [inDocument('C-1', '2028-09-30', 'Jefatura DAS')]);
    expect(plan.update).toEqual([
      {
        itemId: 'C-1',
        fields: {
          description: 'Compromiso C-1',
          deadline: '2028-09-30',
          responsible: 'Jefatura DAS',
          inProgramme: true,
        },
        changes: {
          deadline: { from: '2028-06-30', to: '2028-09-30' },
          responsible: { from: 'Jefatura DAF', to: 'Jefatura DAS' },
        },
      },
    ]);
  });

  it('withdraws what the programme no longer lists, once, and brings it back if listed again', () => {
    const withdrawn = planSync(
      [tracked('C-1', '2028-06-30'), tracked('C-2', '2028-05-31')],
      [inDocument('C-1', '2028-06-30')],
    );
    expect(withdrawn.update).toEqual([
      expect.objectContaining({ itemId: 'C-2', changes: { inProgramme: { from: true, to: false } } }),
    ]);
    expect(planSync([tracked('C-2', '2028-05-31', false)], []).update).toEqual([]);
    const back = planSync([tracked('C-2', '2028-05-31', false)], [inDocument('C-2', '2028-05-31')]);
    expect(back.update[0].changes).toEqual({ inProgramme: { from: false, to: true } });
  });
});
