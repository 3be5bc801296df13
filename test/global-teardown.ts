import type { TestServices } from './support/test-services';

// Stops what global-setup.ts started for this run (nothing when the machine's services were used).
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { enfoqueTestServices?: TestServices }).enfoqueTestServices?.stop();
}
