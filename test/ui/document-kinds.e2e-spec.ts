import type { Browser, Locator, Page } from 'playwright-core';
import type { DocumentKind } from '../../workflows/document-kinds';
import { readFixture } from '../fixtures/cycle';
import { adminToken } from '../support/actors';
import { createTeam, CycleDriver, type AgencyTeam } from '../support/cycle-driver';
import { PASSWORD } from '../support/test-app';
import { expectAccessible, launchBrowser, screenshot, SignedInPeople, startUiApp, type UiApp } from './support/browser';

// The form of every document of a cycle, in Chromium, at the stage where it is written. The 2027
// cycle of the example agency is run over the API; in 2028 (whose evaluation reports on the 2027
// commitments) each document is loaded with its example content over the API, less one
// reference, and the officer opens its form, types, chooses the missing reference with its
// picker, saves with «Guardar» and the API has both. The form passes axe and is photographed
// (docs/pantallas/formulario-<kind>.png); then the cycle moves on over the API.

type Json = Record<string, unknown>;
type Item = Record<string, unknown> & { id?: string };
const example = (kind: DocumentKind) => readFixture(kind, 2028) as Json;
const list = (content: Json, key: string) => content[key] as Item[];

// Long forms: axe reads every field of the diagnostic (a slow step on a busy machine).
jest.setTimeout(300_000);

