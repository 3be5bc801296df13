import type { Browser, Page } from 'playwright-core';
import { adminToken, type Person } from '../support/actors';
import { createTeam, CycleDriver, type AgencyTeam } from '../support/cycle-driver';
import { DELETED, INSERTED, threeVersions } from '../support/document-versions';
import { PASSWORD } from '../support/test-app';
import {
  expectAccessible,
  launchBrowser,
  screenshot,
  screenshotAt1024,
  SignedInPeople,
  startUiApp,
  tabTo,
  type UiApp,
} from './support/browser';

// The versions of a document in the browser: the officer has saved three versions of the Ficha A1
// y Formulario H; the history lists them newest first, version 1 opens read only, versions 1 → 3
// are compared in the review screen's words, and version 1 is restored as version 4 (checked over
// the API); a restore over a version someone saved meanwhile is refused, said, and redone.

const KIND = 'strategic-definitions';
const TITLE = 'Ficha A1 y Formulario H';
// In versions 1 and 2 only: the third drops PE-4.
// createTeam names each person after the team's code and role.
const OFFICER_NAME = 'Persona vers.oficial';
const PE4_NAME = 'Supervisión de entidades ejecutoras de programas de fomento';

interface SavedVersion {
  version: number;
  sha256: string;
  content: unknown;
  restoredFromVersion: number | null;
}

// Each step opens a page, runs axe and takes a full-page screenshot: slow on a busy machine.
jest.setTimeout(120_000);

