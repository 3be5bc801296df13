import type { Browser, Locator, Page } from 'playwright-core';
import { readFixture } from '../fixtures/cycle';
import { adminToken, type Person } from '../support/actors';
import { createTeam, CycleDriver, type AgencyTeam } from '../support/cycle-driver';
import { PASSWORD } from '../support/test-app';
import {
  expectAccessible,
  launchBrowser,
  screenshot,
  screenshotAt1024,
  startUiApp,
  type UiApp,
  SignedInPeople,
  tabTo,
} from './support/browser';

// The head's observations in the document form. The diagnostic is submitted and returned by the
// head over the API with observations on a field, on a field of an item inside another item, on
// a whole item, and on an item the officer then removes. In "Editar" the officer finds each one
// beside its field or at the top of its item's card (author, round, status), the removed item's
// above the form; filters the form to the open ones; answers one with the keyboard and marks one
// addressed there; types in a field while filtered; and, on the Ciclo screen, is warned before
// "Enviar a aprobación" about those still open, with a link to the filtered form, but may send.

const MISSION_NOTE = 'La misión debe citar el ámbito territorial que define la ley orgánica del Servicio.';
const GAP_NOTE = 'La brecha debe expresarse también en número de personas, no solo en porcentajes.';
const SYSTEM_NOTE = 'Indique desde cuándo la plataforma registra el sexo de cada participante.';
const GONE_NOTE = 'El registro manual no permite desagregar por sexo: explique cómo se reemplazará.';
const ANSWER = 'Se agregó la referencia a la Ley 20.416 y su ámbito nacional.';
const NEW_GAP = 'Mujeres: 310 de 1.200 personas socias (25,8 %) y 15 de 86 presidencias (17,4 %).';
const ONLY_OPEN = 'Mostrar solo los campos con observaciones abiertas';

type Diagnostic = {
  missionAnalysis: { mission: string };
  products: { productId: string; inequities?: { id: string; gap: string }[] }[];
  informationSystems: { systems: { id: string }[] };
};
type Observation = { id: string; path: string; status: string; answer: string | null };

