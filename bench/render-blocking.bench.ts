// npm run bench:render — does rendering a record stall the API? The product in its embedded
// default (dist/src/main.js, no DATABASE_URL nor REDIS_URL: its own PostgreSQL in a temporary
// folder, jobs inside the API) takes a cycle through the planning gate with a work programme of
// BENCH_ACTIVITIES (440) activities; the visa issues its records (the plan, the work programme,
// the V°B°) in the API process while a client asks GET /api/health one request after another.
// Prints /api/health p50/p95/max before the visa and while the records render, for BENCH_RUNS (3)
// cycles. Exits non-zero when a health check fails.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { readFixture } from '../test/fixtures/cycle';
import { login } from '../test/support/actors';
import { CycleDriver, createTeam } from '../test/support/cycle-driver';
import { listRecords } from '../test/support/records';
import { freePort, startNode, waitFor } from '../test/support/processes';
import { ADMIN } from './support/server';
import { peakRssMiB, percentile } from './support/stats';

const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 440);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BASELINE_MS = 2_000;

// The example work programme grown to `count` activities, its measures still those of the plan.
function largeWorkProgramme(count: number) {
  const base = readFixture('work-programme') as { activities: Record<string, unknown>[] } & Record<string, unknown>;
  const activities = Array.from({ length: count }, (_, i) => {
    const model = base.activities[i % base.activities.length] ?? {};
    return { ...model, id: `A-${i + 1}`, description: `${String(model.description)} (tramo ${i + 1})` };
  });
  return { ...base, activities };
}

// GET /api/health one after another until stopped: each latency with the time it started.
function probeHealth(base: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const samples: { at: number; ms: number; status: number }[] = [];
  let running = true;
  const once = () =>
    new Promise<number>((resolve) => {
      const req = httpRequest(`${base}/api/health`, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', () => resolve(0));
      req.end();
    });
  const loop = (async () => {
    while (running) {
      const at = performance.now();
      const status = await once();
      samples.push({ at, ms: performance.now() - at, status });
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  return {
    samples,
    stop: async () => {
      running = false;
      await loop;
      agent.destroy();
    },
  };
}

// Setting up over HTTP on a busy machine may meet a 503 (the database slow to answer): try again.
async function withRetries<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 2_000));
    }
  }
}

function describe(label: string, samples: { ms: number; status: number }[]): string {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const failed = samples.filter((s) => s.status !== 200).length;
  return `${label.padEnd(28)}${String(sorted.length).padStart(6)}${percentile(sorted, 50).toFixed(1).padStart(9)}${percentile(sorted, 95).toFixed(1).padStart(9)}${(sorted.at(-1) ?? NaN).toFixed(1).padStart(9)}${String(failed).padStart(8)}`;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'enfoque-bench-render-'));
  const port = await freePort();
  const api = startNode('src/main.js', {
    DATA_DIR: dataDir,
    PORT: String(port),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'warn',
    LOGIN_THROTTLE_LIMIT: '100000',
    ...(process.env.RENDER_THREADS ? { RENDER_THREADS: process.env.RENDER_THREADS } : {}),
  });
  const base = `http://127.0.0.1:${port}`;
  const http = request(base);
  let failed = false;
  try {
    await waitFor(
      async () => ((await fetch(`${base}/api/health`)).ok ? true : undefined),
      () => api.output(),
      120_000,
    );
    const admin = await login(http, ADMIN.email, ADMIN.password);
    const programme = largeWorkProgramme(ACTIVITIES);
    console.log(
      `\nGET /api/health mientras se emiten los registros de un Programa de Trabajo de ${ACTIVITIES} actividades (modo embebido, trabajos en la API)\n`,
    );
    console.log(
      `${'ventana'.padEnd(28)}${'n'.padStart(6)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'máx ms'.padStart(9)}${'fallas'.padStart(8)}`,
    );
    const during: { ms: number; status: number }[] = [];
    const before: { ms: number; status: number }[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const team = await withRetries(() =>
        createTeam(http, admin, `RENDER${run}${randomBytes(2).toString('hex').toUpperCase()}`),
      );
      const cycle = await CycleDriver.create(http, team, 2027);
      await cycle.save(team.officer, 'strategic-definitions');
      await cycle.passGate(team);
      await cycle.save(team.officer, 'diagnostic');
      await cycle.passGate(team);
      await cycle.save(team.officer, 'plan');
      await cycle.save(team.officer, 'work-programme', programme);
      await cycle.send(team.officer, 'SUBMIT');
      await cycle.send(team.head, 'APPROVE');
      const settled = async (count: number) =>
        waitFor(
          async () => {
            const records = await listRecords(http, cycle.cycleId, team.auditor.token);
            return records.length >= count && records.every((r) => r.status === 'issued') ? records : undefined;
          },
          'registros emitidos',
          300_000,
          50,
        );
      await settled(4); // the definitions' and the diagnostic's records, with their V°B°
      const probe = probeHealth(base);
      await new Promise((r) => setTimeout(r, BASELINE_MS));
      const visaAt = performance.now();
      await cycle.send(team.expert, 'GRANT_VISA');
      const visaAnsweredMs = performance.now() - visaAt;
      const records = await settled(7);
      const issuedAt = performance.now();
      await probe.stop();
      const pages = records.find((r) => r.code.includes('-PTA-'));
      const window = probe.samples.filter((s) => s.at >= visaAt && s.at <= issuedAt);
      before.push(...probe.samples.filter((s) => s.at < visaAt));
      during.push(...window);
      console.log(
        describe(
          `ciclo ${run}: antes de la visación`,
          probe.samples.filter((s) => s.at < visaAt),
        ),
      );
      console.log(
        describe(`ciclo ${run}: emitiendo (${((issuedAt - visaAt) / 1000).toFixed(1)} s)`, window) +
          `   PTA ${pages ? `${((pages.size ?? 0) / 1024).toFixed(0)} kB` : '?'}`,
      );
      if (process.env.BENCH_TRACE) {
        const slow = window.filter((s) => s.ms > 100).map((s) => `${(s.at - visaAt).toFixed(0)}+${s.ms.toFixed(0)}`);
        console.log(
          `    visación respondida a los ${visaAnsweredMs.toFixed(0)} ms; lentas (inicio+ms): ${slow.join(' ')}`,
        );
      }
      if (window.some((s) => s.status !== 200)) failed = true;
    }
    console.log(describe('todos: antes', before));
    console.log(describe('todos: emitiendo', during));
    console.log(`\nRSS máximo de la API: ${peakRssMiB(api.child.pid ?? 0)} MiB`);
  } catch (error) {
    console.error(`Salida de la API:\n${api.output().slice(-4000)}`);
    throw error;
  } finally {
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (failed) {
    console.error('\nAlguna consulta de salud falló mientras se emitían los registros');
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
