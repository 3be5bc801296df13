// npm run load / npm run load:faults — LOAD_AGENCIES agencies (200) run whole cycles at once over
// HTTP against one API process and LOAD_WORKERS worker processes (2), on a PostgreSQL cluster
// and a Redis of the run's own. With --faults, a worker is killed and replaced, Redis is
// restarted and PostgreSQL is restarted while the cycles run. Exits 1 when an invariant breaks.
import { type AgentResult, CycleAgent } from './agent';
import { loadConfig } from './config';
import type { Script } from './decide';
import { type FaultLog, injectFaults } from './faults';
import { HealthWatch } from './health-watch';
import { LoadHttp } from './http';
import { Stack, ADMIN } from './infra/stack';
import { brokenInvariants } from './invariants';
import { printReport } from './report';
import { setUp } from './setup';
import { checkCycles, drain } from './verify';

// Some agencies meet a return by the head and some a visa denial, as real cycles do.
const scriptFor = (index: number): Script => ({
  returnAt: index % 4 === 1 ? 'diagnostic' : undefined,
  denyAt: index % 5 === 2 ? 'planning' : undefined,
});

async function main(): Promise<void> {
  const config = loadConfig(process.env, process.argv.slice(2));
  console.log(
    `Carga: ${config.agencies} servicios con ciclo completo, API + ${config.workers} procesos de trabajo, PostgreSQL y Redis privados${config.faults ? ', con fallas' : ''}`,
  );
  const stack = await Stack.start({ workers: config.workers, jobLockMs: config.jobLockMs });
  let broken: string[] = [];
  try {
    const setupStarted = performance.now();
    const setupHttp = new LoadHttp(stack.apiBase, config.requestTimeoutMs, () => 0);
    const setup = await setUp(setupHttp, {
      databaseUrl: stack.databaseUrl,
      jwtSecret: stack.jwtSecret,
      admin: ADMIN,
      agencies: config.agencies,
      httpLogins: config.httpLogins,
    });
    setupHttp.close();
    const setupMs = performance.now() - setupStarted;
    console.log(`Preparado en ${(setupMs / 1000).toFixed(1)} s; comienzan los ciclos`);

    const origin = performance.now();
    const clock = () => performance.now() - origin;
    const http = new LoadHttp(stack.apiBase, config.requestTimeoutMs, clock);
    const healthHttp = new LoadHttp(stack.apiBase, config.requestTimeoutMs, clock);
    const health = new HealthWatch(healthHttp, clock);
    health.start();
    let running = true;
    const apiPid = stack.api.child.pid;
    const faults: Promise<FaultLog> | undefined = config.faults
      ? injectFaults(stack, health, config, clock, () => running)
      : undefined;
    const results: AgentResult[] = await Promise.all(
      setup.people.map((people) => new CycleAgent(http, people, scriptFor(people.index), config.thinkMs).run()),
    );
    running = false;
    const loadMs = clock();
    console.log(`Ciclos terminados en ${(loadMs / 1000).toFixed(1)} s; esperando la emisión de registros`);
    const faultLog = await faults;
    const drained = await drain(stack.databaseUrl, config.drainTimeoutMs);
    health.stop();

    const verifyHttp = new LoadHttp(stack.apiBase, config.requestTimeoutMs, clock);
    const checks = await checkCycles(
      verifyHttp,
      results.flatMap((r, i) => (r.cycleId ? [{ people: setup.people[i], cycleId: r.cycleId }] : [])),
    );
    verifyHttp.close();
    const expectedRecords = checks.reduce((n, c) => n + c.expected, 0);
    const overBound =
      http.samples.filter((s) => s.ms > config.hangMs).length +
      healthHttp.samples.filter((s) => s.ms > config.hangMs).length;
    http.close();
    healthHttp.close();

    const peaks = stack.peaks();
    printReport({
      config,
      setupMs,
      loginMs: setup.loginMs,
      loadMs,
      samples: http.samples,
      results,
      drainMs: drained.ms,
      counts: drained.counts,
      expectedRecords,
      checks,
      peaks,
      healthMaxMs: health.maxMs,
      faults: faultLog,
    });
    broken = brokenInvariants({
      agencies: config.agencies,
      results,
      checks,
      counts: drained.counts,
      expectedRecords,
      overBound,
      hangMs: config.hangMs,
      faults: faultLog,
      apiAlive:
        stack.api.child.pid === apiPid && stack.api.child.exitCode === null && stack.api.child.signalCode === null,
      workersAlive: stack.workers().length,
      workers: config.workers,
    });
  } catch (error) {
    console.error(stack.outputs());
    throw error;
  } finally {
    await stack.stop();
  }
  if (broken.length > 0) {
    console.error(`\nInvariantes rotos:\n${broken.map((b) => `  - ${b}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nTodos los invariantes se cumplen.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
