// The cycle's history as a person reads it: newest first, each entry in the procedure's words,
// who did it in which role, the state it left the cycle in, what was said, and which versions of
// which documents it concerned.
import { documentKindLabel, historyEntryLabel, roleLabel, stateLabel } from '@procedure/labels';
import type { ChainVerification, HistoryEntry } from '../api/types';

export interface HistoryLine {
  id: string;
  seq: number;
  title: string;
  who: string;
  role: string | null;
  at: string;
  /** The state the entry left the cycle in, only when it changed it. */
  stateAfter: string | null;
  comment: string | null;
  observations: { document: string | null; text: string }[];
  documents: string[];
}

// The role an entry was made in: the head's for the head's decisions, SERNAM's for the visa;
// otherwise the first role the person held in the agency.
const ROLE_OF_EVENT: Readonly<Record<string, string>> = {
  APPROVE: 'agency_head',
  RETURN: 'agency_head',
  GRANT_VISA: 'sernam_expert',
  DENY_VISA: 'sernam_expert',
  RECORD_REVIEW: 'agency_head',
};

export function actorRole(type: string, roles: readonly string[]): string | null {
  const expected = Object.prototype.hasOwnProperty.call(ROLE_OF_EVENT, type) ? ROLE_OF_EVENT[type] : undefined;
  const role = expected !== undefined && roles.includes(expected) ? expected : roles[0];
  return role === undefined ? null : roleLabel(role);
}

const versionOf = (kind: string, version: number) => `${documentKindLabel(kind)}, versión ${version}`;

export function historyLines(entries: readonly HistoryEntry[]): HistoryLine[] {
  return [...entries]
    .sort((a, b) => b.seq - a.seq)
    .map((entry) => ({
      id: entry.id,
      seq: entry.seq,
      title: historyEntryLabel(entry.type),
      who: entry.actorName ?? 'Enfoque (automático)',
      role: entry.actorName === null ? null : actorRole(entry.type, entry.actorRoles),
      at: entry.at,
      stateAfter: entry.stateBefore !== entry.stateAfter ? stateLabel(entry.stateAfter) : null,
      comment: entry.comment?.trim() ? entry.comment : null,
      observations: (entry.observations ?? [])
        .filter((o) => typeof o.text === 'string' && o.text.trim() !== '')
        .map((o) => ({ document: o.kind ? documentKindLabel(o.kind) : null, text: o.text ?? '' })),
      documents: entry.documents.map((d) => versionOf(d.kind, d.version)),
    }));
}

/** "1 movimiento", "12 movimientos". */
export const movements = (n: number): string => (n === 1 ? '1 movimiento' : `${n} movimientos`);

/** What the chain's verification means for a person, and whether it is good news. */
export function verificationMessage(verification: ChainVerification): { valid: boolean; text: string } {
  if (verification.valid)
    return { valid: true, text: `Cadena de integridad verificada: ${movements(verification.entries)}` };
  const where =
    verification.firstBrokenEntry === undefined ? '' : ` a partir del movimiento ${verification.firstBrokenEntry}`;
  return {
    valid: false,
    text:
      `La cadena de integridad del historial no se pudo verificar${where}: un movimiento fue alterado o ` +
      'eliminado después de registrarse. No confíe en este historial y avise a la mesa de ayuda.',
  };
}
