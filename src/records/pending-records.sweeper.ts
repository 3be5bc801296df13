import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobName } from '../jobs/job-names';
import { OutboxRelay } from '../outbox/outbox-relay.service';

const SWEEP_MS = 30_000;
/** Longer than a normal queue backlog, so that a job still waiting is rarely handed over again. */
const STALE_AFTER_S = 60;

// Once the outbox hands a record's issuing job to the queue, the queue alone remembers it. A
// Redis that restarts without persistence (or fails over, or evicts) forgets it, and so does an
// API running jobs in-process that is killed: the record would stay pending for ever. So, in
// the processes that relay the outbox, the job of every record still pending a while after its
// dispatch goes back to the outbox. The queue deduplicates by job id (a job still waiting or
// running is not queued twice) and the handler issues a record once however often it runs.
@Injectable()
export class PendingRecordsSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Registros pendientes');
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() private readonly relay?: OutboxRelay,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.relay) return;
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) =>
        this.logger.warn({ err: error }, 'No se pudo revisar los registros pendientes'),
      );
    }, SWEEP_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Hands the stale jobs back to the outbox; returns how many. */
  async sweep(staleAfterS = STALE_AFTER_S): Promise<number> {
    // As a SELECT, so that the driver returns rows (an UPDATE returns [rows, count]).
    const [{ requeued }] = await this.dataSource.query<{ requeued: number }[]>(
      `WITH stale AS (
         UPDATE outbox_messages o SET dispatched_at = NULL
           FROM records r
          WHERE r.status = 'pending' AND o.job_name = $1 AND o.job_id = 'issue-record:' || r.id
            AND o.dispatched_at < now() - make_interval(secs => $2)
          RETURNING o.id)
       SELECT count(*)::int AS requeued FROM stale`,
      [JobName.IssueRecord, staleAfterS],
    );
    if (requeued > 0) {
      // Also counts jobs merely waiting behind a long backlog: for those the hand-over is a no-op.
      this.logger.warn(`${requeued} registros pendientes hace más de ${staleAfterS} s se entregan de nuevo a la cola`);
      this.relay?.kick();
    }
    return requeued;
  }
}
