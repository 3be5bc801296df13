import type { Browser, Page } from 'playwright-core';
import { adminToken, createPerson, type Person } from '../support/actors';
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

// The ways a session ends under a person, as they live it in the browser: what they typed stays
// on the screen, a dialog asks them to sign in again, and a lost connection says so in Spanish.
describe('Sesiones que terminan y conexión perdida, en Chromium', () => {
  let t: UiApp;
  let browser: Browser;
  let admin: string;
  let person: Person;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startUiApp(), launchBrowser()]);
    admin = await adminToken(t.http);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  beforeEach(async () => {
    person = await createPerson(t.http, admin, 'sesion');
  });

  const passwordForm = (page: Page) => ({
    current: page.getByLabel(/^Contraseña actual/),
    next: page.getByLabel(/^Contraseña nueva/),
    repeat: page.getByLabel(/^Repita la contraseña nueva/),
    submit: page.getByRole('button', { name: 'Cambiar contraseña' }),
  });

  /** On Mi cuenta with the password form filled in, as someone halfway through. */
  async function typingOnMiCuenta(page: Page, current: string, next: string) {
    await page.goto('/cuenta');
    await page.getByRole('heading', { level: 1, name: 'Mi cuenta' }).waitFor();
    const form = passwordForm(page);
    await form.current.fill(current);
    await form.next.fill(next);
    await form.repeat.fill(next);
    return form;
  }

  async function expectTyped(page: Page, current: string, next: string) {
    const form = passwordForm(page);
    await expect(form.current.inputValue()).resolves.toBe(current);
    await expect(form.next.inputValue()).resolves.toBe(next);
    await expect(form.repeat.inputValue()).resolves.toBe(next);
  }

  it('"Cerrar sesión" ends the session on the server: the old cookie opens nothing', async () => {
    const { context, page } = await newPerson(browser, t.baseUrl);
    await signIn(page, person.email, PASSWORD);
    const cookie = (await context.cookies()).find((c) => c.name === 'enfoque_sesion');
    expect(cookie).toBeDefined();
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByRole('heading', { name: 'Ingresar' }).waitFor();
    const me = await t.http.get('/api/me').set('Cookie', `enfoque_sesion=${cookie?.value ?? ''}`);
    expect(me.status).toBe(401);
    // Going back shows the sign-in screen, not the previous person's pages.
    await page.goto('/cuenta');
    await page.getByRole('heading', { name: 'Ingresar' }).waitFor();
    await context.close();
  });

  it('a deactivated person’s next action shows "Su sesión terminó", keeps the screen, and cannot sign in', async () => {
    const { context, page } = await newPerson(browser, t.baseUrl);
    await signIn(page, person.email, PASSWORD);
    const typedNext = 'lo que estaba escribiendo 2027';
    const form = await typingOnMiCuenta(page, PASSWORD, typedNext);

    const patch = await t.http
      .patch(`/api/users/${person.id}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ active: false });
    expect(patch.status).toBe(200);

    await form.submit.click();
    const dialog = page.getByRole('dialog', { name: 'Su sesión terminó' });
    await dialog.waitFor();
    await expect(dialog.getByLabel('Correo electrónico').inputValue()).resolves.toBe(person.email);
    await expect(dialog.getByLabel('Correo electrónico').evaluate((e) => e === document.activeElement)).resolves.toBe(
      true,
    );
    // The page under the dialog is still there, with everything typed.
    await expect(page.getByRole('heading', { level: 1, name: 'Mi cuenta', includeHidden: true }).count()).resolves.toBe(
      1,
    );
    await expectTyped(page, PASSWORD, typedNext);
    await expectAccessible(page, 'Su sesión terminó');
    await screenshot(page, 'sesion-terminada');

    await dialog.getByLabel(/^Contraseña/).fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Ingresar' }).click();
    const refusal = dialog.getByRole('alert');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain('Correo electrónico o contraseña incorrectos');
    await expect(dialog.isVisible()).resolves.toBe(true);
    await expectTyped(page, PASSWORD, typedNext);
    await context.close();
  });

  it('a password changed in another browser ends this one’s session; signing in again keeps the screen', async () => {
    const newPassword = 'cambiada en el otro navegador';
    const first = await newPerson(browser, t.baseUrl);
    await signIn(first.page, person.email, PASSWORD);
    const typedNext = 'frase que escribía aquí 2027';
    const form = await typingOnMiCuenta(first.page, PASSWORD, typedNext);

    const second = await newPerson(browser, t.baseUrl);
    await signIn(second.page, person.email, PASSWORD);
    const there = await typingOnMiCuenta(second.page, PASSWORD, newPassword);
    await there.submit.click();
    await second.page.getByRole('status').filter({ hasText: 'Su contraseña cambió' }).waitFor();

    // The first browser's next request meets the ended session.
    await form.submit.click();
    const dialog = first.page.getByRole('dialog', { name: 'Su sesión terminó' });
    await dialog.waitFor();
    await expectTyped(first.page, PASSWORD, typedNext);

    await dialog.getByLabel(/^Contraseña/).fill(newPassword);
    await dialog.getByRole('button', { name: 'Ingresar' }).click();
    await dialog.waitFor({ state: 'detached' });
    await first.page.getByRole('heading', { level: 1, name: 'Mi cuenta' }).waitFor();
    await expectTyped(first.page, PASSWORD, typedNext);
    // Signed in again for real: the server answers this browser.
    const me = await first.page.evaluate(async () => (await fetch('/api/me')).status);
    expect(me).toBe(200);
    // The other browser, which changed it, kept its session.
    await second.page.reload();
    await second.page.getByRole('heading', { level: 1, name: 'Mi cuenta' }).waitFor();
    await first.context.close();
    await second.context.close();
  });

  it('a lost connection says "Sin conexión" in Spanish, keeps what was typed, and works again once back', async () => {
    const { context, page } = await newPerson(browser, t.baseUrl);
    await signIn(page, person.email, PASSWORD);
    const newPassword = 'escrita sin conexión 2027';
    const form = await typingOnMiCuenta(page, PASSWORD, newPassword);

    await context.setOffline(true);
    const banner = page.getByRole('alert').filter({ hasText: 'Sin conexión' });
    await banner.waitFor();
    await form.submit.click();
    const refusal = page.getByRole('alert').filter({ hasText: 'No se pudo cambiar la contraseña' });
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain('No hay conexión con Enfoque');
    await expectTyped(page, PASSWORD, newPassword);
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);

    await context.setOffline(false);
    await banner.waitFor({ state: 'detached' });
    await form.submit.click();
    await page.getByRole('status').filter({ hasText: 'Su contraseña cambió' }).waitFor();
    await expect(refusal.count()).resolves.toBe(0);
    await context.close();
  });
});
