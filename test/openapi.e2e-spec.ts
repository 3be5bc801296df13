import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminToken, Person } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { strict } from './support/openapi-answers';
import { waitForIssued } from './support/records';
import { PASSWORD, startTestApp, TestApp } from './support/test-app';

type Schema = Record<string, unknown>;
interface Operation {
  parameters?: { name: string; in: string; description?: string }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema: Schema }> }>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const COMMITTED = join(__dirname, '..', 'web', 'src', 'api', 'openapi.json');
const SCHEMA_REF = '#/components/schemas/';
// A Spanish sentence: an accented letter or one of Spanish's most common short words.
const SPANISH = /[áéíóúñ¿¡«]|\b(de|del|la|el|los|las|en|que|si|por|con|un|una|su|sus|qué|cuántos|cuándo|quién)\b/i;
// A property's description may be one Spanish word ("Texto", "Ciclo"): it must be there, and not English.
const ENGLISH = /\b(the|of|and|is|are|to|for|with|when|which|this|that)\b/i;
const describedInSpanish = (description: unknown): boolean =>
  typeof description === 'string' && description.trim().length >= 3 && !ENGLISH.test(description);

const refName = (schema: Schema): string | undefined =>
  typeof schema.$ref === 'string' ? schema.$ref.slice(SCHEMA_REF.length) : undefined;

/** Every property of a schema and of the schemas it names, with where it is. */
function propertiesOf(document: OpenApi, name: string, seen = new Set<string>()): [string, Schema][] {
  if (seen.has(name)) return [];
  seen.add(name);
  const schema = document.components.schemas[name];
  return Object.entries((schema.properties ?? {}) as Record<string, Schema>).flatMap(([key, property]) => {
    const nested = [property, property.items as Schema | undefined, ...((property.allOf as Schema[]) ?? [])]
      .filter((s): s is Schema => s !== undefined)
      .map(refName)
      .filter((n): n is string => n !== undefined);
    return [
      [`${name}.${key}`, property] as [string, Schema],
      ...nested.flatMap((n) => propertiesOf(document, n, seen)),
    ];
  });
}