describe('Observaciones en el formulario del documento, en Chromium', () => {
  let t: UiApp;
  let browser: Browser;
  let team: AgencyTeam;
  let cycle: CycleDriver;
  let expected: Diagnostic;

  const people = new SignedInPeople(() => ({ browser, baseUrl: t.baseUrl, password: PASSWORD }));
  const open = (person: Person, width?: number) => people.open(person, width);
  const observations = async (): Promise<Observation[]> => {
    const response = await t.http
      .get(`/api/cycles/${cycle.cycleId}/observations`)
      .set('Authorization', `Bearer ${team.officer.token}`);
    expect(response.status).toBe(200);
    return (response.body as { items: Observation[] }).items;
  };
  const byPath = async (path: string) => (await observations()).find((o) => o.path === path);
  const saved = async (page: Page) => {
    const status = page.getByRole('status').filter({ hasText: /^(Guardado a las \d\d:\d\d\.|No se guardó)/ });
    await status.waitFor({ timeout: 10_000 });
    expect(await status.innerText()).toMatch(/^Guardado a las \d\d:\d\d\.$/);
  };
  // Beside its field: in the same block as the control, after it.
  const expectUnder = async (note: Locator, controlId: string) =>
    expect(
      note.evaluate((article, id) => {
        const control = document.getElementById(id);
        const block = article.parentElement?.parentElement;
        return (
          !!control &&
          !!block?.contains(control) &&
          (control.compareDocumentPosition(article) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
        );
      }, controlId),
    ).resolves.toBe(true);
  const note = (scope: Page | Locator, about: string, status = 'Abierta') =>
    scope.getByRole('article', { name: `Observación de la Jefatura sobre «${about}»: ${status}` });

  beforeAll(async () => {
    [t, browser] = await Promise.all([startUiApp(), launchBrowser()]);
    const admin = await adminToken(t.http);
    team = await createTeam(t.http, admin, 'FOB');
    cycle = await CycleDriver.create(t.http, team, 2027);
    await cycle.save(team.officer, 'strategic-definitions');
    await cycle.passGate(team);
    await cycle.save(team.officer, 'diagnostic');
    await cycle.send(team.officer, 'SUBMIT');
    await cycle.send(team.head, 'RETURN', {
      comment: 'Revise las observaciones por elemento antes de volver a enviar.',
      observations: [
        { kind: 'diagnostic', path: 'missionAnalysis/mission', text: MISSION_NOTE },
        { kind: 'diagnostic', path: 'products/PE-3/inequities/INQ-3/gap', itemId: 'INQ-3', text: GAP_NOTE },
        { kind: 'diagnostic', path: 'informationSystems/systems/SI-2', itemId: 'SI-2', text: SYSTEM_NOTE },
        { kind: 'diagnostic', path: 'informationSystems/systems/SI-4', itemId: 'SI-4', text: GONE_NOTE },
      ],
    });
    // The officer removes the system SI-4 (over the API): its observation has no place any more.
    expected = readFixture('diagnostic') as Diagnostic;
    expected.informationSystems.systems = expected.informationSystems.systems.filter((s) => s.id !== 'SI-4');
    await cycle.save(team.officer, 'diagnostic', expected);
  }, 120_000);
  afterEach(async () => {
    await people.closeAll();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows each observation beside its field or item in "Editar", filters to the open ones, and answers them there', async () => {
    const page = await open(team.officer);
    await page.goto(`/ciclos/${cycle.cycleId}/documentos/diagnostic`);
    await page.getByRole('button', { name: 'Editar' }).click();
    const form = page.getByRole('form', { name: 'Formulario del documento' });
    const mission = form.getByRole('textbox', { name: 'Misión', exact: true });
    await mission.waitFor();

    // A field: under its control, with its author, role and round.
    const missionNote = note(form, 'Análisis de la misión institucional › Misión');
    const missionText = await missionNote.innerText();
    expect(missionText).toContain(MISSION_NOTE);
    expect(missionText).toContain('Persona fob.jefatura · Jefe/a de Servicio · Ronda 1: Devuelto por la Jefatura');
    await expectUnder(missionNote, 'campo-missionAnalysis.mission');
    // A field of an item inside another item: under that field, in that item's card.
    const pe3 = form.getByRole('group', { name: 'Productos estratégicos › PE-3' });
    const inq3 = pe3.getByRole('group', { name: 'Inequidades › INQ-3' });
    const gapNote = note(inq3, 'Productos estratégicos › PE-3 › Inequidades › INQ-3 › Brecha');
    await expect(gapNote.innerText()).resolves.toContain(GAP_NOTE);
    await expectUnder(gapNote, 'campo-products[2].inequities[0].gap');
    // An item: at the top of its card, before its first field.
    const si2 = form.getByRole('group', { name: 'Sistemas de información estadísticos › SI-2' });
    const systemNote = note(si2, 'Sistemas de información › Sistemas de información estadísticos › SI-2');
    await expect(systemNote.innerText()).resolves.toContain(SYSTEM_NOTE);
    await expect(
      systemNote.evaluate((article) => {
        const first = article.closest('fieldset')?.querySelector('input, textarea');
        return !!first && (article.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      }),
    ).resolves.toBe(true);
    // The removed item's: above the form, still to be answered.
    const gone = page.getByRole('region', { name: 'Sobre elementos que ya no están' });
    await expect(
      note(gone, 'Sistemas de información › Sistemas de información estadísticos › SI-4').innerText(),
    ).resolves.toContain(GONE_NOTE);
    await expect(form.getByRole('article').count()).resolves.toBe(3);
    await expectAccessible(page, 'Documento: edición con observaciones');
    await screenshot(page, 'formulario-observaciones');
    await screenshotAt1024(page, 'formulario-observaciones');

    // Filtered to the open ones (with the keyboard): the other fields and items are hidden,
    // what leads to those shown is kept.
    await page.getByRole('checkbox', { name: ONLY_OPEN }).focus();
    await page.keyboard.press('Space');
    await form.getByRole('textbox', { name: 'Análisis', exact: true }).waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('abiertas')).toBe('1');
    await mission.waitFor();
    await expect(form.getByRole('group', { name: 'Productos estratégicos › PE-1' }).count()).resolves.toBe(0);
    await expect(inq3.getByRole('textbox', { name: 'Brecha', exact: true }).count()).resolves.toBe(1);
    await expect(inq3.getByRole('textbox', { name: 'Descripción', exact: true }).count()).resolves.toBe(0);
    await expect(pe3.getByRole('group', { name: /Clientes/ }).count()).resolves.toBe(0);
    await expect(si2.getByRole('textbox', { name: 'Nombre', exact: true }).count()).resolves.toBe(1);
    await expect(
      form.getByRole('group', { name: 'Sistemas de información estadísticos › SI-1' }).count(),
    ).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Agregar en/ }).count()).resolves.toBe(0);
    await expectAccessible(page, 'Documento: edición filtrada');
    await screenshot(page, 'formulario-observaciones-filtro');

    // Answered with the keyboard, where it is; it stays in view while filtered.
    await missionNote.getByRole('textbox', { name: /^Respuesta/ }).focus();
    await page.keyboard.type(ANSWER);
    await tabTo(page, 'Enviar respuesta');
    await page.keyboard.press('Enter');
    await note(form, 'Análisis de la misión institucional › Misión', 'Respondida').waitFor();
    await page.getByRole('status').filter({ hasText: 'Respuesta enviada.' }).waitFor();
    await mission.waitFor();
    // Marked addressed.
    await systemNote.getByRole('button', { name: 'Marcar como atendida' }).click();
    await note(si2, 'Sistemas de información › Sistemas de información estadísticos › SI-2', 'Atendida').waitFor();

    // Typed while filtered: saved, and nothing hidden lost.
    await inq3.getByRole('textbox', { name: 'Brecha', exact: true }).fill(NEW_GAP);
    await saved(page);
    const inq3Expected = expected.products.find((p) => p.productId === 'PE-3')?.inequities?.[0];
    if (!inq3Expected) throw new Error('El ejemplo no tiene INQ-3');
    inq3Expected.gap = NEW_GAP;
    await expect(cycle.document(team.officer, 'diagnostic')).resolves.toMatchObject({ version: 3, content: expected });
    await expect(byPath('missionAnalysis/mission')).resolves.toMatchObject({ status: 'answered', answer: ANSWER });
    await expect(byPath('informationSystems/systems/SI-2')).resolves.toMatchObject({ status: 'addressed' });
    await expect(byPath('products/PE-3/inequities/INQ-3/gap')).resolves.toMatchObject({ status: 'open' });

    // Unfiltered: the whole form again.
    await page.getByRole('checkbox', { name: ONLY_OPEN }).uncheck();
    await form.getByRole('textbox', { name: 'Análisis', exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('abiertas')).toBeNull();
  }, 240_000);

  it('warns before "Enviar a aprobación" about the observations still open, links to them, and still sends', async () => {
    const page = await open(team.officer);
    await page.goto(`/ciclos/${cycle.cycleId}`);
    await page.getByRole('button', { name: 'Enviar a aprobación' }).click();
    const dialog = page.getByRole('dialog');
    const warning = dialog.getByText('Quedan observaciones sin responder');
    await warning.waitFor();
    await dialog.getByText('Informe de Diagnóstico: 2 observaciones abiertas').waitFor();
    await expectAccessible(page, 'Ciclo: enviar con observaciones abiertas');
    await screenshot(page, 'formulario-observaciones-envio');

    await dialog.getByRole('link', { name: 'Verlas en el formulario' }).click();
    await page.getByRole('heading', { level: 1, name: 'Informe de Diagnóstico' }).waitFor();
    const form = page.getByRole('form', { name: 'Formulario del documento' });
    await form.getByRole('textbox', { name: 'Brecha', exact: true }).waitFor();
    await expect(page.getByRole('checkbox', { name: ONLY_OPEN }).isChecked()).resolves.toBe(true);
    // The mission's observation was answered: no longer open, its field hidden.
    await expect(form.getByRole('textbox', { name: 'Misión', exact: true }).count()).resolves.toBe(0);

    // A warning, not a block: the officer may send.
    await page.goto(`/ciclos/${cycle.cycleId}`);
    await page.getByRole('button', { name: 'Enviar a aprobación' }).click();
    await page.getByRole('dialog').getByText('Quedan observaciones sin responder').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Enviar a aprobación' }).click();
    await page.getByRole('status').filter({ hasText: 'Enviado a aprobación de la Jefatura' }).waitFor();
    await expect(cycle.get(team.officer)).resolves.toMatchObject({ state: 'diagnostic.submitted' });
  }, 180_000);
});
