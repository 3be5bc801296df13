import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../../../src/database/run-migrations';
import { freePort, type RunningProcess, startNode, waitFor } from '../../../test/support/processes';
import { PrivateRedis } from '../../../test/support/redis-server';
import { PrivatePostgres } from './private-postgres';

export const ADMIN = { email: 'admin@carga.cl', password: 'clave-de-administracion-carga-1' };

interface Tracked {
  label: string;
  process: RunningProcess;
  /** Last VmHWM read, in KiB: kept after the process dies (its /proc entry goes with it). */
  peakKiB: number;
  /** Last CPU time read (user + system), in seconds. */
  cpuS: number;
}

const TICKS_PER_SECOND = 100;

// The production shape on this machine: one API process and N worker processes from dist/, on a
// PostgreSQL cluster and a Redis of this run's own, which the fault run may stop and restart.
export class Stack {
  readonly jwtSecret = randomBytes(32).toString('hex');
  readonly queuePrefix = `carga${randomBytes(3).toString('hex')}`;
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'enfoque-load-'));
  private readonly tracked: Tracked[] = [];
  private sampler?: NodeJS.Timeout;
  private workerSerial = 0;
  api!: RunningProcess;
  apiBase = '';

  private constructor(
    readonly postgres: PrivatePostgres,
    readonly redis: PrivateRedis,
    readonly databaseUrl: string,
    private readonly jobLockMs: number,
  ) {}

  static async start(options: { workers: number; jobLockMs: number }): Promise<Stack> {
    const postgres = await PrivatePostgres.create(await freePort());
    const redis = await PrivateRedis.start();
    const admin = new Client({ connectionString: postgres.url() });
    await admin.connect();
    await admin.query('CREATE DATABASE enfoque');
    await admin.end();
    const databaseUrl = postgres.url('enfoque');
    await runMigrations(databaseUrl);
    const stack = new Stack(postgres, redis, databaseUrl, options.jobLockMs);
    await stack.startApi();
    for (let i = 0; i < options.workers; i++) stack.startWorker();
    stack.sampler = setInterval(() => stack.sample(), 500);
    return stack;
  }

  private get env(): Record<string, string> {
    return {
      DATABASE_URL: this.databaseUrl,
      REDIS_URL: this.redis.url,
      QUEUE_PREFIX: this.queuePrefix,
      JWT_SECRET: this.jwtSecret,
      JOB_LOCK_MS: String(this.jobLockMs),
      DATA_DIR: this.dataDir,
      LOG_LEVEL: 'warn',
    };
  }

  private async startApi(): Promise<void> {
    const port = await freePort();
    this.api = startNode('src/main.js', {
      ...this.env,
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOGIN_THROTTLE_LIMIT: '100000',
    });
    this.tracked.push({ label: 'API', process: this.api, peakKiB: 0, cpuS: 0 });
    this.apiBase = `http://127.0.0.1:${port}/api`;
    await waitFor(
      async () => ((await fetch(`${this.apiBase}/health`)).ok ? true : undefined),
      () => `API\n${this.api.output()}`,
      60_000,
    );
  }

  startWorker(): RunningProcess {
    const worker = startNode('src/worker.js', this.env);
    this.tracked.push({ label: `worker ${++this.workerSerial}`, process: worker, peakKiB: 0, cpuS: 0 });
    return worker;
  }

  /** Live worker processes, oldest first. */
  workers(): RunningProcess[] {
    return this.tracked
      .filter(
        (t) => t.label.startsWith('worker') && t.process.child.exitCode === null && t.process.child.signalCode === null,
      )
      .map((t) => t.process);
  }

  labelOf(process: RunningProcess): string {
    return this.tracked.find((t) => t.process === process)?.label ?? '?';
  }

  /** Peak resident memory (VmHWM) of every process this run started, in MiB. */
  peaks(): { label: string; mib: number; cpuS: number; alive: boolean }[] {
    this.sample();
    return this.tracked.map((t) => ({
      label: t.label,
      mib: Math.round(t.peakKiB / 1024),
      cpuS: t.cpuS,
      alive: t.process.child.exitCode === null && t.process.child.signalCode === null,
    }));
  }

  /** CPU seconds used so far by each process, to subtract start-up and setup from the figures. */
  cpuNow(): Map<string, number> {
    this.sample();
    return new Map(this.tracked.map((t) => [t.label, t.cpuS]));
  }

  /** The last `chars` of what each process wrote, for a failure's diagnosis. */
  outputs(chars = 3000): string {
    return this.tracked.map((t) => `--- ${t.label}\n${t.process.output().slice(-chars)}`).join('\n');
  }

  private sample(): void {
    for (const t of this.tracked) {
      try {
        const status = readFileSync(`/proc/${t.process.child.pid ?? 0}/status`, 'utf8');
        t.peakKiB = Math.max(t.peakKiB, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
        // Fields 14 and 15 of /proc/<pid>/stat, counted after the command name in parentheses.
        const fields = readFileSync(`/proc/${t.process.child.pid ?? 0}/stat`, 'utf8')
          .split(') ')[1]
          .split(' ');
        t.cpuS = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
      } catch {
        // ended: keep the last reading
      }
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.sampler);
    this.sample();
    await Promise.all(this.tracked.map((t) => t.process.stop('SIGKILL')));
    if (this.redis.running) await this.redis.down();
    await this.postgres.destroy();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
