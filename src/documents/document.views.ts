import type { DocumentKind, RegisterDocumentKind } from '../../workflows/document-kinds';
import type { CycleEvent } from '../history/cycle-event.entity';
import type { CycleDocument, DocumentStatus } from './store/cycle-document.entity';

export interface DocumentSummary {
  kind: DocumentKind;
  status: DocumentStatus;
  version: number;
  sha256: string | null;
}

export interface Observation {
  at: string;
  by: string | null;
  role: string | null;
  type: string;
  comment: string;
  versions: { kind: string; version: number }[];
}

export const toDocumentSummary = (document: CycleDocument): DocumentSummary => ({
  kind: document.kind,
  status: document.status,
  version: document.currentVersion,
  sha256: document.currentSha256,
});

// A return or a denial is an observation on every document it sent back.
export const toObservation = (event: CycleEvent): Observation => ({
  at: event.at,
  by: event.actorName,
  role: event.actorRoles.find((r) => r === 'agency_head' || r === 'sernam_expert') ?? event.actorRoles[0] ?? null,
  type: event.type,
  comment: event.comment ?? '',
  versions: event.documents.map((d) => ({ kind: d.kind, version: d.version })),
});

/** One entry of a register (an activity record, a progress report), as recorded. */
export interface RegisterEntryView {
  id: string;
  kind: RegisterDocumentKind;
  status: DocumentStatus;
  version: number;
  sha256: string;
  authorId: string;
  authorName: string | null;
  createdAt: string;
  content: unknown;
}

export interface RegisterPage {
  total: number;
  items: RegisterEntryView[];
  /** Whether the caller may record entries now (the implementation stage, and a drafter's role). */
  editable: boolean;
}
