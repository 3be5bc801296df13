import type { Browser, Page } from 'playwright-core';
import { adminToken, type Person } from '../support/actors';
import { createTeam, CycleDriver, type AgencyTeam } from '../support/cycle-driver';
import { PASSWORD } from '../support/test-app';
import { expectAccessible, launchBrowser, screenshot, startUiApp, type UiApp, SignedInPeople } from './support/browser';

// The document form in the browser: the officer writes the (empty) diagnostic of a cycle in draft,
// the autosave keeps it (checked over the API), changes left unsaved by a reload are offered
// back, and in the plan an inequity of the diagnostic is chosen with its picker and saved.

const MISSION = 'Promover el desarrollo de la micro y pequeña empresa en todo el territorio nacional.';
const MORE = ' Con foco en las regiones con menor participación de mujeres.';

describe('Formulario de documento, en Chromium', () => {
  let t: UiApp;
  let browser: Browser;
  let team: AgencyTeam;
  let cycle: CycleDriver;

  const people = new SignedInPeople(() => ({ browser, baseUrl: t.baseUrl, password: PASSWORD }));
  const open = (person: Person, width?: number) => people.open(person, width);
  // The save state is announced; on a refusal, the test says what the page said.
  const saved = async (page: Page) => {
    const status = page.getByRole('status').filter({ hasText: /^(Guardado a las \d\d:\d\d\.|No se guardó)/ });
    await status.waitFor({ timeout: 10_000 }).catch(async (e: Error) => {
      throw new Error(`${e.message}\nEstado: ${(await page.getByRole('status').allInnerTexts()).join(' | ')}`);
    });
    expect(await status.innerText()).toMatch(/^Guardado a las \d\d:\d\d\.$/);
  };

  beforeAll(async () => {
    [t, browser] = await Promise.all([startUiApp(), launchBrowser()]);
    const admin = await adminToken(t.http);
    team = await createTeam(t.http, admin, 'FRM');
    cycle = await CycleDriver.create(t.http, team, 2027);
    await cycle.save(team.officer, 'strategic-definitions');
    await cycle.passGate(team);
  });
  afterEach(async () => {
    await people.closeAll();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the officer writes the empty diagnostic: autosaved, kept across a reload, offered back when unsaved', async () => {
    const page = await open(team.officer);
    await page.goto(`/ciclos/${cycle.cycleId}/documentos/diagnostic`);
    await page.getByRole('heading', { level: 1, name: 'Informe de Diagnóstico' }).waitFor();
    await page.getByRole('button', { name: 'Editar' }).click();
    const mission = page.getByRole('textbox', { name: 'Misión', exact: true });
    await mission.fill(MISSION);
    await page.getByRole('status').filter({ hasText: 'Cambios sin guardar' }).waitFor();
    await saved(page);
    const first = await cycle.document(team.officer, 'diagnostic');
    expect(first.version).toBe(1);
    expect(first.content).toEqual({ missionAnalysis: { mission: MISSION } });

    await page.reload();
    await expect(mission.inputValue()).resolves.toBe(MISSION);
    await expectAccessible(page, 'Documento: edición');
    await screenshot(page, 'documento-formulario');

    // Typed and reloaded before the autosave: offered back, and saved once recovered.
    await mission.fill(MISSION + MORE);
    await page.reload();
    await page
      .getByRole('alert')
      .filter({ hasText: /Tiene cambios sin guardar de/ })
      .waitFor();
    await expect(mission.inputValue()).resolves.toBe(MISSION);
    expect((await cycle.document(team.officer, 'diagnostic')).version).toBe(1);
    await page.getByRole('button', { name: 'Recuperar' }).click();
    await expect(mission.inputValue()).resolves.toBe(MISSION + MORE);
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await saved(page);
    const second = await cycle.document(team.officer, 'diagnostic');
    expect(second.version).toBe(2);
    expect(second.content).toEqual({ missionAnalysis: { mission: MISSION + MORE } });

    // The same form at 1024 px.
    const narrow = await open(team.officer, 1024);
    await narrow.goto(`/ciclos/${cycle.cycleId}/documentos/diagnostic?editar=1`);
    await narrow.getByRole('textbox', { name: 'Misión', exact: true }).waitFor();
    await screenshot(narrow, 'documento-formulario-1024');
  });

  it('in the plan, the officer chooses an inequity of the diagnostic with its picker and saves', async () => {
    await cycle.save(team.officer, 'diagnostic');
    await cycle.passGate(team);
    const page = await open(team.officer);
    await page.goto(`/ciclos/${cycle.cycleId}/documentos/plan?editar=1`);
    await page.getByRole('button', { name: 'Agregar en «Inequidades»', exact: true }).click();
    await page.getByRole('combobox', { name: 'Inequidad', exact: true }).click();
    await page.getByRole('option', { name: /^INQ-1 — / }).click();
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await saved(page);
    await expectAccessible(page, 'Documento: plan en edición');
    const plan = await cycle.document(team.officer, 'plan');
    expect(plan.version).toBe(1);
    expect(plan.content).toEqual({ inequities: [{ inequityId: 'INQ-1' }] });
  });
});
