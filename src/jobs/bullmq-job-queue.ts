import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { JobQueue } from './job-queue';
import { EnqueueOptions, JobName, JobPayloads, QUEUE_OF, QueueName, RETRY_POLICY } from './job-names';

const CLOSE_TIMEOUT_MS = 5_000;

@Injectable()
export class BullmqJobQueue extends JobQueue {
  constructor(private readonly moduleRef: ModuleRef) {
    super();
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<void> {
    const queue = this.queue(QUEUE_OF[name]);
    // BullMQ refuses ':' inside custom ids.
    const jobId = options.jobId?.replace(/:/g, '_');
    await queue.add(name, payload, {
      jobId,
      delay: options.delayMs,
      attempts: RETRY_POLICY.attempts,
      backoff: { type: 'exponential', delay: RETRY_POLICY.backoffMs },
      removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
      removeOnFail: { age: 30 * 24 * 3600 },
    });
    // add() leaves a job of the same id as it is, and one that used up its retries (say, while
    // PostgreSQL was down longer than the backoff) is kept as failed: it would never run again.
    // Enqueuing it again means "run it", as in the in-process queue.
    if (jobId && (await queue.getJobState(jobId)) === 'failed') {
      const job = await queue.getJob(jobId);
      // Another process may have retried it meanwhile: then it is no longer failed, which is the point.
      await job?.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true }).catch(() => undefined);
    }
  }

  // A clean close waits for Redis; when Redis is down, give up after a while and drop the
  // connections rather than hold a shutdown forever.
  async close(): Promise<void> {
    const queues = Object.values(QueueName).map((name) => this.queue(name));
    let timer: NodeJS.Timeout | undefined;
    const closed = await Promise.race([
      Promise.all(queues.map((q) => q.close())).then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), CLOSE_TIMEOUT_MS))),
    ]);
    clearTimeout(timer);
    if (!closed) await Promise.all(queues.map((q) => q.disconnect()));
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
