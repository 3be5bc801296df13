import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { HandlesJob, JobHandler } from '../jobs/job-handler';
import { JobName, JobPayloads } from '../jobs/job-names';
import { SecurityEvent } from './security-event.entity';

// Sign-ins are recorded off the request path; the attempt id makes a retried job write once.
@Injectable()
@HandlesJob(JobName.RecordSignIn)
export class RecordSignInHandler implements JobHandler<JobName.RecordSignIn> {
  constructor(@InjectRepository(SecurityEvent) private readonly events: Repository<SecurityEvent>) {}

  async handle(payload: JobPayloads[JobName.RecordSignIn]): Promise<void> {
    await this.events
      .createQueryBuilder()
      .insert()
      .values({
        type: payload.outcome === 'succeeded' ? 'login.succeeded' : 'login.failed',
        actorId: payload.userId,
        subjectId: payload.userId,
        details: { email: payload.email, ip: payload.ip },
        dedupeKey: `sign-in:${payload.attemptId}`,
        at: new Date(payload.at),
      })
      .orIgnore()
      .execute();
  }
}
