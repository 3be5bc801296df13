// The API's answers as the web app reads them. They mirror the server's views
// (src/**/*.view(s).ts, inbox.service.ts); the server's OpenAPI schemas are still empty objects,
// so these are written once here until the client can be generated from them.
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

export interface InboxItem {
  cycleId: string;
  agency: { id: string; code: string; name: string };
  year: number;
  stage: string;
  state: string;
  since: string;
  actions: CycleEventType[];
  observation: InboxObservation | null;
  documents?: { kind: DocumentKind; status: DocumentStatusCode; version: number }[];
  dueDate?: string | null;
  overdue?: boolean;
}

export interface InboxResponse {
  total: number;
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
  counters: { returns: number; denials: number } & Record<string, number>;
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
  at: string;
  hash: string;
  prevHash: string;
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
  link: { cycleId: string; commitmentId?: string };
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
