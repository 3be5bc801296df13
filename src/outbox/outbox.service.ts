import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobName, JobPayloads } from '../jobs/job-names';
import { OutboxMessage } from './outbox-message.entity';

@Injectable()
export class OutboxService {
  // In the caller's transaction: the job exists if and only if the change committed.
  async add<N extends JobName>(manager: EntityManager, name: N, payload: JobPayloads[N], jobId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessage)
      .values({ jobName: name, payload, jobId })
      .orIgnore()
      .execute();
  }
}
