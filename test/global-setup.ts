import { describeMissing, missingTestServices } from './support/check-services';

// Jest run directly (`npx jest …`): stop at once, with one message, when PostgreSQL or Redis is
// not there (`npm test` has checked them, and Chromium, before building).
export default async function globalSetup(): Promise<void> {
  const problems = await missingTestServices({ chromium: false });
  if (problems.length === 0) return;
  process.stderr.write(`\n${describeMissing(problems)}\n`);
  process.exit(1);
}
