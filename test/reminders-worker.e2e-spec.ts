import { Queue } from 'bullmq';
import { addDays, chileDate } from '../src/common/chile-time';
import { redisOptionsFromUrl } from '../src/jobs/redis-options';
import { JobQueue } from '../src/jobs/job-queue';
import { JobName, QueueName } from '../src/jobs/job-names';
import { ReminderScheduler } from '../src/reminders/reminder-scheduler.service';
import { adminToken } from './support/actors';
import { AgencyTeam, createTeam } from './support/cycle-driver';
import { driveToFollowUp, programmeWithDeadlines } from './support/follow-up';
import { RunningProcess, startNode, waitFor } from './support/processes';
import { isReminderMail } from './support/reminder-notifications';
import { startSmtpSink, SmtpSink } from './support/smtp-sink';
import { query, REDIS_URL } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

// With Redis the API only enqueues; reminders run in the worker process, which may be stopped
// and started again: an overdue commitment is still reminded exactly once, by e-mail too.
describe('Recordatorios en el proceso de trabajos, a través de reinicios', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  let team: AgencyTeam;
  let worker: RunningProcess | undefined;
  const today = chileDate(new Date());

  const startWorker = () =>
    startNode('src/worker.js', {
      DATABASE_URL: t.database.url,
      REDIS_URL,
      QUEUE_PREFIX: t.config.queuePrefix,
      JWT_SECRET: t.config.jwtSecret,
      // The API's data folder, as a shared volume: the same records' certificate, already there.
      DATA_DIR: t.config.dataDir,
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Enfoque <avisos@enfoque.test>',
      LOG_LEVEL: 'warn',
    });
  // Reminders only: the transitions that drove the cycle notify people too, through the same worker.
  const counts = async () => {
    const [row] = await query<{ reminders: string; notifications: string }>(
      t.database.url,
      `SELECT (SELECT count(*) FROM reminders) AS reminders,
              (SELECT count(*) FROM notifications WHERE reminder_id IS NOT NULL) AS notifications`,
    );
    return {
      reminders: Number(row.reminders),
      notifications: Number(row.notifications),
      emails: smtp.messages.filter(isReminderMail).length,
    };
  };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestApp({ redis: true });
    team = await createTeam(t.http, await adminToken(t.http), 'TRABAJOS');
  });
  afterAll(async () => {
    await worker?.stop();
    await t.close();
    await smtp.close();
  });

  it('reminds an overdue commitment once, even when the job is enqueued again and the worker restarts', async () => {
    // Two days back: yesterday's deadline is reminded only from 09:00 in Chile today.
    const cycle = await driveToFollowUp(t.http, team, 2027, programmeWithDeadlines({ 'C-2': addDays(today, -2) }));
    const listed = await t.http
      .get(`/api/cycles/${cycle.cycleId}/commitments`)
      .set('Authorization', `Bearer ${team.officer.token}`);
    const c2 = listed.body.items.find((c: { itemId: string }) => c.itemId === 'C-2') as {
      id: string;
      deadline: string;
    };
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await counts()).toEqual({ reminders: 0, notifications: 0, emails: 0 }); // queued, no worker yet

    worker = startWorker();
    await waitFor(
      async () => ((await counts()).emails > 0 ? true : undefined),
      () => `el proceso de trabajos envía el recordatorio\n${worker?.output() ?? ''}`,
    );
    expect(await counts()).toEqual({ reminders: 1, notifications: 1, emails: 1 });
    // The same worker delivers the notices of the transitions, queued while it was not running.
    await waitFor(async () => {
      const [row] = await query<{ n: number }>(
        t.database.url,
        'SELECT count(*)::int AS n FROM notifications WHERE event_id IS NOT NULL',
      );
      return row.n > 0 ? true : undefined;
    }, 'avisos de los movimientos del ciclo');
    await expect(worker.stop('SIGTERM')).resolves.toBe(0);

    // While no worker runs: the daily sweep enqueues it again (same job id), and a job whose id
    // the queue already forgot arrives too.
    await t.app.get(ReminderScheduler).sweep(today);
    await t.app
      .get(JobQueue)
      .enqueue(
        JobName.CommitmentReminder,
        { commitmentId: c2.id, deadline: c2.deadline, phase: 'overdue' },
        { jobId: `olvidado:${c2.id}` },
      );
    worker = startWorker();
    const queue = new Queue(QueueName.Reminders, {
      connection: redisOptionsFromUrl(REDIS_URL),
      prefix: t.config.queuePrefix,
    });
    try {
      await waitFor(
        async () => ((await queue.getJob(`olvidado_${c2.id}`))?.finishedOn ? true : undefined),
        () => `el trabajo reenviado se procesa\n${worker?.output() ?? ''}`,
      );
    } finally {
      await queue.close();
    }
    expect(await counts()).toEqual({ reminders: 1, notifications: 1, emails: 1 });
    const [notification] = await query<{ user_id: string; kind: string }>(
      t.database.url,
      'SELECT user_id, kind FROM notifications WHERE reminder_id IS NOT NULL',
    );
    expect(notification).toEqual({ user_id: team.officer.id, kind: 'commitment-overdue' });
    expect(smtp.messages.filter(isReminderMail)[0].to).toEqual([team.officer.email]);
  });
});
