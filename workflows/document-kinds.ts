// Documents of a cycle (PROCEDURE.md, stages 0-6). Singletons exist once per cycle;
// activity records and progress reports are many, registered during implementation.
export const SINGLETON_DOCUMENT_KINDS = [
  'strategic-definitions',
  'diagnostic',
  'plan',
  'work-programme',
  'evaluation',
  'follow-up-programme',
  'management-review',
  'dissemination',
  'standardisation',
] as const;
export type SingletonDocumentKind = (typeof SINGLETON_DOCUMENT_KINDS)[number];

export const REGISTER_DOCUMENT_KINDS = ['activity-record', 'progress-report'] as const;
export type RegisterDocumentKind = (typeof REGISTER_DOCUMENT_KINDS)[number];

export type DocumentKind = SingletonDocumentKind | RegisterDocumentKind;
