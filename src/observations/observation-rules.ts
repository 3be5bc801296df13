import { randomUUID } from 'node:crypto';
import type { CycleEventType, CycleView } from '../../workflows/cycle-engine';
import type { SingletonDocumentKind } from '../../workflows/document-kinds';
import { EVENT_ROLE } from '../../workflows/event-rules';
import { documentKindLabel } from '../../workflows/labels';
import { badRequest } from '../common/errors/domain.exception';
import type { ChainObservation } from '../history/audit-chain';
import type { ObservationAuthorRole, ObservationStatus } from './document-observation.entity';

// Where observations on items may be made: a return by the head, a denial by SERNAM.
export const OBSERVATION_EVENTS = ['RETURN', 'DENY_VISA'] as const;
export type ObservationEvent = (typeof OBSERVATION_EVENTS)[number];

export const MAX_OBSERVATIONS = 100;
export const OBSERVATION_TEXT_MAX = 2000;
export const OBSERVATION_PATH_MAX = 300;
export const OBSERVATION_ITEM_ID_MAX = 40;
// JSON-pointer-like, without the leading slash: 'inequities/INQ-3/gap', 'part4', 'products/0'.
export const OBSERVATION_PATH_PATTERN = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(?:\/[A-Za-z0-9._-]+)*$/;
export const OBSERVATION_ITEM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface ObservationInput {
  kind: string;
  path: string;
  itemId?: string;
  text: string;
}

export const isObservationEvent = (type: CycleEventType): type is ObservationEvent =>
  (OBSERVATION_EVENTS as readonly string[]).includes(type);

// The machine wants a general comment on a return or a denial. Observations on items are
// enough: then the comment points to them, and that is what the history records.
export function reviewComment(comment: string | undefined, observations: readonly ObservationInput[] = []): string {
  const general = comment?.trim() ?? '';
  if (general !== '' || observations.length === 0) return general;
  return `Ver observaciones por elemento (${observations.length})`;
}

export function answerStatus(addressed: boolean): Exclude<ObservationStatus, 'open'> {
  return addressed ? 'addressed' : 'answered';
}

export interface PlannedObservation {
  id: string;
  kind: SingletonDocumentKind;
  version: number;
  position: number;
  path: string;
  itemId: string | null;
  text: string;
  authorRole: ObservationAuthorRole;
}

const NOT_ALLOWED = {
  code: 'OBSERVATIONS_NOT_ALLOWED',
  message: 'Solo se hacen observaciones por elemento al devolver o al denegar la visación',
} as const;

export type ObservationRefusal =
  typeof NOT_ALLOWED | { code: 'OBSERVATION_KIND_NOT_SUBMITTED'; message: string; kinds: string[] };

// Observations of a return or a denial, each on a document of the submission being decided and
// of the version under review; or why they are refused.
export function planObservations(
  type: CycleEventType,
  submission: CycleView['submission'],
  observations: readonly ObservationInput[],
  newId: () => string,
): { ok: true; planned: PlannedObservation[] } | { ok: false; refusal: ObservationRefusal } {
  if (observations.length === 0) return { ok: true, planned: [] };
  if (!isObservationEvent(type)) return { ok: false, refusal: NOT_ALLOWED };
  const versions = new Map((submission?.kinds ?? []).map((k) => [k.kind as string, k.version]));
  const foreign = [...new Set(observations.map((o) => o.kind).filter((kind) => !versions.has(kind)))];
  if (foreign.length > 0) {
    return {
      ok: false,
      refusal: {
        code: 'OBSERVATION_KIND_NOT_SUBMITTED',
        message: `Las observaciones deben referirse a los documentos en revisión: ${
          [...versions.keys()].map((kind) => `«${documentKindLabel(kind)}»`).join(', ') || 'ninguno'
        }`,
        kinds: foreign,
      },
    };
  }
  const authorRole = EVENT_ROLE[type] as ObservationAuthorRole;
  return {
    ok: true,
    planned: observations.map((o, position) => ({
      id: newId(),
      kind: o.kind as SingletonDocumentKind,
      version: versions.get(o.kind) ?? 0,
      position,
      path: o.path,
      itemId: o.itemId ?? null,
      text: o.text,
      authorRole,
    })),
  };
}

// What the history entry of the return or denial says about each observation (hash-covered).
export const chainObservationsOf = (planned: readonly PlannedObservation[]): ChainObservation[] =>
  planned.map(({ id, kind, version, path, itemId, text }) => ({ id, kind, version, path, itemId, text }));

/** Refuses observations on an event that takes none, before anything is read. */
export function assertObservationsAllowed(type: CycleEventType, observations: readonly ObservationInput[] = []): void {
  if (observations.length > 0 && !isObservationEvent(type)) throw badRequest(NOT_ALLOWED.code, NOT_ALLOWED.message);
}

/** The observations of a return or a denial the machine accepted, with their ids; 400 when refused. */
export function planReviewObservations(
  type: CycleEventType,
  submission: CycleView['submission'],
  observations: readonly ObservationInput[] = [],
): PlannedObservation[] {
  const plan = planObservations(type, submission, observations, randomUUID);
  if (plan.ok) return plan.planned;
  const { code, message, ...details } = plan.refusal;
  throw badRequest(code, message, details);
}
