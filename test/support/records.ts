import type TestAgent from 'supertest/lib/agent';
import type { Response } from 'superagent';
import type { RecordView } from '../../src/records/record.views';
import { waitFor } from './processes';

export type ListedRecord = RecordView;

/** Reads a response body as bytes (PDF, ZIP). */
export const binary = (response: Response, callback: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

export async function listRecords(http: TestAgent, cycleId: string, token: string): Promise<ListedRecord[]> {
  const response = await http.get(`/api/cycles/${cycleId}/records`).set('Authorization', `Bearer ${token}`);
  if (response.status !== 200) throw new Error(`registros: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as ListedRecord[];
}

/** Waits until the cycle has at least `count` records and all of them are issued. */
export async function waitForIssued(
  http: TestAgent,
  cycleId: string,
  token: string,
  count: number,
  timeoutMs = 60_000,
): Promise<ListedRecord[]> {
  let last: ListedRecord[] = [];
  return waitFor(
    async () => {
      last = await listRecords(http, cycleId, token);
      return last.length >= count && last.every((r) => r.status === 'issued') ? last : undefined;
    },
    () => `registros emitidos (${count}): ${JSON.stringify(last.map((r) => [r.code, r.status]))}`,
    timeoutMs,
  );
}

export async function downloadPdf(http: TestAgent, recordId: string, token: string) {
  return http.get(`/api/records/${recordId}/pdf`).set('Authorization', `Bearer ${token}`).buffer(true).parse(binary);
}
