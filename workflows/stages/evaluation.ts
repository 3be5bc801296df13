// Stage 4: results evaluation and the follow-up programme, visaed together.
import { targetIn, type CycleStateConfig } from '../cycle.setup';
import { gate } from '../gate';
import { standaloneStageMachine } from './standalone';

export const evaluationStage = (machineId: string): CycleStateConfig =>
  gate({ stage: 'evaluation', kinds: ['evaluation', 'follow-up-programme'], onVisa: targetIn(machineId, 'followUp') });

export const evaluationMachine = standaloneStageMachine('evaluation', evaluationStage, ['followUp']);
