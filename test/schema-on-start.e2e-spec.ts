import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config/load-config';
import { ensureSchema, type Runtime } from '../src/database/runtime';
import { pendingMigrations, runMigrations } from '../src/database/run-migrations';
import { MIGRATIONS } from '../migrations';
import { startNode } from './support/processes';
import { createTestDatabase, query, type TestDatabase } from './support/test-database';

// Started on the operator's database (DATABASE_URL), the API and the worker check that its schema
// is this release's before serving: an empty or older one stops the start with what to run, or is
// migrated when MIGRATE_ON_START=true (once, however many processes start together).
describe('Esquema de la base de datos al iniciar', () => {
  let empty: TestDatabase;
  const runtimeOn = (url: string, migrate: boolean): Runtime => ({
    config: loadConfig({
      DATABASE_URL: url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      MIGRATE_ON_START: migrate ? 'true' : 'false',
    }),
    databaseUrl: url,
    shutdown: async () => undefined,
  });

  beforeAll(async () => {
    empty = await createTestDatabase({ migrated: false });
  });
  afterAll(async () => {
    await empty?.drop();
  });

  it('the API on an empty database stops at once and says to run npm run migrate or MIGRATE_ON_START', async () => {
    const api = startNode('src/main.js', {
      DATABASE_URL: empty.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'enfoque-esquema-')),
    });
    await expect(api.exited).resolves.toBe(1);
    const said = api.output();
    expect(said).toContain('No se pudo iniciar Enfoque: la base de datos de DATABASE_URL no está al día');
    expect(said).toContain(`le faltan ${MIGRATIONS.length} de las migraciones`);
    expect(said).toContain('"npm run migrate"');
    expect(said).toContain('MIGRATE_ON_START=true');
    expect(said).not.toMatch(/does not exist|relation/);
  });

  it('MIGRATE_ON_START=true migrates it once, with two processes starting together', async () => {
    await expect(ensureSchema(runtimeOn(empty.url, false), () => undefined)).rejects.toThrow(/npm run migrate/);
    const logged: string[] = [];
    await Promise.all([
      ensureSchema(runtimeOn(empty.url, true), (m) => logged.push(m)),
      ensureSchema(runtimeOn(empty.url, true), (m) => logged.push(m)),
    ]);
    // One of the two applied them all; the other, waiting on the lock, found nothing to do.
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^Migraciones aplicadas: /);
    await expect(pendingMigrations(empty.url)).resolves.toEqual([]);
    const applied = await query<{ count: string }>(empty.url, 'SELECT count(*) AS count FROM migrations');
    expect(Number(applied[0]?.count)).toBe(MIGRATIONS.length);
    // Now up to date: a start without MIGRATE_ON_START goes on.
    await expect(ensureSchema(runtimeOn(empty.url, false), () => undefined)).resolves.toBeUndefined();
    await expect(runMigrations(empty.url)).resolves.toEqual([]);
  });
});
