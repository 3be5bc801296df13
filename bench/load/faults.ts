import { sleep } from './agent';
import type { LoadConfig } from './config';
import type { HealthWatch } from './health-watch';
import type { Stack } from './infra/stack';
import { storeCounts } from './verify';

export type FaultName = 'worker' | 'redis' | 'postgres';

/** One outage: from the fault to the dependency being back (restarted or replaced). */
export interface Outage {
  name: FaultName;
  start: number;
  restored: number;
  /** When the health check first named the dependency, and when it was healthy again. */
  healthDownAt?: number;
  healthDownNames?: string[];
  healthUpAt?: number;
}

export interface FaultLog {
  timeline: { at: number; text: string }[];
  outages: Outage[];
}

// The three faults of the issue, one after the other while the cycles run, each noted with the
// time it happened and what the health check said about it.
export async function injectFaults(
  stack: Stack,
  health: HealthWatch,
  config: LoadConfig,
  clock: () => number,
  stillRunning: () => boolean,
): Promise<FaultLog> {
  const log: FaultLog = { timeline: [], outages: [] };
  const note = (text: string) => log.timeline.push({ at: clock(), text });
  const at = async (seconds: number) => {
    while (clock() < seconds * 1000) await sleep(100);
    if (!stillRunning()) note('(la carga ya había terminado)');
  };
  const outageMs = config.outageS * 1000;

  await at(config.faultAtS.worker);
  const [victim] = stack.workers();
  const label = stack.labelOf(victim);
  const start = clock();
  victim.child.kill('SIGKILL');
  await victim.exited;
  note(`kill -9 ${label} (pid ${victim.child.pid})`);
  await sleep(outageMs);
  const replacement = stack.startWorker();
  note(`${stack.labelOf(replacement)} iniciado en su reemplazo (pid ${replacement.child.pid})`);
  log.outages.push({ name: 'worker', start, restored: clock() });

  await at(config.faultAtS.redis);
  log.outages.push(
    await outage('redis', stack, health, note, clock, outageMs, {
      stop: async () => {
        await stack.redis.down();
        return `Redis detenido con kill -9 (puerto ${stack.redis.port})`;
      },
      whileDown: async () => {
        const counts = await storeCounts(stack.databaseUrl);
        return `sin Redis: ${counts.outboxPending} mensajes esperan en la bandeja de salida, ${counts.pending} registros pendientes`;
      },
      start: async () => {
        await stack.redis.up();
        return `Redis iniciado de nuevo en el mismo puerto (sin persistencia: la cola quedó vacía)`;
      },
    }),
  );

  await at(config.faultAtS.postgres);
  log.outages.push(
    await outage('postgres', stack, health, note, clock, outageMs, {
      stop: async () => {
        await stack.postgres.stop(config.postgresStop);
        return `PostgreSQL detenido (pg_ctl stop -m ${config.postgresStop}, puerto ${stack.postgres.port})`;
      },
      start: async () => {
        await stack.postgres.start();
        return 'PostgreSQL iniciado de nuevo en el mismo puerto';
      },
    }),
  );
  return log;
}

interface Steps {
  stop(): Promise<string>;
  whileDown?(): Promise<string>;
  start(): Promise<string>;
}

// Health names a dependency as 'database' or 'redis'.
const HEALTH_NAME: Record<Exclude<FaultName, 'worker'>, string> = { redis: 'redis', postgres: 'database' };

async function outage(
  name: Exclude<FaultName, 'worker'>,
  stack: Stack,
  health: HealthWatch,
  note: (text: string) => void,
  clock: () => number,
  outageMs: number,
  steps: Steps,
): Promise<Outage> {
  const start = clock();
  note(await steps.stop());
  const down = await health.waitFor((c) => c.status === 503 && c.down.includes(HEALTH_NAME[name]), outageMs);
  if (down) note(`salud: ${down.status} nombrando ${down.down.join(', ')} (respondió en ${down.ms.toFixed(0)} ms)`);
  else note(`salud: no informó la caída de ${HEALTH_NAME[name]} durante ${outageMs / 1000} s`);
  if (steps.whileDown) note(await steps.whileDown().catch((e: unknown) => `(no se pudo leer: ${String(e)})`));
  await sleep(Math.max(0, start + outageMs - clock()));
  note(await steps.start());
  const restored = clock();
  const up = await health.waitFor((c) => c.status === 200, 60_000);
  note(
    up ? `salud: 200 de nuevo, ${((up.at - restored) / 1000).toFixed(1)} s después` : 'salud: no volvió a 200 en 60 s',
  );
  void stack;
  return {
    name,
    start,
    restored,
    healthDownAt: down?.at,
    healthDownNames: down?.down,
    healthUpAt: up?.at,
  };
}
