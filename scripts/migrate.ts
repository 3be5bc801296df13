import 'reflect-metadata';
import { prepareRuntime } from '../src/database/runtime';
import { runMigrations } from '../src/database/run-migrations';

// `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded database
// (which prepareRuntime starts and migrates) when DATABASE_URL is not set.
async function main(): Promise<void> {
  const log = (message: string) => process.stdout.write(`${message}\n`);
  const runtime = await prepareRuntime(process.env, log);
  try {
    const applied = await runMigrations(runtime.databaseUrl);
    log(applied.length > 0 ? `Migraciones aplicadas: ${applied.join(', ')}` : 'La base de datos está al día');
  } finally {
    await runtime.shutdown();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Error al migrar: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
