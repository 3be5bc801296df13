// Stage 5: follow-up of commitments and the management review (Revisión por la Dirección),
// whose record decides where the cycle goes next (see reviewRoute for the order).
import { targetIn, type CycleStateConfig } from '../cycle.setup';
import { REVIEW_ROUTES } from '../review-route';
import { awaitTag, editTag } from '../tags';
import { standaloneStageMachine } from './standalone';

export const followUpStage = (machineId: string): CycleStateConfig => ({
  initial: 'inProgress',
  states: {
    inProgress: {
      tags: [awaitTag('agency_head'), editTag('management-review')],
      on: {
        RECORD_REVIEW: REVIEW_ROUTES.map((route) => ({
          guard: { type: 'canRecordReviewTo' as const, params: { route } },
          target: targetIn(machineId, route),
          actions: 'recordReview' as const,
        })),
      },
    },
  },
});

export const followUpMachine = standaloneStageMachine('followUp', followUpStage, REVIEW_ROUTES);
