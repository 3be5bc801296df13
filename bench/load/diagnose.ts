import { Queue } from 'bullmq';
import { Client } from 'pg';
import { QueueName } from '../../src/jobs/job-names';

interface PendingRow {
  id: string;
  code: string;
  dispatched_at: Date | null;
  attempts: number;
  last_error: string | null;
}

// For a run that broke: where each record still pending is stuck (outbox or queue, and in
// which state), so that the failure says more than a count.
export async function describePending(databaseUrl: string, redisPort: number, prefix: string): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  let rows: PendingRow[];
  try {
    rows = (
      await client.query<PendingRow>(
        `SELECT r.id, r.code, o.dispatched_at, o.attempts, o.last_error FROM records r
           LEFT JOIN outbox_messages o ON o.job_id = 'issue-record:' || r.id
          WHERE r.status = 'pending' ORDER BY r.created_at LIMIT 20`,
      )
    ).rows;
  } finally {
    await client.end();
  }
  const queue = new Queue(QueueName.Records, { connection: { host: '127.0.0.1', port: redisPort }, prefix });
  try {
    return await Promise.all(
      rows.map(async (row) => {
        const jobId = `issue-record_${row.id}`;
        const state = await queue.getJobState(jobId);
        const job = state === 'unknown' ? undefined : await queue.getJob(jobId);
        return `${row.code}: bandeja ${row.dispatched_at ? `despachado ${row.dispatched_at.toISOString()}` : 'sin despachar'} (intentos ${row.attempts}${row.last_error ? `, ${row.last_error}` : ''}); cola: ${state}${job ? ` tras ${job.attemptsMade} intentos${job.failedReason ? `, ${job.failedReason.slice(0, 120)}` : ''}` : ''}`;
      }),
    );
  } finally {
    await queue.close();
  }
}

/** Jobs of the records queue by state, at the end of a run. */
export async function recordsQueueCounts(redisPort: number, prefix: string): Promise<Record<string, number>> {
  const queue = new Queue(QueueName.Records, { connection: { host: '127.0.0.1', port: redisPort }, prefix });
  try {
    return await queue.getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed');
  } finally {
    await queue.close();
  }
}

/** Pending records the API handed to the queue again (lost, failed, or waiting in a backlog), from its log. */
export function requeuedByApi(apiOutput: string): number {
  let total = 0;
  for (const match of apiOutput.matchAll(/(\d+) registros pendientes hace más de \d+ s se entregan de nuevo/g))
    total += Number(match[1]);
  return total;
}
