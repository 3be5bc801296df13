import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, chileDate, chileInstant } from '../common/chile-time';
import { Clock } from '../common/clock';
import { JobQueue } from '../jobs/job-queue';
import { JobName } from '../jobs/job-names';
import { REMINDER_POLICY, reminderTimes } from './reminder-times';

// Enqueues reminders as delayed jobs with deterministic ids, so enqueuing the same reminder
// again (a second API instance, a restart, the daily sweep) never queues it twice; the handlers'
// unique dedupe key covers what the queue forgets (an in-process restart, an expired job id).
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  // Starts today's sweep (a no-op when it already ran today): it enqueues what is due soon and
  // chains the next day's sweep.
  async onApplicationBootstrap(): Promise<void> {
    const day = chileDate(this.clock.now());
    await this.jobs.enqueue(JobName.ReminderSweep, { day }, { jobId: `reminder-sweep:${day}` });
  }

  async sweep(day: string): Promise<void> {
    await Promise.all([this.syncProgrammes(), this.scheduleDeadlines(), this.scheduleCommitments()]);
    const next = addDays(day, 1);
    const delayMs = Math.max(0, chileInstant(next, 6).getTime() - this.clock.now().getTime());
    await this.jobs.enqueue(JobName.ReminderSweep, { day: next }, { jobId: `reminder-sweep:${next}`, delayMs });
  }

  // Follow-up programmes put in force (visa granted) since their commitments were last copied.
  async syncProgrammes(): Promise<void> {
    const stale = await this.dataSource.query<{ cycleId: string; version: number }[]>(
      `SELECT d.cycle_id AS "cycleId", d.current_version AS version FROM cycle_documents d
        WHERE d.kind = 'follow-up-programme' AND d.status = 'visa-granted'
          AND d.current_version IS DISTINCT FROM
              (SELECT MAX(k.source_version) FROM commitments k WHERE k.cycle_id = d.cycle_id)`,
    );
    for (const { cycleId, version } of stale) {
      await this.jobs.enqueue(
        JobName.SyncCommitments,
        { cycleId },
        { jobId: `sync-commitments:${cycleId}:${version}` },
      );
    }
  }

  async scheduleDeadlines(): Promise<void> {
    const now = this.clock.now();
    const since = addDays(chileDate(now), -(REMINDER_POLICY.lookbackDays + 1));
    const [calendar, overrides] = await Promise.all([
      this.dataSource.query<{ year: number; gate: string; dueDate: string }[]>(
        `SELECT year, gate, to_char(due_date, 'YYYY-MM-DD') AS "dueDate" FROM deadline_calendar WHERE due_date >= $1`,
        [since],
      ),
      this.dataSource.query<{ year: number; gate: string; dueDate: string; cycleId: string }[]>(
        `SELECT c.year, d.gate, to_char(d.due_date, 'YYYY-MM-DD') AS "dueDate", d.cycle_id AS "cycleId"
           FROM cycle_deadlines d JOIN cycles c ON c.id = d.cycle_id
          WHERE d.due_date >= $1 AND c.status = 'open'`,
        [since],
      ),
    ]);
    const targets = [...calendar.map((c) => ({ ...c, cycleId: null })), ...overrides];
    for (const { year, gate, dueDate, cycleId } of targets) {
      for (const { phase, delayMs } of reminderTimes(dueDate, now)) {
        await this.jobs.enqueue(
          JobName.DeadlineReminder,
          { year, gate, dueDate, phase, cycleId },
          { jobId: `deadline:${cycleId ?? year}:${gate}:${dueDate}:${phase}`, delayMs },
        );
      }
    }
  }

  /** Open commitments of one cycle, or of every cycle. */
  async scheduleCommitments(cycleId?: string): Promise<void> {
    const now = this.clock.now();
    const since = addDays(chileDate(now), -(REMINDER_POLICY.lookbackDays + 1));
    const commitments = await this.dataSource.query<{ id: string; deadline: string }[]>(
      `SELECT id, to_char(deadline, 'YYYY-MM-DD') AS deadline FROM commitments
        WHERE in_programme AND status IN ('pending', 'in-progress') AND deadline >= $1
          AND ($2::uuid IS NULL OR cycle_id = $2)`,
      [since, cycleId ?? null],
    );
    for (const { id, deadline } of commitments) {
      for (const { phase, delayMs } of reminderTimes(deadline, now)) {
        await this.jobs.enqueue(
          JobName.CommitmentReminder,
          { commitmentId: id, deadline, phase },
          { jobId: `commitment:${id}:${deadline}:${phase}`, delayMs },
        );
      }
    }
  }
}
