import type { Browser } from 'playwright-core';
import { adminToken, createPerson } from '../support/actors';
import { PASSWORD } from '../support/test-app';
import {
  expectAccessible,
  launchBrowser,
  newPerson,
  screenshot,
  signIn,
  startUiApp,
  type UiApp,
} from './support/browser';

describe('Ingresar y Cerrar sesión, en Chromium', () => {
  let t: UiApp;
  let browser: Browser;
  let email: string;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startUiApp(), launchBrowser()]);
    email = (await createPerson(t.http, await adminToken(t.http), 'ingreso')).email;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the sign-in screen in Spanish, refuses a wrong password, signs in and out', async () => {
    const { context, page } = await newPerson(browser, t.baseUrl);
    await page.goto('/ciclos/00000000-0000-0000-0000-000000000000');
    await page.getByRole('heading', { name: 'Ingresar' }).waitFor();
    await expectAccessible(page, 'Ingresar');
    await screenshot(page, 'ingresar');

    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByLabel(/^Contraseña/).fill('no-es-la-clave');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'Correo electrónico o contraseña incorrectos',
    );

    await signIn(page, email, PASSWORD);
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'enfoque_sesion');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    await expectAccessible(page, 'Bandeja');

    // The Kit Digital's accessibility controls: larger text and high contrast, kept on reload.
    await page.getByRole('switch', { name: 'Texto más grande' }).check();
    await page.getByRole('switch', { name: 'Alto contraste' }).check();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Bandeja' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.dataset.contraste)).resolves.toBe('alto');
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).resolves.toBe('20px');
    await expectAccessible(page, 'Bandeja en alto contraste y texto grande');
    await screenshot(page, 'bandeja-alto-contraste');
    await page.getByRole('switch', { name: 'Texto más grande' }).uncheck();
    await page.getByRole('switch', { name: 'Alto contraste' }).uncheck();

    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByRole('heading', { name: 'Ingresar' }).waitFor();
    // The old cookie no longer opens anything: the server ended the session.
    const me = await t.http.get('/api/me').set('Cookie', `enfoque_sesion=${session?.value ?? ''}`);
    expect(me.status).toBe(401);
    await context.close();
  });
});

describe('Demasiados intentos de ingreso', () => {
  let t: UiApp;
  let browser: Browser;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startUiApp({ config: { loginThrottleLimit: 2 } }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('tells the person in Spanish to wait, after the limit of attempts', async () => {
    const { context, page } = await newPerson(browser, t.baseUrl);
    await page.goto('/');
    await page.getByLabel('Correo electrónico').fill('alguien@prueba.cl');
    await page.getByLabel(/^Contraseña/).fill('no-es-la-clave');
    for (let attempt = 0; attempt < 3; attempt++) await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByRole('alert').filter({ hasText: 'Demasiadas solicitudes' }).waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/intente nuevamente en unos minutos/);
    await context.close();
  });
});