describe('Versiones de un documento, en Chromium', () => {
  let t: UiApp;
  let browser: Browser;
  let team: AgencyTeam;
  let cycle: CycleDriver;
  const contents = threeVersions();

  const people = new SignedInPeople(() => ({ browser, baseUrl: t.baseUrl, password: PASSWORD }));
  const open = (person: Person) => people.open(person);
  const documentUrl = () => `/ciclos/${cycle.cycleId}/documentos/${KIND}`;
  const version = async (n: number) =>
    (
      await t.http
        .get(`/api/cycles/${cycle.cycleId}/documents/${KIND}/versions/${n}`)
        .set('Authorization', `Bearer ${team.auditor.token}`)
        .expect(200)
    ).body as SavedVersion;
  // What the page announced; on a timeout, the test says what it announced instead.
  const says = async (page: Page, text: string) => {
    await page
      .getByRole('status')
      .filter({ hasText: text })
      .waitFor()
      .catch(async (e: Error) => {
        throw new Error(`${e.message}\nAnunciado: ${(await page.getByRole('status').allInnerTexts()).join(' | ')}`);
      });
  };
  const restoreDialog = (page: Page, n: number) =>
    page.getByRole('dialog', { name: `Restaurar la versión ${n} como borrador` });

  beforeAll(async () => {
    [t, browser] = await Promise.all([startUiApp(), launchBrowser()]);
    team = await createTeam(t.http, await adminToken(t.http), 'VERS');
    cycle = await CycleDriver.create(t.http, team, 2027);
    for (const content of contents) await cycle.save(team.officer, KIND, content);
  });
  afterEach(async () => {
    await people.closeAll();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lists the versions newest first, with author, time and short hash', async () => {
    const third = await version(3);
    const page = await open(team.officer);
    await page.goto(documentUrl());
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    // The history: newest first, each with its author, time and short hash (the whole one for screen readers).
    const history = page.getByRole('table', { name: /^Las versiones del documento/ });
    await page.getByRole('heading', { level: 2, name: 'Versiones (3)' }).waitFor();
    const rows = history.getByRole('row');
    await expect(rows.nth(1).getByRole('rowheader').innerText()).resolves.toBe('3 (vigente)');
    await expect(rows.nth(3).getByRole('rowheader').innerText()).resolves.toBe('1');
    const shown = rows.nth(1).locator('code');
    await expect(shown.innerText()).resolves.toBe(third.sha256.slice(0, 12));
    await expect(shown.getAttribute('title')).resolves.toBe(`SHA-256: ${third.sha256}`);
    await expect(rows.nth(1).textContent()).resolves.toContain(`SHA-256 ${third.sha256}`);
    await expect(rows.nth(1).innerText()).resolves.toContain(OFFICER_NAME);
    await expectAccessible(page, 'Documento: versiones');
    await screenshot(page, 'documento-versiones');
  });

  it('opens version 1 read only', async () => {
    const first = await version(1);
    const page = await open(team.officer);
    await page.goto(documentUrl());
    await page.getByRole('link', { name: 'Ver la versión 1' }).click();
    await page.getByRole('heading', { level: 1, name: `${TITLE} — versión 1` }).waitFor();
    await page.getByRole('row', { name: new RegExp(`^PE-4 ${PE4_NAME}`) }).waitFor();
    await page.getByText(`Guardada por ${OFFICER_NAME} el `).waitFor();
    await expect(page.getByRole('main').textContent()).resolves.toContain(`SHA-256 ${first.sha256}`);
    await expect(page.getByRole('textbox').count()).resolves.toBe(0);
    await expectAccessible(page, 'Versión 1 de un documento');
    await screenshot(page, 'documento-versiones-v1');
    await page.getByRole('link', { name: `Volver a ${TITLE}` }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  });

  it('compares versions 1 → 3 in the review screen’s words, chosen in two lists kept in the URL', async () => {
    const page = await open(team.officer);
    await page.goto(documentUrl());
    await page.getByRole('combobox', { name: 'Desde la versión' }).selectOption('1');
    await page.getByRole('combobox', { name: 'Hasta la versión' }).selectOption('3');
    await says(page, 'De la versión 1 a la versión 3: 3 cambios.');
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ desde: '1', hasta: '3' });
    const changes = page.locator('.lista-cambios');
    await expect(changes.getByRole('insertion').allTextContents()).resolves.toContainEqual(
      expect.stringContaining(INSERTED),
    );
    await expect(changes.getByRole('deletion').allTextContents()).resolves.toContainEqual(
      expect.stringContaining(DELETED),
    );
    await expect(changes.textContent()).resolves.toContain('Eliminado');
    await expect(changes.textContent()).resolves.toContain(`Productos estratégicos › PE-4`);
    await expectAccessible(page, 'Documento: comparar versiones');
    await screenshot(page, 'documento-versiones-comparar');
    await screenshotAt1024(page, 'documento-versiones-comparar');

    // A row proposes its own comparison, and takes the focus to it.
    await page.getByRole('button', { name: 'Comparar con la versión 3 (de la versión 2 a la 3)' }).click();
    await says(page, 'De la versión 2 a la versión 3: 2 cambios.');
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ desde: '2', hasta: '3' });
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Comparar versiones');
  });

  it('restores version 1 as version 4, with the keyboard, and says so', async () => {
    const first = await version(1);
    const page = await open(team.officer);
    await page.goto(`${documentUrl()}/versiones/1`);
    await page.getByRole('heading', { level: 1, name: `${TITLE} — versión 1` }).waitFor();
    await page.getByRole('button', { name: 'Restaurar como borrador' }).click();
    const dialog = restoreDialog(page, 1);
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toContain(
      'El contenido de la versión 1 pasará a ser una nueva versión del documento, la versión 4',
    );
    await expect(dialog.innerText()).resolves.toContain('No se borra nada');
    await expectAccessible(page, 'Restaurar una versión');
    await screenshot(page, 'documento-versiones-restaurar');
    await tabTo(page, 'Restaurar la versión 1', 'dialog');
    await page.keyboard.press('Enter');

    const notice = page.getByRole('status').filter({ hasText: 'Se restauró la versión 1 como la versión 4.' });
    await notice.waitFor();
    await expect(notice.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toBe(documentUrl());
    await page.getByRole('heading', { level: 2, name: 'Versiones (4)' }).waitFor();
    const newest = page
      .getByRole('table', { name: /^Las versiones del documento/ })
      .getByRole('row')
      .nth(1);
    await expect(newest.innerText()).resolves.toMatch(/^4 \(vigente\)\s+restaurada desde la versión 1/);

    const fourth = await version(4);
    expect(fourth).toMatchObject({ restoredFromVersion: 1, sha256: first.sha256, content: first.content });
    expect(fourth.content).toEqual(contents[0]);
    await expectAccessible(page, 'Documento: versión restaurada');
    // The page header is fixed: a full-page screenshot is taken from the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'documento-versiones-restaurada');
  });

  it('a restore over a version someone saved meanwhile is refused, said in Spanish, and redone after reloading', async () => {
    const page = await open(team.officer);
    await page.goto(`${documentUrl()}/versiones/2`);
    await page.getByRole('heading', { level: 1, name: `${TITLE} — versión 2` }).waitFor();
    await page.getByRole('button', { name: 'Restaurar como borrador' }).click();
    const dialog = restoreDialog(page, 2);
    await expect(dialog.innerText()).resolves.toContain('la versión 5');

    // Someone else saves version 5 while the dialog is open.
    await cycle.save(team.centreLead, KIND, contents[2]);
    await dialog.getByRole('button', { name: 'Restaurar la versión 2' }).click();
    await dialog
      .getByRole('alert')
      .filter({ hasText: /^El documento cambióOtra persona guardó el documento .*\(ahora está en la versión 5\)/ })
      .waitFor();
    await expect(dialog.getByRole('button', { name: 'Restaurar la versión 2' }).isDisabled()).resolves.toBe(true);
    expect((await cycle.document(team.officer, KIND)).version).toBe(5);
    await expectAccessible(page, 'Restaurar: el documento cambió');

    await dialog.getByRole('button', { name: 'Recargar el documento' }).click();
    await dialog.getByText('la versión 6, que se podrá seguir editando').waitFor();
    await dialog.getByRole('button', { name: 'Restaurar la versión 2' }).click();
    await says(page, 'Se restauró la versión 2 como la versión 6.');
    const sixth = await version(6);
    expect(sixth).toMatchObject({ restoredFromVersion: 2, content: contents[1] });
  });

  it('shows no restore to someone who cannot write the document', async () => {
    const page = await open(team.auditor);
    await page.goto(`${documentUrl()}/versiones/1`);
    await page.getByRole('heading', { level: 1, name: `${TITLE} — versión 1` }).waitFor();
    await page.getByRole('link', { name: 'Comparar con la versión vigente (6)' }).waitFor();
    await expect(page.getByRole('button', { name: 'Restaurar como borrador' }).count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'Comparar con la versión vigente (6)' }).click();
    await says(page, 'De la versión 1 a la versión 6: 1 cambio.');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Comparar versiones');
  });
});
