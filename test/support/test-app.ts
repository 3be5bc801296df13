import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { AppConfig } from '../../src/config/load-config';
import { createHttpApp } from '../../src/http-app';
import { seedSelfSignedIdentity } from './signing';
import { createTestDatabase, REDIS_URL, TestDatabase } from './test-database';

export const ADMIN = { email: 'admin@prueba.cl', password: 'clave-de-administracion-1' };
export const PASSWORD = 'clave-segura-de-prueba-1';

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  config: AppConfig;
  database: TestDatabase;
  close(): Promise<void>;
}

export function testConfig(databaseUrl: string, overrides: Partial<AppConfig> = {}): AppConfig {
  const dataDir = mkdtempSync(join(tmpdir(), 'enfoque-test-'));
  seedSelfSignedIdentity(dataDir);
  return {
    port: 0,
    databaseMode: 'external',
    databaseUrl,
    migrateOnStart: false,
    dataDir,
    queuePrefix: `t${randomBytes(5).toString('hex')}`,
    jobLockMs: 30_000,
    jwtSecret: randomBytes(32).toString('hex'),
    jwtTtlSeconds: 3600,
    admin: { ...ADMIN },
    publicUrl: 'http://localhost',
    logLevel: 'silent',
    loginThrottleLimit: 1000,
    statementTimeoutMs: 30_000,
    renderThreads: 1,
    dossierConcurrency: 4,
    ...overrides,
  };
}

/** The real HTTP application on its own migrated database; `redis: true` uses BullMQ (no worker). */
export async function startTestApp(options: { redis?: boolean; config?: Partial<AppConfig> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(database.url, { redisUrl: options.redis ? REDIS_URL : undefined, ...options.config });
  const app = await createHttpApp(config);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    config,
    database,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
