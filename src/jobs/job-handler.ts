import { SetMetadata } from '@nestjs/common';
import { JobName, JobPayloads } from './job-names';

export const JOB_HANDLER_KEY = 'enfoque:job-handler';

export interface JobHandler<N extends JobName> {
  handle(payload: JobPayloads[N]): Promise<void>;
}

/** Marks a provider as the handler of one job; the registry finds it by discovery. */
export const HandlesJob = (name: JobName): ClassDecorator => SetMetadata(JOB_HANDLER_KEY, name);
