import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { readFixture } from '../fixtures/cycle';
import { addMember, adminToken, assignExpert, createAgency, createPerson, login, type Person } from '../support/actors';
import { type AgencyTeam, createTeam, CycleDriver } from '../support/cycle-driver';
import { waitFor } from '../support/processes';
import { listRecords, type ListedRecord, waitForIssued } from '../support/records';
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

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4830000000049454e44ae426082',
  'hex',
);
const recordName = (r: ListedRecord) => `${r.title} versión ${r.version} (${r.code})`;

/** Nothing wider than the window: the screen works at 1024 px without sideways scrolling. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1024, height: 900 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('Registros, Notificaciones y Mi cuenta, en Chromium', () => {
  let t: UiApp;
  let browser: Browser;
  let admin: string;
  let team: AgencyTeam;
  let cycle: CycleDriver;
  let records: ListedRecord[];

  beforeAll(async () => {
    [t, browser] = await Promise.all([startUiApp(), launchBrowser()]);
    admin = await adminToken(t.http);
    team = await createTeam(t.http, admin, 'PANTALLAS');
    cycle = await CycleDriver.create(t.http, team, 2027);
    await cycle.save(team.officer, 'strategic-definitions');
    await cycle.passGate(team);
    await cycle.save(team.officer, 'diagnostic');
    await cycle.passGate(team);
    await cycle.save(team.officer, 'plan');
    await cycle.save(team.officer, 'work-programme');
    await cycle.passGate(team);
    const activity = await cycle.register(team.officer, 'activity-records', readFixture('activity-record'));
    // New evidence issues the entry's record again: its first version becomes obsolete.
    const evidence = await t.http
      .post(`/api/cycles/${cycle.cycleId}/activity-records/${activity.id}/evidence`)
      .set('Authorization', `Bearer ${team.officer.token}`)
      .attach('file', PNG, 'lista-de-asistencia.png');
    expect(evidence.status).toBe(201);
    records = await waitForIssued(t.http, cycle.cycleId, team.auditor.token, 9);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  describe('Registros', () => {
    it('lists each record with its PDF, its verification and the dossier; obsolete ones apart', async () => {
      expect(records.filter((r) => r.obsolete).map((r) => r.code)).toEqual(['EG-2027-ACT-1-v1']);
      const { context, page } = await newPerson(browser, t.baseUrl);
      await signIn(page, team.auditor.email, PASSWORD);
      await page.goto(`/ciclos/${cycle.cycleId}/registros`);
      await page.getByRole('heading', { level: 1, name: 'Registros del ciclo 2027' }).waitFor();

      const current = page.getByRole('table', { name: 'Registros vigentes' });
      const obsolete = page.getByRole('table', { name: 'Registros obsoletos' });
      for (const record of records) {
        const table = record.obsolete ? obsolete : current;
        const pdf = table.getByRole('link', { name: `Descargar PDF de ${recordName(record)}`, exact: true });
        await expect(pdf.getAttribute('href')).resolves.toBe(`/api/records/${record.id}/pdf`);
        const verify = table.getByRole('link', { name: `Verificar ${recordName(record)}`, exact: true });
        await expect(verify.getAttribute('href')).resolves.toBe(`/verify/${record.sha256}`);
        const row = table
          .getByRole('row')
          .filter({ has: page.getByRole('link', { name: `Descargar PDF de ${recordName(record)}`, exact: true }) });
        await expect(row.textContent()).resolves.toContain(record.obsolete ? 'Obsoleto' : 'Emitido');
      }
      await expect(current.getByRole('row').count()).resolves.toBe(1 + records.filter((r) => !r.obsolete).length);
      await expect(obsolete.getByRole('row').count()).resolves.toBe(2);

      await expectAccessible(page, 'Registros');
      await screenshot(page, 'registros');
      await expectNoSidewaysScroll(page);

      // A PDF downloads, whole: the SHA-256 the API lists.
      const record = records.find((r) => r.code === 'EG-2027-A1H-v1');
      if (!record) throw new Error('falta el registro de la Ficha A1');
      const link = page.getByRole('link', { name: `Descargar PDF de ${recordName(record)}`, exact: true });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(`${record.code}.pdf`);
      expect(sha256(readFileSync(await download.path()))).toBe(record.sha256);
      const direct = await context.request.get(`/api/records/${record.id}/pdf`);
      expect(direct.status()).toBe(200);
      expect(sha256(await direct.body())).toBe(record.sha256);

      const dossier = page.getByRole('link', { name: 'Descargar expediente (ZIP)' });
      await expect(dossier.getAttribute('href')).resolves.toBe(`/api/cycles/${cycle.cycleId}/dossier`);
      const zip = await context.request.get(`/api/cycles/${cycle.cycleId}/dossier`);
      expect(zip.status()).toBe(200);
      expect(zip.headers()['content-type']).toBe('application/zip');

      // The verification link opens the public page, which recognises the record.
      await page.getByRole('link', { name: `Verificar ${recordName(record)}`, exact: true }).click();
      await page.getByRole('heading', { name: 'Verificación de registro' }).waitFor();
      await expect(page.textContent('body')).resolves.toContain('Registro auténtico');
      await context.close();
    });

    it('refreshes by itself while a record is being issued', async () => {
      const record = records.find((r) => r.code === 'EG-2027-DIAG-v1');
      if (!record) throw new Error('falta el registro del diagnóstico');
      const { context, page } = await newPerson(browser, t.baseUrl);
      await signIn(page, team.officer.email, PASSWORD);
      // The API's real list, with this record shown as still being issued until we let it go.
      let issuing = true;
      let asked = 0;
      await page.route(`**/api/cycles/${cycle.cycleId}/records`, async (route) => {
        asked++;
        const response = await route.fetch();
        const body = (await response.json()) as ListedRecord[];
        const shown = body.map((r) =>
          issuing && r.id === record.id ? { ...r, status: 'pending', sha256: null, size: null, issuedAt: null } : r,
        );
        await route.fulfill({ response, json: shown });
      });
      await page.goto(`/ciclos/${cycle.cycleId}/registros`);
      const status = page.getByRole('status').filter({ hasText: 'en emisión' });
      await status.waitFor();
      await expect(status.textContent()).resolves.toContain('Hay 1 registro en emisión');
      const pdf = page.getByRole('link', { name: `Descargar PDF de ${recordName(record)}`, exact: true });
      await expect(pdf.count()).resolves.toBe(0);
      const row = page.getByRole('row').filter({ hasText: record.code });
      await expect(row.textContent()).resolves.toContain('En emisión');
      await waitFor(async () => (asked >= 2 ? true : undefined), 'la lista vuelve a preguntar sola', 10_000);

      // Issued: without a reload, the list asks again on its own and the link appears.
      issuing = false;
      await pdf.waitFor({ timeout: 10_000 });
      await expect(row.textContent()).resolves.toContain('Emitido');
      await expect(page.getByText('en emisión').count()).resolves.toBe(0);
      // Nothing pending: it stops asking.
      const settled = asked;
      await page.waitForTimeout(4_500);
      expect(asked).toBe(settled);
      await context.close();
    });

    it('says so when a cycle has no records yet', async () => {
      const other = await createTeam(t.http, admin, 'SINREG');
      const empty = await CycleDriver.create(t.http, other, 2027);
      await expect(listRecords(t.http, empty.cycleId, other.officer.token)).resolves.toEqual([]);
      const { context, page } = await newPerson(browser, t.baseUrl);
      await signIn(page, other.officer.email, PASSWORD);
      await page.goto(`/ciclos/${empty.cycleId}/registros`);
      await page.getByRole('heading', { level: 1, name: 'Registros del ciclo 2027' }).waitFor();
      await page.getByText('Este ciclo aún no tiene registros.').waitFor();
      await expect(page.getByRole('table').count()).resolves.toBe(0);
      await expect(page.getByRole('heading', { name: 'Registros obsoletos' }).count()).resolves.toBe(0);
      await context.close();
    });
  });

  describe('Notificaciones', () => {
    let avisos: AgencyTeam;
    let avisosCycle: CycleDriver;
    const SUBMITS = 21;

    beforeAll(async () => {
      avisos = await createTeam(t.http, admin, 'AVISOSUI');
      avisosCycle = await CycleDriver.create(t.http, avisos, 2027);
      await avisosCycle.save(avisos.officer, 'strategic-definitions');
      // Each submission tells the head; each return goes back to the officer.
      for (let i = 1; i <= SUBMITS; i++) {
        // Resent unchanged: with a reply (REPLY_REQUIRED otherwise).
        await avisosCycle.send(avisos.officer, 'SUBMIT', i > 1 ? { comment: `Respuesta ${i - 1}.` } : {});
        if (i < SUBMITS) await avisosCycle.send(avisos.head, 'RETURN', { comment: `Observación número ${i}.` });
      }
      await waitFor(
        async () => {
          const response = await t.http
            .get('/api/notifications?limit=1')
            .set('Authorization', `Bearer ${avisos.head.token}`);
          return (response.body as { total: number }).total >= SUBMITS ? true : undefined;
        },
        () => `la jefatura recibe ${SUBMITS} notificaciones`,
      );
    }, 120_000);

    it('lists them 20 a page, marks one read when opened or by its button, and all at once', async () => {
      const { context, page } = await newPerson(browser, t.baseUrl);
      await signIn(page, avisos.head.email, PASSWORD);
      const bell = (name: string) => page.getByRole('link', { name, exact: true });
      await bell(`Notificaciones: ${SUBMITS} sin leer`).click();
      await page.getByRole('heading', { level: 1, name: 'Notificaciones' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/notificaciones');
      await page.getByText('Página 1 de 2').waitFor();
      const list = page.getByRole('list', { name: 'Notificaciones' });
      await expect(list.getByRole('listitem').count()).resolves.toBe(20);
      await expect(list.getByText('Sin leer', { exact: true }).count()).resolves.toBe(20);
      await expect(page.getByRole('status').filter({ hasText: 'sin leer' }).textContent()).resolves.toBe(
        `${SUBMITS} sin leer.`,
      );
      const first = list.getByRole('listitem').first();
      await expect(first.textContent()).resolves.toContain(
        'Documento enviado a su aprobación: Ficha A1 y Formulario H (AVISOSUI 2027)',
      );
      await expect(first.textContent()).resolves.toContain('envió a aprobación de la Jefatura');

      // Page 2, in the URL.
      await page.getByRole('link', { name: 'Página siguiente' }).click();
      await page.getByText('Página 2 de 2').waitFor();
      expect(new URL(page.url()).search).toBe('?pagina=2');
      await expect(list.getByRole('listitem').count()).resolves.toBe(SUBMITS - 20);
      await page.reload();
      await page.getByText('Página 2 de 2').waitFor();
      await page.getByRole('link', { name: 'Página anterior' }).click();
      await page.getByText('Página 1 de 2').waitFor();

      // Opening one goes to its cycle and marks it read; the bell counts one fewer.
      await list.getByRole('listitem').first().getByRole('link').click();
      await page.waitForURL(`**/ciclos/${avisosCycle.cycleId}`);
      await bell(`Notificaciones: ${SUBMITS - 1} sin leer`).waitFor();
      await page.goBack();
      await page
        .getByRole('status')
        .filter({ hasText: `${SUBMITS - 1} sin leer.` })
        .waitFor();
      await expect(list.getByRole('listitem').first().getByText('Sin leer', { exact: true }).count()).resolves.toBe(0);

      // Its own button marks another.
      await list
        .getByRole('listitem')
        .nth(1)
        .getByRole('button', { name: /^Marcar como leída/ })
        .click();
      await bell(`Notificaciones: ${SUBMITS - 2} sin leer`).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: `${SUBMITS - 2} sin leer.` })
        .waitFor();
      await expect(list.getByText('Sin leer', { exact: true }).count()).resolves.toBe(18);
      await expectAccessible(page, 'Notificaciones');
      await screenshot(page, 'notificaciones');
      await expectNoSidewaysScroll(page);

      await page.getByRole('button', { name: 'Marcar todas como leídas' }).click();
      await page.getByRole('status').filter({ hasText: 'No tiene notificaciones sin leer.' }).waitFor();
      await bell('Notificaciones: ninguna sin leer').waitFor();
      await expect(list.getByText('Sin leer', { exact: true }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Marcar todas como leídas' }).isDisabled()).resolves.toBe(true);
      const after = await t.http.get('/api/notifications?limit=1').set('Authorization', `Bearer ${avisos.head.token}`);
      expect(after.body).toMatchObject({ total: SUBMITS, unread: 0 });
      await context.close();
    });

    it('says so when there is none', async () => {
      const quiet = await createPerson(t.http, admin, 'sinavisos');
      const { context, page } = await newPerson(browser, t.baseUrl);
      await signIn(page, quiet.email, PASSWORD);
      await page.goto('/notificaciones');
      await page.getByText('No tiene notificaciones.', { exact: false }).first().waitFor();
      await expect(page.getByRole('list', { name: 'Notificaciones' }).count()).resolves.toBe(0);
      await page.goto('/notificaciones?pagina=3');
      await page.getByText('No tiene notificaciones.', { exact: false }).first().waitFor();
      await context.close();
    });
  });

  describe('Mi cuenta', () => {
    let person: Person;
    const NEW_PASSWORD = 'una frase nueva y larga 2027';

    beforeAll(async () => {
      person = await createPerson(t.http, admin, 'micuenta');
      await addMember(t.http, admin, team.agencyId, person.id, 'centre_lead', 'Dirección Regional de Aysén');
      await addMember(t.http, admin, team.agencyId, person.id, 'quality_team');
      const elsewhere = await createAgency(t.http, admin, 'VISADO');
      await assignExpert(t.http, admin, elsewhere, person.id);
    });

    it('shows my name, e-mail and roles by agency, and changes my password with checks in Spanish', async () => {
      const { context, page } = await newPerson(browser, t.baseUrl);
      await signIn(page, person.email, PASSWORD);
      await page.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name: 'Mi cuenta' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mi cuenta' }).waitFor();
      await page.getByText(person.email, { exact: true }).waitFor();
      await page.getByRole('main').getByText('Persona micuenta', { exact: true }).waitFor();
      const roles = page.getByRole('table', { name: 'Sus roles' });
      await roles.getByText('Servicio PANTALLAS').waitFor();
      const rows = await roles.getByRole('row').allTextContents();
      expect(rows).toEqual([
        'ServicioRolCentro de responsabilidad',
        'Servicio PANTALLASEncargado/a de Centro de ResponsabilidadDirección Regional de Aysén',
        'Equipo de la Calidad—',
        'Servicio VISADOSERNAM, Red de Expertos—',
      ]);
      await expectAccessible(page, 'Mi cuenta');
      await screenshot(page, 'mi-cuenta');
      await expectNoSidewaysScroll(page);

      const sent: string[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('/api/me/password')) sent.push(r.method());
      });
      const current = page.getByLabel(/^Contraseña actual/);
      const next = page.getByLabel(/^Contraseña nueva/);
      const repeat = page.getByLabel(/^Repita la contraseña nueva/);
      const submit = page.getByRole('button', { name: 'Cambiar contraseña' });

      // Checked before sending: nothing typed, too short, not repeated the same.
      await submit.click();
      await page.getByText('Escriba su contraseña actual').waitFor();
      await expect(current.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).resolves.toBe(
        'current-password',
      );
      await current.fill(PASSWORD);
      await next.fill('corta');
      await repeat.fill('corta');
      await submit.click();
      await page.getByText('La contraseña nueva debe tener al menos 12 caracteres').waitFor();
      await next.fill(NEW_PASSWORD);
      await repeat.fill(`${NEW_PASSWORD}!`);
      await submit.click();
      await page.getByText('Las contraseñas nuevas no coinciden').waitFor();
      await expect(repeat.getAttribute('aria-invalid')).resolves.toBe('true');
      expect(sent).toEqual([]);

      // The server refuses a wrong current password, in Spanish, at its field.
      await current.fill('no-es-la-contraseña-actual');
      await repeat.fill(NEW_PASSWORD);
      await submit.click();
      await page.getByText('La contraseña actual no es correcta').waitFor();
      await expect(current.getAttribute('aria-invalid')).resolves.toBe('true');
      expect(sent).toEqual(['POST']);

      await current.fill(PASSWORD);
      await submit.click();
      const done = page.getByRole('status').filter({ hasText: 'Su contraseña cambió' });
      await done.waitFor();
      await expect(done.textContent()).resolves.toContain('se cerraron sus otras sesiones');
      await expect(current.inputValue()).resolves.toBe('');
      // Other sessions (this person's API token) ended; this browser's session was renewed.
      expect((await t.http.get('/api/me').set('Authorization', `Bearer ${person.token}`)).status).toBe(401);
      await expect(login(t.http, person.email, NEW_PASSWORD)).resolves.toEqual(expect.any(String));
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Mi cuenta' }).waitFor();
      await context.close();
    });
  });
});
