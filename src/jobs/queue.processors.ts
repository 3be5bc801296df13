import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Type } from '@nestjs/common';
import { Job } from 'bullmq';
import { JobHandlerRegistry } from './job-handler.registry';
import { JobName, JobPayloads, QueueName } from './job-names';

// Jobs run one queue per worker class, so that a burst of one kind never delays the others;
// PDF rendering is CPU work and runs one at a time per process.
const CONCURRENCY: Record<QueueName, number> = {
  [QueueName.Housekeeping]: 4,
  [QueueName.Reminders]: 4,
  [QueueName.Records]: 1,
};

export interface ProcessorOptions {
  /** How long a job stays claimed without a heartbeat; a dead worker's job is retried after it. */
  lockDurationMs: number;
}

/** One BullMQ worker per queue, only in the worker process; each job goes to its handler class. */
export function queueProcessors({ lockDurationMs }: ProcessorOptions): Type<WorkerHost>[] {
  return Object.values(QueueName).map((queue) => {
    @Processor(queue, {
      concurrency: CONCURRENCY[queue],
      lockDuration: lockDurationMs,
      stalledInterval: lockDurationMs,
    })
    class QueueProcessor extends WorkerHost {
      constructor(private readonly registry: JobHandlerRegistry) {
        super();
      }

      async process(job: Job<JobPayloads[JobName], void, JobName>): Promise<void> {
        await this.registry.run(job.name, job.data);
      }
    }
    Object.defineProperty(QueueProcessor, 'name', { value: `${queue}-processor` });
    return QueueProcessor;
  });
}
