import { describeMissing } from './support/check-services';
import { startTestServices, type TestServices } from './support/test-services';

// Before every Jest run: the PostgreSQL and Redis the tests use (DATABASE_URL and REDIS_URL, else
// the usual local ones, else ones started here, stopped by global-teardown.ts), or one message
// saying what is missing, and stop. Then the migrated database each test file's own is copied from.
// The test files read DATABASE_URL and REDIS_URL: Jest starts its workers after this, with this
// process's environment.
export default async function globalSetup(): Promise<void> {
  const services = await startTestServices(process.env);
  if ('problems' in services) {
    process.stderr.write(`\n${describeMissing(services.problems)}\n`);
    process.exit(1);
  }
  process.env.DATABASE_URL = services.databaseUrl;
  process.env.REDIS_URL = services.redisUrl;
  if (services.started.length > 0) process.stderr.write(`\nPara las pruebas: ${services.started.join('; ')}.\n`);
  (globalThis as { enfoqueTestServices?: TestServices }).enfoqueTestServices = services;
  // Imported only now: it reads DATABASE_URL when loaded.
  const { prepareTemplateDatabase } = await import('./support/test-database');
  await prepareTemplateDatabase();
}
