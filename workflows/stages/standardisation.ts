// Stage 6: gender focus written into the provision procedures; the cycle ends after it.
import { targetIn, type CycleStateConfig } from '../cycle.setup';
import { awaitTag, editTag } from '../tags';
import { standaloneStageMachine } from './standalone';

export const standardisationStage = (machineId: string): CycleStateConfig => ({
  initial: 'pending',
  states: {
    pending: {
      tags: [awaitTag('gender_officer'), editTag('standardisation')],
      on: { COMPLETE: { guard: 'canComplete', target: targetIn(machineId, 'closed') } },
    },
  },
});

export const standardisationMachine = standaloneStageMachine('standardisation', standardisationStage, ['closed']);
