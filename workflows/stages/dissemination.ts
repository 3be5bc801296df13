// Stage 5, end: results disseminated internally and externally (Registro de Difusión).
import { targetIn, type CycleStateConfig } from '../cycle.setup';
import { awaitTag, editTag } from '../tags';
import { standaloneStageMachine } from './standalone';

export const disseminationStage = (machineId: string): CycleStateConfig => ({
  initial: 'pending',
  states: {
    pending: {
      tags: [awaitTag('gender_officer'), editTag('dissemination')],
      on: { DISSEMINATE: { guard: 'canDisseminate', target: targetIn(machineId, 'standardisation') } },
    },
  },
});

export const disseminationMachine = standaloneStageMachine('dissemination', disseminationStage, ['standardisation']);
