// The API's answers as the web app reads them, derived from the types generated from the API's
// OpenAPI document (schema.d.ts, `npm run api:types`); nothing here is retyped by hand. Where the
// document says "string" for a code, the procedure's own type (workflows/) narrows it.
import type { components } from './schema';

type Schemas = components['schemas'];
/** T with some properties replaced by narrower types. */
type Narrow<T, N extends { [K in keyof N]: K extends keyof T ? unknown : never }> = Omit<T, keyof N> & N;

export type Me = Schemas['MeResponse'];
// The screens do not read createdAt (and fixtures leave it out).
export type Agency = Narrow<Schemas['AgencyResponse'], { createdAt?: string }>;

export type InboxObservation = Schemas['InboxObservationResponse'];
export type InboxDocument = Schemas['InboxDocumentResponse'];
export type InboxItem = Schemas['InboxItemResponse'];
/** Counted over every item of the caller, whatever the filters. */
export type InboxCounts = Schemas['InboxCountsResponse'];
export type InboxResponse = Schemas['InboxResponse'];

export type DocumentSummary = Schemas['DocumentSummaryResponse'];
/** How often each gate sent its documents back (the machine's counters). */
export type CycleCounters = Schemas['CycleCountersResponse'];
export type Cycle = Schemas['CycleDetailResponse'];
/** A cycle as GET /api/agencies/:agencyId/cycles lists it. */
export type CycleListItem = Schemas['CycleListItemResponse'];

/** One due date of a cycle (its own, else its year's calendar), as GET /api/cycles/:id/deadlines gives it. */
export type CycleDeadline = Narrow<Schemas['CycleDeadlineResponse'], { gate: string }>;
export type CycleDeadlines = Narrow<Schemas['CycleDeadlinesResponse'], { deadlines: CycleDeadline[] }>;

export type DocumentVersionSummary = Schemas['DocumentVersionSummaryResponse'];
export type Observation = Schemas['DocumentObservationResponse'];
export type DocumentView = Narrow<Schemas['DocumentResponse'], { content: unknown }>;

/** observations: entries written before observations existed may be read without them. */
export type HistoryEntry = Narrow<
  Schemas['HistoryEntryResponse'],
  { observations?: Schemas['HistoryObservationResponse'][] | null }
>;
export type HistoryObservation = Schemas['HistoryObservationResponse'];
export type ChainVerification = Schemas['ChainVerificationResponse'];

export type ProcedureRecord = Schemas['RecordResponse'];

export type AppNotification = Schemas['NotificationResponse'];
export type NotificationsResponse = Schemas['NotificationListResponse'];

/** An observation on an item or field of a document, as GET /api/cycles/:id/observations lists it. */
export type ItemObservation = Schemas['ObservationResponse'];
export type ItemObservationsResponse = Schemas['ObservationListResponse'];

/** One saved version of a document as it was (GET /api/cycles/:id/documents/:kind/versions/:version). */
export type DocumentVersionContent = Narrow<Schemas['DocumentVersionResponse'], { content: unknown }>;

/** A document's last visa-granted version of the previous year (GET …/documents/:kind/previous-year). */
export type PreviousYearDocument = Narrow<Schemas['PreviousYearDocumentResponse'], { content: unknown }>;
/** The evaluation proposed from the plan, the indicators and last year's commitments. */
export type EvaluationPrefill = Schemas['EvaluationPrefillResponse'];
/** One entry of a register (an activity record or a progress report). */
export type RegisterEntry = Narrow<Schemas['RegisterEntryResponse'], { content: unknown }>;
/** GET /api/cycles/:id/activity-records and …/progress-reports. */
export type RegisterPage = Narrow<Schemas['RegisterPageResponse'], { items: RegisterEntry[] }>;
/** A verification means attached to a register entry. */
export type Evidence = Schemas['EvidenceFileResponse'];
/** What "Revisar" finds missing before a SUBMIT (POST /api/cycles/:id/documents/:kind/check). */
export type DocumentCheck = Schemas['DocumentCheckResponse'];
export type CompletenessProblem = Schemas['CompletenessProblemResponse'];
