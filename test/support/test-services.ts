import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { planTestServices } from './check-services';
import { PrivateRedis } from './redis-server';

// The PostgreSQL and Redis a test run uses (see check-services.ts for the choice). Ones of our own
// live as long as the run: the embedded PostgreSQL keeps its folder, so that its migrated template
// database serves the next run too.

export const TEST_DATA_DIR = join(__dirname, '..', '..', 'data', 'test');

export interface TestServices {
  databaseUrl: string;
  redisUrl: string;
  /** What was started for this run, in words (empty when the machine's services are used). */
  started: string[];
  stop(): Promise<void>;
}

export async function startTestServices(
  env: NodeJS.ProcessEnv,
  { defaults, dataDir = TEST_DATA_DIR }: { defaults?: Parameters<typeof planTestServices>[1]; dataDir?: string } = {},
): Promise<TestServices | { problems: string[] }> {
  const plan = await planTestServices(env, defaults);
  if (plan.problems.length > 0) return { problems: plan.problems };

  const started: string[] = [];
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stops.reverse()) await stopOne();
  };
  try {
    let databaseUrl: string;
    if (plan.database.kind === 'given') databaseUrl = plan.database.url;
    else {
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      // As root, PostgreSQL runs as the postgres system user, who must pass through data/ to reach
      // data/test/ (startEmbeddedPostgres opens data/test/ itself; the secrets stay mode 600).
      if (process.getuid?.() === 0) chmodSync(dirname(dataDir), statSync(dirname(dataDir)).mode | 0o111);
      const embedded = await startEmbeddedPostgres(dataDir, () => undefined);
      stops.push(() => embedded.stop());
      databaseUrl = embedded.url;
      started.push(`PostgreSQL embebido en ${dataDir}`);
    }
    let redisUrl: string;
    if (plan.redis.kind === 'given') redisUrl = plan.redis.url;
    else {
      const redis = await PrivateRedis.start(plan.redis.program);
      stops.push(() => redis.down());
      redisUrl = redis.url;
      started.push(`redis-server propio en ${redisUrl}`);
    }
    return { databaseUrl, redisUrl, started, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
