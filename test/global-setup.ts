import { describeMissing, missingTestServices } from './support/check-services';
import { prepareTemplateDatabase } from './support/test-database';

// Jest run directly (`npx jest …`): stop at once, with one message, when PostgreSQL or Redis is
// not there (`npm test` has checked them, and Chromium, before building). Then the migrated
// database each test file's own is copied from.
export default async function globalSetup(): Promise<void> {
  const problems = await missingTestServices({ chromium: false });
  if (problems.length > 0) {
    process.stderr.write(`\n${describeMissing(problems)}\n`);
    process.exit(1);
  }
  await prepareTemplateDatabase();
}
