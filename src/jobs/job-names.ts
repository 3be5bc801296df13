// Every background job: its queue, its name and its payload type, declared once.
// Payloads carry ids and small facts, never documents: handlers reload from the database.
export enum QueueName {
  Housekeeping = 'housekeeping',
  Reminders = 'reminders',
  Records = 'records',
}

export enum JobName {
  RecordSignIn = 'record-sign-in',
  ReminderSweep = 'reminder-sweep',
  DeadlineReminder = 'deadline-reminder',
  CommitmentReminder = 'commitment-reminder',
  SyncCommitments = 'sync-commitments',
  IssueRecord = 'issue-record',
  NotifyWorkflowEvent = 'notify-workflow-event',
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
  /** Enqueues the reminders due soon, then the next day's sweep (one per Chilean day). */
  [JobName.ReminderSweep]: { day: string };
  /** cycleId null: every cycle of the year that follows the calendar; else that cycle's own date. */
  [JobName.DeadlineReminder]: {
    year: number;
    gate: string;
    dueDate: string;
    phase: 'upcoming' | 'overdue';
    cycleId: string | null;
  };
  [JobName.CommitmentReminder]: { commitmentId: string; deadline: string; phase: 'upcoming' | 'overdue' };
  /** Copies the commitments of a cycle's follow-up programme in force into the tracker. */
  [JobName.SyncCommitments]: { cycleId: string };
  /** Renders and stores a pending record's PDF, once. */
  [JobName.IssueRecord]: { recordId: string };
  /** Notifies the people concerned by one committed transition (the cycle's history entry `seq`), once. */
  [JobName.NotifyWorkflowEvent]: { cycleId: string; seq: number };
}

export const QUEUE_OF: Record<JobName, QueueName> = {
  [JobName.RecordSignIn]: QueueName.Housekeeping,
  [JobName.ReminderSweep]: QueueName.Reminders,
  [JobName.DeadlineReminder]: QueueName.Reminders,
  [JobName.CommitmentReminder]: QueueName.Reminders,
  [JobName.SyncCommitments]: QueueName.Reminders,
  [JobName.IssueRecord]: QueueName.Records,
  [JobName.NotifyWorkflowEvent]: QueueName.Reminders,
};

export interface EnqueueOptions {
  /** Deduplicates: a job with the same id is queued once; one that failed for good runs again. */
  jobId?: string;
  delayMs?: number;
}

// Retries and backoff live here and nowhere else.
export const RETRY_POLICY = { attempts: 5, backoffMs: 1_000 } as const;
