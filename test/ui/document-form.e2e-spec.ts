import type { Browser, Page } from 'playwright-core';
import { adminToken, type Person } from '../support/actors';
import { createTeam, CycleDriver, type AgencyTeam } from '../support/cycle-driver';
import { readFixture } from '../fixtures/cycle';
import { PASSWORD } from '../support/test-app';
import {
  expectAccessible,
  launchBrowser,
  screenshot,
  screenshotAt1024,
  startUiApp,
  type UiApp,
  SignedInPeople,
} from './support/browser';

// The document form in the browser: the officer writes the (empty) diagnostic of a cycle in draft,
// the autosave keeps it (checked over the API), changes left unsaved by a reload are offered
// back, and in the plan an inequity of the diagnostic is chosen with its picker and saved. A work
// programme of twenty activities opens folded, one line per activity, each opened on demand.

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

  it('a work programme of twenty activities opens folded; one is opened, typed in and closed; a problem opens its item', async () => {
    const base = readFixture('work-programme') as { activities: Record<string, unknown>[] } & Record<string, unknown>;
    const activities: Record<string, unknown>[] = Array.from({ length: 20 }, (_, i) => ({
      ...base.activities[i % base.activities.length],
      id: `A-${i + 1}`,
      description: `Actividad número ${i + 1} del programa`,
    }));
    // A-18 lacks what completeness requires: Revisar must open it at its field.
    delete activities[17]?.verificationMeans;
    // The example plan, so that the activities' measures exist and A-18's is the only problem.
    await cycle.save(team.officer, 'plan');
    await cycle.save(team.officer, 'work-programme', { ...base, activities });
    const page = await open(team.officer);
    await page.goto(`/ciclos/${cycle.cycleId}/documentos/work-programme?editar=1`);
    const opener = (code: string) => page.getByRole('button', { name: `Abrir Actividades › ${code}`, exact: true });
    await opener('A-20').waitFor();
    await expect(page.getByRole('button', { name: /^Abrir Actividades › / }).count()).resolves.toBe(20);
    const line = (n: number) => page.locator(`[id="campo-activities[${n}]"]`).innerText();
    await expect(line(14)).resolves.toMatch(/^A-15 — Actividad número 15 del programa\s+Abrir$/);
    await expectAccessible(page, 'Documento: programa de trabajo plegado');
    await screenshot(page, 'documento-lista-plegada');
    await screenshotAt1024(page, 'documento-lista-plegada');

    // Opened from the keyboard: the focus goes to its first field; typed in, saved, closed.
    await opener('A-15').focus();
    await page.keyboard.press('Enter');
    const description = page.locator('[id="campo-activities[14].description"]');
    await description.waitFor();
    const focused = await page.evaluate(() => document.activeElement?.closest('fieldset')?.id);
    expect(focused).toBe('campo-activities[14]');
    await description.fill('Taller regional con registro de asistencia por sexo');
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await saved(page);
    await page.getByRole('button', { name: 'Cerrar Actividades › A-15', exact: true }).click();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(
      'Abrir Actividades › A-15',
    );
    await expect(line(14)).resolves.toMatch(/^A-15 — Taller regional con registro de asistencia por sexo\s+Abrir$/);
    const stored = (await cycle.document(team.officer, 'work-programme')).content as typeof base;
    expect(stored.activities[14]?.description).toBe('Taller regional con registro de asistencia por sexo');

    // Revisar: the item with a problem is drawn open, and the summary's link reaches its field.
    await page.getByRole('button', { name: 'Revisar', exact: true }).click();
    const missing = page.locator('[id="campo-activities[17].verificationMeans"]');
    await missing.waitFor();
    await expect(missing.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(opener('A-17').isVisible()).resolves.toBe(true);
    await screenshot(page, 'documento-lista-plegada-revisar');
  });
});
