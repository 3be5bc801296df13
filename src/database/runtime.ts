import { AppConfig, loadConfig } from '../config/load-config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { runMigrations } from './run-migrations';

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