describe('Documento OpenAPI', () => {
  let t: TestApp;
  let live: OpenApi;

  beforeAll(async () => {
    t = await startTestApp();
    const response = await t.http.get('/api/docs-json').expect(200);
    live = response.body as OpenApi;
  }, 60_000);
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(live.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })),
    );

  it('describes every request body with its properties, each with a Spanish description', () => {
    const bodies = operations().filter(({ operation }) => operation.requestBody?.content['application/json']);
    expect(bodies.length).toBeGreaterThanOrEqual(15);
    const problems: string[] = [];
    for (const { route, operation } of bodies) {
      const name = refName(operation.requestBody!.content['application/json'].schema);
      const schema = name ? live.components.schemas[name] : undefined;
      if (!name || !schema || Object.keys((schema.properties as Schema | undefined) ?? {}).length === 0) {
        problems.push(`${route}: cuerpo vacío o sin esquema con nombre`);
        continue;
      }
      for (const [where, property] of propertiesOf(live, name)) {
        if (!describedInSpanish(property.description)) problems.push(`${route}: ${where} sin descripción en español`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every query parameter and every documented response property a Spanish description', () => {
    const problems: string[] = [];
    for (const { route, operation } of operations()) {
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'query' && !describedInSpanish(parameter.description))
          problems.push(`${route}: ?${parameter.name} sin descripción en español`);
      }
    }
    for (const name of Object.keys(live.components.schemas)) {
      for (const [where, property] of propertiesOf(live, name, new Set())) {
        if (!describedInSpanish(property.description)) problems.push(`${where} sin descripción en español`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('declares the common error body on the 4xx answers, with Spanish descriptions', () => {
    const error = live.components.schemas.ErrorResponse;
    expect(error.required).toEqual(expect.arrayContaining(['statusCode', 'code', 'message']));
    const errors = operations().flatMap(({ route, operation }) =>
      Object.entries(operation.responses)
        .filter(([status]) => status.startsWith('4'))
        .map(([status, response]) => ({ route, status, response })),
    );
    expect(errors.length).toBeGreaterThan(50);
    for (const { route, status, response } of errors) {
      expect({ route, status, ref: response.content?.['application/json']?.schema.$ref }).toEqual({
        route,
        status,
        ref: `${SCHEMA_REF}ErrorResponse`,
      });
      expect(response.description).toMatch(SPANISH);
    }
  });

  it('is the document committed for the web app (run `npm run api:types` after changing a DTO)', () => {
    const committed = JSON.parse(readFileSync(COMMITTED, 'utf8')) as unknown;
    expect(committed).toEqual(live);
  });

  describe('answers of a real cycle match their response schemas', () => {
    let team: AgencyTeam;
    let cycle: CycleDriver;
    let ajv: Ajv;
    let returned: unknown;
    let session: unknown;

    const auth = (person: Person) => ({ Authorization: `Bearer ${person.token}` });
    const validatorFor = (route: string, status: string): ValidateFunction => {
      const [method, path] = route.split(' ');
      const schema = live.paths[path]?.[method.toLowerCase()]?.responses[status]?.content?.['application/json']?.schema;
      if (!schema) throw new Error(`${route} no declara su respuesta ${status}`);
      return ajv.compile(strict(schema) as Schema);
    };
    const check = (route: string, body: unknown, status = '200') => {
      const validate = validatorFor(route, status);
      const valid = validate(body);
      return { route, errors: valid ? null : validate.errors };
    };

    beforeAll(async () => {
      ajv = new Ajv({ strict: false, allErrors: true });
      addFormats(ajv);
      ajv.addSchema(strict(live) as Schema, 'openapi.json');

      const admin = await adminToken(t.http);
      team = await createTeam(t.http, admin, 'OPENAPI');
      await t.http
        .put('/api/calendar/2027')
        .set('Authorization', `Bearer ${admin}`)
        .send({ deadlines: [{ gate: 'diagnostic.submission', dueDate: '2027-04-30' }] })
        .expect(200);
      cycle = await CycleDriver.create(t.http, team, 2027);
      await cycle.save(team.officer, 'strategic-definitions');
      await cycle.passGate(team);
      await cycle.save(team.officer, 'diagnostic');
      await cycle.send(team.officer, 'SUBMIT');
      const { revision } = await cycle.get(team.head);
      returned = (
        await t.http
          .post(`/api/cycles/${cycle.cycleId}/events`)
          .set(auth(team.head))
          .send({
            type: 'RETURN',
            revision,
            comment: 'Revisar la brecha',
            observations: [{ kind: 'diagnostic', path: 'products', text: 'Falta la caracterización por sexo' }],
          })
          .expect(200)
      ).body;
      session = (
        await t.http
          .post('/api/auth/session')
          .set('X-Enfoque-CSRF', '1')
          .send({ email: team.officer.email, password: PASSWORD })
          .expect(200)
      ).body;
      await waitForIssued(t.http, cycle.cycleId, team.officer.token, 1);
    }, 180_000);

    it('validates each answer the web app reads, and fails on a property the document does not name', async () => {
      const id = cycle.cycleId;
      const get = async (path: string, as: Person = team.officer) =>
        (await t.http.get(path).set(auth(as)).expect(200)).body as unknown;
      const results = [
        check('POST /api/auth/session', session),
        check('POST /api/cycles/{cycleId}/events', returned),
        check('GET /api/me', await get('/api/me')),
        check('GET /api/agencies', await get('/api/agencies')),
        check('GET /api/agencies/{agencyId}/cycles', await get(`/api/agencies/${team.agencyId}/cycles`)),
        check('GET /api/inbox', await get('/api/inbox')),
        check('GET /api/inbox', await get('/api/inbox', team.expert)),
        check('GET /api/cycles/{cycleId}', await get(`/api/cycles/${id}`)),
        check('GET /api/cycles/{cycleId}/documents/{kind}', await get(`/api/cycles/${id}/documents/diagnostic`)),
        check(
          'GET /api/cycles/{cycleId}/documents/{kind}/versions/{version}',
          await get(`/api/cycles/${id}/documents/diagnostic/versions/1`),
        ),
        check('GET /api/cycles/{cycleId}/history', await get(`/api/cycles/${id}/history`)),
        check('GET /api/cycles/{cycleId}/history/verify', await get(`/api/cycles/${id}/history/verify`)),
        check('GET /api/cycles/{cycleId}/observations', await get(`/api/cycles/${id}/observations`)),
        check('GET /api/cycles/{cycleId}/records', await get(`/api/cycles/${id}/records`)),
        check('GET /api/cycles/{cycleId}/deadlines', await get(`/api/cycles/${id}/deadlines`)),
        check('GET /api/notifications', await get('/api/notifications')),
        check('GET /api/notifications', await get('/api/notifications', team.head)),
      ];
      expect(results.filter((r) => r.errors !== null)).toEqual([]);

      // The answers are not trivially empty: the cycle has what the schemas describe.
      const inbox = (await get('/api/inbox')) as { items: { observation: unknown }[] };
      expect(inbox.items.some((item) => item.observation !== null)).toBe(true);
      const observations = (await get(`/api/cycles/${id}/observations`)) as { total: number };
      expect(observations.total).toBe(1);

      // A property the schema does not name is caught (drift between a view and its class).
      const me = (await get('/api/me')) as Schema;
      expect(check('GET /api/me', { ...me, extra: true }).errors).not.toBeNull();
      const withUnknownCounter = structuredClone(returned) as { counters: Schema };
      withUnknownCounter.counters.unknown = 1;
      expect(check('POST /api/cycles/{cycleId}/events', withUnknownCounter).errors).not.toBeNull();
    });

    it('answers an error with the documented error body', async () => {
      const response = await t.http
        .post(`/api/cycles/${cycle.cycleId}/events`)
        .set(auth(team.officer))
        .send({ type: 'NOPE', revision: -1 });
      expect(response.status).toBe(400);
      const validate = ajv.compile({ $ref: 'openapi.json#/components/schemas/ErrorResponse' });
      // Only the documented fields: a domain error's details are also repeated at the top level.
      const { statusCode, code, message, details, requestId } = response.body as Schema;
      const body = Object.fromEntries(
        Object.entries({ statusCode, code, message, details, requestId }).filter(([, v]) => v !== undefined),
      );
      expect(validate(body) || validate.errors).toBe(true);
      expect(body).toMatchObject({
        statusCode: 400,
        code: expect.any(String),
        message: expect.stringMatching(SPANISH),
      });
    });
  });
});
