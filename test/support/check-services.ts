import { existsSync } from 'node:fs';
import { Socket } from 'node:net';
import { Client } from 'pg';
import { REDIS_URL, SERVER_URL } from './test-database';

// Before any test: are PostgreSQL, Redis and Chromium where the tests will look for them? One
// message naming what is missing and how to point at it, instead of a connection error from each
// of a hundred suites. Run first by `npm test` and as Jest's globalSetup.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT_MS = 3_000;

async function postgresProblem(): Promise<string | null> {
  const client = new Client({ connectionString: SERVER_URL, connectionTimeoutMillis: TIMEOUT_MS });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `PostgreSQL en DATABASE_URL=${SERVER_URL} (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// A PING without a client library: what the tests' BullMQ and ioredis would need first.
function redisProblem(): Promise<string | null> {
  const url = new URL(REDIS_URL);
  return new Promise((resolve) => {
    const socket = new Socket();
    const fail = (why: string) => {
      socket.destroy();
      resolve(`Redis en REDIS_URL=${REDIS_URL} (${why})`);
    };
    socket.setTimeout(TIMEOUT_MS, () => fail('sin respuesta'));
    socket.once('error', (error) => fail(error.message));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(
        data.toString().startsWith('+PONG') || data.toString().startsWith('-NOAUTH')
          ? null
          : `Redis en REDIS_URL=${REDIS_URL} (respuesta inesperada)`,
      );
    });
    socket.connect(Number(url.port || 6379), url.hostname, () => socket.write('PING\r\n'));
  });
}

/** What is missing; Chromium only for a whole run (a run of unit tests does not need it). */
export async function missingTestServices({ chromium }: { chromium: boolean }): Promise<string[]> {
  const problems = await Promise.all([postgresProblem(), redisProblem()]);
  if (chromium && !existsSync(CHROMIUM))
    problems.push(`Chromium en CHROMIUM_PATH=${CHROMIUM} (no existe; apt-get install chromium)`);
  return problems.filter((p): p is string => p !== null);
}

export function describeMissing(problems: readonly string[]): string {
  return [
    'Las pruebas no pueden empezar: falta lo siguiente.',
    ...problems.map((p) => `  - ${p}`),
    'Inicie esos servicios o apunte a los suyos con DATABASE_URL, REDIS_URL y CHROMIUM_PATH;',
    'README.md, en el párrafo de `npm test`, dice qué necesita cada uno.',
  ].join('\n');
}

// `ts-node test/support/check-services.ts`: exits 1 with the message when something is missing.
if (require.main === module) {
  void missingTestServices({ chromium: true }).then((problems) => {
    if (problems.length === 0) return;
    process.stderr.write(`${describeMissing(problems)}\n`);
    process.exit(1);
  });
}
