import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// A newcomer's `npm test` on a machine without the services: one message that names each missing
// one with the variable that points at it and the README, and a failed exit; nothing else.
describe('npm test sin PostgreSQL, Redis ni Chromium', () => {
  it('says once what is missing and how to point at it, and stops', () => {
    const root = join(__dirname, '..');
    const run = spawnSync(
      join(root, 'node_modules', '.bin', 'ts-node'),
      ['--transpile-only', 'test/support/check-services.ts'],
      {
        cwd: root,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH ?? '',
          DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test',
          REDIS_URL: 'redis://127.0.0.1:2',
          CHROMIUM_PATH: '/no/existe/chromium',
        },
      },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('Las pruebas no pueden empezar: falta lo siguiente.');
    expect(lines[1]).toMatch(
      /^ {2}- PostgreSQL en DATABASE_URL=postgres:\/\/postgres@127\.0\.0\.1:1\/test \(.*ECONNREFUSED/,
    );
    expect(lines[2]).toMatch(/^ {2}- Redis en REDIS_URL=redis:\/\/127\.0\.0\.1:2 \(.*ECONNREFUSED/);
    expect(lines[3]).toBe('  - Chromium en CHROMIUM_PATH=/no/existe/chromium (no existe; apt-get install chromium)');
    expect(run.stderr).toContain('README.md');
  });
});
