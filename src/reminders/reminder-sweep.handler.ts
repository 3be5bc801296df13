import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler } from '../jobs/job-handler';
import { JobName, JobPayloads } from '../jobs/job-names';
import { ReminderScheduler } from './reminder-scheduler.service';

@Injectable()
@HandlesJob(JobName.ReminderSweep)
export class ReminderSweepHandler implements JobHandler<JobName.ReminderSweep> {
  constructor(private readonly scheduler: ReminderScheduler) {}

  async handle(payload: JobPayloads[JobName.ReminderSweep]): Promise<void> {
    await this.scheduler.sweep(payload.day);
  }
}
