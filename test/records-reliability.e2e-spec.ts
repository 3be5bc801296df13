import { Queue } from 'bullmq';
import { readFixture } from './fixtures/cycle';
import { adminToken } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { RunningProcess, startNode, waitFor } from './support/processes';
import { listRecords, waitForIssued } from './support/records';
import { PrivateRedis } from './support/redis-server';
import { query } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

// Issuing survives a worker killed in the middle of a render and a Redis that is down when a
// transition commits: every record is issued, and issued once.
describe('Emisión confiable de registros con BullMQ', () => {
  let redis: PrivateRedis;
  let t: TestApp;
  let team: AgencyTeam;
  let cycle: CycleDriver;
  const workers: RunningProcess[] = [];

  const startWorker = () => {
    const worker = startNode('src/worker.js', {
      DATABASE_URL: t.database.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: t.config.queuePrefix,
      JWT_SECRET: t.config.jwtSecret,
      // The API's data folder, as a shared volume: the same records' certificate, already there.
      DATA_DIR: t.config.dataDir,
      JOB_LOCK_MS: '2000',
      LOG_LEVEL: 'error',
    });
    workers.push(worker);
    return worker;
  };
  const filesPerRecord = async () =>
    query<{ code: string; files: string }>(
      t.database.url,
      'SELECT r.code, count(f.record_id) AS files FROM records r LEFT JOIN record_files f ON f.record_id = r.id GROUP BY r.code',
    );

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    t = await startTestApp({ config: { redisUrl: redis.url } });
    team = await createTeam(t.http, await adminToken(t.http), 'CONFIABLE');
    cycle = await CycleDriver.create(t.http, team, 2027);
  }, 60_000);
  afterAll(async () => {
    for (const worker of workers) await worker.stop('SIGKILL');
    if (!redis.running) await redis.up();
    await t.close();
    await redis.down();
  });

  it('issues a record once after its worker is killed mid-render', async () => {
    const first = startWorker();
    await cycle.save(team.officer, 'strategic-definitions');
    await cycle.passGate(team);
    await cycle.save(team.officer, 'diagnostic');
    await cycle.passGate(team);
    await waitForIssued(t.http, cycle.cycleId, team.auditor.token, 4);

    // A work programme of 200 activities takes long enough to render to be caught in the act.
    const programme = readFixture('work-programme') as { activities: { id: string }[] };
    const activities = Array.from({ length: 25 }, (_, round) =>
      programme.activities.map((a) => ({ ...a, id: `${a.id}.${round + 1}` })),
    ).flat();
    await cycle.save(team.officer, 'plan');
    await cycle.save(team.officer, 'work-programme', { ...programme, activities });

    const queue = new Queue('records', {
      connection: { host: '127.0.0.1', port: redis.port },
      prefix: t.config.queuePrefix,
    });
    try {
      await cycle.passGate(team);
      const records = await listRecords(t.http, cycle.cycleId, team.auditor.token);
      const target = records.find((r) => r.code === 'EG-2027-PTA-v1')!;
      await waitFor(
        async () =>
          (await queue.getActive()).some((job) => (job.data as { recordId: string }).recordId === target.id)
            ? true
            : undefined,
        'el programa de trabajo en proceso de emisión',
        30_000,
        5,
      );
      await first.stop('SIGKILL');
      expect(
        (await listRecords(t.http, cycle.cycleId, team.auditor.token)).find((r) => r.id === target.id)?.status,
      ).toBe('pending');

      startWorker();
      const issued = await waitForIssued(t.http, cycle.cycleId, team.auditor.token, 7, 60_000);
      expect(issued.find((r) => r.id === target.id)?.status).toBe('issued');
      expect((await filesPerRecord()).every((row) => Number(row.files) === 1)).toBe(true);
    } finally {
      await queue.close();
    }
  }, 120_000);

  it('issues the records of a transition committed while Redis was down, once Redis is back', async () => {
    const activity = readFixture('activity-record') as { activityId: string };
    await cycle.register(team.officer, 'activity-records', { ...activity, activityId: `${activity.activityId}.1` });
    await waitForIssued(t.http, cycle.cycleId, team.auditor.token, 8);
    await redis.down();
    const health = await t.http.get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body.error).toHaveProperty('redis');

    // The procedure goes on without Redis: the records wait in the outbox.
    await cycle.send(team.officer, 'FINISH_IMPLEMENTATION');
    await cycle.save(team.officer, 'evaluation');
    await cycle.save(team.officer, 'follow-up-programme');
    await cycle.passGate(team);
    const [{ waiting }] = await query<{ waiting: string }>(
      t.database.url,
      'SELECT count(*) AS waiting FROM outbox_messages WHERE dispatched_at IS NULL',
    );
    // The evaluation's visa: its two records, the V°B° certificate and the commitments' sync;
    // and the notices of the four transitions (finish, submit, approve, visa).
    expect(Number(waiting)).toBe(8);

    await redis.up();
    const issued = await waitForIssued(t.http, cycle.cycleId, team.auditor.token, 11, 60_000);
    expect(issued.map((r) => r.code)).toEqual(
      expect.arrayContaining(['EG-2027-EVAL-v1', 'EG-2027-SEG-v1', 'EG-2027-VOB-4-v1']),
    );
    expect((await filesPerRecord()).every((row) => Number(row.files) === 1)).toBe(true);
    await waitFor(
      async () => ((await t.http.get('/api/health')).status === 200 ? true : undefined),
      'salud tras volver Redis',
    );
  }, 120_000);
});
