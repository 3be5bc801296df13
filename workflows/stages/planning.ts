// Stage 2: plan and annual work programme, approved and visaed together.
import { targetIn, type CycleStateConfig } from '../cycle.setup';
import { gate } from '../gate';
import { standaloneStageMachine } from './standalone';

export const PLANNING_KINDS = ['plan', 'work-programme'] as const;

export const planningStage = (machineId: string): CycleStateConfig =>
  gate({ stage: 'planning', kinds: PLANNING_KINDS, onVisa: targetIn(machineId, 'implementation') });

export const planningMachine = standaloneStageMachine('planning', planningStage, ['implementation']);
