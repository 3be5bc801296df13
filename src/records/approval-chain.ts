import type { CycleEventType } from '../../workflows/cycle-engine';
import { EVENT_ROLE } from '../../workflows/event-rules';
import { historyEntryLabel, roleLabel } from '../../workflows/labels';
import { GATED_KINDS, type ApprovalStep, type RecordKind } from '../../templates/record-data';
import { writersOf } from '../documents/document-writers';
import type { CycleEvent } from '../history/cycle-event.entity';
import { REGISTERED_BY } from './records-planner.service';

// A record's approval chain is read from the cycle's history, never assembled from elsewhere:
// each step is one history entry that names the document version (kind, version and hash), with
// the person, the role they acted in and the instant the entry was written with.

export type HistoryEntry = Pick<CycleEvent, 'seq' | 'type' | 'actorName' | 'actorRoles' | 'documents' | 'at'>;

export interface VersionRef {
  kind: RecordKind;
  version: number;
  sha256: string;
}

const GATE_STEPS = ['SUBMIT', 'APPROVE', 'GRANT_VISA'] as const;
// The entries that make a version: a save, or the registration of an activity or progress entry.
const WRITTEN_BY = ['DOCUMENT_SAVED', 'RECORD_REGISTERED'];

const covers = (entry: HistoryEntry, ref: VersionRef): boolean =>
  entry.documents.some((d) => d.kind === ref.kind && d.version === ref.version && d.sha256 === ref.sha256);

// A document version's record: who wrote it, then its gate (sent, approved, visa) or the event
// that registered it. A version given a visa twice keeps its first record (RecordsPlanner), so
// the chain is that first visa's: the approval before it and the sending before that.
export function documentChain(ref: VersionRef, entries: readonly HistoryEntry[]): ApprovalStep[] {
  const written = entries.find((e) => WRITTEN_BY.includes(e.type) && covers(e, ref));
  const steps: ApprovalStep[] = written ? [stepOf(written, ref.kind, `(versión ${ref.version})`)] : [];
  if (GATED_KINDS.has(ref.kind)) {
    const visa = entries.find((e) => e.type === 'GRANT_VISA' && covers(e, ref));
    return [...steps, ...gate(entries, (e) => covers(e, ref), ref.kind, visa)];
  }
  const registeredBy = registeringEvent(ref.kind);
  const registered = registeredBy && entries.find((e) => e.type === registeredBy && covers(e, ref));
  return registered ? [...steps, stepOf(registered, ref.kind)] : steps;
}

// A V°B° certificate: the sending, the approval and the visa of the versions that visa covers.
export function visaChain(visaSeq: number, entries: readonly HistoryEntry[]): ApprovalStep[] {
  const visa = entries.find((e) => e.seq === visaSeq);
  if (!visa) return [];
  const refs = visa.documents;
  const coversAll = (e: HistoryEntry) =>
    refs.every((r) => e.documents.some((d) => d.kind === r.kind && d.version === r.version && d.sha256 === r.sha256));
  return gate(entries, coversAll, 'visa-certificate', visa);
}

// Each step of the gate before the visa it ends in: the last approval before the visa, the last
// sending before that approval (a version returned and sent again unchanged is sent twice).
function gate(
  entries: readonly HistoryEntry[],
  matches: (e: HistoryEntry) => boolean,
  kind: RecordKind,
  visa: HistoryEntry | undefined,
): ApprovalStep[] {
  let before = visa?.seq ?? Number.MAX_SAFE_INTEGER;
  const found = new Map<string, HistoryEntry | undefined>([['GRANT_VISA', visa]]);
  for (const type of ['APPROVE', 'SUBMIT']) {
    const entry = [...entries].reverse().find((e) => e.type === type && e.seq < before && matches(e));
    found.set(type, entry);
    if (entry) before = entry.seq;
  }
  return GATE_STEPS.map((type) => {
    const entry = found.get(type);
    return entry ? stepOf(entry, kind) : { step: historyEntryLabel(type), by: null };
  });
}

function stepOf(entry: HistoryEntry, kind: RecordKind, detail?: string): ApprovalStep {
  const label = historyEntryLabel(entry.type);
  return {
    step: detail ? `${label} ${detail}` : label,
    by: { name: entry.actorName ?? '—', role: actingRole(entry, kind), at: entry.at },
  };
}

// The role the person acted in: the one the event asks for (EVENT_ROLE), or, for writing, the
// first of theirs that writes this kind of document.
function actingRole(entry: HistoryEntry, kind: RecordKind): string {
  const roles = entry.actorRoles;
  const expected = Object.hasOwn(EVENT_ROLE, entry.type) ? EVENT_ROLE[entry.type as CycleEventType] : undefined;
  const writers: readonly string[] = kind === 'visa-certificate' ? [] : writersOf(kind);
  const role =
    expected !== undefined && roles.includes(expected)
      ? expected
      : (writers.find((r) => roles.includes(r)) ?? roles[0]);
  return role === undefined ? '—' : roleLabel(role);
}

function registeringEvent(kind: RecordKind): string | undefined {
  return Object.entries(REGISTERED_BY).find(([, registered]) => registered === kind)?.[0];
}
