import request from 'supertest';
import { adminToken, createPerson, login, type Person } from './support/actors';
import { PASSWORD, startTestApp, type TestApp } from './support/test-app';

const APP = { 'X-Enfoque-CSRF': '1' };

function sessionCookie(response: request.Response): string {
  const header = response.headers['set-cookie'] as unknown as string[] | undefined;
  const cookie = header?.find((c) => c.startsWith('enfoque_sesion='));
  if (!cookie) throw new Error(`sin cookie de sesión: ${response.status} ${JSON.stringify(response.body)}`);
  return cookie;
}
const pair = (cookie: string) => cookie.split(';')[0];

describe('Browser sessions: cookie, CSRF, sign-out, deactivation and password change', () => {
  let t: TestApp;
  let admin: string;
  let person: Person;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t.http);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    person = await createPerson(t.http, admin, 'navegador');
  });

  const signIn = async (email = person.email, password = PASSWORD) =>
    t.http.post('/api/auth/session').set(APP).send({ email, password });

  it('signs in with an httpOnly, SameSite=Lax cookie that authenticates reads and app writes', async () => {
    const response = await signIn();
    expect(response.status).toBe(200);
    expect(response.body.user.email).toBe(person.email);
    const cookie = sessionCookie(response);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const me = await t.http.get('/api/me').set('Cookie', pair(cookie));
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(person.id);
    const markAll = await t.http.post('/api/notifications/read-all').set('Cookie', pair(cookie)).set(APP);
    expect(markAll.status).toBe(200);
  });

  it('refuses a cross-site write: no app header, or another origin', async () => {
    const cookie = pair(sessionCookie(await signIn()));
    const noHeader = await t.http.post('/api/notifications/read-all').set('Cookie', cookie);
    expect(noHeader.status).toBe(403);
    expect(noHeader.body.code).toBe('CSRF_REJECTED');
    expect(noHeader.body.message).toMatch(/no proviene de Enfoque/);
    const otherOrigin = await t.http
      .post('/api/notifications/read-all')
      .set('Cookie', cookie)
      .set(APP)
      .set('Origin', 'https://atacante.example');
    expect(otherOrigin.status).toBe(403);
    expect(otherOrigin.body.code).toBe('CSRF_REJECTED');
    const signInWithoutHeader = await t.http
      .post('/api/auth/session')
      .send({ email: person.email, password: PASSWORD });
    expect(signInWithoutHeader.status).toBe(403);
  });

  it('answers a wrong password in Spanish, without a cookie', async () => {
    const response = await signIn(person.email, 'no-es-la-clave-correcta');
    expect(response.status).toBe(401);
    expect(response.body.message).toBe('Correo electrónico o contraseña incorrectos');
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('keeps bearer tokens working for API clients, with no CSRF header', async () => {
    const response = await t.http.post('/api/notifications/read-all').set('Authorization', `Bearer ${person.token}`);
    expect(response.status).toBe(200);
  });

  it('"Cerrar sesión" ends the session on the server', async () => {
    const cookie = pair(sessionCookie(await signIn()));
    const out = await t.http.delete('/api/auth/session').set('Cookie', cookie).set(APP);
    expect(out.status).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/enfoque_sesion=;/);
    const me = await t.http.get('/api/me').set('Cookie', cookie);
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('UNAUTHENTICATED');
  });

  it('a deactivation ends every browser session of the person', async () => {
    const cookie = pair(sessionCookie(await signIn()));
    const patch = await t.http
      .patch(`/api/users/${person.id}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ active: false });
    expect(patch.status).toBe(200);
    expect((await t.http.get('/api/me').set('Cookie', cookie)).status).toBe(401);
  });

  it('a password changed by the administration ends the browser sessions', async () => {
    const cookie = pair(sessionCookie(await signIn()));
    await t.http
      .patch(`/api/users/${person.id}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ password: 'otra-clave-segura-2027' })
      .expect(200);
    expect((await t.http.get('/api/me').set('Cookie', cookie)).status).toBe(401);
  });

  it('changing one’s own password needs the current one, ends other sessions and keeps this one', async () => {
    const here = pair(sessionCookie(await signIn()));
    const elsewhere = pair(sessionCookie(await signIn()));
    const wrong = await t.http
      .post('/api/me/password')
      .set('Cookie', here)
      .set(APP)
      .send({ currentPassword: 'no-es-la-actual', newPassword: 'nueva-clave-segura-2027' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('WRONG_PASSWORD');
    const short = await t.http
      .post('/api/me/password')
      .set('Cookie', here)
      .set(APP)
      .send({ currentPassword: PASSWORD, newPassword: 'corta' });
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.body)).toMatch(/al menos 12 caracteres/);

    const changed = await t.http
      .post('/api/me/password')
      .set('Cookie', here)
      .set(APP)
      .send({ currentPassword: PASSWORD, newPassword: 'nueva-clave-segura-2027' });
    expect(changed.status).toBe(204);
    const renewed = pair(sessionCookie(changed));
    expect((await t.http.get('/api/me').set('Cookie', renewed)).status).toBe(200);
    expect((await t.http.get('/api/me').set('Cookie', here)).status).toBe(401);
    expect((await t.http.get('/api/me').set('Cookie', elsewhere)).status).toBe(401);
    expect((await t.http.get('/api/me').set('Authorization', `Bearer ${person.token}`)).status).toBe(401);
    await expect(login(t.http, person.email, 'nueva-clave-segura-2027')).resolves.toEqual(expect.any(String));
  });
});

describe('The web app is served at / and deep links reach it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { publicUrl: 'https://enfoque.example.cl' } });
  });
  afterAll(() => t.close());

  it('answers the app for / and for any page path, JSON for unknown API paths', async () => {
    const root = await t.http.get('/');
    expect(root.status).toBe(200);
    expect(root.headers['content-type']).toMatch(/text\/html/);
    expect(root.text).toContain('<div id="root">');
    const deep = await t.http.get('/ciclos/00000000-0000-0000-0000-000000000000/revision');
    expect(deep.status).toBe(200);
    expect(deep.text).toContain('<div id="root">');
    const api = await t.http.get('/api/no-existe');
    expect(api.status).toBe(404);
    expect(api.body.code).toBe('NOT_FOUND');
  });

  it('marks the cookie Secure when PUBLIC_URL is https', async () => {
    const admin = await adminToken(t.http);
    const person = await createPerson(t.http, admin, 'segura');
    const response = await t.http
      .post('/api/auth/session')
      .set(APP)
      .set('Origin', 'https://enfoque.example.cl')
      .send({ email: person.email, password: PASSWORD });
    expect(sessionCookie(response)).toMatch(/Secure/);
  });
});
