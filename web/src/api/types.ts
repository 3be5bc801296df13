// The API's answers as the web app reads them. They mirror the server's views
// (src/**/*.view(s).ts, inbox.service.ts); the server's OpenAPI schemas are still empty objects,
// so these are written once here until the client can be generated from them.
import type { GatedStageId, StageId } from '@procedure/context';
import type { DocumentKind } from '@procedure/document-kinds';
import type { CycleEventType } from '@procedure/events';
import type { DocumentStatusCode } from '@procedure/labels';
import type { Role } from '@procedure/roles';

export interface Me {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  memberships: { id: string; agencyId: string; role: Role; centre: string | null }[];
  expertAgencyIds: string[];
}

export interface Agency {
  id: string;
  code: string;
  name: string;
  ministry: string;
}

export interface InboxObservation {
  type: 'RETURN' | 'DENY_VISA';
  comment: string;
  by: string | null;
  at: string;
}

export interface InboxDocument {
  kind: DocumentKind;
  /** null: nothing of this kind exists yet (a register with no entry). */
  status: DocumentStatusCode | null;
  version: number;
  /** Whether the caller may write it now. */
  writable: boolean;
  /** Registers only: how many entries there are. */
  count?: number;
}

export interface InboxItem {
  cycleId: string;
  agency: { id: string; code: string; name: string };
  year: number;
  stage: string;
  state: string;
  since: string;
  awaitingSince: string;
  actions: CycleEventType[];
  observation: InboxObservation | null;
  documents: InboxDocument[];
  /** The due date (YYYY-MM-DD) of the gate's next milestone, and its Spanish name. */
  dueDate: string | null;
  dueLabel: string | null;
  overdue: boolean;
}

/** Counted over every item of the caller, whatever the filters. */
export interface InboxCounts {
  byAction: Partial<Record<CycleEventType, number>>;
  byAgency: Record<string, number>;
  byStage: Partial<Record<StageId, number>>;
  overdue: number;
  total: number;
}

export interface InboxResponse {
  total: number;
  counts: InboxCounts;
  limit: number;
  offset: number;
  items: InboxItem[];
}

export interface DocumentSummary {
  kind: DocumentKind;
  status: DocumentStatusCode;
  version: number;
  sha256: string | null;
}

export interface Cycle {
  id: string;
  agencyId: string;
  year: number;
  previousCycleId: string | null;
  stage: string;
  state: string;
  status: 'open' | 'closed';
  revision: number;
  awaiting: Role[];
  stateEnteredAt: string;
  documents: DocumentSummary[];
  registers: Record<'activity-record' | 'progress-report', number>;
  allowedEvents: CycleEventType[];
  counters: CycleCounters;
}

/** How often each gate sent its documents back (the machine's counters). */
export interface CycleCounters {
  submissions: number;
  returns: Record<GatedStageId, number>;
  denials: Record<GatedStageId, number>;
  adjustments: number;
  reviewRounds: number;
}

/** A cycle as GET /api/agencies/:agencyId/cycles lists it. */
export interface CycleListItem {
  id: string;
  agencyId: string;
  year: number;
  stage: string;
  state: string;
  status: 'open' | 'closed';
  revision: number;
  awaiting: Role[];
  stateEnteredAt: string;
}

/** One due date of a cycle (its own, else its year's calendar), as GET /api/cycles/:id/deadlines gives it. */
export interface CycleDeadline {
  /** 'stage.milestone', e.g. 'diagnostic.submission'. */
  gate: string;
  dueDate: string;
  source: 'calendar' | 'cycle';
  label: string;
  /** Whether the cycle still has to pass it. */
  pending: boolean;
  overdue: boolean;
  daysLeft: number;
}

export interface CycleDeadlines {
  cycleId: string;
  year: number;
  deadlines: CycleDeadline[];
}

export interface DocumentVersionSummary {
  version: number;
  sha256: string;
  authorId: string;
  authorName: string | null;
  createdAt: string;
}

export interface Observation {
  at: string;
  by: string | null;
  role: string | null;
  type: string;
  comment: string;
  versions: { kind: string; version: number }[];
}

export interface DocumentView extends DocumentSummary {
  id: string;
  cycleId: string;
  title: string;
  content: unknown;
  editable: boolean;
  updatedAt: string;
  versions: DocumentVersionSummary[];
  observations: Observation[];
}

export interface HistoryEntry {
  id: string;
  seq: number;
  type: string;
  actorId: string | null;
  actorName: string | null;
  actorRoles: string[];
  stateBefore: string | null;
  stateAfter: string;
  comment: string | null;
  documents: { kind: string; version: number; sha256: string; documentId?: string }[];
  /** A return's or denial's observations on items (with text); an answer's (with status). */
  observations?: HistoryObservation[] | null;
  at: string;
  hash: string;
  prevHash: string;
}

export interface HistoryObservation {
  id: string;
  kind?: string;
  version?: number;
  path?: string;
  itemId?: string | null;
  text?: string;
  status?: string;
}

export interface ChainVerification {
  valid: boolean;
  entries: number;
  firstBrokenEntry?: number;
}

export interface ProcedureRecord {
  id: string;
  code: string;
  title: string;
  kind: string;
  version: number;
  status: 'pending' | 'issued';
  sha256: string | null;
  documentSha256: string;
  size: number | null;
  issuedAt: string | null;
  obsolete: boolean;
}

export interface AppNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: { cycleId: string; commitmentId?: string; documentKind?: DocumentKind };
  /** Whose cycle it is about (null if the cycle no longer exists). */
  agency: { code: string; name: string } | null;
  year: number | null;
  read: boolean;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationsResponse {
  total: number;
  unread: number;
  limit: number;
  offset: number;
  items: AppNotification[];
}

/** An observation on an item or field of a document, as GET /api/cycles/:id/observations lists it. */
export interface ItemObservation {
  id: string;
  cycleId: string;
  kind: DocumentKind;
  /** The version reviewed. */
  documentVersion: number;
  /** Where in the content: 'products/PE-1/inequities/INQ-3/gap'. */
  path: string;
  itemId: string | null;
  text: string;
  author: { id: string; name: string; role: 'agency_head' | 'sernam_expert' };
  /** The history entry of the return or denial that made it (its round). */
  eventSeq: number;
  eventType: 'RETURN' | 'DENY_VISA';
  createdAt: string;
  status: 'open' | 'answered' | 'addressed';
  answer: string | null;
  answeredBy: { id: string; name: string } | null;
  answeredAt: string | null;
  /** The version submitted after the authors marked it addressed. */
  addressedInVersion: number | null;
}

export interface ItemObservationsResponse {
  total: number;
  items: ItemObservation[];
}

/** One saved version of a document as it was (GET /api/cycles/:id/documents/:kind/versions/:version). */
export interface DocumentVersionContent {
  cycleId: string;
  kind: DocumentKind;
  version: number;
  sha256: string;
  content: unknown;
  authorId: string;
  authorName: string | null;
  createdAt: string;
}
