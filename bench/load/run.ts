// npm run load / npm run load:faults — LOAD_AGENCIES agencies (200) run whole cycles at once over
// HTTP against one API process and LOAD_WORKERS worker processes (2), on a PostgreSQL cluster
// and a Redis of the run's own. With --faults, a worker is killed and replaced, Redis is
// restarted and PostgreSQL is restarted while the cycles run. Exits 1 when an invariant breaks.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './config';
import { describePending, recordsQueueCounts, requeuedByApi } from './diagnose';
import { driveCycles } from './drive';
import { ADMIN, Stack } from './infra/stack';
import { brokenInvariants } from './invariants';
import { printReport } from './report';
import { setUp } from './setup';
import { checkCycles, drain, issuedBetween } from './verify';
import { LoadHttp } from './http';

async function main(): Promise<void> {
  const config = loadConfig(process.env, process.argv.slice(2));
  console.log(
    `Carga: ${config.agencies} servicios con ciclo completo, API + ${config.workers} procesos de trabajo, PostgreSQL y Redis privados${config.faults ? ', con fallas' : ''}`,
  );
  const logPath = join(tmpdir(), `enfoque-carga-${Date.now()}.log`);
  const stack = await Stack.start({ workers: config.workers, jobLockMs: config.jobLockMs });
  // Interrupted: stop what the run started (processes, the cluster in a temporary folder).
  process.once('SIGINT', () => void stack.stop().finally(() => process.exit(130)));
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

    const driven = await driveCycles(stack, config, setup.people);
    const drained = await drain(stack.databaseUrl, config.drainTimeoutMs);
    if (drained.counts.pending > 0) {
      console.log('Registros que siguen pendientes:');
      for (const text of await describePending(stack.databaseUrl, stack.redis.port, stack.queuePrefix))
        console.log(`  ${text}`);
    }
    const verifyHttp = new LoadHttp(stack.apiBase, config.requestTimeoutMs, () => 0);
    const checks = await checkCycles(
      verifyHttp,
      driven.results.flatMap((r, i) => (r.cycleId ? [{ people: setup.people[i], cycleId: r.cycleId }] : [])),
    );
    verifyHttp.close();
    const expectedRecords = checks.reduce((n, c) => n + c.expected, 0);
    const issuedDuring = await Promise.all(
      (driven.faults?.outages ?? []).map((o) =>
        issuedBetween(
          stack.databaseUrl,
          new Date(driven.originWall + o.start),
          new Date(driven.originWall + o.restored),
        ),
      ),
    );

    printReport({
      config,
      setupMs,
      loginMs: setup.loginMs,
      loadMs: driven.loadMs,
      samples: driven.samples,
      results: driven.results,
      drainMs: drained.ms,
      counts: drained.counts,
      expectedRecords,
      checks,
      peaks: stack.peaks().map((p) => ({ ...p, cpuS: p.cpuS - (driven.cpuAtStart.get(p.label) ?? 0) })),
      healthMaxMs: driven.healthMaxMs,
      faults: driven.faults,
      queue: await recordsQueueCounts(stack.redis.port, stack.queuePrefix),
      requeued: requeuedByApi(stack.api.output()),
      loadAverage: driven.loadAverage,
      issuedDuring,
    });
    broken = brokenInvariants({
      agencies: config.agencies,
      results: driven.results,
      checks,
      counts: drained.counts,
      expectedRecords,
      overBound: [...driven.samples, ...driven.healthSamples].filter((s) => s.ms > config.hangMs).length,
      hangMs: config.hangMs,
      faults: driven.faults,
      // Never restarted by the run: it must simply still be up.
      apiAlive: stack.api.child.exitCode === null && stack.api.child.signalCode === null,
      workersAlive: stack.workers().length,
      workers: config.workers,
    });
  } catch (error) {
    broken.push(String(error));
    throw error;
  } finally {
    // What every process wrote, kept only for a run that broke.
    if (broken.length > 0) {
      writeFileSync(logPath, stack.outputs(Infinity));
      console.error(`Salida de los procesos: ${logPath}`);
    }
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
