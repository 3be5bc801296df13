import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, validateEnvironment } from './app-config';
import { loadConfig } from './load-config';

describe('configuración desde el entorno', () => {
  it('lists every bad variable at once', () => {
    const attempt = () =>
      validateEnvironment({
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        REDIS_URL: 'http://x',
        PUBLIC_URL: 'ftp:/x',
        LOG_LEVEL: 'loud',
      });
    expect(attempt).toThrow(ConfigurationError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigurationError).problems.join('\n');
      for (const name of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'PUBLIC_URL', 'LOG_LEVEL', 'JWT_SECRET'])
        expect(problems).toContain(name);
    }
  });

  it('requires JWT_SECRET with DATABASE_URL and ADMIN_PASSWORD with ADMIN_EMAIL', () => {
    expect(() => validateEnvironment({ DATABASE_URL: 'postgres://u@h/db' })).toThrow(/JWT_SECRET/);
    expect(() => validateEnvironment({ ADMIN_EMAIL: 'a@b.cl' })).toThrow(/ADMIN_PASSWORD/);
    expect(validateEnvironment({ DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: 'x'.repeat(32) }).DATABASE_URL).toBe(
      'postgres://u@h/db',
    );
  });

  it('defaults to the embedded mode and keeps a generated secret in the data folder', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'enfoque-config-'));
    const first = loadConfig({ DATA_DIR: dataDir });
    expect(first).toMatchObject({
      databaseMode: 'embedded',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      admin: { email: 'admin@enfoque.local' },
    });
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(40);
    expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBe(first.jwtSecret);
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
  });

  it('uses the operator values in production mode', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@h/db',
      REDIS_URL: 'redis://127.0.0.1:6379',
      JWT_SECRET: 's'.repeat(40),
      PORT: '8080',
      PUBLIC_URL: 'https://enfoque.example.cl/',
    });
    expect(config).toMatchObject({
      databaseMode: 'external',
      port: 8080,
      jwtSecret: 's'.repeat(40),
      publicUrl: 'https://enfoque.example.cl',
    });
  });
});
