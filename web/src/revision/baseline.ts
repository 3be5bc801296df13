import type { CycleEventType } from '@procedure/events';
import type { HistoryEntry } from '../api/types';

// Which earlier version a gate compares the submitted one with: the version of that document
// this gate last decided on (the head's last return or approval, SERNAM's last denial or visa);
// failing that, the last version SERNAM visaed in any earlier round; failing that, none.

export type Gate = 'head' | 'expert';

const GATE_DECISIONS: Readonly<Record<Gate, readonly CycleEventType[]>> = {
  head: ['RETURN', 'APPROVE'],
  expert: ['DENY_VISA', 'GRANT_VISA'],
};

export interface Baseline {
  version: number;
  /** The history entry that saw it. */
  type: CycleEventType;
  at: string;
  /** 'gate': this gate's last decision on the document; 'visa': the last visa of an earlier round. */
  source: 'gate' | 'visa';
}

/** The gate a cycle's state waits on: the head while submitted, SERNAM while approved. */
export function gateOfState(state: string): Gate | null {
  if (state.endsWith('.submitted')) return 'head';
  if (state.endsWith('.approved')) return 'expert';
  return null;
}

export function baselineFor(
  history: readonly HistoryEntry[],
  gate: Gate,
  kind: string,
  submittedVersion: number,
): Baseline | null {
  const seen = (types: readonly string[]) =>
    [...history]
      .sort((a, b) => b.seq - a.seq)
      .flatMap((entry) => {
        if (!types.includes(entry.type)) return [];
        const doc = entry.documents.find((d) => d.kind === kind && d.version <= submittedVersion);
        return doc ? [{ version: doc.version, type: entry.type as CycleEventType, at: entry.at }] : [];
      })[0];
  const own = seen(GATE_DECISIONS[gate]);
  if (own) return { ...own, source: 'gate' };
  const visa = seen(['GRANT_VISA']);
  return visa ? { ...visa, source: 'visa' } : null;
}
