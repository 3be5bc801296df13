import { Client } from 'pg';
import { sleep, YEAR } from './agent';
import { expectedRecordCodes } from './decide';
import type { LoadHttp } from './http';
import { mapLimit } from './limit';
import type { AgencyPeople } from './setup';

export interface StoreCounts {
  records: number;
  issued: number;
  pending: number;
  files: number;
  /** Records whose stored PDF does not hash to the listed sha256, or with no file. */
  badFiles: number;
  outboxPending: number;
  /** Follow-up programmes in force whose commitments have not reached the tracker. */
  unsyncedProgrammes: number;
}

export async function storeCounts(databaseUrl: string): Promise<StoreCounts> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [row] = (
      await client.query<Record<keyof StoreCounts, string>>(`
        SELECT
          (SELECT count(*) FROM records) AS records,
          (SELECT count(*) FROM records WHERE status = 'issued') AS issued,
          (SELECT count(*) FROM records WHERE status = 'pending') AS pending,
          (SELECT count(*) FROM record_files) AS files,
          (SELECT count(*) FROM records r LEFT JOIN record_files f ON f.record_id = r.id
            WHERE r.status = 'issued' AND (f.record_id IS NULL OR encode(sha256(f.bytes), 'hex') <> r.pdf_sha256)) AS "badFiles",
          (SELECT count(*) FROM outbox_messages WHERE dispatched_at IS NULL) AS "outboxPending",
          (SELECT count(*) FROM cycle_documents d
            WHERE d.kind = 'follow-up-programme' AND d.status = 'visa-granted'
              AND d.current_version IS DISTINCT FROM
                  (SELECT max(k.source_version) FROM commitments k WHERE k.cycle_id = d.cycle_id)) AS "unsyncedProgrammes"`)
    ).rows;
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as unknown as StoreCounts;
  } finally {
    await client.end();
  }
}

/** Waits until every record is issued and the outbox is empty; the counts when it stopped waiting. */
export async function drain(databaseUrl: string, timeoutMs: number): Promise<{ counts: StoreCounts; ms: number }> {
  const started = performance.now();
  for (;;) {
    const counts = await storeCounts(databaseUrl).catch(() => undefined);
    if (counts && counts.pending === 0 && counts.outboxPending === 0)
      return { counts, ms: performance.now() - started };
    if (performance.now() - started > timeoutMs) {
      return { counts: counts ?? (await storeCounts(databaseUrl)), ms: performance.now() - started };
    }
    await sleep(500);
  }
}

export interface CycleCheck {
  agencyIndex: number;
  closed: boolean;
  chainValid: boolean;
  chainEntries: number;
  expected: number;
  /** What differs between the records listed and those the cycle implies (empty when equal). */
  recordProblems: string[];
}

interface Listed {
  code: string;
  status: string;
  obsolete: boolean;
}

// What an auditor of each agency sees at the end: the cycle closed, its audit chain intact, and
// exactly the records the cycle implies, each issued.
export async function checkCycles(
  http: LoadHttp,
  cycles: { people: AgencyPeople; cycleId: string }[],
): Promise<CycleCheck[]> {
  return mapLimit(cycles, 16, async ({ people, cycleId }) => {
    const token = people.auditor;
    const [cycle, chain, records] = await Promise.all([
      http.call<{ status: string; registers: Record<string, number> }>('GET', `/cycles/${cycleId}`, token),
      http.call<{ valid: boolean; entries: number }>('GET', `/cycles/${cycleId}/history/verify`, token),
      http.call<Listed[]>('GET', `/cycles/${cycleId}/records`, token),
    ]);
    const check: CycleCheck = {
      agencyIndex: people.index,
      closed: cycle.kind === 'answer' && cycle.status === 200 && cycle.body.status === 'closed',
      chainValid: chain.kind === 'answer' && chain.status === 200 && chain.body.valid === true,
      chainEntries: chain.kind === 'answer' && chain.status === 200 ? chain.body.entries : 0,
      expected: 0,
      recordProblems: [],
    };
    if (cycle.kind !== 'answer' || cycle.status !== 200 || records.kind !== 'answer' || records.status !== 200) {
      check.recordProblems.push('no se pudo leer el ciclo o sus registros');
      return check;
    }
    const expected = expectedRecordCodes(YEAR, cycle.body.registers['activity-record'] ?? 0);
    check.expected = expected.length;
    const listed = records.body.map((r) => r.code).sort();
    const missing = expected.filter((c) => !listed.includes(c));
    const extra = listed.filter((c, i) => !expected.includes(c) || listed.indexOf(c) !== i);
    if (missing.length) check.recordProblems.push(`faltan ${missing.join(', ')}`);
    if (extra.length) check.recordProblems.push(`sobran ${extra.join(', ')}`);
    const notIssued = records.body.filter((r) => r.status !== 'issued' || r.obsolete).map((r) => r.code);
    if (notIssued.length) check.recordProblems.push(`sin emitir u obsoletos ${notIssued.join(', ')}`);
    return check;
  });
}

/** Records issued between two instants (wall clock). */
export async function issuedBetween(databaseUrl: string, from: Date, to: Date): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM records WHERE issued_at >= $1 AND issued_at < $2',
      [from, to],
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}
