import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from '../jobs/job-queue';
import { JobName, JobPayloads } from '../jobs/job-names';

const BATCH = 100;
const POLL_MS = 1_000;
const ENQUEUE_TIMEOUT_MS = 3_000;

interface PendingRow {
  id: string;
  job_name: JobName;
  payload: JobPayloads[JobName];
  job_id: string;
}

// Moves committed outbox messages to the job queue. Several API processes may run it: rows are
// claimed with SKIP LOCKED, and the queue deduplicates by job id, so a message dispatched twice
// still runs once. While Redis is down messages wait here and go out when it is back.
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Bandeja de salida');
  private timer?: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Dispatches now (called right after a commit that wrote messages). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.warn({ err: error }, 'No se pudo despachar la bandeja de salida'))
      .finally(() => {
        this.running = null;
        if (this.again && !this.stopped) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Dispatches until nothing is pending or the queue refuses; returns how many went out. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await this.dispatchBatch();
      total += sent.dispatched;
      if (sent.dispatched < BATCH || sent.failed) return total;
    }
  }

  private async dispatchBatch(): Promise<{ dispatched: number; failed: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<PendingRow[]>(
        `SELECT id, job_name, payload, job_id FROM outbox_messages
         WHERE dispatched_at IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      const done: string[] = [];
      let failed = false;
      for (const row of rows) {
        try {
          await withTimeout(this.jobs.enqueue(row.job_name, row.payload, { jobId: row.job_id }), ENQUEUE_TIMEOUT_MS);
          done.push(row.id);
        } catch (error) {
          failed = true;
          await manager.query(`UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [
            row.id,
            error instanceof Error ? error.message.slice(0, 500) : 'error',
          ]);
          break; // the queue is unavailable: try the rest on the next tick
        }
      }
      if (done.length > 0)
        await manager.query(`UPDATE outbox_messages SET dispatched_at = now() WHERE id = ANY($1::bigint[])`, [done]);
      return { dispatched: done.length, failed };
    });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`sin respuesta de la cola en ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
