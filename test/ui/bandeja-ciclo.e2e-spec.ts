import type { Browser, Page } from 'playwright-core';
import { addDays, chileDate } from '../../src/common/chile-time';
import { adminToken, type Person } from '../support/actors';
import { createTeam, CycleDriver, type AgencyTeam } from '../support/cycle-driver';
import { PASSWORD } from '../support/test-app';
import {
  expectAccessible,
  launchBrowser,
  newPerson,
  screenshot,
  signIn,
  startUiApp,
  type UiApp,
  tabTo,
} from './support/browser';

const RETURN_COMMENT = 'Falta el indicador de brecha de género del producto estratégico 2.';

// The Bandeja and the Ciclo screen in Chromium, over a team set up through the API: an officer
// with strategic definitions returned by the head (overdue) and a diagnostic to write, a head with
// a diagnostic to approve, and a person of another agency who sees none of it.
describe('Bandeja y Ciclo, en Chromium', () => {
  let t: UiApp;
  let browser: Browser;
  let team: AgencyTeam;
  let other: AgencyTeam;
  let returned: CycleDriver; // 2040: strategic definitions returned with observations, overdue
  let approving: CycleDriver; // 2041: a diagnostic waiting for the head
  let drafting: CycleDriver; // 2042: a diagnostic to write, due in a month
  let empty: CycleDriver; // 2043: nothing written yet
  const today = chileDate(new Date());

  beforeAll(async () => {
    [t, browser] = await Promise.all([startUiApp(), launchBrowser()]);
    const admin = await adminToken(t.http);
    [team, other] = await Promise.all([createTeam(t.http, admin, 'BANDEJA'), createTeam(t.http, admin, 'AJENA')]);
    const calendar = async (year: number, deadlines: { gate: string; dueDate: string }[]) => {
      const response = await t.http.put(`/api/calendar/${year}`).set('Authorization', `Bearer ${admin}`).send({
        deadlines,
      });
      expect(response.status).toBe(200);
    };
    await calendar(2040, [{ gate: 'strategicDefinitions.submission', dueDate: addDays(today, -3) }]);
    await calendar(2042, [{ gate: 'diagnostic.submission', dueDate: addDays(today, 30) }]);

    returned = await CycleDriver.create(t.http, team, 2040);
    await returned.save(team.officer, 'strategic-definitions');
    await returned.send(team.officer, 'SUBMIT');
    await returned.send(team.head, 'RETURN', { comment: RETURN_COMMENT });

    approving = await CycleDriver.create(t.http, team, 2041);
    await approving.save(team.officer, 'strategic-definitions');
    await approving.passGate(team);
    await approving.save(team.officer, 'diagnostic');
    await approving.send(team.officer, 'SUBMIT');

    drafting = await CycleDriver.create(t.http, team, 2042);
    await drafting.save(team.officer, 'strategic-definitions');
    await drafting.passGate(team);

    empty = await CycleDriver.create(t.http, team, 2043);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const signedIn = async (person: Person, width = 1280): Promise<Page> => {
    const { page } = await newPerson(browser, t.baseUrl, width);
    await signIn(page, person.email, PASSWORD);
    return page;
  };
  const inboxLinks = (page: Page) => page.getByRole('table', { name: /Pendientes/ }).getByRole('link');

  it('shows the officer what awaits them, with the returned observations, and filters in the address', async () => {
    const page = await signedIn(team.officer);
    const table = page.getByRole('table', { name: /Pendientes/ });
    await table.waitFor();
    // Oldest waiting first: the returned definitions, the diagnostic to write, the new cycle's definitions.
    await expect(inboxLinks(page).allTextContents()).resolves.toEqual([
      'Redactar y enviar a aprobación · Servicio BANDEJA, ciclo 2040',
      'Redactar y enviar a aprobación · Servicio BANDEJA, ciclo 2042',
      'Redactar y enviar a aprobación · Servicio BANDEJA, ciclo 2043',
    ]);
    const first = await table.getByRole('row').nth(1).textContent();
    expect(first).toContain('Servicio BANDEJA');
    expect(first).toContain('2040');
    expect(first).toContain('Ficha A1 y Formulario H');
    expect(first).toContain('Redactar y enviar a aprobación');
    expect(first).toContain('Vencido');
    // The observations that came back with the returned definitions: who, when, the text.
    const observations = page.getByRole('region', { name: /Observaciones: Servicio BANDEJA, ciclo 2040/ });
    const said = await observations.textContent();
    expect(said).toContain('Devuelto por la Jefatura con observaciones');
    expect(said).toContain('Persona bandeja.jefatura');
    expect(said).toContain(RETURN_COMMENT);
    expect(said).toMatch(/\d{4} a las \d{2}:\d{2}/);
    await expect(
      page
        .getByRole('link', { name: /Redactar y enviar a aprobación · Servicio BANDEJA, ciclo 2040/ })
        .getAttribute('href'),
    ).resolves.toBe(`/ciclos/${returned.cycleId}`);
    // Every filter option says how many it would show.
    await expect(page.getByLabel('Solo vencidos (1)').isChecked()).resolves.toBe(false);
    await expect(page.getByLabel('Etapa').locator('option').allTextContents()).resolves.toEqual([
      'Todas las etapas (3)',
      'Definiciones estratégicas (Ficha A1 y Formulario H) (2)',
      'Diagnóstico (1)',
    ]);
    await expectAccessible(page, 'Bandeja');
    await screenshot(page, 'bandeja');

    // A filter changes the address and the list; a reload keeps both.
    await page.getByLabel('Etapa').selectOption('diagnostic');
    await page.waitForURL(/etapa=diagnostic/);
    await page.getByRole('status').filter({ hasText: 'Con estos filtros: 1 de 3 pendientes.' }).waitFor();
    await expect(inboxLinks(page).allTextContents()).resolves.toEqual([
      'Redactar y enviar a aprobación · Servicio BANDEJA, ciclo 2042',
    ]);
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Con estos filtros: 1 de 3 pendientes.' }).waitFor();
    await expect(page.getByLabel('Etapa').inputValue()).resolves.toBe('diagnostic');
    await expect(inboxLinks(page).count()).resolves.toBe(1);

    await page.getByRole('button', { name: 'Quitar filtros' }).click();
    // The box follows the address, which changes once the click is handled.
    await page.getByLabel('Solo vencidos (1)').click();
    await page.waitForURL(/vencidos=si/);
    await expect(page.getByLabel('Solo vencidos (1)').isChecked()).resolves.toBe(true);
    await page.getByRole('status').filter({ hasText: 'Con estos filtros: 1 de 3 pendientes.' }).waitFor();
    expect(new URL(page.url()).searchParams.get('etapa')).toBeNull();
    await expect(inboxLinks(page).allTextContents()).resolves.toEqual([
      'Redactar y enviar a aprobación · Servicio BANDEJA, ciclo 2040',
    ]);
    await page.context().close();
  });

  it('fits the Bandeja and the cycle in a 1024-pixel-wide window', async () => {
    const page = await signedIn(team.officer, 1024);
    await page.getByRole('table', { name: /Pendientes/ }).waitFor();
    await page.getByRole('heading', { name: 'Mis ciclos' }).waitFor();
    await page.getByRole('link', { name: /Ciclo 2043/ }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'bandeja-1024');
    // The cycle too: its stages, documents and history one under the other.
    await page.getByRole('link', { name: /Ciclo 2042/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Ciclo 2042 · Servicio BANDEJA' }).waitFor();
    await page.getByRole('region', { name: 'Historial' }).getByRole('listitem').first().waitFor();
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).resolves.toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('sends the head from a submission in the Bandeja to the revision screen', async () => {
    const page = await signedIn(team.head);
    const link = page.getByRole('link', { name: /^Aprobar o devolver · Servicio BANDEJA, ciclo 2041/ });
    await expect(link.getAttribute('href')).resolves.toBe(`/ciclos/${approving.cycleId}/revision`);
    const row = await page
      .getByRole('table', { name: /Pendientes/ })
      .getByRole('row')
      .nth(1)
      .textContent();
    expect(row).toContain('Informe de Diagnóstico');
    expect(row).toContain('En aprobación de la Jefatura');
    await link.click();
    await page.waitForURL(`**/ciclos/${approving.cycleId}/revision`);
    await page.context().close();
  });

  it('shows a person of another agency nothing of it', async () => {
    const page = await signedIn(other.officer);
    await page.getByText('No tiene nada pendiente.').waitFor();
    await expect(page.getByText('Servicio BANDEJA').count()).resolves.toBe(0);
    await page.goto(`/ciclos/${returned.cycleId}`);
    await page.getByRole('heading', { level: 1, name: 'Ciclo no encontrado' }).waitFor();
    await expect(page.getByText('Este ciclo no existe o no tiene acceso a él.').count()).resolves.toBe(1);
    await expect(page.getByText(RETURN_COMMENT).count()).resolves.toBe(0);
    await page.goto('/ciclos/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { level: 1, name: 'Ciclo no encontrado' }).waitFor();
    await page.context().close();
  });

  it('shows the cycle’s stages, documents and history, and the officer submits with the keyboard only', async () => {
    const page = await signedIn(team.officer);
    await page.goto(`/ciclos/${returned.cycleId}`);
    await page.getByRole('heading', { level: 1, name: 'Ciclo 2040 · Servicio BANDEJA' }).waitFor();

    // The year's procedure: eight stages in order, the first current, with its due date.
    const stages = page.getByRole('region', { name: 'Etapas del procedimiento' }).locator('ol > li');
    await expect(stages.count()).resolves.toBe(8);
    const current = (await stages.nth(0).textContent()) ?? '';
    expect(current).toContain('Definiciones estratégicas (Ficha A1 y Formulario H)');
    expect(current).toContain('Etapa actual');
    expect(current).toContain('Se espera a: Encargado/a del Sistema Enfoque de Género');
    expect(current).toContain('Devoluciones de la Jefatura: 1');
    expect(current).toContain('Envío a la Jefatura');
    expect(current).toContain('Vencido');
    await expect(stages.nth(0).getAttribute('aria-current')).resolves.toBe('step');
    await expect(stages.nth(7).textContent()).resolves.toContain('Pendiente');

    // Its documents, each a link to its page.
    const documents = page.getByRole('region', { name: 'Documentos' });
    await expect(documents.getByRole('link', { name: 'Ficha A1 y Formulario H' }).getAttribute('href')).resolves.toBe(
      `/ciclos/${returned.cycleId}/documentos/strategic-definitions`,
    );
    await expect(page.getByRole('link', { name: 'Registros', exact: true }).getAttribute('href')).resolves.toBe(
      `/ciclos/${returned.cycleId}/registros`,
    );

    // The history, newest first, with the return's observations, and the chain verified.
    const history = page.getByRole('region', { name: 'Historial' });
    await history.getByText(/Cadena de integridad verificada: \d+ movimientos$/).waitFor();
    const entries = history.getByRole('list', { name: /Movimientos/ }).locator(':scope > li');
    const newest = (await entries.first().textContent()) ?? '';
    expect(newest).toContain('Devuelto por la Jefatura con observaciones');
    expect(newest).toContain('Persona bandeja.jefatura (Jefe/a de Servicio)');
    expect(newest).toContain(RETURN_COMMENT);
    expect(newest).toContain('Quedó en: Definiciones estratégicas (Ficha A1 y Formulario H): Borrador');
    await expect(entries.last().textContent()).resolves.toContain('Ciclo iniciado');
    await expectAccessible(page, 'Ciclo');
    await screenshot(page, 'ciclo');

    // Keyboard only: Tab to the action, Enter opens the dialog, Tab to its confirmation, Space.
    await tabTo(page, 'Enviar a aprobación');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('se enviarán a aprobación de la Jefatura');
    // Sent back unchanged: the dialog asks for a reply to the return first, typed with the keyboard too.
    await expect(dialog.textContent()).resolves.toContain('Los documentos no cambiaron desde que se devolvieron');
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.tagName === 'TEXTAREA')); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.type('El indicador de brecha del producto 2 ya figura en la ficha.');
    await tabTo(page, 'Enviar a aprobación', 'dialog');
    await page.keyboard.press('Space');
    await page.getByRole('status').filter({ hasText: 'Enviado a aprobación de la Jefatura' }).waitFor();
    await expect(dialog.count()).resolves.toBe(0);
    expect((await returned.get(team.officer)).state).toBe('strategicDefinitions.submitted');
    // The screen follows: no action left for the officer, the history has the submission.
    await page.getByText('No tiene acciones pendientes en este ciclo.').waitFor();
    await expect(entries.first().textContent()).resolves.toContain('Enviado a aprobación de la Jefatura');
    await page.context().close();
  });

  it('lists what is missing when a submission is incomplete', async () => {
    const page = await signedIn(team.officer);
    await page.goto(`/ciclos/${empty.cycleId}`);
    await page.getByRole('button', { name: 'Enviar a aprobación' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Enviar a aprobación' }).click();
    const refusal = dialog.getByRole('alert');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain('Faltan elementos antes de continuar');
    const missing = refusal.getByRole('list', { name: 'Lo que falta' }).getByRole('listitem');
    expect(await missing.count()).toBeGreaterThan(0);
    const problems = await missing.allTextContents();
    expect(problems.every((p) => p.trim().length > 5 && !/^[a-z-]+(\.|\[)/.test(p))).toBe(true);
    // The dialog stays open and the cycle stays a draft.
    await expect(dialog.count()).resolves.toBe(1);
    expect((await empty.get(team.officer)).state).toBe('strategicDefinitions.draft');
    await page.context().close();
  });
});
