// Every background job: its queue, its name and its payload type, declared once.
// Payloads carry ids and small facts, never documents: handlers reload from the database.
export enum QueueName {
  Housekeeping = 'housekeeping',
}

export enum JobName {
  RecordSignIn = 'record-sign-in',
}

export interface JobPayloads {
  [JobName.RecordSignIn]: {
    /** Deterministic id of the sign-in attempt: the handler writes it once however often it runs. */
    attemptId: string;
    outcome: 'succeeded' | 'failed';
    userId: string | null;
    email: string;
    ip: string;
    at: string;
  };
}

export const QUEUE_OF: Record<JobName, QueueName> = {
  [JobName.RecordSignIn]: QueueName.Housekeeping,
};

export interface EnqueueOptions {
  /** Deduplicates: a job with the same id is queued once. */
  jobId?: string;
  delayMs?: number;
}

// Retries and backoff live here and nowhere else.
export const RETRY_POLICY = { attempts: 5, backoffMs: 1_000 } as const;
