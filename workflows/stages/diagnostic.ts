// Stage 1: the diagnostic report (actualización del diagnóstico).
import { targetIn, type CycleStateConfig } from '../cycle.setup';
import { gate } from '../gate';
import { standaloneStageMachine } from './standalone';

export const diagnosticStage = (machineId: string): CycleStateConfig =>
  gate({ stage: 'diagnostic', kinds: ['diagnostic'], onVisa: targetIn(machineId, 'planning') });

export const diagnosticMachine = standaloneStageMachine('diagnostic', diagnosticStage, ['planning']);
