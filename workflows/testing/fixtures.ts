// Actors and events for the workflow tests. Not a spec: shared by several spec files.
import type { DocumentKind } from '../document-kinds';
import type {
  Actor,
  ApproveEvent,
  CompleteEvent,
  DenyVisaEvent,
  DisseminateEvent,
  FinishImplementationEvent,
  FrozenDocument,
  GrantVisaEvent,
  RecordReviewEvent,
  RequestAdjustmentEvent,
  ReturnEvent,
  ReviewDecisions,
  SubmitEvent,
} from '../events';
import type { Role } from '../roles';

const actor = (userId: string, ...roles: Role[]): Actor => ({ userId, roles });

export const officer = actor('officer', 'gender_officer');
export const coAuthor = actor('co-author', 'centre_lead');
export const head = actor('head', 'agency_head');
export const expert = actor('expert', 'sernam_expert');
export const admin = actor('admin', 'admin');
// Holds every procedure role: the case separation of duties exists for.
export const everyone = actor('everyone', 'gender_officer', 'agency_head', 'sernam_expert');

// Deterministic 64-hex "hash" per kind and version.
export function sha(kind: string, version: number): string {
  let h = 0;
  for (const c of `${kind}@${version}`) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h.toString(16).padStart(8, '0').repeat(8);
}

export const doc = (kind: DocumentKind, version = 1, authorIds: string[] = [officer.userId]): FrozenDocument => ({
  kind,
  version,
  sha256: sha(kind, version),
  authorIds,
});

export const submit = (
  kinds: readonly DocumentKind[],
  by: Actor = officer,
  version = 1,
  authorIds?: string[],
): SubmitEvent => ({
  type: 'SUBMIT',
  actor: by,
  documents: kinds.map((k) => doc(k, version, authorIds ?? [by.userId])),
});
export const approve = (by: Actor = head): ApproveEvent => ({ type: 'APPROVE', actor: by });
export const returnIt = (by: Actor = head, comment = 'falta la parte 5'): ReturnEvent => ({
  type: 'RETURN',
  actor: by,
  comment,
});
export const grantVisa = (by: Actor = expert): GrantVisaEvent => ({ type: 'GRANT_VISA', actor: by });
export const denyVisa = (by: Actor = expert, comment = 'no cumple requisitos'): DenyVisaEvent => ({
  type: 'DENY_VISA',
  actor: by,
  comment,
});
export const requestAdjustment = (by: Actor = officer): RequestAdjustmentEvent => ({
  type: 'REQUEST_ADJUSTMENT',
  actor: by,
});
export const finishImplementation = (by: Actor = officer): FinishImplementationEvent => ({
  type: 'FINISH_IMPLEMENTATION',
  actor: by,
});
export const NO_CHANGES: ReviewDecisions = {
  modifyDiagnostic: false,
  modifyPlan: false,
  modifyFollowUpProgramme: false,
};
export const recordReview = (decisions: Partial<ReviewDecisions> = {}, by: Actor = head): RecordReviewEvent => ({
  type: 'RECORD_REVIEW',
  actor: by,
  document: doc('management-review', 1, [by.userId]),
  decisions: { ...NO_CHANGES, ...decisions },
});
export const disseminate = (by: Actor = officer): DisseminateEvent => ({
  type: 'DISSEMINATE',
  actor: by,
  document: doc('dissemination'),
});
export const complete = (by: Actor = officer): CompleteEvent => ({
  type: 'COMPLETE',
  actor: by,
  document: doc('standardisation'),
});

export const ALL_DECISIONS: ReviewDecisions[] = [false, true].flatMap((modifyDiagnostic) =>
  [false, true].flatMap((modifyPlan) =>
    [false, true].map((modifyFollowUpProgramme) => ({ modifyDiagnostic, modifyPlan, modifyFollowUpProgramme })),
  ),
);
