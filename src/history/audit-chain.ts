import { canonicalJson, sha256Hex } from '../common/canonical-json';
import type { EventDocumentRef } from './cycle-event.entity';

export const GENESIS_HASH = '0'.repeat(64);

// What an entry says about observations attached to items of a document: a return or a denial
// lists the observations it made; an answer names the observation and its new status.
export interface ChainObservation {
  id: string;
  kind?: string;
  version?: number;
  path?: string;
  itemId?: string | null;
  text?: string;
  status?: string;
}

export interface ChainFields {
  cycleId: string;
  seq: number;
  type: string;
  actorId: string | null;
  actorName: string | null;
  actorRoles: string[];
  stateBefore: string | null;
  stateAfter: string;
  comment: string | null;
  documents: EventDocumentRef[];
  at: string;
  observations?: ChainObservation[] | null;
}

// The hash covers every field and the previous entry's hash: change one stored row and this
// entry and every later one stop matching. Observations are hashed only when an entry has them,
// so entries written before the field existed hash (and verify) exactly as they did.
export function entryHash(fields: ChainFields, prevHash: string): string {
  const { observations, ...rest } = fields;
  const hashed = observations === null || observations === undefined ? rest : { ...rest, observations };
  return sha256Hex(canonicalJson({ ...hashed, prevHash }));
}

export interface ChainVerification {
  valid: boolean;
  entries: number;
  firstBrokenEntry?: number;
}

export function verifyChain(entries: readonly (ChainFields & { prevHash: string; hash: string })[]): ChainVerification {
  let previous = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    const { prevHash, hash, ...fields } = entry;
    if (entry.seq !== index + 1 || prevHash !== previous || entryHash(fields, prevHash) !== hash) {
      return { valid: false, entries: entries.length, firstBrokenEntry: index + 1 };
    }
    previous = hash;
  }
  return { valid: true, entries: entries.length };
}
