// Stage 0: Ficha A1 and Formulario H, inside budget formulation.
import { targetIn, type CycleStateConfig } from '../cycle.setup';
import { gate } from '../gate';
import { standaloneStageMachine } from './standalone';

export const strategicDefinitionsStage = (machineId: string): CycleStateConfig =>
  gate({ stage: 'strategicDefinitions', kinds: ['strategic-definitions'], onVisa: targetIn(machineId, 'diagnostic') });

export const strategicDefinitionsMachine = standaloneStageMachine('strategicDefinitions', strategicDefinitionsStage, [
  'diagnostic',
]);
