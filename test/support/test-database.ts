import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../../src/database/run-migrations';
import { DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL } from './check-services';

// Tests run against a real PostgreSQL: DATABASE_URL when set (CI, or by Jest's globalSetup), else the local server.
export const SERVER_URL = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
export const REDIS_URL = process.env.REDIS_URL ?? DEFAULT_REDIS_URL;

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

// A migrated database to copy from, named after the migrations' own text: made once (by Jest's
// globalSetup) and reused by later runs while the migrations stay the same. Copying it takes a
// fraction of a second; migrating each test file's database took about two.
const TEMPLATE_ENV = 'ENFOQUE_TEST_TEMPLATE';

function templateName(): string {
  const dir = join(__dirname, '..', '..', 'migrations');
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  return `enfoque_tpl_${hash.digest('hex').slice(0, 16)}`;
}

/** Makes the template this release's migrations need (if missing) and names it for the test files. */
export async function prepareTemplateDatabase(): Promise<void> {
  const name = templateName();
  const exists = await admin(
    async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1,
  );
  if (!exists) {
    // Built under another name and renamed when whole, so that a run stopped halfway leaves no template.
    const building = `${name}_${randomBytes(4).toString('hex')}`;
    await admin((client) => client.query(`CREATE DATABASE ${building}`));
    await runMigrations(withDatabase(SERVER_URL, building));
    await admin(async (client) => {
      await client.query(`ALTER DATABASE ${building} RENAME TO ${name}`).catch(async (error: { code?: string }) => {
        // Another run made it meanwhile.
        if (error.code !== '42P04') throw error;
        await client.query(`DROP DATABASE ${building}`);
      });
    });
  }
  process.env[TEMPLATE_ENV] = name;
}

// Each test file gets its own freshly migrated database, so files can run in parallel.
export async function createTestDatabase({ migrated = true } = {}): Promise<TestDatabase> {
  const name = `enfoque_t_${randomBytes(6).toString('hex')}`;
  const template = migrated ? process.env[TEMPLATE_ENV] : undefined;
  await admin((client) => client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`));
  const url = withDatabase(SERVER_URL, name);
  if (migrated && !template) await runMigrations(url);
  return {
    name,
    url,
    drop: () => admin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}

export async function query<T extends Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
