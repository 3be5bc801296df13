import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { JobQueue } from './job-queue';
import { EnqueueOptions, JobName, JobPayloads, QUEUE_OF, QueueName, RETRY_POLICY } from './job-names';

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

  async close(): Promise<void> {
    await Promise.all(Object.values(QueueName).map((name) => this.queue(name).close()));
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
