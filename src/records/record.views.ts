import type { ProcedureRecord } from './record.entity';

export interface RecordView {
  id: string;
  code: string;
  title: string;
  kind: string;
  version: number;
  status: 'pending' | 'issued';
  /** SHA-256 of the PDF itself, once issued. */
  sha256: string | null;
  documentSha256: string;
  /** The document (or register entry) recorded; null for a visa certificate. */
  documentId: string | null;
  size: number | null;
  issuedAt: string | null;
  obsolete: boolean;
}

export const toRecordView = (record: ProcedureRecord): RecordView => ({
  id: record.id,
  code: record.code,
  title: record.title,
  kind: record.kind,
  version: record.version,
  status: record.status,
  sha256: record.pdfSha256,
  documentSha256: record.documentSha256,
  documentId: record.source.type === 'document' ? record.source.documentId : null,
  size: record.pdfSize,
  issuedAt: record.issuedAt?.toISOString() ?? null,
  obsolete: record.obsolete,
});
