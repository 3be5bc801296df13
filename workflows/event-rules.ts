import type { CycleEventType } from './events';
import type { Role } from './roles';

// Who may send each event (PROCEDURE.md, "Who acts"). admin holds no procedure role.
export const EVENT_ROLE: Readonly<Record<CycleEventType, Role>> = {
  SUBMIT: 'gender_officer',
  APPROVE: 'agency_head',
  RETURN: 'agency_head',
  GRANT_VISA: 'sernam_expert',
  DENY_VISA: 'sernam_expert',
  REQUEST_ADJUSTMENT: 'gender_officer',
  FINISH_IMPLEMENTATION: 'gender_officer',
  RECORD_REVIEW: 'agency_head',
  DISSEMINATE: 'gender_officer',
  COMPLETE: 'gender_officer',
};

// Decisions on a submission: never by one of its authors (separation of duties).
export const GATE_DECISION_EVENTS: readonly CycleEventType[] = ['APPROVE', 'RETURN', 'GRANT_VISA', 'DENY_VISA'];

// Sending a document back must say why.
export const COMMENT_REQUIRED_EVENTS: readonly CycleEventType[] = ['RETURN', 'DENY_VISA'];

export const isGateDecision = (type: CycleEventType): boolean => GATE_DECISION_EVENTS.includes(type);
export const requiresComment = (type: CycleEventType): boolean => COMMENT_REQUIRED_EVENTS.includes(type);
