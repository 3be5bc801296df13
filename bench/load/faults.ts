import { sleep } from './agent';
import { recordsQueueCounts } from './diagnose';
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

const SETTLE_MS = 10_000;

// Health names a dependency as 'database' or 'redis'.
const HEALTH_NAME: Record<Exclude<FaultName, 'worker'>, string> = { redis: 'redis', postgres: 'database' };

// The three faults of the issue, one after the other while the cycles run, each noted with the
// time it happened and what the health check said about it.
export async function injectFaults(
  stack: Stack,
  health: HealthWatch,
  config: LoadConfig,
  clock: () => number,
  /** Share of the expected transitions done so far (0 to 1). */
  progress: () => number,
  stillRunning: () => boolean,
): Promise<FaultLog> {
  const log: FaultLog = { timeline: [], outages: [] };
  const note = (text: string, at = clock()) => log.timeline.push({ at, text });
  // A fault starts at its share of the transitions, and never sooner than SETTLE_MS after the
  // previous one is over, so that what is observed after each can be told apart.
  let settledAt = 0;
  const at = async (share: number) => {
    while ((progress() < share || clock() < settledAt) && stillRunning()) await sleep(100);
    if (!stillRunning()) note('(los ciclos ya habían terminado: la falla cae sobre la emisión de registros)');
    else note(`${Math.round(progress() * 100)} % de las transiciones hechas`);
  };

  await at(config.faultAt.worker);
  const [victim] = stack.workers();
  const label = stack.labelOf(victim);
  const start = clock();
  victim.child.kill('SIGKILL');
  await victim.exited;
  note(`kill -9 ${label} (pid ${victim.child.pid})`, start);
  await sleep(config.outageS.worker * 1000);
  const replacement = stack.startWorker();
  note(`${stack.labelOf(replacement)} iniciado en su reemplazo (pid ${replacement.child.pid})`);
  log.outages.push({ name: 'worker', start, restored: clock() });
  settledAt = clock() + SETTLE_MS;

  const outage = async (
    name: Exclude<FaultName, 'worker'>,
    seconds: number,
    steps: { stop(): Promise<string>; whileDown?(): Promise<string>; start(): Promise<string> },
  ): Promise<Outage> => {
    const started = clock();
    note(await steps.stop(), started);
    const down = await health.waitFor((c) => c.status === 503 && c.down.includes(HEALTH_NAME[name]), seconds * 1000);
    if (down)
      note(`salud: ${down.status} nombrando ${down.down.join(', ')} (respondió en ${down.ms.toFixed(0)} ms)`, down.at);
    else note(`salud: no informó la caída de ${HEALTH_NAME[name]} en ${seconds} s`);
    if (steps.whileDown) note(await steps.whileDown().catch((e: unknown) => `(no se pudo leer: ${String(e)})`));
    await sleep(Math.max(0, started + seconds * 1000 - clock()));
    const restoring = clock();
    note(await steps.start(), restoring);
    const up = await health.waitFor((c) => c.status === 200 && c.at >= restoring, 60_000);
    if (up) note('salud: 200 de nuevo', up.at);
    else note('salud: no volvió a 200 en 60 s');
    settledAt = clock() + SETTLE_MS;
    return {
      name,
      start: started,
      restored: restoring,
      healthDownAt: down?.at,
      healthDownNames: down?.down,
      healthUpAt: up?.at,
    };
  };

  await at(config.faultAt.redis);
  log.outages.push(
    await outage('redis', config.outageS.redis, {
      stop: async () => {
        const queued = await recordsQueueCounts(stack.redis.port, stack.queuePrefix);
        await stack.redis.down();
        return `Redis detenido con kill -9 (puerto ${stack.redis.port}) con ${queued.waiting + queued.delayed} trabajos de registros en espera y ${queued.active} en curso`;
      },
      whileDown: async () => {
        const counts = await storeCounts(stack.databaseUrl);
        return `sin Redis: ${counts.outboxPending} mensajes esperan en la bandeja de salida, ${counts.pending} registros pendientes`;
      },
      start: async () => {
        await stack.redis.up();
        return 'Redis iniciado de nuevo en el mismo puerto, sin persistencia: la cola volvió vacía';
      },
    }),
  );

  await at(config.faultAt.postgres);
  log.outages.push(
    await outage('postgres', config.outageS.postgres, {
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
  log.timeline.sort((a, b) => a.at - b.at);
  return log;
}
