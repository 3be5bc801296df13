import type { SingletonDocumentKind } from '../../workflows/document-kinds';

// What a simulated person sees of a cycle: the fields of GET /api/cycles/:id the decision needs.
export interface CycleSeen {
  state: string;
  revision: number;
  documents: { kind: string; version: number }[];
  registers: Record<string, number>;
  counters: { returns: Record<string, number>; denials: Record<string, number> };
}

export type Person = 'officer' | 'head' | 'expert';

export type Action =
  | { type: 'save'; as: Person; kind: SingletonDocumentKind; version: number }
  | { type: 'register-activity'; as: Person }
  | { type: 'event'; as: Person; event: string; comment?: string }
  | { type: 'done' };

/** Where this agency's head returns a submission once, and its expert denies a visa once. */
export interface Script {
  returnAt?: string;
  denyAt?: string;
}

// The documents each gated draft needs before SUBMIT, in the order the officer writes them.
const DRAFTS: Record<string, SingletonDocumentKind[]> = {
  strategicDefinitions: ['strategic-definitions'],
  diagnostic: ['diagnostic'],
  planning: ['plan', 'work-programme'],
  evaluation: ['evaluation', 'follow-up-programme'],
};

// The record a closing step needs written before its event, who writes it and who sends it.
const REGISTERED: Record<string, { kind: SingletonDocumentKind; writer: Person; event: string; sender: Person }> = {
  'followUp.inProgress': { kind: 'management-review', writer: 'head', event: 'RECORD_REVIEW', sender: 'head' },
  'dissemination.pending': { kind: 'dissemination', writer: 'officer', event: 'DISSEMINATE', sender: 'officer' },
  'standardisation.pending': { kind: 'standardisation', writer: 'officer', event: 'COMPLETE', sender: 'officer' },
};

const versionOf = (seen: CycleSeen, kind: string) => seen.documents.find((d) => d.kind === kind)?.version ?? 0;

// The next step of a whole cycle, decided only from what the cycle shows now. Because nothing
// is remembered between steps, a step whose answer was lost (503, dropped connection) is never
// repeated blindly: the person reads the cycle again and sees whether it went through.
export function decide(seen: CycleSeen, script: Script): Action {
  const { state } = seen;
  if (state === 'closed') return { type: 'done' };
  const stage = state.split('.')[0];
  if (state.endsWith('.submitted')) {
    return script.returnAt === stage && (seen.counters.returns[stage] ?? 0) === 0
      ? { type: 'event', as: 'head', event: 'RETURN', comment: 'Falta precisar las brechas por región.' }
      : { type: 'event', as: 'head', event: 'APPROVE' };
  }
  if (state.endsWith('.approved')) {
    return script.denyAt === stage && (seen.counters.denials[stage] ?? 0) === 0
      ? { type: 'event', as: 'expert', event: 'DENY_VISA', comment: 'Las metas de mediano plazo no tienen fuente.' }
      : { type: 'event', as: 'expert', event: 'GRANT_VISA' };
  }
  if (state.endsWith('.draft') && DRAFTS[stage]) {
    const missing = DRAFTS[stage].find((kind) => versionOf(seen, kind) === 0);
    return missing
      ? { type: 'save', as: 'officer', kind: missing, version: 0 }
      : { type: 'event', as: 'officer', event: 'SUBMIT' };
  }
  if (state === 'implementation.inProgress') {
    return (seen.registers['activity-record'] ?? 0) === 0
      ? { type: 'register-activity', as: 'officer' }
      : { type: 'event', as: 'officer', event: 'FINISH_IMPLEMENTATION' };
  }
  const closing = REGISTERED[state];
  if (closing) {
    const version = versionOf(seen, closing.kind);
    return version === 0
      ? { type: 'save', as: closing.writer, kind: closing.kind, version }
      : { type: 'event', as: closing.sender, event: closing.event };
  }
  throw new Error(`Estado no contemplado por la carga: ${state}`);
}

/** Transitions of a whole cycle: 4 gates × 3, four single steps, and what a return or a denial adds. */
export function expectedTransitions(script: Script): number {
  return 16 + (script.returnAt ? 2 : 0) + (script.denyAt ? 3 : 0);
}

/** The record codes a closed cycle of the straight path implies (guide §9), one per record. */
export function expectedRecordCodes(year: number, activityRecords: number): string[] {
  const codes = ['A1H', 'VOB-1', 'DIAG', 'VOB-2', 'PLAN', 'PTA', 'VOB-3', 'EVAL', 'SEG', 'VOB-4', 'RPD', 'DIF', 'EST'];
  for (let n = 1; n <= activityRecords; n++) codes.push(`ACT-${n}`);
  return codes.map((c) => `EG-${year}-${c}-v1`).sort();
}
