import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateEnvironment } from './app-config';

export interface AppConfig {
  port: number;
  /** embedded: PostgreSQL under dataDir, jobs in-process. external: DATABASE_URL (and REDIS_URL). */
  databaseMode: 'embedded' | 'external';
  databaseUrl?: string;
  /** With DATABASE_URL: apply pending migrations at start (else a start on an older schema stops and says so). */
  migrateOnStart: boolean;
  dataDir: string;
  redisUrl?: string;
  /** Namespaces the BullMQ keys, so that several installations can share one Redis. */
  queuePrefix: string;
  /** BullMQ lock of a running job; a job of a worker that died is retried once it lapses. */
  jobLockMs: number;
  jwtSecret: string;
  jwtTtlSeconds: number;
  admin: { email: string; password?: string };
  publicUrl: string;
  logLevel: string;
  loginThrottleLimit: number;
  /** SMTP server for reminder e-mails (smtp://user:pass@host:port); none: in-app notifications only. */
  smtpUrl?: string;
  mailFrom?: string;
  /** Longest a single SQL statement may run; beyond it PostgreSQL cancels it and the API answers 503. */
  statementTimeoutMs: number;
  /** Worker threads that render record PDFs, off the event loop of the API and of the workers. */
  renderThreads: number;
  /** Dossiers (ZIP) built at once by one API process; one more is answered 503 with Retry-After. */
  dossierConcurrency: number;
  /** The installation's certificate for signing records; none: a self-signed one in dataDir. */
  recordsSigning?: { p12Path: string; passphrase: string };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

// Secrets generated for the embedded default live in the data folder, readable only by its owner.
export function readOrCreateSecret(dataDir: string, fileName: string, bytes = 32): string {
  const path = join(dataDir, fileName);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(bytes).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const vars = validateEnvironment(env);
  const dataDir = resolve(vars.DATA_DIR ?? './data');
  const port = vars.PORT ?? 3000;
  return {
    port,
    databaseMode: vars.DATABASE_URL ? 'external' : 'embedded',
    databaseUrl: vars.DATABASE_URL,
    migrateOnStart: vars.MIGRATE_ON_START === 'true',
    dataDir,
    redisUrl: vars.REDIS_URL,
    queuePrefix: vars.QUEUE_PREFIX ?? 'enfoque',
    jobLockMs: vars.JOB_LOCK_MS ?? 30_000,
    jwtSecret: vars.JWT_SECRET ?? readOrCreateSecret(dataDir, 'jwt-secret'),
    jwtTtlSeconds: vars.JWT_TTL_SECONDS ?? 8 * 3600,
    admin: { email: vars.ADMIN_EMAIL ?? 'admin@enfoque.local', password: vars.ADMIN_PASSWORD },
    publicUrl: (vars.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    logLevel: vars.LOG_LEVEL ?? 'info',
    loginThrottleLimit: vars.LOGIN_THROTTLE_LIMIT ?? 10,
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM,
    statementTimeoutMs: vars.DATABASE_STATEMENT_TIMEOUT_MS ?? 30_000,
    renderThreads: vars.RENDER_THREADS ?? 1,
    dossierConcurrency: vars.DOSSIER_CONCURRENCY ?? 4,
    recordsSigning: vars.RECORDS_SIGNING_P12
      ? { p12Path: resolve(vars.RECORDS_SIGNING_P12), passphrase: vars.RECORDS_SIGNING_P12_PASSPHRASE ?? '' }
      : undefined,
  };
}
