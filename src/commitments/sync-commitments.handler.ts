import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler } from '../jobs/job-handler';
import { JobName, JobPayloads } from '../jobs/job-names';
import { CommitmentsService } from './commitments.service';

// After a visa, the follow-up programme in force may have changed: copy it and schedule reminders.
@Injectable()
@HandlesJob(JobName.SyncCommitments)
export class SyncCommitmentsHandler implements JobHandler<JobName.SyncCommitments> {
  constructor(private readonly commitments: CommitmentsService) {}

  async handle({ cycleId }: JobPayloads[JobName.SyncCommitments]): Promise<void> {
    await this.commitments.sync(cycleId);
  }
}
