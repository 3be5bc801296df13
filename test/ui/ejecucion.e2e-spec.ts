import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { adminToken, type Person } from '../support/actors';
import { driveToImplementation } from '../support/follow-up';
import { createTeam, CycleDriver, type AgencyTeam } from '../support/cycle-driver';
import { PASSWORD } from '../support/test-app';
import {
  expectAccessible,
  launchBrowser,
  screenshot,
  SignedInPeople,
  startUiApp,
  tabTo,
  type UiApp,
} from './support/browser';

// The Ejecución screen in the browser, with a cycle in implementation: the officer records an
// activity in the form drawn from its schema (choosing the work programme's activity with its
// picker), what was typed survives a reload, the API's refusal shows at its fields; files are
// chosen with the keyboard or dropped, refused in the browser (before any request) when of the
// wrong type or too big, uploaded with a progress bar and listed with their exact names. A centre
// lead records a progress report. The head only reads.

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4830000000049454e44ae426082',
  'hex',
);
const ACTA = 'Acta reunión género.pdf';
const NANDU = 'Año 2027 — ñandú.png';
const DESCRIPTION = 'Primera sesión del curso en modalidad mixta en Coquimbo, con sala de cuidado infantil.';
const ACTIVITY = /^A-3 — Dictar cursos de asistencia técnica/;
const ENTRY_NAME = 'la actividad A-3 del 14 de junio de 2027';
const TYPES = 'PDF, Word (.docx), Excel (.xlsx), texto OpenDocument (.odt), imagen PNG o imagen JPEG';

/** Back at the top of the page, so that the full-page screenshot starts with its title. */
const top = (page: Page) => page.evaluate(() => window.scrollTo(0, 0));

/** Drops files on an element as a person dragging them from their desktop would. */
async function dropFiles(page: Page, target: Locator, files: { name: string; type: string; base64: string }[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const { name, type, base64 } of list) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], name, { type }));
    }
    return transfer;
  }, files);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

