// Stage 3: implementation and monitoring. Activity records and progress reports are
// registered by the service while in progress; an adjustment ("¿Actividades requieren
// ajustes?") sends the amended plan and work programme through the gate again.
import { targetIn, type CycleStateConfig } from '../cycle.setup';
import { gate } from '../gate';
import { awaitTag, editTag } from '../tags';
import { PLANNING_KINDS } from './planning';
import { standaloneStageMachine } from './standalone';

export const implementationStage = (machineId: string): CycleStateConfig => ({
  initial: 'inProgress',
  states: {
    inProgress: {
      tags: [awaitTag('gender_officer'), editTag('activity-record'), editTag('progress-report')],
      on: {
        REQUEST_ADJUSTMENT: { guard: 'canRequestAdjustment', target: 'adjustment', actions: 'recordAdjustment' },
        FINISH_IMPLEMENTATION: { guard: 'canFinishImplementation', target: targetIn(machineId, 'evaluation') },
      },
    },
    adjustment: gate({
      stage: 'implementation',
      kinds: PLANNING_KINDS,
      onVisa: targetIn(machineId, 'implementation.inProgress'),
    }),
  },
});

export const implementationMachine = standaloneStageMachine('implementation', implementationStage, ['evaluation']);
