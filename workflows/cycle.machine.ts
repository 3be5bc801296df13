// One year's cycle of the procedure: the stages composed as nested states of ONE machine,
// so one persisted snapshot holds the whole cycle (no invoked child actors).
import { contextFromInput, cycleSetup } from './cycle.setup';
import {
  diagnosticStage,
  disseminationStage,
  evaluationStage,
  followUpStage,
  implementationStage,
  planningStage,
  standardisationStage,
  strategicDefinitionsStage,
} from './stages';

export const CYCLE_MACHINE_ID = 'enfoque-cycle';
export const CYCLE_MACHINE_VERSION = 1;

export const cycleMachine = cycleSetup.createMachine({
  id: CYCLE_MACHINE_ID,
  initial: 'strategicDefinitions',
  context: contextFromInput,
  states: {
    strategicDefinitions: strategicDefinitionsStage(CYCLE_MACHINE_ID),
    diagnostic: diagnosticStage(CYCLE_MACHINE_ID),
    planning: planningStage(CYCLE_MACHINE_ID),
    implementation: implementationStage(CYCLE_MACHINE_ID),
    evaluation: evaluationStage(CYCLE_MACHINE_ID),
    followUp: followUpStage(CYCLE_MACHINE_ID),
    dissemination: disseminationStage(CYCLE_MACHINE_ID),
    standardisation: standardisationStage(CYCLE_MACHINE_ID),
    closed: { type: 'final' },
  },
});

export type CycleMachine = typeof cycleMachine;
