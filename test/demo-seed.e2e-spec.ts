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

  it('creates the people, leaves a cycle at each point worth seeing, and says what awaits whom', async () => {
    const publicUrl = 'http://enfoque.demo.local:8080';
    const env = {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: database.url,
      JWT_SECRET: 'x'.repeat(40),
      DATA_DIR: dataDir,
      ADMIN_EMAIL: 'admin@demo.cl',
      ADMIN_PASSWORD: 'clave-admin-de-prueba',
      PUBLIC_URL: publicUrl,
    };
    const script = join(__dirname, '..', 'dist', 'scripts', 'seed-demo.js');
    const first = await run(process.execPath, [script], { env });
    expect(first.stdout).toContain('Servicio de demostración creado');
    expect(first.stdout).toContain(`Enfoque: ${publicUrl}`);
    const again = await run(process.execPath, [script], { env });
    expect(again.stdout).toContain('ya existía');

    const credentials = JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8')) as {
      role: string;
      name: string;
      email: string;
      password: string;
    }[];
    expect(credentials.map((c) => c.role).sort()).toEqual([
      'agency_head',
      'auditor',
      'centre_lead',
      'centre_lead',
      'centre_lead',
      'gender_officer',
      'quality_team',
      'sernam_expert',
    ]);
    for (const c of credentials) {
      expect(first.stdout).toContain(c.password);
      expect(first.stdout).toContain(c.name);
    }
    // What awaits each person, in Spanish, the same on every run.
    const tasks = [
      'Jefe/a de Servicio: registrar la Revisión por la Dirección del ciclo 2026',
      'Jefe/a de Servicio: aprobar o devolver el Informe de Diagnóstico 2030',
      'SERNAM, Red de Expertos: otorgar o denegar la visación técnica del Informe de Diagnóstico 2029',
      'Encargado/a del Sistema Enfoque de Género: registrar actividades y avances del ciclo 2027',
      'Encargado/a del Sistema Enfoque de Género: redactar y enviar a aprobación el Plan de Acción con Enfoque de ' +
        'Género y el Programa de Trabajo Anual 2028 (visación denegada por SERNAM con observaciones: «',
      'Encargado/a del Sistema Enfoque de Género: redactar y enviar a aprobación la Ficha A1 y Formulario H 2031 ' +
        '(devuelto por la Jefatura con observaciones: «Falta justificar',
      'Encargado/a de Centro de Responsabilidad: redactar el Plan de Acción con Enfoque de Género y el Programa de ' +
        'Trabajo Anual 2028',
      'Equipo de la Calidad: redactar el Registro de Revisión por la Dirección 2026',
    ];
    for (const task of tasks) {
      expect(first.stdout).toContain(task);
      expect(again.stdout).toContain(task);
    }

    app = await createHttpApp(testConfig(database.url));
    await app.init();
    const http = request(app.getHttpServer());
    type Item = {
      year: number;
      state: string;
      actions: string[];
      documents: { kind: string; status: string | null; count?: number }[];
      observation: { type: string } | null;
    };
    const inbox = async (role: string) => {
      const c = credentials.find((x) => x.role === role)!;
      const token = await login(http, c.email, c.password);
      const items = ((await http.get('/api/inbox').set('Authorization', `Bearer ${token}`)).body as { items: Item[] })
        .items;
      return items.map((i) => ({
        year: i.year,
        state: i.state,
        actions: i.actions,
        kinds: i.documents.map((d) => d.kind),
        observation: i.observation?.type ?? null,
      }));
    };
    const item = (
      year: number,
      state: string,
      actions: string[],
      kinds: string[],
      observation: string | null = null,
    ) => ({
      year,
      state,
      actions,
      kinds,
      observation,
    });
    const review = item(2026, 'followUp.inProgress', [], ['management-review']);
    const registers = item(2027, 'implementation.inProgress', [], ['activity-record', 'progress-report']);
    const denied = item(2028, 'planning.draft', [], ['plan', 'work-programme'], 'DENY_VISA');
    const returned = item(2031, 'strategicDefinitions.draft', [], ['strategic-definitions'], 'RETURN');
    expect(await inbox('agency_head')).toEqual([
      { ...review, actions: ['RECORD_REVIEW'] },
      item(2030, 'diagnostic.submitted', ['APPROVE', 'RETURN'], ['diagnostic']),
    ]);
    expect(await inbox('sernam_expert')).toEqual([
      item(2029, 'diagnostic.approved', ['GRANT_VISA', 'DENY_VISA'], ['diagnostic']),
    ]);
    expect(await inbox('gender_officer')).toEqual([
      review,
      { ...registers, actions: ['REQUEST_ADJUSTMENT', 'FINISH_IMPLEMENTATION'] },
      { ...denied, actions: ['SUBMIT'] },
      { ...returned, actions: ['SUBMIT'] },
    ]);
    // A centre lead writes with the officer; the quality team, the management review.
    expect(await inbox('centre_lead')).toEqual([review, registers, denied, returned]);
    expect(await inbox('quality_team')).toEqual([review]);
    expect(await inbox('auditor')).toEqual([]);
  }, 180_000);
});