describe('El formulario de cada documento, en Chromium', () => {
  let t: UiApp;
  let browser: Browser;
  let team: AgencyTeam;
  let cycle: CycleDriver;
  let page: Page;
  const people = new SignedInPeople(() => ({ browser, baseUrl: t.baseUrl, password: PASSWORD }));

  beforeAll(async () => {
    [t, browser] = await Promise.all([startUiApp(), launchBrowser()]);
    team = await createTeam(t.http, await adminToken(t.http), 'FDK');
    // 2027 up to its follow-up programme: the commitments 2028's evaluation reports on.
    const year1 = await CycleDriver.create(t.http, team, 2027);
    for (const kind of ['strategic-definitions', 'diagnostic'] as const) {
      await year1.save(team.officer, kind);
      await year1.passGate(team);
    }
    await year1.save(team.officer, 'plan');
    await year1.save(team.officer, 'work-programme');
    await year1.passGate(team);
    await year1.register(team.officer, 'activity-records', readFixture('activity-record'));
    await year1.send(team.officer, 'FINISH_IMPLEMENTATION');
    await year1.save(team.officer, 'follow-up-programme');
    cycle = await CycleDriver.create(t.http, team, 2028);
    page = await people.open(team.officer);
  }, 300_000);
  afterAll(async () => {
    await people.closeAll();
    await browser?.close();
    await t?.close();
  });

  const openForm = async (kind: DocumentKind) => {
    await page.goto(`/ciclos/${cycle.cycleId}/documentos/${kind}?editar=1`);
    await page.getByRole('form', { name: 'Formulario del documento' }).waitFor();
  };
  // One item of a list, by the legend that names it: «Medidas › M-4».
  const item = (name: string): Locator => page.getByRole('group', { name, exact: true });
  const choose = async (within: Locator, label: string, option: RegExp) => {
    await within.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option }).click();
  };
  const textbox = (within: Locator | Page, label: string) => within.getByRole('textbox', { name: label, exact: true });
  // «Guardar», then the announced save state; on a refusal the test says what the page said.
  const save = async () => {
    // An autosave under way takes the click as "save again when done": wait for it to end first.
    await page.getByRole('status').filter({ hasText: 'Guardando…' }).waitFor({ state: 'detached', timeout: 60_000 });
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    const status = page.getByRole('status').filter({ hasText: /^Guardado a las \d\d:\d\d\.$/ });
    await status.waitFor({ timeout: 60_000 }).catch(async (e: Error) => {
      throw new Error(`${e.message}\nEstado: ${(await page.getByRole('status').allInnerTexts()).join(' | ')}`);
    });
  };
  const saved = async (kind: DocumentKind) => (await cycle.document(team.officer, kind)).content as Json;
  // From the top of the page, where the header and the save bar (fixed and sticky) belong.
  const check = async (kind: DocumentKind) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(page, `Formulario: ${kind}`);
    await screenshot(page, `formulario-${kind}`);
  };
  // A picker shows its words once the cited document is read.
  const valueOf = async (input: Locator, pattern: RegExp): Promise<string> => {
    for (let i = 0; i < 100 && !pattern.test(await input.inputValue()); i++) await page.waitForTimeout(100);
    return input.inputValue();
  };
  const legends = async (name: RegExp) =>
    page
      .getByRole('group', { name })
      .evaluateAll((groups) => groups.map((g) => g.querySelector(':scope > legend')?.textContent ?? ''));

  it('Ficha A1 y Formulario H: the product an indicator measures, chosen among the Ficha’s own', async () => {
    const content = example('strategic-definitions');
    const h3 = list(content, 'indicators')[2];
    delete h3.productId;
    await cycle.save(team.officer, 'strategic-definitions', content);

    await openForm('strategic-definitions');
    const h1 = item('Indicadores › H-1');
    await textbox(h1, 'Línea base').fill('2026: 33,0 %');
    await choose(item('Indicadores › H-3'), 'Producto estratégico', /^PE-3 — Fomento de la asociatividad/);
    await save();
    const after = await saved('strategic-definitions');
    expect(list(after, 'indicators')[0].baseline).toBe('2026: 33,0 %');
    expect(list(after, 'indicators')[2].productId).toBe('PE-3');
    await check('strategic-definitions');
    await cycle.passGate(team);
  });

  it('Diagnóstico: the five parts in the guide’s order, counts by sex with total and share, a barrier’s inequity', async () => {
    const content = example('diagnostic');
    const products = list(content, 'products');
    const b6 = (products[1].barriers as Item[]).find((b) => b.id === 'B-6')!;
    delete b6.inequityId;
    await cycle.save(team.officer, 'diagnostic', content);

    await openForm('diagnostic');
    const form = page.getByRole('form', { name: 'Formulario del documento' });
    const parts = await form
      .locator(':scope > div > fieldset > legend')
      .evaluateAll((nodes) => nodes.map((n) => n.textContent));
    expect(parts).toEqual([
      'Análisis de la misión institucional',
      'Agenda de Género',
      'Objetivos estratégicos',
      'Productos estratégicos (4)',
      'Sistemas de información',
    ]);
    const mission = textbox(page, 'Misión');
    expect(await mission.evaluate((el) => [el.tagName, (el as HTMLTextAreaElement).rows >= 4])).toEqual([
      'TEXTAREA',
      true,
    ]);
    const missionText = 'Contribuir al desarrollo productivo de las regiones, con igualdad entre mujeres y hombres.';
    await mission.fill(missionText);
    const pe2 = item('Productos estratégicos › PE-2');
    const clients = pe2.getByRole('group', { name: 'Clientes, usuarias/os o beneficiarias/os por sexo' });
    await expect(clients.innerText()).resolves.toMatch(/Total: 4\.000 · Mujeres: 53,8\s?%/);
    await clients.getByRole('textbox', { name: 'Mujeres' }).fill('2650');
    await clients.getByText(/Total: 4\.500 · Mujeres: 58,9\s?%/).waitFor();
    await choose(item('Barreras › B-6'), 'Inequidad', /^INQ-4 — /);
    await save();
    const after = await saved('diagnostic');
    expect((after.missionAnalysis as Json).mission).toBe(missionText);
    const savedPe2 = list(after, 'products')[1];
    expect(savedPe2.clients).toEqual({ women: 2650, men: 1850 });
    expect((savedPe2.barriers as Item[]).find((b) => b.id === 'B-6')?.inequityId).toBe('INQ-4');
    await check('diagnostic');
    await cycle.passGate(team);
  });

  it('Plan: a measure’s inequity chosen among the diagnostic’s, its product named by the Ficha A1', async () => {
    const content = example('plan');
    const m4 = list(content, 'measures').find((m) => m.id === 'M-4')!;
    m4.inequityIds = ['INQ-1', 'INQ-2'];
    const generalObjective = content.generalObjective as Item;
    delete content.generalObjective;
    await cycle.save(team.officer, 'plan', content);

    await openForm('plan');
    // The general objective is written with the code it is given (the evaluation cites it).
    const general = page.getByRole('group', { name: 'Objetivo general', exact: true });
    await general.getByText('OG-1', { exact: true }).waitFor();
    await textbox(general, 'Descripción').fill(String(generalObjective.description));
    const m1 = item('Medidas › M-1');
    const m1Fields = await m1
      .locator(':scope label')
      .evaluateAll((labels) => labels.map((l) => l.textContent?.trim()).filter(Boolean));
    expect(m1Fields.slice(0, 5)).toEqual([
      'Etapa o ámbito de la medida',
      'Producto estratégico',
      'Ámbito de la medida complementaria',
      'Descripción',
      'Inequidades que aborda',
    ]);
    const product = /^PE-1 — Financiamiento para emprendimientos/;
    expect(await valueOf(m1.getByRole('combobox', { name: 'Producto estratégico' }), product)).toMatch(product);
    const consistency = textbox(page, 'Consistencia con la Agenda de Género');
    const more = `${String(content.genderAgendaConsistency)} Se revisará con la Agenda de Género de 2028.`;
    await consistency.fill(more);
    await choose(item('Medidas › M-4'), 'Inequidades que aborda', /^INQ-3 — /);
    await page.keyboard.press('Escape');
    await save();
    const after = await saved('plan');
    expect(after.genderAgendaConsistency).toBe(more);
    expect(after.generalObjective).toEqual(generalObjective);
    expect(list(after, 'measures').find((m) => m.id === 'M-4')?.inequityIds).toEqual(['INQ-1', 'INQ-2', 'INQ-3']);
    await check('plan');
  });

  it('Programa de Trabajo: an activity’s measure chosen among the plan’s; a new activity gets the next code', async () => {
    const content = example('work-programme');
    const a6 = list(content, 'activities').find((a) => a.id === 'A-6')!;
    delete a6.measureId;
    await cycle.save(team.officer, 'work-programme', content);

    await openForm('work-programme');
    await textbox(item('Actividades › A-1'), 'Responsable').fill('Jefatura del Departamento de Financiamiento');
    await choose(item('Actividades › A-6'), 'Medida', /^M-6 — /);
    await page.getByRole('button', { name: 'Agregar en «Actividades»', exact: true }).click();
    await item('Actividades › A-7').waitFor();
    await page.getByRole('button', { name: 'Quitar Actividades › A-7', exact: true }).click();
    await save();
    const after = await saved('work-programme');
    expect(list(after, 'activities').map((a) => [a.id, a.measureId])).toEqual(
      list(example('work-programme'), 'activities').map((a) => [a.id, a.measureId]),
    );
    expect(list(after, 'activities')[0].responsible).toBe('Jefatura del Departamento de Financiamiento');
    await check('work-programme');
    await cycle.passGate(team);
    await cycle.register(team.officer, 'activity-records', readFixture('activity-record'));
    await cycle.send(team.officer, 'FINISH_IMPLEMENTATION');
  });

  it('Evaluación: a commitment of the previous year chosen among the 2027 follow-up programme’s', async () => {
    const full = example('evaluation');
    const content = { ...full, previousYearFollowUp: list(full, 'previousYearFollowUp').slice(0, 2) };
    const c3 = list(full, 'previousYearFollowUp')[2];
    await cycle.save(team.officer, 'evaluation', content);

    await openForm('evaluation');
    const objective = /^OG-1 — Incorporar el enfoque de género/;
    const og1 = item('Avance respecto de los objetivos general y específicos › OG-1');
    expect(await valueOf(og1.getByRole('combobox', { name: 'Objetivo' }), objective)).toMatch(objective);
    const title = 'Resultado del Programa de Seguimiento del año anterior';
    await page.getByRole('button', { name: `Agregar en «${title}»`, exact: true }).click();
    const added = item(`${title} › 3`);
    await added.getByRole('combobox', { name: 'Compromiso' }).click();
    await page.getByRole('option').first().waitFor();
    // C-1 and C-2 are reported already: only C-3 is offered, with its words.
    await expect(page.getByRole('option').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^C-3 — Completar el registro de la composición por sexo/),
    ]);
    await page.getByRole('option', { name: /^C-3 — / }).click();
    const c3Item = item(`${title} › C-3`);
    await choose(c3Item, 'Estado', /^En curso$/);
    await textbox(c3Item, 'Acciones realizadas').fill(String(c3.actions));
    await textbox(c3Item, 'Justificación').fill(String(c3.justification));
    await save();
    expect(await saved('evaluation')).toEqual(full);
    await check('evaluation');
  });

  it('Programa de Seguimiento: a commitment’s recommendation chosen among the evaluation’s', async () => {
    const content = example('follow-up-programme');
    delete list(content, 'commitments')[2].recommendationId;
    await cycle.save(team.officer, 'follow-up-programme', content);

    await openForm('follow-up-programme');
    await textbox(item('Compromisos › C-4'), 'Responsable').fill('Jefatura de Asistencia Técnica');
    await choose(item('Compromisos › C-6'), 'Recomendación', /^R-3 — Presentar el boletín/);
    await save();
    const after = list(await saved('follow-up-programme'), 'commitments');
    expect(after.map((c) => c.recommendationId)).toEqual(['R-1', 'R-2', 'R-3']);
    expect(after[0].responsible).toBe('Jefatura de Asistencia Técnica');
    await check('follow-up-programme');
    await cycle.passGate(team);
  });

  it('Revisión por la Dirección: analyses typed, attendees in rows, the three decisions', async () => {
    await cycle.save(team.officer, 'management-review', example('management-review'));
    await openForm('management-review');
    const analysis = textbox(page, 'Análisis de los compromisos del Programa de Seguimiento');
    const text = 'Se cumplió C-1; C-2 no se cumplió y C-3 sigue en curso, con justificación.';
    await analysis.fill(text);
    const decisions = page.getByRole('group', { name: 'Decisiones de la Dirección' });
    await expect(
      decisions.locator(':scope fieldset > legend').evaluateAll((nodes) => nodes.map((n) => n.textContent)),
    ).resolves.toEqual([
      '¿Modificar el Diagnóstico?',
      '¿Modificar el Plan y/o el Programa de Trabajo?',
      '¿Modificar el Programa de Seguimiento?',
    ]);
    const attendee = item('Asistentes › 1');
    const [name, role] = await Promise.all(
      ['Nombre', 'Cargo o rol'].map((label) => textbox(attendee, label).boundingBox()),
    );
    expect(name?.y).toBe(role?.y);
    await save();
    expect((await saved('management-review')).commitmentsAnalysis).toBe(text);
    await check('management-review');
    await cycle.send(team.head, 'RECORD_REVIEW');
  });

  it('Difusión: actions added with the next code, moved, removed; codes stay with their action', async () => {
    await cycle.save(team.officer, 'dissemination', example('dissemination'));
    await openForm('dissemination');
    const add = page.getByRole('button', { name: 'Agregar en «Acciones realizadas»', exact: true });
    await add.click();
    await item('Acciones realizadas › D-6').waitFor();
    await add.click();
    await item('Acciones realizadas › D-7').waitFor();
    await page.getByRole('button', { name: 'Subir Acciones realizadas › D-7', exact: true }).click();
    await expect(legends(/^Acciones realizadas › /)).resolves.toEqual(
      ['D-1', 'D-2', 'D-3', 'D-4', 'D-5', 'D-7', 'D-6'].map((id) => `Acciones realizadas › ${id}`),
    );
    await page.getByRole('button', { name: 'Quitar Acciones realizadas › D-6', exact: true }).click();
    const d7 = item('Acciones realizadas › D-7');
    await choose(d7, 'Público', /^Clientes, usuarias y usuarios/);
    await textbox(d7, 'Canal').fill('Boletín electrónico a personas beneficiarias');
    await d7.getByLabel('Fecha', { exact: true }).fill('2028-03-10');
    await textbox(d7, 'Descripción').fill('Envío de los resultados 2027 por sexo a 12.000 personas beneficiarias.');
    await save();
    const actions = list(await saved('dissemination'), 'actions');
    expect(actions.map((a) => a.id)).toEqual(['D-1', 'D-2', 'D-3', 'D-4', 'D-5', 'D-7']);
    expect(actions[5]).toEqual({
      id: 'D-7',
      audience: 'clients',
      channel: 'Boletín electrónico a personas beneficiarias',
      date: '2028-03-10',
      description: 'Envío de los resultados 2027 por sexo a 12.000 personas beneficiarias.',
    });
    await check('dissemination');
    await cycle.send(team.officer, 'DISSEMINATE');
  });

  it('Estandarización: a product chosen among the Ficha A1’s, not twice', async () => {
    const full = example('standardisation');
    const [pe1, pe2, pe3] = list(full, 'products');
    await cycle.save(team.officer, 'standardisation', { products: [pe1, pe2] });

    await openForm('standardisation');
    await page.getByRole('button', { name: 'Agregar en «Productos estratégicos»', exact: true }).click();
    await item('Productos estratégicos › 3').getByRole('combobox', { name: 'Producto estratégico' }).click();
    await page.getByRole('option').first().waitFor();
    await expect(page.getByRole('option').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^PE-3 — Fomento de la asociatividad/),
      expect.stringMatching(/^PE-4 — Supervisión de entidades/),
    ]);
    await page.getByRole('option', { name: /^PE-3 — / }).click();
    const added = item('Productos estratégicos › PE-3');
    await added.getByRole('radio', { name: 'No' }).check();
    await textbox(added, 'Procedimiento').fill(String(pe3.procedureName));
    await textbox(added, 'Código del procedimiento').fill(String(pe3.procedureCode));
    await textbox(added, 'Procedimiento documentado nuevo').fill(String(pe3.newProcedureSummary));
    await textbox(added, 'Centro de responsabilidad').fill(String(pe3.responsibleCentre));
    await save();
    expect(await saved('standardisation')).toEqual(full);
    await check('standardisation');
    expect((await cycle.send(team.officer, 'COMPLETE')).state).toBe('closed');
  });
});
