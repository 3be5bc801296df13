import type { Browser, Page } from 'playwright-core';
import { readFixture } from '../fixtures/cycle';
import { adminToken, type Person } from '../support/actors';
import { createTeam, CycleDriver, type AgencyTeam } from '../support/cycle-driver';
import { PASSWORD } from '../support/test-app';
import {
  expectAccessible,
  launchBrowser,
  screenshot,
  screenshotAt1024,
  SignedInPeople,
  startUiApp,
  type UiApp,
} from './support/browser';

// Two people on one document, in the browser: the second one's autosave finds the first one's
// version (STALE_VERSION) and settles the differences field by field, nothing lost; "Revisar"
// shows what SUBMIT would refuse at each field, and a refused "Enviar a aprobación" links there;
// sending back unchanged what was returned asks for a reply (issue 10).

const field = (page: Page, key: string) => page.locator(`[id="campo-${key}"]`);
const drafts = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('enfoque.borrador.documento.')));

// Two browsers and the app on a shared machine: room beyond the default minute.
jest.setTimeout(180_000);

describe('Conflictos y revisión de un documento, en Chromium', () => {
  let t: UiApp;
  let browser: Browser;
  let team: AgencyTeam;
  let cycle: CycleDriver;
  const people = new SignedInPeople(() => ({ browser, baseUrl: t.baseUrl, password: PASSWORD }));
  const open = (person: Person, width?: number) => people.open(person, width);
  const status = (page: Page, text: RegExp) => page.getByRole('status').filter({ hasText: text }).waitFor();

  const start = {
    missionAnalysis: { mission: 'Misión de partida.', barriers: 'Barreras de partida.' },
    genderAgenda: { genderAgenda: 'Agenda de partida.' },
  };

  beforeAll(async () => {
    [t, browser] = await Promise.all([startUiApp(), launchBrowser()]);
    team = await createTeam(t.http, await adminToken(t.http), 'CNF');
    cycle = await CycleDriver.create(t.http, team, 2027);
    await cycle.save(team.officer, 'strategic-definitions');
    await cycle.passGate(team);
    await cycle.save(team.officer, 'diagnostic', start);
  }, 180_000);
  afterEach(() => people.closeAll());
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('after a save by someone else, the autosave is combined field by field: one field of each side', async () => {
    const officer = await open(team.officer);
    const lead = await open(team.centreLead);
    for (const page of [officer, lead]) {
      await page.goto(`/ciclos/${cycle.cycleId}/documentos/diagnostic?editar=1`);
      await field(page, 'missionAnalysis.mission').waitFor();
    }

    // The centre lead saves first: both texts of the mission analysis, and the gender agenda.
    await field(lead, 'missionAnalysis.mission').fill('Misión según el centro.');
    await field(lead, 'missionAnalysis.barriers').fill('Barreras según el centro.');
    await field(lead, 'genderAgenda.genderAgenda').fill('Agenda revisada por el centro.');
    await lead.getByRole('button', { name: 'Guardar', exact: true }).click();
    await status(lead, /^Guardado a las/);
    expect((await cycle.document(team.officer, 'diagnostic')).version).toBe(2);

    // The officer types the same two texts otherwise, and a field of her own; her autosave is refused.
    await field(officer, 'missionAnalysis.mission').fill('Misión según la encargada.');
    await field(officer, 'missionAnalysis.barriers').fill('Barreras según la encargada.');
    await field(officer, 'strategicObjectives.analysis').fill('Análisis de objetivos de la encargada.');
    const resolver = officer.getByRole('region', {
      name: 'Otra persona guardó este documento mientras usted lo editaba',
    });
    await resolver.getByRole('heading', { name: 'Cambiados por las dos personas (2)' }).waitFor({ timeout: 15_000 });
    expect((await cycle.document(team.officer, 'diagnostic')).version).toBe(2);
    expect(await drafts(officer)).toHaveLength(1);

    const place = (label: string) => resolver.getByRole('group', { name: label, exact: true });
    const mission = place('Análisis de la misión institucional › Misión');
    await mission.getByText('Misión según la encargada.').waitFor();
    await mission.getByText('Misión según el centro.').waitFor();
    // Changed on one side only: taken by itself, and said so.
    await place('Agenda de Género › Agenda de Género')
      .getByText('Cambiado solo por Persona cnf.centro: se toma su cambio.')
      .waitFor();
    await place('Objetivos estratégicos › Análisis')
      .getByText(/^Cambiado solo en su versión/)
      .waitFor();
    await expectAccessible(officer, 'Documento: conflicto de versiones');
    await screenshot(officer, 'documento-conflicto');
    await screenshotAt1024(officer, 'documento-conflicto');

    // Saving with a conflict unchosen says where to choose; nothing is sent.
    await resolver.getByRole('button', { name: 'Guardar la combinación' }).click();
    await resolver.getByRole('alert').filter({ hasText: 'Elija qué conservar en:' }).waitFor();
    expect((await cycle.document(team.officer, 'diagnostic')).version).toBe(2);

    await mission.getByRole('radio', { name: 'Conservar la mía' }).check();
    await place('Análisis de la misión institucional › Barreras')
      .getByRole('radio', { name: 'Tomar la de Persona cnf.centro' })
      .check();
    await screenshot(officer, 'documento-conflicto-elegido');
    await resolver.getByRole('button', { name: 'Guardar la combinación' }).click();
    await status(officer, /^Guardado a las/);

    const saved = await cycle.document(team.officer, 'diagnostic');
    expect(saved.version).toBe(3);
    expect(saved.content).toEqual({
      missionAnalysis: { mission: 'Misión según la encargada.', barriers: 'Barreras según el centro.' },
      genderAgenda: { genderAgenda: 'Agenda revisada por el centro.' },
      strategicObjectives: { analysis: 'Análisis de objetivos de la encargada.' },
    });
    await expect(field(officer, 'missionAnalysis.barriers').inputValue()).resolves.toBe('Barreras según el centro.');
    expect(await drafts(officer)).toEqual([]);
  });

  it('"Revisar" shows at each field what SUBMIT would refuse; the refused SUBMIT links there and changes nothing', async () => {
    const page = await open(team.officer);
    await page.goto(`/ciclos/${cycle.cycleId}/documentos/diagnostic?editar=1`);
    await page.getByRole('button', { name: 'Revisar', exact: true }).click();
    const summary = page.getByRole('status').filter({ hasText: 'Antes de enviar, falta:' });
    await summary.waitFor();
    // The summary has the focus, and each problem is also at its field.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Antes de enviar, falta:');
    const gaps = field(page, 'missionAnalysis.inequitiesAndGaps');
    await expect(gaps.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await gaps.getAttribute('aria-describedby')) ?? '';
    const description = await page.evaluate(
      (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
      describedBy.split(' '),
    );
    expect(description).toContain('Faltan las inequidades y brechas de género del ámbito del servicio.');
    await expectAccessible(page, 'Documento: revisión con problemas');
    await screenshot(page, 'documento-revisar');

    await summary.getByRole('link', { name: /Compromisos ministeriales de género: Falta la revisión/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('campo-genderAgenda.ministerialCommitments');

    // Typing the missing text clears its problem by itself.
    await field(page, 'genderAgenda.ministerialCommitments').fill('Compromisos ministeriales revisados.');
    await summary
      .getByRole('link', { name: /Compromisos ministeriales de género: Falta/ })
      .waitFor({ state: 'detached', timeout: 10_000 });
    await status(page, /^Guardado a las/);

    // "Enviar a aprobación" on the Ciclo page: refused, each problem a link to its field.
    const before = await cycle.get(team.officer);
    await page.goto(`/ciclos/${cycle.cycleId}`);
    await page.getByRole('button', { name: 'Enviar a aprobación' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Enviar a aprobación' }).click();
    const missing = dialog.getByRole('list', { name: 'Lo que falta' });
    await missing.waitFor();
    const after = await cycle.get(team.officer);
    expect([after.state, after.revision]).toEqual([before.state, before.revision]);
    await expectAccessible(page, 'Ciclo: envío rechazado por incompleto');
    await screenshot(page, 'documento-revisar-envio');

    await missing.getByRole('link', { name: /Falta la revisión de las prioridades institucionales/ }).click();
    await page.waitForURL(/\/documentos\/diagnostic\?editar=1&revisar=1#campo-genderAgenda\.institutionalPriorities$/);
    await page.getByRole('status').filter({ hasText: 'Antes de enviar, falta:' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'campo-genderAgenda.institutionalPriorities');
    await screenshot(page, 'documento-revisar-enlace');

    // Complete (saved meanwhile over the API): "Revisar" says it may be sent.
    await cycle.save(team.officer, 'diagnostic', readFixture('diagnostic'));
    await page.goto(`/ciclos/${cycle.cycleId}/documentos/diagnostic?editar=1`);
    await page.getByRole('button', { name: 'Revisar', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Está completo: puede enviarlo a aprobación.' }).waitFor();
    await expectAccessible(page, 'Documento: revisión completa');
    await screenshot(page, 'documento-revisar-completo');
  });

  it('sending back unchanged what the head returned asks for a reply, sent as the comment', async () => {
    await cycle.save(team.officer, 'diagnostic', readFixture('diagnostic'));
    await cycle.send(team.officer, 'SUBMIT');
    await cycle.send(team.head, 'RETURN', { comment: 'Precise la brecha de INQ-1.' });
    const page = await open(team.officer);
    await page.goto(`/ciclos/${cycle.cycleId}`);
    await page.getByRole('button', { name: 'Enviar a aprobación' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Los documentos no cambiaron desde que se devolvieron').waitFor();
    const send = dialog.getByRole('button', { name: 'Enviar a aprobación' });
    await expect(send.isDisabled()).resolves.toBe(true);
    await dialog
      .getByRole('textbox', { name: /Su respuesta a las observaciones/ })
      .fill('La brecha ya está precisada.');
    await expectAccessible(page, 'Ciclo: reenvío sin cambios');
    await screenshot(page, 'documento-revisar-respuesta');
    await send.click();
    await page.getByRole('status').filter({ hasText: 'Listo' }).waitFor();
    expect((await cycle.get(team.officer)).state).toBe('diagnostic.submitted');
    const history = await t.http
      .get(`/api/cycles/${cycle.cycleId}/history`)
      .set('Authorization', `Bearer ${team.officer.token}`);
    const submits = (history.body as { type: string; comment: string | null }[]).filter((e) => e.type === 'SUBMIT');
    expect(submits.at(-1)?.comment).toBe('La brecha ya está precisada.');
  });
});
