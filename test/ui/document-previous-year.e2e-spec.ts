import type { Browser, Page } from 'playwright-core';
import { addDays, chileDate } from '../../src/common/chile-time';
import { formatChileDate } from '../../workflows/chile-format';
import { readFixture } from '../fixtures/cycle';
import { adminToken, type Person } from '../support/actors';
import { createTeam, CycleDriver, type AgencyTeam } from '../support/cycle-driver';
import { driveToFollowUp, programmeWithDeadlines } from '../support/follow-up';
import { IND_1 } from '../support/indicator-examples';
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

// Starting a document from last year's in the browser: in 2028 the officer opens the empty
// diagnostic, takes 2027's visaed version with the keyboard, edits one field and saves; the API
// then holds 2027's content with the edit. The evaluation is completed with the indicators'
// results and 2027's commitments, keeping what was already typed.

type Diagnostic = { missionAnalysis: { mission: string } } & Record<string, unknown>;
const EDIT = ' En 2028, con foco en las regiones de Aysén y Magallanes.';
const TYPED = 'Análisis escrito antes de completar: la medida avanzó en tres regiones.';

describe('Partir del documento del año anterior, en Chromium', () => {
  let t: UiApp;
  let browser: Browser;
  let team: AgencyTeam;
  let year1: CycleDriver;
  let year2: CycleDriver;
  let visaDay: string;

  const people = new SignedInPeople(() => ({ browser, baseUrl: t.baseUrl, password: PASSWORD }));
  // A locator that never appears fails here, naming itself, before the test's own timeout.
  const open = async (person: Person) => {
    const page = await people.open(person);
    page.setDefaultTimeout(30_000);
    return page;
  };
  const auth = (p: Person) => ({ Authorization: `Bearer ${p.token}` });
  const saved = async (page: Page) => {
    const status = page.getByRole('status').filter({ hasText: /^(Guardado a las \d\d:\d\d\.|No se guardó)/ });
    await status.waitFor({ timeout: 10_000 }).catch(async (e: Error) => {
      throw new Error(`${e.message}\nEstado: ${(await page.getByRole('status').allInnerTexts()).join(' | ')}`);
    });
    expect(await status.innerText()).toMatch(/^Guardado a las \d\d:\d\d\.$/);
  };

  beforeAll(async () => {
    [t, browser] = await Promise.all([startUiApp(), launchBrowser()]);
    team = await createTeam(t.http, await adminToken(t.http), 'ANIOANT');
    // 2027 runs to its follow-up: its diagnostic and its follow-up programme are visaed.
    const today = chileDate(new Date());
    year1 = await driveToFollowUp(
      t.http,
      team,
      2027,
      programmeWithDeadlines({ 'C-1': addDays(today, 100), 'C-2': addDays(today, 150), 'C-3': addDays(today, 200) }),
    );
    const history = await t.http.get(`/api/cycles/${year1.cycleId}/history`).set(auth(team.officer));
    const visa = (history.body as { type: string; at: string; documents: { kind: string }[] }[]).find(
      (e) => e.type === 'GRANT_VISA' && e.documents.some((d) => d.kind === 'diagnostic'),
    );
    visaDay = formatChileDate(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Santiago' }).format(new Date(visa!.at)),
    );
    // C-1 was met, as the agency tracked it.
    const tracked = await t.http.get(`/api/cycles/${year1.cycleId}/commitments`).set(auth(team.officer));
    const c1 = (tracked.body.items as { id: string; itemId: string }[]).find((c) => c.itemId === 'C-1');
    await t.http
      .patch(`/api/commitments/${c1!.id}`)
      .set(auth(team.officer))
      .send({ revision: 0, status: 'met' })
      .expect(200);
    // IND-1 is measured in 2028.
    const indicator = await t.http
      .post(`/api/agencies/${team.agencyId}/indicators`)
      .set(auth(team.officer))
      .send(IND_1);
    await t.http
      .post(`/api/indicators/${indicator.body.id}/measurements`)
      .set(auth(team.officer))
      .send({ period: '2028', women: 250, men: 400 })
      .expect(201);

    year2 = await CycleDriver.create(t.http, team, 2028);
    await year2.saveFixture(team.officer, 'strategic-definitions', 2028);
    await year2.passGate(team);
  }, 240_000);
  afterEach(async () => {
    await people.closeAll();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the officer starts the empty 2028 diagnostic from 2027’s visaed version, edits one field and saves', async () => {
    const page = await open(team.officer);
    await page.goto(`/ciclos/${year2.cycleId}/documentos/diagnostic`);
    const offer = page.getByRole('region', { name: 'Partir del documento de 2027' });
    await offer.waitFor();
    const accept = `Comenzar desde la versión visada de 2027 (versión 1, visada el ${visaDay})`;
    await offer.getByRole('button', { name: accept, exact: true }).waitFor();
    expect(await offer.innerText()).toMatch(/con los mismos códigos de sus elementos, como cambios sin guardar/);
    await expectAccessible(page, 'Documento: partir del año anterior');
    await screenshot(page, 'documento-anio-anterior');

    // The keyboard alone: to the offer, Enter; what was done is focused and read.
    await tabTo(page, accept);
    await page.keyboard.press('Enter');
    const notice = page.getByRole('status').filter({ hasText: 'Se copió la versión visada de 2027' });
    await notice.waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('status');
    await expect(offer.count()).resolves.toBe(0);
    const mission = page.getByRole('textbox', { name: 'Misión', exact: true });
    const last = readFixture('diagnostic') as Diagnostic;
    await expect(mission.inputValue()).resolves.toBe(last.missionAnalysis.mission);
    expect(await page.getByRole('status').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(Cambios sin guardar|Guardando|Guardado a las)/)]),
    );

    await mission.fill(last.missionAnalysis.mission + EDIT);
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await saved(page);
    const diagnostic = await year2.document(team.officer, 'diagnostic');
    expect(diagnostic.version).toBeGreaterThanOrEqual(1);
    expect(diagnostic.content).toEqual({
      ...last,
      missionAnalysis: { ...last.missionAnalysis, mission: last.missionAnalysis.mission + EDIT },
    });
    // 2027 is as it was.
    expect((await year1.document(team.officer, 'diagnostic')).content).toEqual(last);
    await expectAccessible(page, 'Documento: copiado del año anterior, en edición');
    await screenshot(page, 'documento-anio-anterior-editor');

    // Once the document says something, there is nothing to offer.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Informe de Diagnóstico' }).waitFor();
    await expect(page.getByRole('region', { name: 'Partir del documento de 2027' }).count()).resolves.toBe(0);
  }, 180_000);

  it('the evaluation is completed with the indicators’ results and 2027’s commitments, keeping what was typed', async () => {
    await year2.passGate(team);
    await year2.saveFixture(team.officer, 'plan', 2028);
    await year2.saveFixture(team.officer, 'work-programme', 2028);
    await year2.passGate(team);
    await year2.register(team.officer, 'activity-records', readFixture('activity-record'));
    await year2.send(team.officer, 'FINISH_IMPLEMENTATION');
    await year2.save(team.officer, 'evaluation', { measuresProgress: [{ measureId: 'M-2', analysis: TYPED }] });

    const page = await open(team.officer);
    await page.goto(`/ciclos/${year2.cycleId}/documentos/evaluation`);
    const offer = page.getByRole('region', { name: 'Completar el Informe de Evaluación' });
    await offer.waitFor();
    expect(await offer.innerText()).toMatch(/lo ya escrito se mantiene y nada se borra/);
    const complete = 'Completar con los resultados de los indicadores y los compromisos del año anterior';
    await tabTo(page, complete);
    await page.keyboard.press('Enter');
    const notice = page.getByRole('status').filter({ hasText: 'Se completó el formulario' });
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/No hay un indicador registrado con el código IND-2\./);
    const hasTyped = () =>
      page
        .locator('textarea')
        .evaluateAll((areas, typed) => areas.some((a) => (a as HTMLTextAreaElement).value === typed), TYPED);
    await expect(hasTyped()).resolves.toBe(true);
    await expectAccessible(page, 'Documento: evaluación completada');
    await screenshot(page, 'documento-anio-anterior-evaluacion');

    // «Deshacer» puts the form back as it was (the typed entry alone) and the offer, focused, back.
    const generalObjective = page.locator('legend', { hasText: /› OG-1$/ });
    await expect(generalObjective.count()).resolves.toBe(1);
    await notice.getByRole('button', { name: 'Deshacer' }).click();
    await offer.waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('region');
    await expect(generalObjective.count()).resolves.toBe(0);
    await expect(hasTyped()).resolves.toBe(true);
    await offer.getByRole('button', { name: complete }).click();
    await notice.waitFor();
    await expect(generalObjective.count()).resolves.toBe(1);

    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await saved(page);
    const plan = readFixture('plan', 2028) as { measures: { id: string }[] };
    const evaluation = (await year2.document(team.officer, 'evaluation')).content as {
      measuresProgress: { measureId: string; analysis?: string }[];
      indicatorResults: { indicatorCode: string; result?: string }[];
      previousYearFollowUp: { commitmentId: string; status?: string }[];
    };
    expect(evaluation.measuresProgress).toEqual([
      { measureId: 'M-2', analysis: TYPED },
      ...plan.measures.filter((m) => m.id !== 'M-2').map((m) => ({ measureId: m.id })),
    ]);
    expect(evaluation.indicatorResults).toEqual([
      { indicatorCode: 'IND-1', result: expect.stringMatching(/^2028: mujeres 250, hombres 400; /) },
      { indicatorCode: 'IND-2' },
      { indicatorCode: 'IND-3' },
    ]);
    expect(evaluation.previousYearFollowUp).toEqual([
      { commitmentId: 'C-1', status: 'met' },
      { commitmentId: 'C-2' },
      { commitmentId: 'C-3' },
    ]);
  }, 180_000);
});
