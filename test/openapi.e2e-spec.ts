import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Test } from 'supertest';
import { readFixture } from './fixtures/cycle';
import { adminToken, createAgency, createPerson, Person } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { IND_1 } from './support/indicator-examples';
import { strict } from './support/openapi-answers';
import { binary, waitForIssued, type ListedRecord } from './support/records';
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
const JSON_MEDIA = 'application/json';
// A one-pixel PNG: a verification means the API accepts by its content.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4830000000049454e44ae426082',
  'hex',
);
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

  it('declares what every successful answer carries: a named JSON schema, or a file by its media type', () => {
    const problems: string[] = [];
    let files = 0;
    for (const { route, operation } of operations()) {
      const successes = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      if (successes.length === 0) problems.push(`${route}: no declara su respuesta exitosa`);
      for (const [status, response] of successes) {
        if (!SPANISH.test(response.description ?? '')) problems.push(`${route} ${status}: descripción no en español`);
        const content = Object.entries(response.content ?? {});
        if (status === '204') {
          if (content.length > 0) problems.push(`${route} 204: una respuesta sin contenido declara contenido`);
          continue;
        }
        if (content.length === 0) problems.push(`${route} ${status}: sin esquema de respuesta`);
        for (const [media, { schema }] of content) {
          if (media === JSON_MEDIA) {
            const name = refName(schema) ?? (schema.type === 'array' ? refName(schema.items as Schema) : undefined);
            const named = name === undefined ? undefined : live.components.schemas[name];
            if (Object.keys((named?.properties as Schema | undefined) ?? {}).length === 0)
              problems.push(`${route} ${status}: JSON sin un esquema con nombre y propiedades`);
            continue;
          }
          // A file: its bytes (PDF, ZIP, an attachment) or, for text (CSV), a string.
          files += 1;
          const text = media.startsWith('text/');
          if (schema.type !== 'string' || (!text && schema.format !== 'binary'))
            problems.push(`${route} ${status}: ${media} no se declara como archivo (string binario)`);
        }
      }
    }
    expect(problems).toEqual([]);
    // PDF, ZIP, CSV and the attachments' types: the rule above reached them.
    expect(files).toBeGreaterThanOrEqual(4);
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
    let admin: string;
    let calendar: unknown;
    let issued: ListedRecord[];

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

      admin = await adminToken(t.http);
      team = await createTeam(t.http, admin, 'OPENAPI');
      calendar = (
        await t.http
          .put('/api/calendar/2027')
          .set('Authorization', `Bearer ${admin}`)
          .send({ deadlines: [{ gate: 'diagnostic.submission', dueDate: '2027-04-30' }] })
          .expect(200)
      ).body;
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
      issued = await waitForIssued(t.http, cycle.cycleId, team.officer.token, 1);
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

    const as = (who: Person | string) => ({ Authorization: `Bearer ${typeof who === 'string' ? who : who.token}` });
    /** The body of an answer that must have this status; otherwise the error says which and why. */
    const reply = async <T = Schema>(what: string, request: Test, status = 200): Promise<T> => {
      const response = await request;
      if (response.status !== status)
        throw new Error(`${what}: esperaba ${status}, llegó ${response.status} ${JSON.stringify(response.body)}`);
      return response.body as T;
    };
    /** The media types a route declares for its 200 answer, and the one a real answer came in. */
    const declaredMedia = (route: string): string[] => {
      const [method, path] = route.split(' ');
      return Object.keys(live.paths[path]?.[method.toLowerCase()]?.responses['200']?.content ?? {});
    };
    const mediaOf = (response: { headers: Record<string, string> }) => response.headers['content-type'].split(';')[0];

    it('validates the answers about people, agencies, the calendar, document kinds, records and the overview', async () => {
      const officer = team.officer;
      const login = await reply(
        'login',
        t.http.post('/api/auth/login').send({ email: officer.email, password: PASSWORD }),
      );
      const person = await reply<{ id: string }>(
        'crear persona',
        t.http
          .post('/api/users')
          .set(as(admin))
          .send({ email: `openapi.camila.${process.pid}@prueba.cl`, name: 'Camila Rojas Pérez', password: PASSWORD }),
        201,
      );
      const renamed = await reply(
        'renombrar persona',
        t.http.patch(`/api/users/${person.id}`).set(as(admin)).send({ name: 'Camila Rojas Peña' }),
      );
      const users = await reply<{ items: unknown[]; total: number }>(
        'listar personas',
        t.http.get('/api/users?limit=3').set(as(admin)),
      );
      const member = await reply(
        'agregar integrante',
        t.http
          .post(`/api/agencies/${team.agencyId}/members`)
          .set(as(admin))
          .send({ userId: person.id, role: 'centre_lead', centre: 'Dirección Regional de Ñuble' }),
        201,
      );
      const expert = await createPerson(t.http, admin, 'openapi.experta2');
      const assigned = await reply(
        'asignar experta',
        t.http.post(`/api/agencies/${team.agencyId}/experts`).set(as(admin)).send({ userId: expert.id }),
        201,
      );
      const members = await reply<Schema[]>(
        'integrantes',
        t.http.get(`/api/agencies/${team.agencyId}/members`).set(as(officer)),
      );
      const experts = await reply<Schema[]>(
        'expertas',
        t.http.get(`/api/agencies/${team.agencyId}/experts`).set(as(officer)),
      );
      const calendarRead = await reply('calendario', t.http.get('/api/calendar/2027').set(as(officer)));
      const kinds = await reply<{ kind: string }[]>(
        'tipos de documento',
        t.http.get('/api/document-kinds').set(as(officer)),
      );
      const schemas = await Promise.all(
        kinds.map(({ kind }) =>
          reply(`esquema ${kind}`, t.http.get(`/api/document-kinds/${kind}/schema`).set(as(officer))),
        ),
      );
      const [record] = issued;
      const verified = await reply(`verificar ${record.code}`, t.http.get(`/api/verify/${record.sha256}`));
      const unknown = await reply('verificar un código desconocido', t.http.get(`/api/verify/${'0'.repeat(64)}`));
      await createAgency(t.http, admin, 'SINCICLO');
      const overview = await reply<{ items: { cycleId: string | null }[] }>(
        'panorama del año',
        t.http.get('/api/overview?year=2027').set(as(admin)),
      );
      const expertOverview = await reply('panorama de la experta', t.http.get('/api/overview').set(as(team.expert)));
      const readAll = await reply('marcar todo leído', t.http.post('/api/notifications/read-all').set(as(team.head)));
      const health = await reply('salud', t.http.get('/api/health'));

      const results = [
        check('POST /api/auth/login', login),
        check('POST /api/users', person, '201'),
        check('PATCH /api/users/{userId}', renamed),
        check('GET /api/users', users),
        check('POST /api/agencies/{agencyId}/members', member, '201'),
        check('POST /api/agencies/{agencyId}/experts', assigned, '201'),
        check('GET /api/agencies/{agencyId}/members', members),
        check('GET /api/agencies/{agencyId}/experts', experts),
        check('PUT /api/calendar/{year}', calendar),
        check('GET /api/calendar/{year}', calendarRead),
        check('GET /api/document-kinds', kinds),
        ...schemas.map((schema) => check('GET /api/document-kinds/{kind}/schema', schema)),
        check('GET /api/verify/{sha256}', verified),
        check('GET /api/verify/{sha256}', unknown),
        check('GET /api/overview', overview),
        check('GET /api/overview', expertOverview),
        check('POST /api/notifications/read-all', readAll),
        check('GET /api/health', health),
      ];
      expect(results.filter((r) => r.errors !== null)).toEqual([]);

      // The answers hold what the schemas describe.
      expect(users.items).toHaveLength(3);
      expect(members).toContainEqual(expect.objectContaining({ userId: person.id, user: expect.any(Object) }));
      expect(experts).toContainEqual(expect.objectContaining({ userId: expert.id }));
      expect(kinds).toHaveLength(11);
      expect(verified).toMatchObject({ valid: true, matches: 'pdf', record: { code: record.code } });
      expect(unknown).toEqual({ valid: false, sha256: '0'.repeat(64) });
      expect(overview.items.some((row) => row.cycleId === null)).toBe(true);
      expect(overview.items.some((row) => row.cycleId === cycle.cycleId)).toBe(true);

      // Files come in a media type their route declares.
      const pdf = await t.http.get(`/api/records/${record.id}/pdf`).set(as(officer)).buffer(true).parse(binary);
      const dossier = await t.http
        .get(`/api/cycles/${cycle.cycleId}/dossier`)
        .set(as(officer))
        .buffer(true)
        .parse(binary);
      const csv = await t.http.get('/api/overview/export?year=2027').set(as(admin));
      expect([pdf.status, dossier.status, csv.status]).toEqual([200, 200, 200]);
      expect(declaredMedia('GET /api/records/{recordId}/pdf')).toEqual([mediaOf(pdf)]);
      expect(declaredMedia('GET /api/cycles/{cycleId}/dossier')).toEqual([mediaOf(dossier)]);
      expect(declaredMedia('GET /api/overview/export')).toEqual([mediaOf(csv)]);

      // A misstated answer is caught: a property too many, or one missing.
      expect(check('GET /api/agencies/{agencyId}/members', [{ ...members[0], extra: 1 }]).errors).not.toBeNull();
      const withoutToken = { ...login };
      delete withoutToken.accessToken;
      expect(check('POST /api/auth/login', withoutToken).errors).not.toBeNull();
    }, 120_000);

    it('validates the answers of registers, evidence, indicators and commitments of a cycle that reaches follow-up', async () => {
      const other = await createTeam(t.http, admin, 'OPENAPIR');
      const officer = other.officer;
      const year = await CycleDriver.create(t.http, other, 2027);
      const id = year.cycleId;
      const post = (path: string, body: object) => t.http.post(path).set(as(officer)).send(body);
      const get = <T = Schema>(path: string) => reply<T>(`GET ${path}`, t.http.get(path).set(as(officer)));

      await year.save(officer, 'strategic-definitions');
      await year.passGate(other);
      await year.save(officer, 'diagnostic');
      await year.passGate(other);
      const savedPlan = await year.save(officer, 'plan');
      await year.save(officer, 'work-programme');
      await year.passGate(other);

      const activity = await reply<{ id: string }>(
        'registrar actividad',
        post(`/api/cycles/${id}/activity-records`, { content: readFixture('activity-record') }),
        201,
      );
      const progress = await reply(
        'registrar informe de avance',
        post(`/api/cycles/${id}/progress-reports`, { content: readFixture('progress-report') }),
        201,
      );
      const evidence = await reply<{ id: string }>(
        'adjuntar medio de verificación',
        t.http
          .post(`/api/cycles/${id}/activity-records/${activity.id}/evidence`)
          .set(as(officer))
          .attach('file', PNG, 'Fotografía del taller en Coquimbo.png'),
        201,
      );
      const activities = await get(`/api/cycles/${id}/activity-records`);
      const progressReports = await get(`/api/cycles/${id}/progress-reports`);
      const evidenceList = await get<unknown[]>(`/api/cycles/${id}/evidence`);
      const file = await t.http.get(`/api/evidence/${evidence.id}`).set(as(officer)).buffer(true).parse(binary);
      expect(file.status).toBe(200);
      expect(declaredMedia('GET /api/evidence/{evidenceId}')).toContain(mediaOf(file));

      const indicator = await reply<{ id: string }>(
        'crear indicador',
        post(`/api/agencies/${other.agencyId}/indicators`, IND_1),
        201,
      );
      const measured = await reply(
        'registrar medición',
        post(`/api/indicators/${indicator.id}/measurements`, { period: '2027', women: 212, men: 419 }),
        201,
      );
      // Without the men's figure: the measures are null, each with its reason.
      const incomplete = await reply<{ gaps: { reasons: Schema } }>(
        'registrar medición incompleta',
        post(`/api/indicators/${indicator.id}/measurements`, { period: '2026', women: 198, men: null }),
        201,
      );
      const indicators = await get(`/api/agencies/${other.agencyId}/indicators`);
      const detail = await get<{ measurements: unknown[] }>(`/api/indicators/${indicator.id}`);
      const prefilled = await get<{ indicatorResults: { measurement: unknown }[] }>(
        `/api/cycles/${id}/indicator-results`,
      );

      await year.send(officer, 'FINISH_IMPLEMENTATION');
      await year.save(officer, 'evaluation');
      await year.save(officer, 'follow-up-programme');
      await year.passGate(other);
      const commitments = await get<{ items: { id: string; revision: number }[] }>(`/api/cycles/${id}/commitments`);
      const [first] = commitments.items;
      const changed = await reply(
        'seguir un compromiso',
        t.http.patch(`/api/commitments/${first.id}`).set(as(officer)).send({
          revision: first.revision,
          status: 'in-progress',
          evidence: 'Acta del comité de género, en la intranet.',
        }),
      );
      const history = await get<{ source: string; changes: Schema }[]>(`/api/commitments/${first.id}/history`);

      const results = [
        check('PUT /api/cycles/{cycleId}/documents/{kind}', savedPlan),
        check('POST /api/cycles/{cycleId}/activity-records', activity, '201'),
        check('POST /api/cycles/{cycleId}/progress-reports', progress, '201'),
        check('GET /api/cycles/{cycleId}/activity-records', activities),
        check('GET /api/cycles/{cycleId}/progress-reports', progressReports),
        check('POST /api/cycles/{cycleId}/activity-records/{documentId}/evidence', evidence, '201'),
        check('GET /api/cycles/{cycleId}/evidence', evidenceList),
        check('POST /api/agencies/{agencyId}/indicators', indicator, '201'),
        check('POST /api/indicators/{indicatorId}/measurements', measured, '201'),
        check('POST /api/indicators/{indicatorId}/measurements', incomplete, '201'),
        check('GET /api/agencies/{agencyId}/indicators', indicators),
        check('GET /api/indicators/{indicatorId}', detail),
        check('GET /api/cycles/{cycleId}/indicator-results', prefilled),
        check('GET /api/cycles/{cycleId}/commitments', commitments),
        check('PATCH /api/commitments/{commitmentId}', changed),
        check('GET /api/commitments/{commitmentId}/history', history),
      ];
      expect(results.filter((r) => r.errors !== null)).toEqual([]);

      // The answers hold what the schemas describe.
      expect(evidenceList).toHaveLength(1);
      expect(Object.keys(incomplete.gaps.reasons).sort()).toEqual(
        ['difference', 'ratio', 'relative', 'share', 'withinParity'].sort(),
      );
      expect(detail.measurements).toHaveLength(2);
      expect(prefilled.indicatorResults.some((r) => r.measurement !== null)).toBe(true);
      expect(commitments.items.length).toBeGreaterThan(0);
      expect(history.map((h) => h.source)).toEqual(['programme', 'person']);

      // A misstated answer is caught deep inside: an unknown reason, an unknown changed field.
      const oddReasons = structuredClone(incomplete);
      oddReasons.gaps.reasons.mood = 'sin ánimo';
      expect(check('POST /api/indicators/{indicatorId}/measurements', oddReasons, '201').errors).not.toBeNull();
      const oddHistory = structuredClone(history);
      oddHistory[0].changes.colour = { from: null, to: 'rojo' };
      expect(check('GET /api/commitments/{commitmentId}/history', oddHistory).errors).not.toBeNull();
    }, 240_000);

    it('answers an error with the documented error body', async () => {
      const response = await t.http
        .post(`/api/cycles/${cycle.cycleId}/events`)
        .set(auth(team.officer))
        .send({ type: 'NOPE', revision: -1 });
      expect(response.status).toBe(400);
      const validate = ajv.compile({ $ref: 'openapi.json#/components/schemas/ErrorResponse' });
      // The documented fields; other details of other errors (allowed, problems…) sit beside them.
      const { statusCode, code, message, fields, requestId } = response.body as Schema;
      const body = Object.fromEntries(
        Object.entries({ statusCode, code, message, fields, requestId }).filter(([, v]) => v !== undefined),
      );
      expect(validate(body) || validate.errors).toBe(true);
      // The field errors once, not also under `details`.
      expect(Object.keys(response.body as object).sort()).toEqual(['code', 'fields', 'message', 'statusCode']);
      expect(body).toMatchObject({
        statusCode: 400,
        code: expect.any(String),
        message: expect.stringMatching(SPANISH),
      });
    });
  });
});
