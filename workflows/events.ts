import type { DocumentKind } from './document-kinds';
import type { Role } from './roles';

// The roles an actor holds in the cycle's agency (an assigned expert has 'sernam_expert').
export interface Actor {
  userId: string;
  roles: Role[];
}

// One version of a document, frozen by the service when it is submitted or recorded.
export interface FrozenDocument {
  kind: DocumentKind;
  version: number;
  sha256: string;
  authorIds: string[];
}

export interface ReviewDecisions {
  modifyDiagnostic: boolean;
  modifyPlan: boolean;
  modifyFollowUpProgramme: boolean;
}

interface Base<T extends string> {
  type: T;
  actor: Actor;
}

export type SubmitEvent = Base<'SUBMIT'> & { documents: FrozenDocument[] };
export type ApproveEvent = Base<'APPROVE'> & { comment?: string };
export type ReturnEvent = Base<'RETURN'> & { comment: string };
export type GrantVisaEvent = Base<'GRANT_VISA'> & { comment?: string };
export type DenyVisaEvent = Base<'DENY_VISA'> & { comment: string };
export type RequestAdjustmentEvent = Base<'REQUEST_ADJUSTMENT'> & { comment?: string };
export type FinishImplementationEvent = Base<'FINISH_IMPLEMENTATION'>;
export type RecordReviewEvent = Base<'RECORD_REVIEW'> & {
  document: FrozenDocument;
  decisions: ReviewDecisions;
};
export type DisseminateEvent = Base<'DISSEMINATE'> & { document: FrozenDocument };
export type CompleteEvent = Base<'COMPLETE'> & { document: FrozenDocument };

export type CycleEvent =
  | SubmitEvent
  | ApproveEvent
  | ReturnEvent
  | GrantVisaEvent
  | DenyVisaEvent
  | RequestAdjustmentEvent
  | FinishImplementationEvent
  | RecordReviewEvent
  | DisseminateEvent
  | CompleteEvent;

export type CycleEventType = CycleEvent['type'];

export const CYCLE_EVENT_TYPES: readonly CycleEventType[] = [
  'SUBMIT',
  'APPROVE',
  'RETURN',
  'GRANT_VISA',
  'DENY_VISA',
  'REQUEST_ADJUSTMENT',
  'FINISH_IMPLEMENTATION',
  'RECORD_REVIEW',
  'DISSEMINATE',
  'COMPLETE',
];

export function isCycleEventType(value: unknown): value is CycleEventType {
  return typeof value === 'string' && (CYCLE_EVENT_TYPES as readonly string[]).includes(value);
}
