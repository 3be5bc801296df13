import { EnqueueOptions, JobName, JobPayloads } from './job-names';

// The one way to enqueue: BullMQ when REDIS_URL is set, in-process otherwise.
export abstract class JobQueue {
  abstract enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options?: EnqueueOptions): Promise<void>;
  /** Waits for in-flight work (in-process) or closes connections (BullMQ) at shutdown. */
  abstract close(): Promise<void>;
}
