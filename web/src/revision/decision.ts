import type { CycleEventType } from '@procedure/events';
import { documentKindWithArticle, ERROR_LABELS, ROLE_LABELS } from '@procedure/labels';
import type { Role } from '@procedure/roles';
import { ApiError, errorMessage } from '../api/client';
import type { Cycle, Me } from '../api/types';
import { gateOfState, type Gate } from './baseline';

// The gate's decisions as the Revisión screen offers and explains them.

export const GATE_DECISIONS: Readonly<Record<Gate, readonly CycleEventType[]>> = {
  head: ['APPROVE', 'RETURN'],
  expert: ['GRANT_VISA', 'DENY_VISA'],
};

const GATE_ROLE: Readonly<Record<Gate, Role>> = { head: 'agency_head', expert: 'sernam_expert' };

/** A return or a denial sends the documents back with observations. */
export const sendsBack = (type: CycleEventType): boolean => type === 'RETURN' || type === 'DENY_VISA';

/** The decisions this person may take now, in the screen's order (the API's allowedEvents decide). */
export function offeredDecisions(cycle: Pick<Cycle, 'state' | 'allowedEvents'>): CycleEventType[] {
  const gate = gateOfState(cycle.state);
  return gate ? GATE_DECISIONS[gate].filter((type) => cycle.allowedEvents.includes(type)) : [];
}

/** Documents of the submission the cycle holds (waiting for the head or for SERNAM). */
export const underReview = <D extends { status: string; version: number }>(documents: readonly D[]): D[] =>
  documents.filter((d) => (d.status === 'submitted' || d.status === 'approved') && d.version > 0);

const documentsPhrase = (kinds: readonly string[]): string => {
  const names = kinds.map(documentKindWithArticle);
  return names.length <= 1 ? (names[0] ?? 'los documentos') : `${names.slice(0, -1).join(', ')} y ${names.at(-1)}`;
};

type Phrase = (docs: string, many: boolean) => string;

// What a decision will do, said before it is confirmed.
const CONFIRMATIONS: Partial<Record<CycleEventType, Phrase>> = {
  APPROVE: (docs, many) => `Aprobará ${docs}. ${many ? 'Pasan' : 'Pasa'} a la visación técnica de SERNAM.`,
  RETURN: (docs, many) =>
    `Devolverá ${docs} a borrador con sus observaciones. Quienes ${many ? 'los' : 'lo'} redactan las verán en cada elemento observado.`,
  GRANT_VISA: (docs) =>
    `Otorgará la visación técnica (V°B°) de ${docs}. Se emitirán sus registros y el certificado V°B° SERNAM.`,
  DENY_VISA: (docs, many) =>
    `Denegará la visación de ${docs}. ${many ? 'Vuelven' : 'Vuelve'} a borrador con sus observaciones y deberá${many ? 'n' : ''} pasar otra vez por la Jefatura.`,
};

// What happened, once the API accepted the decision.
const SUCCESSES: Partial<Record<CycleEventType, Phrase>> = {
  APPROVE: (docs) => `Aprobado: ${docs} quedó en visación técnica de SERNAM.`,
  RETURN: (docs) => `Devuelto: ${docs} volvió a borrador con sus observaciones.`,
  GRANT_VISA: (docs) => `Visación otorgada: ${docs} quedó visado. Los registros se emiten en unos momentos.`,
  DENY_VISA: (docs) => `Visación denegada: ${docs} volvió a borrador con sus observaciones.`,
};

export const confirmationText = (type: CycleEventType, kinds: readonly string[]): string =>
  CONFIRMATIONS[type]?.(documentsPhrase(kinds), kinds.length > 1) ?? '';

export const successText = (type: CycleEventType, kinds: readonly string[]): string =>
  SUCCESSES[type]?.(documentsPhrase(kinds), kinds.length > 1) ?? 'Decisión registrada.';

/** A refusal in our own Spanish words for the codes we know (the API's message may name fields). */
export function refusalText(error: unknown): string {
  if (error instanceof ApiError && Object.prototype.hasOwnProperty.call(ERROR_LABELS, error.code))
    return ERROR_LABELS[error.code] ?? errorMessage(error);
  return errorMessage(error);
}

export const isStale = (error: unknown): boolean => error instanceof ApiError && error.code === 'STALE_REVISION';

/**
 * Why this person sees no decision while the cycle waits at a gate: they wrote a version under
 * review (separation of duties), or the decision belongs to someone else. Null when they may decide.
 */
export function whyNoDecision(
  cycle: Pick<Cycle, 'state' | 'allowedEvents' | 'agencyId'>,
  me: Pick<Me, 'id' | 'memberships' | 'expertAgencyIds'>,
  authorIds: readonly string[],
): string | null {
  const gate = gateOfState(cycle.state);
  if (!gate || offeredDecisions(cycle).length > 0) return null;
  const role = GATE_ROLE[gate];
  const holds =
    role === 'sernam_expert'
      ? me.expertAgencyIds.includes(cycle.agencyId)
      : me.memberships.some((m) => m.agencyId === cycle.agencyId && m.role === role);
  if (holds && authorIds.includes(me.id)) return ERROR_LABELS.SELF_APPROVAL ?? null;
  return `Esta decisión corresponde a: ${ROLE_LABELS[role]}. Usted puede leer los documentos y sus observaciones.`;
}
