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
    await this.queue(QUEUE_OF[name]).add(name, payload, {
      // BullMQ refuses ':' inside custom ids.
      jobId: options.jobId?.replace(/:/g, '_'),
      delay: options.delayMs,
      attempts: RETRY_POLICY.attempts,
      backoff: { type: 'exponential', delay: RETRY_POLICY.backoffMs },
      removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
      removeOnFail: { age: 30 * 24 * 3600 },
    });
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
