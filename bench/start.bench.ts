// npm run bench:start — what `npm start` takes, as a person runs it: the embedded default (no
// DATABASE_URL, no REDIS_URL), timed from the command to the first healthy `GET /api/health` and
// `GET /` (the web app). First start: a new data folder (initdb, migrations, administrator).
// Later starts: the same folder, nothing changed since (build-if-changed builds nothing).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor } from '../test/support/processes';

const ROOT = join(__dirname, '..');
const LATER_STARTS = Number(process.env.BENCH_RUNS ?? 3);

async function timedStart(dataDir: string): Promise<{ healthMs: number; appMs: number }> {
  const port = await freePort();
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, PORT: String(port) };
  const started = performance.now();
  const child = spawn('npm', ['start'], { cwd: ROOT, env, stdio: 'ignore', detached: true });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  const until = (path: string): Promise<number> =>
    waitFor(
      async () => ((await fetch(`${base}${path}`).catch(() => null))?.ok ? performance.now() - started : undefined),
      path,
      120_000,
      25,
    );
  try {
    const healthMs = await until('/api/health');
    const appMs = await until('/');
    return { healthMs, appMs };
  } finally {
    process.kill(-child.pid!, 'SIGTERM'); // npm and the node it started
    await exited;
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'enfoque-bench-start-'));
  try {
    const first = await timedStart(dataDir);
    console.log(
      `first start (new data folder):  health ${(first.healthMs / 1000).toFixed(2)} s, web app ${(first.appMs / 1000).toFixed(2)} s`,
    );
    const later: number[] = [];
    for (let i = 0; i < LATER_STARTS; i++) later.push((await timedStart(dataDir)).healthMs);
    const text = later.map((ms) => (ms / 1000).toFixed(2)).join(', ');
    console.log(`later starts (nothing changed): health ${text} s`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
