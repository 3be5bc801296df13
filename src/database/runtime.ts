import { AppConfig, loadConfig } from '../config/load-config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { pendingMigrations, runMigrations } from './run-migrations';

export interface Runtime {
  config: AppConfig;
  databaseUrl: string;
  /** Stops what the runtime started (the embedded PostgreSQL); safe to call twice. */
  shutdown(): Promise<void>;
}

// Resolves where the data lives before Nest starts: the operator's PostgreSQL, or an embedded one
// started under DATA_DIR and migrated, so that `npm start` works on a fresh clone.
export async function prepareRuntime(env: NodeJS.ProcessEnv, log: (message: string) => void): Promise<Runtime> {
  const config = loadConfig(env);
  if (config.databaseUrl) {
    return { config, databaseUrl: config.databaseUrl, shutdown: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres(config.dataDir, log);
  let stopped = false;
  const shutdown = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await embedded.stop();
  };
  try {
    const applied = await runMigrations(embedded.url);
    if (applied.length > 0) log(`Migraciones aplicadas: ${applied.join(', ')}`);
  } catch (error) {
    await shutdown();
    throw error;
  }
  return { config: { ...config, databaseUrl: embedded.url }, databaseUrl: embedded.url, shutdown };
}

/**
 * Before the API or the worker serves anything on the operator's database: its schema is this
 * release's (else a first request fails with "relation … does not exist"), migrated here when
 * MIGRATE_ON_START=true. The embedded database is migrated by prepareRuntime.
 */
export async function ensureSchema(runtime: Runtime, log: (message: string) => void): Promise<void> {
  if (runtime.config.databaseMode === 'embedded') return;
  if (runtime.config.migrateOnStart) {
    const applied = await runMigrations(runtime.databaseUrl);
    if (applied.length > 0) log(`Migraciones aplicadas: ${applied.join(', ')}`);
    return;
  }
  const pending = await pendingMigrations(runtime.databaseUrl);
  if (pending.length === 0) return;
  throw new Error(
    `la base de datos de DATABASE_URL no está al día: le faltan ${pending.length} de las migraciones de esta versión ` +
      `(la primera, ${pending[0]}). Aplíquelas con "npm run migrate" (con el mismo DATABASE_URL) ` +
      'o inicie con MIGRATE_ON_START=true.',
  );
}
