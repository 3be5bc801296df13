import { JwtService } from '@nestjs/jwt';
import { addMember, adminToken, assignExpert, createAgency, createPerson, login } from './support/actors';
import { PASSWORD, startTestApp, TestApp } from './support/test-app';

describe('Inicio de sesión y acceso', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ config: { loginThrottleLimit: 1000 } });
    admin = await adminToken(t.http);
  });
  afterAll(() => t.close());

  it('signs in and answers who the person is', async () => {
    const person = await createPerson(t.http, admin, 'encargada');
    const response = await t.http
      .post('/api/auth/login')
      .send({ email: person.email.toUpperCase(), password: PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ id: person.id, email: person.email, roles: [] });
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${response.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(person.email);
  });

  it('gives the same 401 for an unknown email and a wrong password', async () => {
    const person = await createPerson(t.http, admin, 'clave');
    const wrong = await t.http.post('/api/auth/login').send({ email: person.email, password: 'otra-clave-incorrecta' });
    const unknown = await t.http
      .post('/api/auth/login')
      .send({ email: 'nadie@prueba.cl', password: 'otra-clave-incorrecta' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({
      statusCode: 401,
      code: 'UNAUTHENTICATED',
      message: 'Correo electrónico o contraseña incorrectos',
    });
  });

  it('refuses a deactivated person, including a token issued before', async () => {
    const person = await createPerson(t.http, admin, 'inactiva');
    const before = await t.http.get('/api/me').set('Authorization', `Bearer ${person.token}`);
    expect(before.status).toBe(200);
    const patched = await t.http
      .patch(`/api/users/${person.id}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ active: false });
    expect(patched.status).toBe(200);
    expect(patched.body.active).toBe(false);
    const after = await t.http.get('/api/me').set('Authorization', `Bearer ${person.token}`);
    expect(after.status).toBe(401);
    const relogin = await t.http.post('/api/auth/login').send({ email: person.email, password: PASSWORD });
    expect(relogin.status).toBe(401);
  });

  it('ends earlier sessions when the password changes', async () => {
    const person = await createPerson(t.http, admin, 'cambio');
    await t.http
      .patch(`/api/users/${person.id}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ password: 'una-clave-nueva-larga' })
      .expect(200);
    await t.http.get('/api/me').set('Authorization', `Bearer ${person.token}`).expect(401);
    await expect(login(t.http, person.email, 'una-clave-nueva-larga')).resolves.toEqual(expect.any(String));
  });

  it('refuses tampered, foreign and expired tokens', async () => {
    const person = await createPerson(t.http, admin, 'token');
    const [header, payload, signature] = person.token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: '00000000-0000-0000-0000-000000000000' })).toString(
      'base64url',
    );
    const foreign = new JwtService({ secret: 'otro-secreto-que-no-es-el-del-servicio' }).sign(
      { sub: person.id, tv: 0 },
      { issuer: 'enfoque' },
    );
    const expired = new JwtService({ secret: t.config.jwtSecret }).sign(
      { sub: person.id, tv: 0, exp: Math.floor(Date.now() / 1000) - 60 },
      { issuer: 'enfoque' },
    );
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    for (const token of [`${header}.${forged}.${signature}`, foreign, expired, unsigned, 'basura']) {
      const response = await t.http.get('/api/me').set('Authorization', `Bearer ${token}`);
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    }
  });

  it('keeps each agency to its own people, and experts to their assigned agencies', async () => {
    const agencyA = await createAgency(t.http, admin, 'SERV-A');
    const agencyB = await createAgency(t.http, admin, 'SERV-B');
    const officerA = await createPerson(t.http, admin, 'oficialA');
    await addMember(t.http, admin, agencyA, officerA.id, 'gender_officer');
    const expert = await createPerson(t.http, admin, 'experta');
    await assignExpert(t.http, admin, agencyA, expert.id);
    const unassigned = await createPerson(t.http, admin, 'sinasignar');

    await t.http.get(`/api/agencies/${agencyA}`).set('Authorization', `Bearer ${officerA.token}`).expect(200);
    const cross = await t.http.get(`/api/agencies/${agencyB}`).set('Authorization', `Bearer ${officerA.token}`);
    expect(cross.status).toBe(403);
    expect(cross.body.code).toBe('FORBIDDEN');
    await t.http.get(`/api/agencies/${agencyA}`).set('Authorization', `Bearer ${expert.token}`).expect(200);
    await t.http.get(`/api/agencies/${agencyB}`).set('Authorization', `Bearer ${expert.token}`).expect(403);
    await t.http.get(`/api/agencies/${agencyA}`).set('Authorization', `Bearer ${unassigned.token}`).expect(403);

    const listed = await t.http.get('/api/agencies').set('Authorization', `Bearer ${officerA.token}`).expect(200);
    expect((listed.body as { id: string }[]).map((a) => a.id)).toEqual([agencyA]);
    const all = await t.http.get('/api/agencies').set('Authorization', `Bearer ${admin}`).expect(200);
    expect((all.body as { id: string }[]).map((a) => a.id)).toEqual(expect.arrayContaining([agencyA, agencyB]));
  });

  it('keeps administration to the admin', async () => {
    const person = await createPerson(t.http, admin, 'noadmin');
    for (const [method, path] of [
      ['post', '/api/users'],
      ['get', '/api/users'],
      ['post', '/api/agencies'],
    ] as const) {
      const response = await t.http[method](path).set('Authorization', `Bearer ${person.token}`).send({});
      expect(response.status).toBe(403);
    }
  });
});

describe('Límite de intentos de inicio de sesión', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { loginThrottleLimit: 3 } });
  });
  afterAll(() => t.close());

  it('answers 429 after too many attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (await t.http.post('/api/auth/login').send({ email: 'x@prueba.cl', password: 'mala-clave' })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const blocked = await t.http.post('/api/auth/login').send({ email: 'x@prueba.cl', password: 'mala-clave' });
    expect(blocked.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS' });
  });
});
