import type { ProcedureRecord } from '../api/types';

// How the Registros screen arranges a cycle's records: current ones first, superseded ones apart.

export interface RecordGroups {
  current: ProcedureRecord[];
  obsolete: ProcedureRecord[];
}

export function groupRecords(records: readonly ProcedureRecord[]): RecordGroups {
  return {
    current: records.filter((r) => !r.obsolete),
    obsolete: records.filter((r) => r.obsolete),
  };
}

/** Whether the list must keep refreshing itself: some record is still being rendered. */
export const anyPending = (records: readonly ProcedureRecord[] | undefined): boolean =>
  records?.some((r) => r.status === 'pending') ?? false;

const sizeFormat = (digits: number) =>
  new Intl.NumberFormat('es-CL', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/** "845 bytes", "48,2 kB", "1,5 MB"; a dash while the PDF does not exist yet. */
export function formatSize(bytes: number | null): string {
  if (bytes === null || !Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${sizeFormat(1).format(bytes / 1000)} kB`;
  return `${sizeFormat(1).format(bytes / 1_000_000)} MB`;
}

/**
 * What a screen reader says of a record's links. Several records share a title (one visa
 * certificate per stage, one record per activity entry), so the record's code tells them apart.
 */
export const recordName = (record: Pick<ProcedureRecord, 'title' | 'version' | 'code'>): string =>
  `${record.title} versión ${record.version} (${record.code})`;

export const pdfUrl = (recordId: string): string => `/api/records/${encodeURIComponent(recordId)}/pdf`;

export const verifyUrl = (sha256: string): string => `/verify/${encodeURIComponent(sha256)}`;

export const dossierUrl = (cycleId: string): string => `/api/cycles/${encodeURIComponent(cycleId)}/dossier`;
