import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { JobHandlerRegistry } from './job-handler.registry';
import { JobName, JobPayloads, QueueName } from './job-names';

// One BullMQ worker per queue, only in the worker process; each job goes to its handler class.
@Processor(QueueName.Housekeeping)
export class HousekeepingProcessor extends WorkerHost {
  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  async process(job: Job<JobPayloads[JobName], void, JobName>): Promise<void> {
    await this.registry.run(job.name, job.data);
  }
}

// Reminders have their own queue so that a burst of them never delays housekeeping.
@Processor(QueueName.Reminders)
export class RemindersProcessor extends WorkerHost {
  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  async process(job: Job<JobPayloads[JobName], void, JobName>): Promise<void> {
    await this.registry.run(job.name, job.data);
  }
}

// PDF rendering is CPU work: its own queue, so that renders never hold up the other jobs.
@Processor(QueueName.Records, { concurrency: 1 })
export class RecordsProcessor extends WorkerHost {
  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  async process(job: Job<JobPayloads[JobName], void, JobName>): Promise<void> {
    await this.registry.run(job.name, job.data);
  }
}

export const QUEUE_PROCESSORS = [HousekeepingProcessor, RemindersProcessor, RecordsProcessor];
