// Everything a load run can be told, read once from the environment (and --faults).
export interface LoadConfig {
  /** Agencies, each running one whole cycle with its own officer, head, expert and auditor. */
  agencies: number;
  /** Worker processes running the jobs (PDF records). */
  workers: number;
  /** Inject the faults (worker killed, Redis and PostgreSQL restarted) while the cycles run. */
  faults: boolean;
  /** A request that takes longer than this is a hang: the run fails. */
  hangMs: number;
  /** The client gives up on a request after this long (then retries, as a person would). */
  requestTimeoutMs: number;
  /** Pause of a simulated person between two actions. */
  thinkMs: number;
  /** How long a dead worker's job stays claimed before another worker retries it. */
  jobLockMs: number;
  /** How long the run waits, after the last cycle closes, for every record to be issued. */
  drainTimeoutMs: number;
  /**
   * Share of the run's transitions done when each fault starts (one after the other), so that
   * every fault falls while the cycles run whatever the speed of the machine; and how long each
   * lasts, in seconds.
   */
  faultAt: { worker: number; redis: number; postgres: number };
  outageS: { worker: number; redis: number; postgres: number };
  /** How a PostgreSQL restart stops the server. */
  postgresStop: 'fast' | 'immediate';
  /** People who sign in over HTTP (argon2, slow by design); the rest get a token signed with the run's secret. */
  httpLogins: number;
}

function numberFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} debe ser un número no negativo: ${raw}`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv, argv: string[]): LoadConfig {
  const stop = env.LOAD_PG_STOP ?? 'immediate';
  if (stop !== 'fast' && stop !== 'immediate') throw new Error(`LOAD_PG_STOP debe ser fast o immediate: ${stop}`);
  return {
    agencies: Math.max(1, Math.floor(numberFrom(env, 'LOAD_AGENCIES', 200))),
    workers: Math.max(1, Math.floor(numberFrom(env, 'LOAD_WORKERS', 2))),
    faults: argv.includes('--faults') || env.LOAD_FAULTS === '1',
    hangMs: numberFrom(env, 'LOAD_HANG_MS', 10_000),
    requestTimeoutMs: numberFrom(env, 'LOAD_REQUEST_TIMEOUT_MS', 30_000),
    thinkMs: numberFrom(env, 'LOAD_THINK_MS', 0),
    jobLockMs: numberFrom(env, 'LOAD_JOB_LOCK_MS', 10_000),
    drainTimeoutMs: numberFrom(env, 'LOAD_DRAIN_TIMEOUT_MS', 180_000),
    faultAt: {
      worker: numberFrom(env, 'LOAD_FAULT_WORKER_AT', 0.1),
      redis: numberFrom(env, 'LOAD_FAULT_REDIS_AT', 0.3),
      postgres: numberFrom(env, 'LOAD_FAULT_POSTGRES_AT', 0.5),
    },
    outageS: {
      worker: numberFrom(env, 'LOAD_WORKER_GAP_S', 5),
      redis: numberFrom(env, 'LOAD_REDIS_OUTAGE_S', 5),
      // Longer than the jobs' retry backoff (1 + 2 + 4 + 8 s): issuing jobs run out of retries
      // while the database is away, and must still issue their records once it is back.
      postgres: numberFrom(env, 'LOAD_PG_OUTAGE_S', 20),
    },
    postgresStop: stop,
    httpLogins: Math.floor(numberFrom(env, 'LOAD_HTTP_LOGINS', 20)),
  };
}
