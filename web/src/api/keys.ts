// One query key per resource; a mutation invalidates the keys of what it changed.
export const keys = {
  me: ['me'] as const,
  agencies: ['agencies'] as const,
  inbox: ['inbox'] as const,
  /** One filtered view of the Bandeja (invalidated with `inbox`). */
  inboxView: (filters: Record<string, string | undefined>) => ['inbox', filters] as const,
  agency: (agencyId: string) => ['agencies', agencyId] as const,
  agencyCycles: (agencyId: string) => ['agencies', agencyId, 'cycles'] as const,
  cycle: (cycleId: string) => ['cycles', cycleId] as const,
  history: (cycleId: string) => ['cycles', cycleId, 'history'] as const,
  historyVerification: (cycleId: string) => ['cycles', cycleId, 'history', 'verify'] as const,
  document: (cycleId: string, kind: string) => ['cycles', cycleId, 'documents', kind] as const,
  documentVersion: (cycleId: string, kind: string, version: number) =>
    ['cycles', cycleId, 'documents', kind, 'versions', version] as const,
  /** The same document's last visa-granted version of the previous year. */
  previousYearDocument: (cycleId: string, kind: string) =>
    ['cycles', cycleId, 'documents', kind, 'previous-year'] as const,
  evaluationPrefill: (cycleId: string) => ['cycles', cycleId, 'documents', 'evaluation', 'prefill'] as const,
  /** A kind's JSON Schema (the form is drawn from it). */
  documentKindSchema: (kind: string) => ['document-kinds', kind, 'schema'] as const,
  observations: (cycleId: string) => ['cycles', cycleId, 'observations'] as const,
  records: (cycleId: string) => ['cycles', cycleId, 'records'] as const,
  /** One register of a cycle: 'activity-record' or 'progress-report'. */
  register: (cycleId: string, kind: string) => ['cycles', cycleId, 'registers', kind] as const,
  evidence: (cycleId: string) => ['cycles', cycleId, 'evidence'] as const,
  deadlines: (cycleId: string) => ['cycles', cycleId, 'deadlines'] as const,
  notifications: ['notifications'] as const,
  notificationsPage: (page: number) => ['notifications', 'page', page] as const,
  unreadNotifications: ['notifications', 'unread'] as const,
};
