import { INestApplication } from '@nestjs/common';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { createHttpApp } from '../src/http-app';
import { login } from './support/actors';
import { testConfig } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

const run = promisify(execFile);

describe('npm run seed:demo', () => {
  let database: TestDatabase;
  let app: INestApplication;
  const dataDir = mkdtempSync(join(tmpdir(), 'enfoque-demo-'));

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await app?.close();
    await database.drop();
  });

  it('creates one person per role and leaves work waiting in each inbox', async () => {
    const env = {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: database.url,
      JWT_SECRET: 'x'.repeat(40),
      DATA_DIR: dataDir,
      ADMIN_EMAIL: 'admin@demo.cl',
      ADMIN_PASSWORD: 'clave-admin-de-prueba',
    };
    const first = await run(process.execPath, [join(__dirname, '..', 'dist', 'scripts', 'seed-demo.js')], { env });
    expect(first.stdout).toContain('Servicio de demostración creado');
    const again = await run(process.execPath, [join(__dirname, '..', 'dist', 'scripts', 'seed-demo.js')], { env });
    expect(again.stdout).toContain('ya existía');

    const credentials = JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8')) as {
      role: string;
      email: string;
      password: string;
    }[];
    expect(credentials.map((c) => c.role).sort()).toEqual([
      'agency_head',
      'auditor',
      'centre_lead',
      'gender_officer',
      'quality_team',
      'sernam_expert',
    ]);
    for (const c of credentials) expect(first.stdout).toContain(c.password);

    app = await createHttpApp(testConfig(database.url));
    await app.init();
    const http = request(app.getHttpServer());
    const inbox = async (role: string) => {
      const c = credentials.find((x) => x.role === role)!;
      const token = await login(http, c.email, c.password);
      return (await http.get('/api/inbox').set('Authorization', `Bearer ${token}`)).body as {
        items: { year: number; actions: string[] }[];
      };
    };
    expect((await inbox('agency_head')).items).toEqual([
      expect.objectContaining({ year: 2027, actions: ['RECORD_REVIEW'] }),
    ]);
    expect((await inbox('sernam_expert')).items).toEqual([
      expect.objectContaining({ year: 2028, actions: ['GRANT_VISA', 'DENY_VISA'] }),
    ]);
    expect((await inbox('gender_officer')).items).toEqual([
      expect.objectContaining({
        year: 2029,
        actions: ['SUBMIT'],
        observation: expect.objectContaining({ type: 'RETURN' }),
      }),
    ]);
  }, 120_000);
});
