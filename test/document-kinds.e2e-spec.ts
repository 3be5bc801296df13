import { adminToken } from './support/actors';
import { createTeam, CycleDriver, type AgencyTeam } from './support/cycle-driver';
import { startTestApp, TestApp } from './support/test-app';

// The shape of every kind of document (GET /api/document-kinds…) and the messages a save answers
// with: Spanish labels, "es obligatorio", the allowed fields, and no silent emptying (issue 10).
describe('Tipos de documento y mensajes al guardar', () => {
  let t: TestApp;
  let team: AgencyTeam;
  let cycle: CycleDriver;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const put = (body: unknown) =>
    t.http
      .put(`/api/cycles/${cycle.cycleId}/documents/strategic-definitions`)
      .set(auth(team.officer.token))
      .send(body as object);

  beforeAll(async () => {
    t = await startTestApp();
    team = await createTeam(t.http, await adminToken(t.http), 'TDK');
    cycle = await CycleDriver.create(t.http, team, 2030);
  });
  afterAll(() => t.close());

  it('lists the eleven kinds with their Spanish names and stages, to anyone signed in', async () => {
    const response = await t.http.get('/api/document-kinds').set(auth(team.auditor.token)).expect(200);
    const kinds = response.body as { kind: string; label: string; stage: string; register: boolean }[];
    expect(kinds).toHaveLength(11);
    expect(kinds).toContainEqual(
      expect.objectContaining({
        kind: 'diagnostic',
        label: 'Informe de Diagnóstico',
        stage: 'diagnostic',
        register: false,
      }),
    );
    expect(kinds.filter((k) => k.register).map((k) => k.kind)).toEqual(['activity-record', 'progress-report']);
    await t.http.get('/api/document-kinds').expect(401);
  });

  it('serves the JSON Schema of a kind, and a Spanish 404 for an unknown one', async () => {
    const schema = await t.http.get('/api/document-kinds/plan/schema').set(auth(team.expert.token)).expect(200);
    expect(schema.body).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      additionalProperties: false,
      properties: { measures: { title: 'Medidas', type: ['array', 'null'] } },
    });
    const unknown = await t.http.get('/api/document-kinds/presupuesto/schema').set(auth(team.officer.token));
    expect([unknown.status, unknown.body.code, unknown.body.message]).toEqual([
      404,
      'DOCUMENT_KIND_NOT_FOUND',
      'No existe ese tipo de documento',
    ]);
  });

  it('says once that the version is missing', async () => {
    const response = await put({ content: {} });
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual([{ path: 'version', message: '«version» es obligatorio' }]);
  });

  it('names fields by their Spanish labels and lists the allowed ones for an unknown field', async () => {
    const response = await put({
      content: { products: [{ id: 'PE-1', name: 'n'.repeat(201), colour: 'rojo' }] },
      version: 0,
    });
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual([
      {
        path: 'products[0].colour',
        message:
          'Productos estratégicos › PE-1: «colour» no es un campo de este documento; los campos son: Código, Nombre, ¿Aplica enfoque de género?, Fundamento.',
      },
      { path: 'products[0].name', message: 'Productos estratégicos › PE-1 › Nombre: no puede superar 200 caracteres.' },
    ]);
  });

  it('asks for a confirmation before emptying a document that has content', async () => {
    const saved = await cycle.save(team.officer, 'strategic-definitions');
    const refused = await put({ content: {}, version: saved.version });
    expect([refused.status, refused.body.code]).toEqual([409, 'EMPTY_OVERWRITE']);
    expect(refused.body.message).toMatch(/^Guardar un contenido vacío borraría todo lo escrito/);
    expect((await cycle.document(team.officer, 'strategic-definitions')).version).toBe(saved.version);

    const blank = await put({ content: { products: [], indicators: null }, version: saved.version });
    expect(blank.body.code).toBe('EMPTY_OVERWRITE');

    const emptied = await put({ content: {}, version: saved.version, confirmEmpty: true });
    expect(emptied.status).toBe(200);
    // An empty document may be saved empty again without asking.
    await put({ content: {}, version: (emptied.body as { version: number }).version }).expect(200);
  });
});
