import { query } from './support/test-database';
import { addMember, adminToken, assignExpert, createAgency, createPerson } from './support/actors';
import { ADMIN, PASSWORD, startTestApp, TestApp } from './support/test-app';

describe('Servicios, personas, roles y expertas', () => {
  let t: TestApp;
  let admin: string;
  const auth = () => ({ Authorization: `Bearer ${admin}` });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t.http);
  });
  afterAll(() => t.close());

  it('creates an agency and refuses a duplicate code', async () => {
    const created = await t.http
      .post('/api/agencies')
      .set(auth())
      .send({ code: 'sernapesca', name: 'Servicio Nacional de Pesca', ministry: 'Economía' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), code: 'SERNAPESCA' });
    const again = await t.http
      .post('/api/agencies')
      .set(auth())
      .send({ code: 'SERNAPESCA', name: 'Otro nombre', ministry: 'Economía' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('AGENCY_CODE_TAKEN');
    await t.http.get(`/api/agencies/${created.body.id}`).set(auth()).expect(200);
  });

  it('validates every field with Spanish messages and refuses unknown ones', async () => {
    const response = await t.http
      .post('/api/agencies')
      .set(auth())
      .send({ code: '!', name: 'x', ministry: 5, extra: true });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const paths = (response.body.fields as { path: string; message: string }[]).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['code', 'name', 'ministry', 'extra']));
    expect(JSON.stringify(response.body)).toMatch(/debe/);
  });

  it('creates people with unique emails and lists them without password hashes', async () => {
    const body = { email: 'Ana.Perez@Servicio.cl', name: 'Ana Pérez', password: PASSWORD };
    const created = await t.http.post('/api/users').set(auth()).send(body);
    expect(created.status).toBe(201);
    expect(created.body.email).toBe('ana.perez@servicio.cl');
    const duplicate = await t.http
      .post('/api/users')
      .set(auth())
      .send({ ...body, email: 'ana.perez@servicio.cl' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('EMAIL_TAKEN');
    const short = await t.http
      .post('/api/users')
      .set(auth())
      .send({ ...body, email: 'otra@servicio.cl', password: 'corta' });
    expect(short.status).toBe(400);
    const list = await t.http.get('/api/users?limit=200').set(auth()).expect(200);
    expect(list.body.total).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(list.body)).not.toMatch(/argon2|passwordHash/);
    const rows = await query<{ password_hash: string }>(
      t.database.url,
      'SELECT password_hash FROM users WHERE email = $1',
      ['ana.perez@servicio.cl'],
    );
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('adds and removes members; a centre lead names the centre', async () => {
    const agency = await createAgency(t.http, admin, 'MIEMBROS');
    const person = await createPerson(t.http, admin, 'centro');
    const noCentre = await t.http
      .post(`/api/agencies/${agency}/members`)
      .set(auth())
      .send({ userId: person.id, role: 'centre_lead' });
    expect(noCentre.status).toBe(400);
    const badRole = await t.http
      .post(`/api/agencies/${agency}/members`)
      .set(auth())
      .send({ userId: person.id, role: 'sernam_expert' });
    expect(badRole.status).toBe(400);
    const membershipId = await addMember(
      t.http,
      admin,
      agency,
      person.id,
      'centre_lead',
      'Dirección Regional de Valparaíso',
    );
    const twice = await t.http
      .post(`/api/agencies/${agency}/members`)
      .set(auth())
      .send({ userId: person.id, role: 'centre_lead', centre: 'Dirección Regional de Valparaíso' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('MEMBERSHIP_EXISTS');
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${person.token}`).expect(200);
    expect(me.body.roles).toEqual(['centre_lead']);
    const members = await t.http
      .get(`/api/agencies/${agency}/members`)
      .set('Authorization', `Bearer ${person.token}`)
      .expect(200);
    expect(members.body).toEqual([
      expect.objectContaining({ id: membershipId, role: 'centre_lead', centre: 'Dirección Regional de Valparaíso' }),
    ]);
    await t.http.delete(`/api/agencies/${agency}/members/${membershipId}`).set(auth()).expect(204);
    await t.http.delete(`/api/agencies/${agency}/members/${membershipId}`).set(auth()).expect(404);
    await t.http.get(`/api/agencies/${agency}`).set('Authorization', `Bearer ${person.token}`).expect(403);
  });

  it('keeps experts outside the agencies they visa', async () => {
    const agency = await createAgency(t.http, admin, 'EXPERTAS');
    const member = await createPerson(t.http, admin, 'integrante');
    await addMember(t.http, admin, agency, member.id, 'quality_team');
    const asExpert = await t.http.post(`/api/agencies/${agency}/experts`).set(auth()).send({ userId: member.id });
    expect(asExpert.status).toBe(409);
    expect(asExpert.body.code).toBe('MEMBER_CANNOT_BE_EXPERT');

    const expert = await createPerson(t.http, admin, 'experta');
    await assignExpert(t.http, admin, agency, expert.id);
    const asMember = await t.http
      .post(`/api/agencies/${agency}/members`)
      .set(auth())
      .send({ userId: expert.id, role: 'auditor' });
    expect(asMember.status).toBe(409);
    expect(asMember.body.code).toBe('EXPERT_CANNOT_BE_MEMBER');
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${expert.token}`).expect(200);
    expect(me.body.roles).toEqual(['sernam_expert']);
    await t.http.delete(`/api/agencies/${agency}/experts/${expert.id}`).set(auth()).expect(204);
    await t.http.get(`/api/agencies/${agency}`).set('Authorization', `Bearer ${expert.token}`).expect(403);
  });

  it('serialises concurrent member and expert assignments of one person', async () => {
    const agency = await createAgency(t.http, admin, 'CARRERA');
    const person = await createPerson(t.http, admin, 'carrera');
    const [a, b] = await Promise.all([
      t.http.post(`/api/agencies/${agency}/members`).set(auth()).send({ userId: person.id, role: 'agency_head' }),
      t.http.post(`/api/agencies/${agency}/experts`).set(auth()).send({ userId: person.id }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
  });

  it('records administrative changes in the security trail', async () => {
    const rows = await query<{ type: string }>(t.database.url, 'SELECT DISTINCT type FROM security_events');
    expect(rows.map((r) => r.type)).toEqual(
      expect.arrayContaining([
        'agency.created',
        'user.created',
        'membership.added',
        'expert.assigned',
        'admin.bootstrapped',
      ]),
    );
  });

  it('answers malformed, oversized and unknown requests with a code, never a 500', async () => {
    const malformed = await t.http
      .post('/api/agencies')
      .set(auth())
      .set('Content-Type', 'application/json')
      .send('{"code":');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('MALFORMED_JSON');
    const huge = await t.http
      .post('/api/agencies')
      .set(auth())
      .send({ code: 'GRANDE', name: 'x'.repeat(3 * 1024 * 1024), ministry: 'y' });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
    const badId = await t.http.get('/api/agencies/no-es-un-uuid').set(auth());
    expect(badId.status).toBe(404);
    const missing = await t.http.get('/api/agencies/6f1c2a9e-8d7b-4c3a-9e1f-2b3c4d5e6f70').set(auth());
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('AGENCY_NOT_FOUND');
    const unknownRoute = await t.http.get('/api/no-existe').set(auth());
    expect(unknownRoute.status).toBe(404);
    expect(unknownRoute.body.code).toBe('NOT_FOUND');
    for (const response of [malformed, huge, badId, missing])
      expect(response.headers['x-request-id']).toEqual(expect.any(String));
  });

  it('refuses deep nesting from the raw bytes, before JSON.parse builds it, and big bodies where no sign-in is needed', async () => {
    const parse = jest.spyOn(JSON, 'parse');
    try {
      const nested = (depth: number) => `{"name":${'['.repeat(depth)}${']'.repeat(depth)}}`;
      const deep = await t.http
        .post('/api/agencies')
        .set(auth())
        .set('Content-Type', 'application/json')
        .send(nested(200_000));
      expect([deep.status, deep.body.code]).toEqual([400, 'JSON_TOO_DEEP']);
      expect(deep.body.message).toBe('El cuerpo de la solicitud tiene más de 32 niveles de objetos o listas anidados');
      expect(parse.mock.calls.filter(([text]) => typeof text === 'string' && text.length > 100_000)).toEqual([]);
    } finally {
      parse.mockRestore();
    }
    // Thirty-two levels pass the scan (the DTO then refuses the value); brackets inside strings do not count.
    const fine = await t.http
      .post('/api/agencies')
      .set(auth())
      .set('Content-Type', 'application/json')
      .send(`{"code":"ANIDA","name":${'['.repeat(31)}"]]\\"[[["${']'.repeat(31)},"ministry":"M"}`);
    expect([fine.status, fine.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const bracketed = await t.http
      .post('/api/agencies')
      .set(auth())
      .send({ code: 'CORCHETES', name: `Servicio ${'['.repeat(100)}`, ministry: `Ministerio ${'{'.repeat(100)}` });
    expect(bracketed.status).toBe(201);

    // Signing in needs a few hundred bytes: a public route takes at most 8 KB, and refuses more
    // unread (the connection closed), or a body whose length is not announced.
    const big = await t.http.post('/api/auth/login').send({ email: 'a@b.cl', password: 'x'.repeat(9 * 1024) });
    expect([big.status, big.body.code, big.headers.connection]).toEqual([413, 'PAYLOAD_TOO_LARGE', 'close']);
    const streamed = t.http.post('/api/auth/login').set('Content-Type', 'application/json');
    streamed.write('{"email":"a@b.cl",');
    streamed.write('"password":"x"}');
    const unannounced = await streamed;
    expect([unannounced.status, unannounced.body.code]).toEqual([411, 'LENGTH_REQUIRED']);
    const shallowButDeep = await t.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(`{"email":${'['.repeat(40)}${']'.repeat(40)}}`);
    expect([shallowButDeep.status, shallowButDeep.body.code]).toEqual([400, 'JSON_TOO_DEEP']);
    // Signed-in routes keep the larger bound.
    const long = await t.http
      .post('/api/agencies')
      .set(auth())
      .send({ code: 'LARGO', name: 'x'.repeat(9 * 1024), ministry: 'Ministerio' });
    expect([long.status, long.body.fields]).toEqual([
      400,
      [{ path: 'name', message: 'name admite a lo más 200 caracteres' }],
    ]);
  });

  it('answers 415 to a body that is not JSON on a JSON route, after checking who calls', async () => {
    const refusals = [
      await t.http.post('/api/agencies').set(auth()).set('Content-Type', 'text/plain').send('code=X'),
      await t.http.post('/api/agencies').set(auth()).type('form').send({ code: 'FORM', name: 'Form', ministry: 'M' }),
      await t.http.post('/api/agencies').set(auth()).field('code', 'MULTI').field('name', 'Multi'),
      await t.http.post('/api/auth/login').set('Content-Type', 'text/plain').send('admin@prueba.cl'),
    ];
    for (const refused of refusals) {
      expect([refused.status, refused.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
      expect(refused.body.message).toBe(
        'Esta operación recibe JSON: envíe el cuerpo con Content-Type: application/json',
      );
    }
    const anonymous = await t.http.post('/api/agencies').set('Content-Type', 'text/plain').send('code=X');
    expect([anonymous.status, anonymous.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    // A JSON body with its charset, and a POST without a body, are still read as JSON.
    const withCharset = await t.http
      .post('/api/agencies')
      .set(auth())
      .set('Content-Type', 'application/json; charset=utf-8')
      .send(JSON.stringify({ code: 'CHARSET', name: 'Servicio con charset', ministry: 'Ministerio' }));
    expect(withCharset.status).toBe(201);
    const empty = await t.http.post('/api/agencies').set(auth());
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('VALIDATION_FAILED');
  });

  it('says once that a missing value "es obligatorio", and lists the fields once', async () => {
    const login = await t.http.post('/api/auth/login').send({});
    expect(login.status).toBe(400);
    expect(login.body).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Los datos enviados no son válidos',
      fields: [
        { path: 'email', message: '«email» es obligatorio' },
        { path: 'password', message: '«password» es obligatorio' },
      ],
    });
    const agency = await t.http.post('/api/agencies').set(auth()).send({ code: null, name: 'Servicio', ministry: 'M' });
    expect(agency.body.fields).toEqual([
      { path: 'code', message: '«code» es obligatorio' },
      { path: 'ministry', message: 'ministry debe tener al menos 3 caracteres' },
    ]);
    // A centre lead's centre is required only for that role; an unknown key set to null is unknown, not missing.
    const person = await createPerson(t.http, admin, 'sin-centro');
    const agencyId = await createAgency(t.http, admin, 'SINCENTRO');
    const lead = await t.http
      .post(`/api/agencies/${agencyId}/members`)
      .set(auth())
      .send({ userId: person.id, role: 'centre_lead', extra: null });
    const byPath = (fields: { path: string }[]) => [...fields].sort((a, b) => a.path.localeCompare(b.path));
    expect(byPath(lead.body.fields as { path: string }[])).toEqual([
      { path: 'centre', message: '«centre» es obligatorio' },
      { path: 'extra', message: 'La propiedad «extra» no está permitida' },
    ]);
  });

  it('tells browsers and proxies to keep no copy of what the API answers', async () => {
    const answers = [
      await t.http.get('/api/agencies').set(auth()),
      await t.http.get('/api/agencies/6f1c2a9e-8d7b-4c3a-9e1f-2b3c4d5e6f70').set(auth()),
      await t.http.get('/api/me').set(auth()),
      await t.http.post('/api/auth/login').send(ADMIN),
    ];
    expect(answers.map((r) => [r.status, r.headers['cache-control']])).toEqual([
      [200, 'no-store'],
      [404, 'no-store'],
      [200, 'no-store'],
      [200, 'no-store'],
    ]);
  });
});
