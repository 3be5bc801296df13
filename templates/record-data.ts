import type { ContentByKind } from '../src/documents/content';
import { REGISTER_DOCUMENT_KINDS, SINGLETON_DOCUMENT_KINDS, type DocumentKind } from '../workflows/document-kinds';
import { DOCUMENT_KIND_LABELS } from '../workflows/labels';

// What a record PDF is made from: one frozen document version and its approval history.

// The V°B° SERNAM certificate of one visa: the documents it covers, each by its hash.
export interface VisaCertificateContent {
  stageTitle: string;
  documents: { title: string; code: string; version: number; sha256: string }[];
  expert: { name: string };
  grantedAt: string;
  comment?: string;
}

export interface RecordContentByKind extends ContentByKind {
  'visa-certificate': VisaCertificateContent;
}

export type RecordKind = keyof RecordContentByKind;
export type RecordContent<K extends RecordKind> = RecordContentByKind[K];

export const RECORD_KINDS: readonly RecordKind[] = [
  ...SINGLETON_DOCUMENT_KINDS,
  ...REGISTER_DOCUMENT_KINDS,
  'visa-certificate',
];

// One step of a record's approval chain, as the cycle's history entry that made it says: what
// was done (the history's own words), by whom, in which role and when.
export interface ApprovalStep {
  // 'Aprobado por la Jefatura'
  step: string;
  // The person's name and role (its label) then, and the entry's instant (ISO 8601); null while
  // the step is awaited.
  by: { name: string; role: string; at: string } | null;
}

export interface Observation {
  at: string;
  by: string;
  role: string;
  type: 'RETURN' | 'DENY_VISA';
  comment: string;
  // What the same return or denial said about single items or fields, and the authors' follow-up.
  items?: ItemObservation[];
}

export interface ItemObservation {
  kind: string;
  // The version reviewed.
  version: number;
  path: string;
  itemId: string | null;
  text: string;
  status: 'open' | 'answered' | 'addressed';
  answer: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
  addressedInVersion: number | null;
}

export interface EvidenceFile {
  fileName: string;
  sha256: string;
  size: number;
  mediaType: string;
}

// One indicator's values by sex across periods, in time order (src/indicators/indicator-series.ts),
// for the evaluation record's charts. null is missing data, never zero.
export interface IndicatorChart {
  code: string;
  name: string;
  // The indicator's unit: 'percent' | 'ratio' | 'count' | 'amount'.
  unit: string;
  periods: string[];
  women: (number | null)[];
  men: (number | null)[];
}

export interface RecordData<K extends RecordKind = RecordKind> {
  agency: { code: string; name: string; ministry: string };
  year: number;
  record: { code: string; title: string; kind: K; version: number; issuedAt: string };
  // sha256 is of the document version's canonical JSON; version is that document version (an
  // activity record issued again with a new file is record version 2 of document version 1). A
  // certificate has none: its hash is of the visa it certifies.
  document: { sha256: string; version?: number; content: RecordContent<K> };
  // Oldest first: who wrote the version, sent it, approved it, gave it the visa or registered it.
  approvals: ApprovalStep[];
  observations: Observation[];
  evidence?: EvidenceFile[];
  // Evaluation records only: the cited indicators' measurements up to the record's issue.
  indicatorCharts?: IndicatorChart[];
  // PUBLIC_URL/verify/<sha256>
  verifyUrl: string;
}

// The document kinds' titles are the procedure's (workflows/labels.ts); the certificate is the records' own.
export const RECORD_TITLES: Readonly<Record<RecordKind, string>> = {
  ...DOCUMENT_KIND_LABELS,
  'visa-certificate': 'Certificado V°B° SERNAM',
};

export const RECORD_ABBREVIATIONS: Readonly<Record<RecordKind, string>> = {
  'strategic-definitions': 'A1H',
  diagnostic: 'DIAG',
  plan: 'PLAN',
  'work-programme': 'PTA',
  'activity-record': 'ACT',
  'progress-report': 'AVA',
  evaluation: 'EVAL',
  'follow-up-programme': 'SEG',
  'management-review': 'RPD',
  dissemination: 'DIF',
  standardisation: 'EST',
  'visa-certificate': 'VOB',
};

// Documents that pass the head and then SERNAM (workflows/stages: gate()).
export const GATED_KINDS: ReadonlySet<RecordKind> = new Set<DocumentKind>([
  'strategic-definitions',
  'diagnostic',
  'plan',
  'work-programme',
  'evaluation',
  'follow-up-programme',
]);

// 'EG-2027-DIAG-v3'. Activity records, progress reports and certificates are many per
// cycle: pass their serial number to tell them apart ('EG-2027-ACT-12-v1').
export function recordCode(year: number, kind: RecordKind, version: number, serial?: number): string {
  const serialPart = serial === undefined ? '' : `-${serial}`;
  return `EG-${year}-${RECORD_ABBREVIATIONS[kind]}${serialPart}-v${version}`;
}
