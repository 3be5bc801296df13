import { INestApplication } from '@nestjs/common';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { runMigrations } from '../src/database/run-migrations';
import { PendingRecordsSweeper } from '../src/records/pending-records.sweeper';
import { createHttpApp } from '../src/http-app';
import { readFixture } from './fixtures/cycle';
import { adminToken, login } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { downloadPdf, listRecords, waitForIssued } from './support/records';
import { waitFor } from './support/processes';
import { PrivateRedis } from './support/redis-server';
import { query, SERVER_URL } from './support/test-database';
import { PASSWORD, startTestApp, testConfig, TestApp } from './support/test-app';

const run = promisify(execFile);

/** Records not yet issued, and whether their job has left the outbox for the queue. */
const pendingRecords = (url: string) =>
  query<{ code: string; dispatched: boolean }>(
    url,
    `SELECT r.code, o.dispatched_at IS NOT NULL AS dispatched FROM records r
       JOIN outbox_messages o ON o.job_id = 'issue-record:' || r.id
      WHERE r.status = 'pending' ORDER BY r.code`,
  );
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const databaseUrl = (name: string) => {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
};

interface Started {
  app: INestApplication;
  http: TestAgent;
}

// The procedure of bench/load/BACKUP.md, end to end: a database with a closed cycle, a cycle
// half-way, one record whose job was in a Redis since lost and one whose job is still in the
// outbox is dumped with pg_dump -Fc while the application runs, restored with pg_restore into a
// fresh database, and the application started on it without running migrations. Both records
// are issued, every audit chain verifies, every record's PDF hashes to what is listed and the
// public verification recognises it, and the cycle half-way goes on.
describe('Copia de seguridad y restauración (pg_dump / pg_restore)', () => {
  let source: TestApp;
  let closed: AgencyTeam;
  let halfway: AgencyTeam;
  let closedCycle: CycleDriver;
  let halfwayCycle: CycleDriver;
  let restoredName: string;
  let restored: Started;
  let sourceOpen = true;
  const folder = mkdtempSync(join(tmpdir(), 'enfoque-backup-'));
  const dumpFile = join(folder, 'enfoque.dump');

  const start = async (url: string, overrides: Parameters<typeof testConfig>[1] = {}): Promise<Started> => {
    // The same JWT secret as the source, as production keeps it: sessions survive a restore.
    const app = await createHttpApp(testConfig(url, { jwtSecret: source.config.jwtSecret, ...overrides }));
    await app.init();
    return { app, http: request(app.getHttpServer()) };
  };

  beforeAll(async () => {
    source = await startTestApp();
    const admin = await adminToken(source.http);
    closed = await createTeam(source.http, admin, 'RESPALDO');
    halfway = await createTeam(source.http, admin, 'ENCURSO');

    // A whole cycle with its records issued by in-process jobs, up to dissemination.
    closedCycle = await CycleDriver.create(source.http, closed, 2027);
    await closedCycle.save(closed.officer, 'strategic-definitions');
    await closedCycle.passGate(closed);
    await closedCycle.save(closed.officer, 'diagnostic');
    await closedCycle.passGate(closed);
    await closedCycle.save(closed.officer, 'plan');
    await closedCycle.save(closed.officer, 'work-programme');
    await closedCycle.passGate(closed);
    await closedCycle.register(closed.officer, 'activity-records', readFixture('activity-record'));
    await closedCycle.send(closed.officer, 'FINISH_IMPLEMENTATION');
    await closedCycle.save(closed.officer, 'evaluation');
    await closedCycle.save(closed.officer, 'follow-up-programme');
    await closedCycle.passGate(closed);
    await closedCycle.save(closed.quality, 'management-review');
    await closedCycle.send(closed.head, 'RECORD_REVIEW');
    await closedCycle.save(closed.officer, 'dissemination');

    // Another agency's cycle stops with its diagnostic waiting for the head.
    halfwayCycle = await CycleDriver.create(source.http, halfway, 2027);
    await halfwayCycle.save(halfway.officer, 'strategic-definitions');
    await halfwayCycle.passGate(halfway);
    await halfwayCycle.save(halfway.officer, 'diagnostic');
    await halfwayCycle.send(halfway.officer, 'SUBMIT');
    await waitForIssued(source.http, closedCycle.cycleId, closed.auditor.token, 12);
    await waitForIssued(source.http, halfwayCycle.cycleId, halfway.auditor.token, 2);
    await source.app.close();
    sourceOpen = false;
  }, 180_000);

  afterAll(async () => {
    if (sourceOpen) await source.app.close();
    await restored?.app.close();
    if (restoredName) await query(SERVER_URL, `DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
    await source.database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('dumps while the application runs, with one record queued in Redis and one in the outbox', async () => {
    // No worker runs: the job of the first record waits in Redis, then Redis is lost and the
    // second record's job stays in the outbox. A dump taken at a busy moment holds both cases.
    const redis = await PrivateRedis.start();
    const busy = await start(source.database.url, { redisUrl: redis.url });
    try {
      const driver = new CycleDriver(busy.http, closedCycle.cycleId);
      await driver.send(closed.officer, 'DISSEMINATE');
      await waitFor(
        async () => ((await pendingRecords(source.database.url))[0]?.dispatched ? true : undefined),
        'el trabajo del registro de difusión en Redis',
      );
      await redis.down();
      await driver.save(closed.centreLead, 'standardisation');
      expect((await driver.send(closed.officer, 'COMPLETE')).state).toBe('closed');
      expect(await pendingRecords(source.database.url)).toEqual([
        { code: 'EG-2027-DIF-v1', dispatched: true },
        { code: 'EG-2027-EST-v1', dispatched: false },
      ]);

      await run('pg_dump', ['--format=custom', '--file', dumpFile, '--dbname', source.database.url]);
      expect(statSync(dumpFile).size).toBeGreaterThan(0);
    } finally {
      // A clean close waits for Redis (BullMQ closes its connections): give it one.
      await redis.up();
      await busy.app.close();
      await redis.down();
    }
  }, 60_000);

  it('restores into a fresh database whose schema needs no migration', async () => {
    restoredName = `enfoque_r_${randomBytes(6).toString('hex')}`;
    await query(SERVER_URL, `CREATE DATABASE ${restoredName}`);
    const url = databaseUrl(restoredName);
    await run('pg_restore', ['--exit-on-error', '--no-owner', '--no-privileges', '--dbname', url, dumpFile]);
    // The migrations table travels with the data: nothing is left to apply.
    await expect(runMigrations(url)).resolves.toEqual([]);
    restored = await start(url);
  }, 60_000);

  it('resumes the outbox at start and hands back the job that Redis lost', async () => {
    const admin = await adminToken(restored.http);
    // The outbox message is dispatched by the restored application as it starts.
    await waitFor(
      async () => ((await pendingRecords(databaseUrl(restoredName))).length === 1 ? true : undefined),
      'el registro de estandarización emitido',
    );
    // The job that lived only in the lost Redis comes back through the sweep of pending records
    // (every 30 s for records dispatched over a minute ago; here without waiting).
    expect(await pendingRecords(databaseUrl(restoredName))).toEqual([{ code: 'EG-2027-DIF-v1', dispatched: true }]);
    await expect(restored.app.get(PendingRecordsSweeper).sweep(0)).resolves.toBe(1);
    await waitForIssued(restored.http, closedCycle.cycleId, admin, 14);
    expect(await pendingRecords(databaseUrl(restoredName))).toEqual([]);
  }, 60_000);

  it('verifies every audit chain and every record of the restored database', async () => {
    const admin = await adminToken(restored.http);
    const cycles = await query<{ id: string }>(databaseUrl(restoredName), 'SELECT id FROM cycles ORDER BY id');
    expect(cycles).toHaveLength(2);
    for (const { id } of cycles) {
      const verify = await restored.http
        .get(`/api/cycles/${id}/history/verify`)
        .set('Authorization', `Bearer ${admin}`);
      expect(verify.status).toBe(200);
      expect(verify.body).toMatchObject({ valid: true });
      expect(verify.body.entries).toBeGreaterThan(5);
    }

    const records = [
      ...(await waitForIssued(restored.http, closedCycle.cycleId, admin, 14)),
      ...(await listRecords(restored.http, halfwayCycle.cycleId, admin)),
    ];
    expect(records.map((r) => r.code)).toEqual(expect.arrayContaining(['EG-2027-DIF-v1', 'EG-2027-EST-v1']));
    const [{ total }] = await query<{ total: number }>(
      databaseUrl(restoredName),
      'SELECT count(*)::int AS total FROM records',
    );
    expect(records).toHaveLength(total);
    for (const record of records) {
      expect(record.status).toBe('issued');
      const pdf = await downloadPdf(restored.http, record.id, admin);
      expect(pdf.status).toBe(200);
      expect(sha256(pdf.body as Buffer)).toBe(record.sha256);
      const verified = await restored.http.get(`/api/verify/${record.sha256}`);
      expect(verified.body).toMatchObject({ valid: true, record: { code: record.code } });
    }
    const [{ waiting }] = await query<{ waiting: number }>(
      databaseUrl(restoredName),
      'SELECT count(*)::int AS waiting FROM outbox_messages WHERE dispatched_at IS NULL',
    );
    expect(waiting).toBe(0);
  }, 120_000);

  it('lets people sign in and carry on the cycle that was half-way', async () => {
    const head = await login(restored.http, halfway.head.email, PASSWORD);
    const driver = new CycleDriver(restored.http, halfwayCycle.cycleId);
    await driver.send({ ...halfway.head, token: head }, 'APPROVE');
    expect((await driver.send(halfway.expert, 'GRANT_VISA')).state).toBe('planning.draft');
    await waitForIssued(restored.http, halfwayCycle.cycleId, halfway.auditor.token, 4);
    const verify = await restored.http
      .get(`/api/cycles/${halfwayCycle.cycleId}/history/verify`)
      .set('Authorization', `Bearer ${halfway.auditor.token}`);
    expect(verify.body).toMatchObject({ valid: true });
  }, 60_000);
});
