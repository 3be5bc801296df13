import type { DocumentKind } from './document-kinds';
import type { ReviewDecisions } from './events';

// Top-level states of the cycle, in procedure order (PROCEDURE.md stages 0-6).
export const STAGE_IDS = [
  'strategicDefinitions',
  'diagnostic',
  'planning',
  'implementation',
  'evaluation',
  'followUp',
  'dissemination',
  'standardisation',
] as const;
export type StageId = (typeof STAGE_IDS)[number];

// Stages that own a gate; implementation's gate is the adjustment.
export const GATED_STAGE_IDS = [
  'strategicDefinitions',
  'diagnostic',
  'planning',
  'implementation',
  'evaluation',
] as const;
export type GatedStageId = (typeof GATED_STAGE_IDS)[number];

export interface FrozenVersion {
  kind: DocumentKind;
  version: number;
  sha256: string;
}

export interface Submission {
  // Sequence number within the cycle: the identity an approval refers to.
  seq: number;
  kinds: FrozenVersion[];
  authorIds: string[];
  submittedBy: string;
}

export interface Approval {
  by: string;
  seq: number;
  sha256s: string[];
}

export interface Counters {
  submissions: number;
  returns: Record<GatedStageId, number>;
  denials: Record<GatedStageId, number>;
  adjustments: number;
  reviewRounds: number;
}

export interface ReviewRecord {
  by: string;
  document: FrozenVersion;
  decisions: ReviewDecisions;
}

// Plain JSON only: it is persisted as part of the snapshot.
export interface CycleContext {
  year: number;
  submission: Submission | null;
  approval: Approval | null;
  counters: Counters;
  lastReview: ReviewRecord | null;
}

export interface CycleInput {
  year: number;
}

const zeroPerGate = (): Record<GatedStageId, number> => ({
  strategicDefinitions: 0,
  diagnostic: 0,
  planning: 0,
  implementation: 0,
  evaluation: 0,
});

export function initialContext(input: CycleInput): CycleContext {
  return {
    year: input.year,
    submission: null,
    approval: null,
    counters: {
      submissions: 0,
      returns: zeroPerGate(),
      denials: zeroPerGate(),
      adjustments: 0,
      reviewRounds: 0,
    },
    lastReview: null,
  };
}
