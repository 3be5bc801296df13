import { PASSWORD, startTestApp, TestApp } from './support/test-app';
import { adminToken, createPerson } from './support/actors';
import { REDIS_URL, query } from './support/test-database';
import { RunningProcess, startNode, waitFor } from './support/processes';

const signIns = (url: string, email: string) =>
  query<{ type: string }>(
    url,
    `SELECT type FROM security_events WHERE type LIKE 'login.%' AND details->>'email' = $1`,
    [email],
  );

describe('Trabajos en segundo plano', () => {
  describe('sin Redis: en el mismo proceso de la API', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('records each sign-in attempt once', async () => {
      const admin = await adminToken(t.http);
      const person = await createPerson(t.http, admin, 'registro');
      await t.http.post('/api/auth/login').send({ email: person.email, password: 'clave-equivocada-123' }).expect(401);
      const rows = await waitFor(async () => {
        const found = await signIns(t.database.url, person.email);
        return found.length >= 2 ? found : undefined;
      }, 'registro de inicios de sesión');
      expect(rows.map((r) => r.type).sort()).toEqual(['login.failed', 'login.succeeded']);
    });
  });

  describe('con Redis: la API encola y un proceso de trabajos separado ejecuta', () => {
    let t: TestApp;
    let worker: RunningProcess | undefined;
    beforeAll(async () => {
      t = await startTestApp({ redis: true });
    });
    afterAll(async () => {
      await worker?.stop();
      await t.close();
    });

    it('leaves the job queued until a worker process takes it', async () => {
      const admin = await adminToken(t.http);
      const person = await createPerson(t.http, admin, 'cola');
      await t.http.post('/api/auth/login').send({ email: person.email, password: PASSWORD }).expect(200);
      await new Promise((r) => setTimeout(r, 1_500));
      expect(await signIns(t.database.url, person.email)).toEqual([]);

      worker = startNode('src/worker.js', {
        DATABASE_URL: t.database.url,
        REDIS_URL: REDIS_URL,
        QUEUE_PREFIX: t.config.queuePrefix,
        JWT_SECRET: t.config.jwtSecret,
        // The API's data folder, as a shared volume: the same records' certificate, already there.
        DATA_DIR: t.config.dataDir,
        LOG_LEVEL: 'warn',
      });
      const rows = await waitFor(
        async () => {
          const found = await signIns(t.database.url, person.email);
          return found.length >= 2 ? found : undefined;
        },
        () => `el proceso de trabajos registra los inicios de sesión\n${worker?.output() ?? ''}`,
      );
      expect(rows.map((r) => r.type)).toEqual(['login.succeeded', 'login.succeeded']);
      expect(worker.output()).toContain('Proceso de trabajos listo');
      await expect(worker.stop('SIGTERM')).resolves.toBe(0);
    });
  });
});
