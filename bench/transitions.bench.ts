// npm run bench:transitions — N concurrent clients drive gated transitions over HTTP against the
// real API process on PostgreSQL, and pgbench's TPC-B-like load runs at the same client count
// on the same server, for comparison.
import { execFileSync } from 'node:child_process';
import { readFixture } from '../test/fixtures/cycle';
import { Http } from './support/http-client';
import { ADMIN, scratchDatabase, startApi } from './support/server';
import { cpuMs, peakRssMiB, summarise } from './support/stats';

const CLIENT_COUNTS = (process.env.BENCH_CLIENTS ?? '8,32').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PASSWORD = 'clave-de-bench-segura';

interface Team {
  cycleId: string;
  officer: string;
  head: string;
  expert: string;
}

// SUBMIT → APPROVE → DENY_VISA → SUBMIT → RETURN → …: every step passes a gate check.
const LOOP: { type: string; as: keyof Omit<Team, 'cycleId'>; comment?: string }[] = [
  { type: 'SUBMIT', as: 'officer' },
  { type: 'APPROVE', as: 'head' },
  { type: 'DENY_VISA', as: 'expert', comment: 'Observación de prueba de carga.' },
  { type: 'SUBMIT', as: 'officer' },
  { type: 'RETURN', as: 'head', comment: 'Devuelto en prueba de carga.' },
];

async function setupTeam(http: Http, admin: string, index: number): Promise<Team> {
  const agency = await http.ok<{ id: string }>('POST', '/agencies', admin, {
    code: `BENCH-${index}`,
    name: `Servicio de carga ${index}`,
    ministry: 'Ministerio de Prueba',
  });
  const person = async (role: string) => {
    const email = `${role}.${index}@bench.cl`;
    const user = await http.ok<{ id: string }>('POST', '/users', admin, {
      email,
      name: `${role} ${index}`,
      password: PASSWORD,
    });
    if (role === 'expert') await http.ok('POST', `/agencies/${agency.id}/experts`, admin, { userId: user.id });
    else
      await http.ok('POST', `/agencies/${agency.id}/members`, admin, {
        userId: user.id,
        role: role === 'officer' ? 'gender_officer' : 'agency_head',
      });
    return http.login(email, PASSWORD);
  };
  const [officer, head, expert] = [await person('officer'), await person('head'), await person('expert')];
  const cycle = await http.ok<{ id: string }>('POST', `/agencies/${agency.id}/cycles`, officer, { year: 2027 });
  await http.ok('PUT', `/cycles/${cycle.id}/documents/strategic-definitions`, officer, {
    content: readFixture('strategic-definitions'),
    version: 0,
  });
  return { cycleId: cycle.id, officer, head, expert };
}

async function drive(
  http: Http,
  team: Team,
  until: number,
  latencies: number[] | null,
): Promise<{ done: number; errors: string[] }> {
  const current = await http.ok<{ revision: number; state: string }>('GET', `/cycles/${team.cycleId}`, team.officer);
  const state = current.state;
  let revision = current.revision;
  let step = LOOP.findIndex((s) =>
    state.endsWith('draft')
      ? s.type === 'SUBMIT'
      : state.endsWith('submitted')
        ? s.type === 'APPROVE'
        : s.type === 'DENY_VISA',
  );
  let done = 0;
  const errors: string[] = [];
  while (performance.now() < until) {
    const { type, as, comment } = LOOP[step];
    const result = await http.call<{ revision: number }>('POST', `/cycles/${team.cycleId}/events`, team[as], {
      type,
      revision,
      comment,
    });
    if (result.status !== 200) {
      errors.push(`${type} → ${result.status} ${JSON.stringify(result.body)}`);
      break;
    }
    latencies?.push(result.ms);
    revision = result.body.revision;
    step = (step + 1) % LOOP.length;
    done += 1;
  }
  return { done, errors };
}

function pgbenchTps(url: string, clients: number): number {
  const output = execFileSync('pgbench', ['-c', String(clients), '-j', '2', '-T', String(SECONDS), '-n', url], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return Number(/tps = ([\d.]+)/.exec(output)?.[1] ?? NaN);
}

async function main(): Promise<void> {
  const database = await scratchDatabase('bench_tr');
  const reference = await scratchDatabase('bench_pgb');
  const { api, base } = await startApi(
    database.url,
    process.env.BENCH_API_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS } : {},
  );
  const http = new Http(base);
  let failed = false;
  try {
    const admin = await http.login(ADMIN.email, ADMIN.password);
    const teams: Team[] = [];
    for (let i = 0; i < Math.max(...CLIENT_COUNTS); i++) teams.push(await setupTeam(http, admin, i));
    execFileSync('pgbench', ['-i', '-s', '10', '-q', reference.url], { stdio: 'ignore' });

    console.log(
      `\nTransiciones con compuerta por HTTP (${SECONDS} s por medición, API en proceso aparte, PostgreSQL local)\n`,
    );
    console.log('clientes  transiciones/s   p50 ms   p95 ms   p99 ms   pgbench tps   razón   CPU API ms/tr   errores');
    for (const clients of CLIENT_COUNTS) {
      const active = teams.slice(0, clients);
      await Promise.all(active.map((team) => drive(http, team, performance.now() + 2_000, null))); // warm-up
      const latencies: number[] = [];
      const apiCpuBefore = cpuMs(api.child.pid ?? 0);
      const started = performance.now();
      const results = await Promise.all(active.map((team) => drive(http, team, started + SECONDS * 1000, latencies)));
      const elapsed = (performance.now() - started) / 1000;
      const done = results.reduce((sum, r) => sum + r.done, 0);
      const errors = results.flatMap((r) => r.errors);
      const tps = done / elapsed;
      const apiCpuPerTransition = (cpuMs(api.child.pid ?? 0) - apiCpuBefore) / Math.max(done, 1);
      const pgTps = pgbenchTps(reference.url, clients);
      const s = summarise(latencies);
      console.log(
        `${String(clients).padStart(8)}  ${tps.toFixed(0).padStart(14)}  ${s.p50.toFixed(1).padStart(7)}  ${s.p95.toFixed(1).padStart(7)}  ${s.p99.toFixed(1).padStart(7)}  ${pgTps.toFixed(0).padStart(12)}  ${(tps / pgTps).toFixed(2).padStart(6)}  ${apiCpuPerTransition.toFixed(2).padStart(14)}  ${String(errors.length).padStart(8)}`,
      );
      if (errors.length > 0) {
        failed = true;
        console.error(errors.slice(0, 5).join('\n'));
      }
    }
    console.log(`\nRSS máximo de la API: ${peakRssMiB(api.child.pid ?? 0)} MiB`);
  } finally {
    http.close();
    await api.stop();
    await database.drop();
    await reference.drop();
  }
  if (failed) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
