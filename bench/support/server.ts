import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '../../src/database/run-migrations';
import { DEFAULT_DATABASE_URL } from '../../test/support/check-services';
import { freePort, RunningProcess, startNode, waitFor } from '../../test/support/processes';

export const SERVER_URL = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;

export function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function scratchDatabase(prefix: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = databaseUrl(name);
  return { name, url, drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export const ADMIN = { email: 'admin@bench.cl', password: 'clave-de-bench-segura' };

/** The real API process (dist/), on its own migrated database, as production runs it. */
export async function startApi(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<{ api: RunningProcess; base: string }> {
  await runMigrations(databaseUrl);
  const port = await freePort();
  const api = startNode('src/main.js', {
    DATABASE_URL: databaseUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    LOGIN_THROTTLE_LIMIT: '100000',
    ...extraEnv,
  });
  const base = `http://127.0.0.1:${port}/api`;
  await waitFor(
    async () => ((await fetch(`${base}/health`)).ok ? true : undefined),
    () => `API\n${api.output()}`,
    60_000,
  );
  return { api, base };
}
