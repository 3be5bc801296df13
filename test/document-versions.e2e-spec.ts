import { adminToken, type Person } from './support/actors';
import { createTeam, CycleDriver, type AgencyTeam } from './support/cycle-driver';
import { threeVersions } from './support/document-versions';
import { startTestApp, type TestApp } from './support/test-app';

interface VersionSummary {
  version: number;
  sha256: string;
  restoredFromVersion: number | null;
}

// Restoring an earlier version of a document: its content saved again, unchanged, as a new
// version that names it (restoredFromVersion), in the versions list, the version itself and the
// history entry of the save; a version that does not exist or is not earlier is refused in Spanish.
describe('Restaurar una versión anterior de un documento', () => {
  let t: TestApp;
  let team: AgencyTeam;
  let cycle: CycleDriver;
  const kind = 'strategic-definitions';
  const [first, second, third] = threeVersions();

  const auth = (person: Person) => ({ Authorization: `Bearer ${person.token}` });
  const put = (body: Record<string, unknown>) =>
    t.http.put(`/api/cycles/${cycle.cycleId}/documents/${kind}`).set(auth(team.officer)).send(body);
  const version = async (n: number) =>
    (
      await t.http
        .get(`/api/cycles/${cycle.cycleId}/documents/${kind}/versions/${n}`)
        .set(auth(team.auditor))
        .expect(200)
    ).body as VersionSummary & { content: unknown };
  const versions = async () => (await cycle.document(team.auditor, kind)).versions as VersionSummary[];

  beforeAll(async () => {
    t = await startTestApp();
    team = await createTeam(t.http, await adminToken(t.http), 'RESTAURA');
    cycle = await CycleDriver.create(t.http, team, 2027);
    for (const content of [first, second, third]) await cycle.save(team.officer, kind, content);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('saves version 1 again as version 4, naming it in the versions, the version and the history', async () => {
    const saved = await put({ content: (await version(1)).content, version: 3, restoredFromVersion: 1 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 4, content: first });

    const list = await versions();
    expect(list.map((v) => [v.version, v.restoredFromVersion])).toEqual([
      [1, null],
      [2, null],
      [3, null],
      [4, 1],
    ]);
    expect(list[3].sha256).toBe(list[0].sha256);
    const fourth = await version(4);
    expect(fourth).toMatchObject({ version: 4, restoredFromVersion: 1, content: first });
    expect((await version(2)).restoredFromVersion).toBeNull();

    const history = (await t.http.get(`/api/cycles/${cycle.cycleId}/history`).set(auth(team.auditor)).expect(200))
      .body as { type: string; documents: Record<string, unknown>[] }[];
    const saves = history.filter((e) => e.type === 'DOCUMENT_SAVED');
    expect(saves.map((e) => e.documents[0].restoredFromVersion)).toEqual([undefined, undefined, undefined, 1]);
    const verified = await t.http.get(`/api/cycles/${cycle.cycleId}/history/verify`).set(auth(team.auditor));
    expect(verified.body).toMatchObject({ valid: true });
  });

  it('refuses, with 422 and in Spanish, a version that does not exist or is not earlier', async () => {
    const current = (await cycle.document(team.officer, kind)).version;
    const missing = await put({ content: first, version: current, restoredFromVersion: 9 });
    expect([missing.status, missing.body.code, missing.body.message]).toEqual([
      422,
      'RESTORE_VERSION_INVALID',
      `No se puede restaurar la versión 9: el documento solo tiene las versiones 1 a ${current}`,
    ]);
    // The version this save would write is not an earlier one.
    const notEarlier = await put({ content: first, version: current, restoredFromVersion: current + 1 });
    expect([notEarlier.status, notEarlier.body.code]).toEqual([422, 'RESTORE_VERSION_INVALID']);

    // The content must be the restored version's, so that the history tells the truth.
    const altered = await put({ content: second, version: current, restoredFromVersion: 1 });
    expect([altered.status, altered.body.code, altered.body.message]).toEqual([
      422,
      'RESTORE_CONTENT_MISMATCH',
      'El contenido enviado no es el de la versión 1; para restaurarla, envíe su contenido sin cambios',
    ]);
    expect((await cycle.document(team.officer, kind)).version).toBe(current);
  });

  it('refuses a version number that is not a positive integer, naming the field', async () => {
    for (const [value, message] of [
      [0, 'La versión restaurada debe ser 1 o mayor.'],
      ['2', 'La versión restaurada debe ser un número entero.'],
      [1.5, 'La versión restaurada debe ser un número entero.'],
    ] as const) {
      const response = await put({ content: first, version: 4, restoredFromVersion: value });
      expect([response.status, response.body.fields]).toEqual([400, [{ path: 'restoredFromVersion', message }]]);
    }
  });

  it('checks the version first: a restore over a version that changed is STALE_VERSION', async () => {
    const current = (await cycle.document(team.officer, kind)).version;
    const stale = await put({ content: first, version: current - 1, restoredFromVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', currentVersion: current });
  });

  it('lets only the document’s writers restore', async () => {
    const current = (await cycle.document(team.officer, kind)).version;
    const response = await t.http
      .put(`/api/cycles/${cycle.cycleId}/documents/${kind}`)
      .set(auth(team.auditor))
      .send({ content: first, version: current, restoredFromVersion: 1 });
    expect(response.status).toBe(403);
    expect((await cycle.document(team.officer, kind)).version).toBe(current);
  });
});
