import os from 'node:os';
import { type AgentResult, CycleAgent } from './agent';
import type { LoadConfig } from './config';
import { expectedTransitions, type Script } from './decide';
import { type FaultLog, injectFaults } from './faults';
import { HealthWatch } from './health-watch';
import { LoadHttp, type Sample } from './http';
import type { Stack } from './infra/stack';
import type { AgencyPeople } from './setup';

export interface Driven {
  results: AgentResult[];
  samples: Sample[];
  healthSamples: Sample[];
  healthMaxMs: number;
  faults?: FaultLog;
  loadMs: number;
  /** Wall-clock time of the run's clock origin, to compare with timestamps in the database. */
  originWall: number;
  cpuAtStart: Map<string, number>;
  loadAverage: [number, number];
}

// Some agencies meet a return by the head and some a visa denial, as real cycles do.
const scriptFor = (index: number): Script => ({
  returnAt: index % 4 === 1 ? 'diagnostic' : undefined,
  denyAt: index % 5 === 2 ? 'planning' : undefined,
});

// Every agency's people run their cycle at once, while the health check is watched and, in a
// fault run, the faults are injected; returns when the cycles and the faults are over.
export async function driveCycles(stack: Stack, config: LoadConfig, people: AgencyPeople[]): Promise<Driven> {
  const cpuAtStart = stack.cpuNow();
  const loadAtStart = os.loadavg()[0];
  const origin = performance.now();
  const originWall = Date.now();
  const clock = () => performance.now() - origin;
  const http = new LoadHttp(stack.apiBase, config.requestTimeoutMs, clock);
  const healthHttp = new LoadHttp(stack.apiBase, config.requestTimeoutMs, clock);
  const health = new HealthWatch(healthHttp, clock);
  health.start();
  let running = true;
  const progress = { transitions: 0 };
  const expected = people.reduce((n, p) => n + expectedTransitions(scriptFor(p.index)), 0);
  const faults = config.faults
    ? injectFaults(
        stack,
        health,
        config,
        clock,
        () => progress.transitions / expected,
        () => running,
      )
    : undefined;
  const results = await Promise.all(
    people.map((p) => new CycleAgent(http, p, scriptFor(p.index), config.thinkMs, progress).run()),
  );
  running = false;
  const loadMs = clock();
  const loadAtEnd = os.loadavg()[0];
  console.log(`Ciclos terminados en ${(loadMs / 1000).toFixed(1)} s; esperando la emisión de registros`);
  const faultLog = await faults;
  health.stop();
  http.close();
  healthHttp.close();
  return {
    results,
    samples: http.samples,
    healthSamples: healthHttp.samples,
    healthMaxMs: health.maxMs,
    faults: faultLog,
    loadMs,
    originWall,
    cpuAtStart,
    loadAverage: [loadAtStart, loadAtEnd],
  };
}
