import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, RunningProcess, startNode, waitFor } from './support/processes';

// The newcomer's path: the real process, no environment but a fresh data folder.
describe('Arranque embebido sin configuración', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'enfoque-embebido-'));
  let port: number;
  let running: RunningProcess | undefined;
  const base = () => `http://127.0.0.1:${port}/api`;

  const start = async (): Promise<RunningProcess> => {
    const child = startNode('src/main.js', { DATA_DIR: dataDir, PORT: String(port) });
    await waitFor(
      async () => ((await fetch(`${base()}/health`)).ok ? true : undefined),
      () => `salud\n${child.output()}`,
      60_000,
    );
    return child;
  };
  const postgresAlive = () => {
    try {
      return (
        execFileSync('pgrep', ['-f', `postgres.*${dataDir}`])
          .toString()
          .trim().length > 0
      );
    } catch {
      return false;
    }
  };
  const signIn = async (email: string, password: string) => {
    const response = await fetch(`${base()}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { accessToken: string }).accessToken;
  };
  const agencies = async (token: string) =>
    (
      (await (await fetch(`${base()}/agencies`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
        code: string;
      }[]
    ).map((a) => a.code);

  beforeAll(async () => {
    port = await freePort();
  });
  afterAll(async () => {
    await running?.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts, keeps its data across a clean stop and a kill -9, and stops its database', async () => {
    running = await start();
    // The web app answers at / and at a deep link, from the same process.
    for (const page of ['/', '/ciclos/00000000-0000-0000-0000-000000000000/revision']) {
      const response = await fetch(`http://127.0.0.1:${port}${page}`);
      expect(response.status).toBe(200);
      await expect(response.text()).resolves.toContain('<div id="root">');
    }
    const [email, password] = readFileSync(join(dataDir, 'admin-password.txt'), 'utf8').trim().split('\n');
    expect(email).toBe('admin@enfoque.local');
    expect(running.output()).toContain(password);
    expect(statSync(join(dataDir, 'admin-password.txt')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    // The records' self-signed certificate, generated at the first start with its passphrase.
    for (const file of ['certificate.p12', 'passphrase'])
      expect(statSync(join(dataDir, 'records-signing', file)).mode & 0o777).toBe(0o600);

    const token = await signIn(email, password);
    const created = await fetch(`${base()}/agencies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ code: 'PERSISTE', name: 'Servicio que persiste', ministry: 'Ministerio de Prueba' }),
    });
    expect(created.status).toBe(201);

    await expect(running.stop('SIGTERM')).resolves.toBe(0);
    expect(postgresAlive()).toBe(false);

    running = await start();
    expect(running.output()).not.toContain('Administración creada');
    // The same secret signs tokens across restarts: the earlier token is still good.
    expect(await agencies(token)).toEqual(['PERSISTE']);

    await running.stop('SIGKILL');
    expect(postgresAlive()).toBe(true); // the orphan a kill -9 leaves behind
    running = await start();
    expect(running.output()).toContain('se recuperó un cierre anterior');
    expect(await agencies(await signIn(email, password))).toEqual(['PERSISTE']);
    await expect(running.stop('SIGTERM')).resolves.toBe(0);
    expect(postgresAlive()).toBe(false);
  }, 180_000);
});
