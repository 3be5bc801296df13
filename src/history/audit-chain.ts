import { canonicalJson, sha256Hex } from '../common/canonical-json';
import type { EventDocumentRef } from './cycle-event.entity';

export const GENESIS_HASH = '0'.repeat(64);

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
}

// The hash covers every field and the previous entry's hash: change one stored row and this
// entry and every later one stop matching.
export function entryHash(fields: ChainFields, prevHash: string): string {
  return sha256Hex(canonicalJson({ ...fields, prevHash }));
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
