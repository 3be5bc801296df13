import { recordStatusLabel } from '@procedure/labels';
import { describe, expect, it } from 'vitest';
import type { ProcedureRecord } from '../api/types';
import { anyPending, formatSize, groupRecords, recordName } from './records-view';

const record = (over: Partial<ProcedureRecord>): ProcedureRecord => ({
  id: 'r1',
  code: 'EG-2027-FA1-v1',
  title: 'Ficha A1 y Formulario H',
  kind: 'strategic-definitions',
  version: 1,
  status: 'issued',
  sha256: 'a'.repeat(64),
  documentSha256: 'b'.repeat(64),
  documentId: null,
  size: 48_200,
  issuedAt: '2027-04-01T12:00:00Z',
  obsolete: false,
  ...over,
});

describe('the records of a cycle as the Registros screen shows them', () => {
  it('keeps obsolete records apart from current ones, in the API’s order', () => {
    const groups = groupRecords([
      record({ id: 'a', obsolete: true }),
      record({ id: 'b' }),
      record({ id: 'c', obsolete: true }),
      record({ id: 'd' }),
    ]);
    expect(groups.current.map((r) => r.id)).toEqual(['b', 'd']);
    expect(groups.obsolete.map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('keeps refreshing only while a record is being issued', () => {
    expect(anyPending(undefined)).toBe(false);
    expect(anyPending([record({})])).toBe(false);
    expect(anyPending([record({}), record({ status: 'pending', sha256: null, size: null, issuedAt: null })])).toBe(
      true,
    );
  });

  it('says a record’s state in Spanish, obsolete before issued', () => {
    expect(recordStatusLabel(record({ status: 'pending' }))).toBe('En emisión');
    expect(recordStatusLabel(record({}))).toBe('Emitido');
    expect(recordStatusLabel(record({ obsolete: true }))).toBe('Obsoleto');
  });

  it('writes sizes the Chilean way', () => {
    expect(formatSize(845)).toBe('845 bytes');
    expect(formatSize(48_200)).toBe('48,2 kB');
    expect(formatSize(1_534_000)).toBe('1,5 MB');
    expect(formatSize(null)).toBe('—');
  });

  it('names each record so that two visa certificates are told apart', () => {
    const first = recordName(record({ title: 'Certificado V°B° SERNAM', code: 'EG-2027-CVB-1-v1' }));
    const second = recordName(record({ title: 'Certificado V°B° SERNAM', code: 'EG-2027-CVB-2-v1' }));
    expect(first).toBe('Certificado V°B° SERNAM versión 1 (EG-2027-CVB-1-v1)');
    expect(first).not.toBe(second);
  });
});