describe('Ejecución: actividades, informes de avance y medios de verificación, en Chromium', () => {
  let t: UiApp;
  let browser: Browser;
  let team: AgencyTeam;
  let cycle: CycleDriver;
  const folder = mkdtempSync(join(tmpdir(), 'ejecucion-'));
  const bigFile = join(folder, 'Fotos del taller.pdf');

  const people = new SignedInPeople(() => ({ browser, baseUrl: t.baseUrl, password: PASSWORD }));
  const open = (person: Person) => people.open(person);
  const api = async <T>(path: string, as: Person = team.officer): Promise<T> =>
    (await t.http.get(`/api/cycles/${cycle.cycleId}${path}`).set('Authorization', `Bearer ${as.token}`).expect(200))
      .body as T;
  const entryCard = (page: Page, heading: RegExp) =>
    page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: heading }) });

  beforeAll(async () => {
    writeFileSync(bigFile, Buffer.concat([PDF, Buffer.alloc(21 * 1024 * 1024, 1)]));
    [t, browser] = await Promise.all([startUiApp(), launchBrowser()]);
    team = await createTeam(t.http, await adminToken(t.http), 'EJE');
    cycle = await driveToImplementation(t.http, team, 2027);
  }, 180_000);
  afterEach(async () => {
    await people.closeAll();
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await browser?.close();
    await t?.close();
  });

  it('the officer records an activity: picker, kept across a reload, refusal at its field, then listed', async () => {
    const page = await open(team.officer);
    await page.goto(`/ciclos/${cycle.cycleId}`);
    await page.getByRole('link', { name: 'Ejecución', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Ejecución del ciclo 2027' }).waitFor();
    await page.getByText('Aún no se registran actividades realizadas en este ciclo.').waitFor();
    await expectAccessible(page, 'Ejecución: sin registros');

    await page.getByRole('button', { name: 'Registrar actividad', exact: true }).click();
    const activity = page.getByRole('combobox', { name: 'Actividad del programa de trabajo', exact: true });
    await activity.click();
    await page.getByRole('option', { name: ACTIVITY }).click();
    await page.getByLabel('Fecha', { exact: true }).fill('2027-06-14');
    const description = page.getByRole('textbox', { name: 'Descripción', exact: true });
    await description.fill(DESCRIPTION);
    await page.getByRole('textbox', { name: 'Mujeres', exact: true }).fill('38');
    await page.getByRole('textbox', { name: 'Hombres', exact: true }).fill('9');

    // A reload before registering: offered back, nothing lost.
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'Tiene una actividad sin registrar' }).waitFor();
    await expectAccessible(page, 'Ejecución: actividad sin registrar ofrecida');
    await page.getByRole('button', { name: 'Recuperar la actividad' }).click();
    await expect(description.inputValue()).resolves.toBe(DESCRIPTION);
    await expect(activity.inputValue()).resolves.toMatch(ACTIVITY);

    // Without its verification means the API refuses it (422): said at the field, and nothing is recorded.
    await page.getByRole('button', { name: 'Registrar esta actividad' }).click();
    const missing = 'Faltan los medios de verificación de la actividad realizada.';
    const means = page.getByRole('group', { name: 'Medios de verificación', exact: true });
    await means.getByText(missing).waitFor();
    await page.getByRole('alert').filter({ hasText: 'No se registró: El registro está incompleto' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(missing);
    expect((await api<{ total: number }>('/activity-records')).total).toBe(0);
    await expectAccessible(page, 'Ejecución: actividad con errores');
    await top(page);
    await screenshot(page, 'ejecucion-formulario');

    await means.getByRole('button', { name: 'Agregar en «Medios de verificación»' }).click();
    await page
      .getByRole('textbox', { name: 'Medios de verificación 1' })
      .fill('Acta de la sesión y lista de asistencia');
    await page.getByRole('button', { name: 'Registrar esta actividad' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Actividad registrada: A-3 — / })
      .waitFor();
    const card = entryCard(page, ACTIVITY);
    await card.getByText('14 de junio de 2027').waitFor();
    await card.getByText('38 mujeres y 9 hombres (47 en total)').waitFor();
    await card.getByText(/^M-2 — /).waitFor();

    const listed = await api<{ total: number; items: { content: unknown; authorName: string }[] }>('/activity-records');
    expect(listed.total).toBe(1);
    expect(listed.items[0].content).toEqual({
      activityId: 'A-3',
      date: '2027-06-14',
      description: DESCRIPTION,
      participants: { women: 38, men: 9 },
      verificationMeans: ['Acta de la sesión y lista de asistencia'],
    });
    await card.getByText(listed.items[0].authorName, { exact: false }).waitFor();
    // Its record is issued and linked; the kept copy is gone.
    await card.getByRole('link', { name: 'Descargar PDF (EG-2027-ACT-1-v1)' }).waitFor({ timeout: 30_000 });
    await page.reload();
    await card.waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Tiene una actividad sin registrar' }).count()).toBe(0);
  }, 180_000);

  it('files: a wrong or too big one refused before any request; chosen by keyboard and dropped, with progress', async () => {
    const page = await open(team.officer);
    const uploads: Request[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/evidence')) uploads.push(request);
    });
    await page.goto(`/ciclos/${cycle.cycleId}/ejecucion`);
    const card = entryCard(page, ACTIVITY);
    const zone = card.getByRole('group', { name: `Adjuntar archivos a ${ENTRY_NAME}` });
    await zone.waitFor();
    const refusals = card.getByRole('alert').filter({ hasText: 'Archivos no adjuntados' });

    // Dropped, of a type the API does not take.
    await dropFiles(page, zone, [
      { name: 'programa.exe', type: 'application/x-msdownload', base64: Buffer.from('MZ').toString('base64') },
    ]);
    await refusals.getByText(`«programa.exe» es un archivo .exe: se admiten archivos ${TYPES}.`).waitFor();
    // Chosen, too big (from disk: the browser reads it where it is, as a person's would be).
    await card.locator('input[type="file"]').setInputFiles(bigFile);
    await refusals.getByText('«Fotos del taller.pdf» pesa 21 MB: el máximo por archivo es 20 MB.').waitFor();
    expect(uploads).toHaveLength(0);
    await expectAccessible(page, 'Ejecución: archivos rechazados');
    await top(page);
    await screenshot(page, 'ejecucion-archivo-rechazado');

    // "Elegir archivo" reached and pressed with the keyboard alone.
    const chooser = page.waitForEvent('filechooser');
    await tabTo(page, `Elegir archivo para ${ENTRY_NAME}`);
    await page.keyboard.press('Enter');
    await (await chooser).setFiles({ name: ACTA, mimeType: 'application/pdf', buffer: PDF });
    const progress = card.getByRole('progressbar', { name: `Subida de «${ACTA}»` });
    await card.getByText(`«${ACTA}» adjuntado.`).waitFor();
    await expect(progress.getAttribute('aria-valuenow')).resolves.toBe('100');
    await card.getByRole('link', { name: ACTA, exact: true }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `Se adjuntó «${ACTA}».` })
      .waitFor();
    expect(uploads).toHaveLength(1);
    expect(uploads[0].headers()['x-enfoque-csrf']).toBe('1');

    // Dropped: a picture with a name full of Spanish letters.
    await dropFiles(page, zone, [{ name: NANDU, type: 'image/png', base64: PNG.toString('base64') }]);
    await card.getByRole('link', { name: NANDU, exact: true }).waitFor();
    expect(uploads).toHaveLength(2);
    await card.getByRole('heading', { level: 4, name: 'Archivos adjuntos (2)' }).waitFor();

    const files = await api<{ fileName: string; size: number }[]>('/evidence');
    expect(files.map((f) => f.fileName)).toEqual([ACTA, NANDU]);
    // The cycle's space, used and allowed, follows the files attached.
    const used = files.reduce((sum, f) => sum + f.size, 0);
    await page.getByText(`Espacio del ciclo para medios de verificación: ${used} bytes usados de 250 MB`).waitFor();
    await card.getByText(/cada uno; quedan 250 MB en el ciclo\.$/).waitFor();
    // The link downloads the file under its exact name.
    const href = await card.getByRole('link', { name: ACTA, exact: true }).getAttribute('href');
    const download = await page.request.get(href ?? '');
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(ACTA)}`);
    // Each file issued the entry's record again.
    await card.getByRole('link', { name: 'Descargar PDF (EG-2027-ACT-1-v3)' }).waitFor({ timeout: 30_000 });
    await expectAccessible(page, 'Ejecución: actividad con archivos');
    await top(page);
    await screenshot(page, 'ejecucion');
  }, 180_000);

  it('a centre lead records a progress report: activities chosen, the refusal at its fields, then listed', async () => {
    const page = await open(team.centreLead);
    await page.goto(`/ciclos/${cycle.cycleId}/ejecucion`);
    await page.getByRole('button', { name: 'Registrar informe de avance' }).click();
    const form = page.getByRole('form', { name: 'Nuevo informe de avance' });
    await form.getByLabel('Inicio', { exact: true }).fill('2027-01-01');
    await form.getByLabel('Término', { exact: true }).fill('2027-06-30');
    const done = form.getByRole('combobox', { name: 'Actividades realizadas', exact: true });
    await done.click();
    await page.getByRole('option', { name: /^A-1 — / }).click();
    await page.getByRole('option', { name: /^A-3 — / }).click();
    await page.keyboard.press('Escape');

    await form.getByRole('button', { name: 'Registrar este informe' }).click();
    await form
      .getByRole('group', { name: 'Dificultades (0)' })
      .getByText('Falta el análisis de la implementación: dificultades y facilitadores, internos y externos.')
      .waitFor();
    await form
      .getByRole('group', { name: 'Resultados de los indicadores (0)' })
      .getByText('Falta el resultado del indicador «IA-1» del programa de trabajo.')
      .waitFor();
    await expectAccessible(page, 'Ejecución: informe con errores');
    await top(page);
    await screenshot(page, 'ejecucion-informe');

    await form.getByRole('button', { name: 'Agregar en «Dificultades»' }).click();
    await form.getByRole('combobox', { name: 'Tipo de factor', exact: true }).click();
    await page.getByRole('option', { name: 'Externo', exact: true }).click();
    await form
      .getByRole('group', { name: 'Dificultades › 1' })
      .getByRole('textbox', { name: 'Descripción', exact: true })
      .fill('La licitación del servicio de cuidado infantil quedó desierta en Los Lagos.');
    for (const [i, code] of ['IA-1', 'IA-2', 'IA-3', 'IA-4'].entries()) {
      await form.getByRole('button', { name: 'Agregar en «Resultados de los indicadores»' }).click();
      await form.getByRole('combobox', { name: 'Indicador', exact: true }).nth(i).click();
      await page.getByRole('option', { name: new RegExp(`^${code} — `) }).click();
      await form
        .getByRole('textbox', { name: 'Resultado', exact: true })
        .nth(i)
        .fill(`${50 + i} %`);
    }
    await form.getByRole('button', { name: 'Agregar en «Documentos que certifican los logros»' }).click();
    await form
      .getByRole('textbox', { name: 'Documentos que certifican los logros 1' })
      .fill('Informe de asistencia del primer semestre');
    await form.getByRole('button', { name: 'Registrar este informe' }).click();

    const card = entryCard(page, /^Informe del 1 de enero de 2027 al 30 de junio de 2027$/);
    await card.getByText(/^A-1 — /).waitFor();
    await card.getByText(/^A-3 — /).waitFor();
    const reports = await api<{ total: number; items: { content: Record<string, unknown>; authorId: string }[] }>(
      '/progress-reports',
    );
    expect(reports.total).toBe(1);
    expect(reports.items[0].authorId).toBe(team.centreLead.id);
    expect(reports.items[0].content).toMatchObject({
      period: { start: '2027-01-01', end: '2027-06-30' },
      activitiesDone: ['A-1', 'A-3'],
      difficulties: [{ kind: 'external' }],
      indicatorResults: [
        { indicatorCode: 'IA-1', result: '50 %' },
        { indicatorCode: 'IA-2', result: '51 %' },
        { indicatorCode: 'IA-3', result: '52 %' },
        { indicatorCode: 'IA-4', result: '53 %' },
      ],
    });
    await card.getByRole('group', { name: /^Adjuntar archivos al informe de avance del 1 de enero/ }).waitFor();
    await expectAccessible(page, 'Ejecución: informe registrado');
    await top(page);
    await screenshot(page, 'ejecucion-informe-registrado');
  }, 180_000);

  it('the head only reads: no form, no drop zone, and the reason said', async () => {
    const page = await open(team.head);
    await page.goto(`/ciclos/${cycle.cycleId}/ejecucion`);
    await entryCard(page, ACTIVITY).getByRole('link', { name: ACTA, exact: true }).waitFor();
    await page.getByText(/^Puede consultar lo registrado\./).waitFor();
    expect(await page.getByRole('button', { name: 'Registrar actividad' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Elegir archivo/ }).count()).toBe(0);
    await expectAccessible(page, 'Ejecución: solo consulta');
  }, 120_000);
});
