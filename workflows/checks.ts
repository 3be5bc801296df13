// Pure predicates over the context and an event. The machine's named guards are built from
// them, and the engine uses the same ones to explain a refusal. Inputs come from outside, so
// every check tolerates a malformed payload (returns false) instead of throwing.
import type { CycleContext } from './context';
import { EVENT_ROLE } from './event-rules';
import type { Actor, CycleEvent, CycleEventType, FrozenDocument, ReviewDecisions } from './events';
import { REGISTER_DOCUMENT_KINDS, SINGLETON_DOCUMENT_KINDS, type DocumentKind } from './document-kinds';
import { ROLES } from './roles';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const SHA256_HEX = /^[0-9a-f]{64}$/;
const DOCUMENT_KINDS: readonly unknown[] = [...SINGLETON_DOCUMENT_KINDS, ...REGISTER_DOCUMENT_KINDS];

export function isActor(value: unknown): value is Actor {
  return (
    isObject(value) &&
    isNonEmptyString(value.userId) &&
    Array.isArray(value.roles) &&
    value.roles.every((r) => (ROLES as readonly unknown[]).includes(r))
  );
}

export function isFrozenDocument(value: unknown): value is FrozenDocument {
  return (
    isObject(value) &&
    DOCUMENT_KINDS.includes(value.kind) &&
    Number.isInteger(value.version) &&
    (value.version as number) >= 1 &&
    typeof value.sha256 === 'string' &&
    SHA256_HEX.test(value.sha256) &&
    Array.isArray(value.authorIds) &&
    value.authorIds.every(isNonEmptyString)
  );
}

export function isReviewDecisions(value: unknown): value is ReviewDecisions {
  return (
    isObject(value) &&
    typeof value.modifyDiagnostic === 'boolean' &&
    typeof value.modifyPlan === 'boolean' &&
    typeof value.modifyFollowUpProgramme === 'boolean'
  );
}

export function holdsRole(actor: Actor, type: CycleEventType): boolean {
  return actor.roles.includes(EVENT_ROLE[type]);
}

export function actorHoldsRole(event: CycleEvent): boolean {
  return isActor(event.actor) && holdsRole(event.actor, event.type);
}

// Authors of the submission in context include its submitter.
export function isAuthor(context: CycleContext, userId: string): boolean {
  return context.submission?.authorIds.includes(userId) ?? false;
}

export function actorIsAuthor(context: CycleContext, event: CycleEvent): boolean {
  return isActor(event.actor) && isAuthor(context, event.actor.userId);
}

export function hasComment(event: CycleEvent): boolean {
  return isNonEmptyString((event as unknown as Loose).comment);
}

// Exactly the stage's kinds, each once, each a well-formed frozen version.
export function submitsExactly(event: CycleEvent, kinds: readonly DocumentKind[]): boolean {
  if (event.type !== 'SUBMIT' || !Array.isArray(event.documents)) return false;
  const docs: unknown[] = event.documents;
  if (!docs.every(isFrozenDocument)) return false;
  const sent = docs.map((d) => d.kind);
  return sent.length === kinds.length && kinds.every((k) => sent.filter((s) => s === k).length === 1);
}

export function carriesDocument(event: CycleEvent, kind: DocumentKind): boolean {
  const document = (event as unknown as Loose).document;
  return isFrozenDocument(document) && document.kind === kind;
}

export function carriesDecisions(event: CycleEvent): boolean {
  return isReviewDecisions((event as unknown as Loose).decisions);
}

// A visa may only follow the head's approval of the very submission under review.
export function approvalCoversSubmission(context: CycleContext): boolean {
  const { submission, approval } = context;
  if (submission === null || approval === null) return false;
  const hashes = submission.kinds.map((k) => k.sha256);
  return (
    approval.seq === submission.seq &&
    approval.sha256s.length === hashes.length &&
    approval.sha256s.every((h, i) => h === hashes[i])
  );
}
