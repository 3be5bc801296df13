import type { Browser, Page } from 'playwright-core';
import { readFixture } from '../fixtures/cycle';
import { addMember, adminToken, type Person } from '../support/actors';
import { createTeam, CycleDriver, type AgencyTeam } from '../support/cycle-driver';
import { waitFor } from '../support/processes';
import { PASSWORD } from '../support/test-app';
import {
  expectAccessible,
  launchBrowser,
  screenshot,
  startUiApp,
  type UiApp,
  SignedInPeople,
  tabTo,
} from './support/browser';

// The head's and SERNAM's review in the browser (documents written over the API, resubmitted in the
// browser by the officer from the Ciclo screen): a return with
// an observation on an item, the officer reading and addressing it at its place, the changes
// of the next version, approval, a denial, a keyboard-only approval, the visa, and the refusal
// shown to a head who wrote the version under review. Every decision is checked over the API, and
// the people each one concerns find its notification in the browser.

const INQ3_GAP = 'Productos estratégicos › PE-3 › Inequidades › INQ-3 › Brecha';
const ITEM_OBSERVATION = 'La brecha debe expresarse también en número de personas, no solo en porcentajes.';
const GENERAL_COMMENT = 'Complete la cuantificación de las brechas antes de volver a enviar.';
const ANSWER = 'Se agregó el número de socias y de presidentas a la brecha.';
const NEW_GAP =
  'Mujeres: 310 de 1.200 personas socias (25,8 %) y 15 de 86 presidencias (17,4 %) de las organizaciones asociativas apoyadas (2025).';
const EXPERT_OBSERVATION = 'La misión debe citar el ámbito territorial que define la ley orgánica del Servicio.';

type Diagnostic = {
  missionAnalysis: { mission: string };
  products: { productId: string; inequities?: { id: string; gap: string; description: string }[] }[];
};

describe('Revisión y Documento, en Chromium', () => {
  let t: UiApp;
  let browser: Browser;
  let team: AgencyTeam;
  let cycle: CycleDriver;

  const as = (person: Person) => ({ Authorization: `Bearer ${person.token}` });
  const get = async (person: Person, path: string): Promise<unknown> => {
    const response = await t.http.get(`/api${path}`).set(as(person));
    expect(response.status).toBe(200);
    return response.body as unknown;
  };
  const lastHistoryEntry = async () => {
    const history = (await get(team.head, `/cycles/${cycle.cycleId}/history`)) as { type: string }[];
    return history.at(-1) as Record<string, unknown>;
  };
  const people = new SignedInPeople(() => ({ browser, baseUrl: t.baseUrl, password: PASSWORD }));
  const open = (person: Person, width?: number) => people.open(person, width);
  const diagnostic = (edit: (d: Diagnostic) => void = () => {}) => {
    const content = readFixture('diagnostic') as Diagnostic;
    edit(content);
    return content;
  };
  const inq3 = (d: Diagnostic) => d.products.find((p) => p.productId === 'PE-3')!.inequities![0];
  const decisionDone = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
  // The officer resubmits from the Ciclo screen, as a person does; the API then holds the submission.
  const submitInBrowser = async () => {
    const page = await open(team.officer);
    await page.goto(`/ciclos/${cycle.cycleId}`);
    await page.getByRole('button', { name: 'Enviar a aprobación' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Enviar a aprobación' }).click();
    await page.getByRole('status').filter({ hasText: 'Enviado a aprobación de la Jefatura' }).waitFor();
    await expect(cycle.get(team.officer)).resolves.toMatchObject({ state: 'diagnostic.submitted' });
  };
  // The person's Notificaciones page lists what the event told them, and the bell counts it.
  const expectNotified = async (person: Person, title: RegExp) => {
    // Notifications are written by a background job just after the event: wait for it first.
    await waitFor(
      async () => {
        const { items } = (await get(person, '/notifications?unread=true')) as { items: { title: string }[] };
        return items.some((n) => title.test(n.title)) ? true : undefined;
      },
      () => `sin notificación ${String(title)} para ${person.email}`,
      10_000,
    );
    const page = await open(person);
    await page.getByRole('link', { name: /^Notificaciones: \d+ sin leer$/ }).waitFor();
    await page.goto('/notificaciones');
    await page.getByRole('link', { name: title }).first().waitFor();
  };

  beforeAll(async () => {
    [t, browser] = await Promise.all([startUiApp(), launchBrowser()]);
    const admin = await adminToken(t.http);
    team = await createTeam(t.http, admin, 'REV');
    cycle = await CycleDriver.create(t.http, team, 2027);
    await cycle.save(team.officer, 'strategic-definitions');
    await cycle.passGate(team);
    await cycle.save(team.officer, 'diagnostic');
    await cycle.send(team.officer, 'SUBMIT');
  });
  afterEach(async () => {
    await people.closeAll();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the head opens the submitted diagnostic from the Bandeja and returns it with an observation on an item', async () => {
    const page = await open(team.head);
    await page.getByRole('link', { name: /^Aprobar o devolver/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Revisión: Informe de Diagnóstico' }).waitFor();
    await page.getByText('Primera versión enviada: no hay una versión anterior con qué comparar.').waitFor();
    // The content reads as a record: labels in Spanish, a table of inequities, no JSON.
    await page.getByRole('columnheader', { name: 'Brecha' }).first().waitFor();
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/[{}"]|inequities|productId/);

    await page
      .getByRole('button', { name: 'Agregar observación sobre «Productos estratégicos › PE-3 › Inequidades › INQ-3»' })
      .click();
    const dialog = page.getByRole('dialog', {
      name: 'Observación sobre «Productos estratégicos › PE-3 › Inequidades › INQ-3»',
    });
    await dialog.getByRole('combobox', { name: /^Sobre/ }).selectOption({ label: 'Brecha' });
    await dialog.getByRole('textbox', { name: /^Observación/ }).fill(ITEM_OBSERVATION);
    await dialog.getByRole('button', { name: 'Agregar observación', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: 'Observaciones por elemento (1)' }).waitFor();
    await page
      .getByRole('article', { name: `Su observación sobre «${INQ3_GAP}», por enviar` })
      .first()
      .waitFor();
    await expectAccessible(page, 'Revisión');
    await shot(page, 'revision');

    await page.getByRole('button', { name: 'Devolver', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Devolver: confirme su decisión' });
    await confirm.getByRole('textbox', { name: /^Observaciones/ }).fill(GENERAL_COMMENT);
    await confirm.getByRole('button', { name: 'Devolver', exact: true }).click();
    await decisionDone(page, 'Devuelto: el Informe de Diagnóstico volvió a borrador con sus observaciones.');
    await page.getByRole('link', { name: 'Volver a la bandeja' }).first().waitFor();

    const { items } = (await get(team.head, `/cycles/${cycle.cycleId}/observations`)) as { items: unknown[] };
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'diagnostic',
        documentVersion: 1,
        path: 'products/PE-3/inequities/INQ-3/gap',
        itemId: 'INQ-3',
        text: ITEM_OBSERVATION,
        status: 'open',
        author: expect.objectContaining({ id: team.head.id, role: 'agency_head' }),
      }),
    ]);
    await expect(lastHistoryEntry()).resolves.toMatchObject({
      type: 'RETURN',
      actorId: team.head.id,
      comment: GENERAL_COMMENT,
      documents: [expect.objectContaining({ kind: 'diagnostic', version: 1 })],
      observations: [expect.objectContaining({ path: 'products/PE-3/inequities/INQ-3/gap', text: ITEM_OBSERVATION })],
    });
    await expect(cycle.get(team.officer)).resolves.toMatchObject({ state: 'diagnostic.draft' });
  });

  it('the officer reads the observation at its place on the Documento page and marks it addressed', async () => {
    await expectNotified(team.officer, /^Documento devuelto con observaciones/);
    const page = await open(team.officer);
    await page.goto(`/ciclos/${cycle.cycleId}`);
    await page.getByRole('link', { name: 'Informe de Diagnóstico', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Informe de Diagnóstico' }).waitFor();
    // At its place: inside product PE-3, under the row of INQ-3; nowhere else.
    const note = page
      .locator('[id="lugar:diagnostic:products/PE-3"]')
      .getByRole('article', { name: `Observación de la Jefatura sobre «${INQ3_GAP}»: Abierta` });
    await note.waitFor();
    await expect(note.textContent()).resolves.toContain(ITEM_OBSERVATION);
    await expect(note.textContent()).resolves.toContain('Ronda 1');
    await expect(page.getByRole('article', { name: /Observación de la Jefatura/ }).count()).resolves.toBe(1);
    await page.getByText(GENERAL_COMMENT).waitFor();

    await page.getByRole('checkbox', { name: 'Solo elementos con observaciones abiertas' }).check();
    await page.getByRole('heading', { name: /^PE-1/ }).waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: /^PE-3/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('abiertas')).toBe('1');
    await expectAccessible(page, 'Documento');
    await shot(page, 'documento-observaciones');
    await page.getByRole('checkbox', { name: 'Solo elementos con observaciones abiertas' }).uncheck();
    await page.getByRole('heading', { name: /^PE-1/ }).waitFor();

    await note.getByRole('textbox', { name: /^Respuesta/ }).fill(ANSWER);
    await note.getByRole('button', { name: 'Marcar como atendida' }).click();
    await page.getByRole('article', { name: `Observación de la Jefatura sobre «${INQ3_GAP}»: Atendida` }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Observación marcada como atendida.' }).waitFor();

    const { items } = (await get(team.officer, `/cycles/${cycle.cycleId}/observations`)) as {
      items: { status: string; answer: string; answeredBy: { id: string } }[];
    };
    expect(items).toEqual([expect.objectContaining({ status: 'addressed', answer: ANSWER, addressedInVersion: null })]);
    expect(items[0]?.answeredBy.id).toBe(team.officer.id);
  });

  it('after the resubmission the head sees what changed and that the observation was addressed, and approves', async () => {
    await cycle.save(
      team.officer,
      'diagnostic',
      diagnostic((d) => (inq3(d).gap = NEW_GAP)),
    );
    await submitInBrowser();
    await expectNotified(team.head, /^Documento enviado a su aprobación/);

    const page = await open(team.head);
    await page.getByRole('link', { name: /^Aprobar o devolver/ }).click();
    await page.getByRole('heading', { name: 'Cambios desde la versión devuelta' }).waitFor();
    await page
      .getByText('Versión 2 comparada con la versión 1, la que la Jefatura devolvió', { exact: false })
      .waitFor();
    const change = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: INQ3_GAP }) });
    await expect(change.textContent()).resolves.toContain('Modificado');
    await expect(change.getByRole('insertion').first().textContent()).resolves.toContain('310');
    await expect(change.textContent()).resolves.toContain('[se agregó: ');
    await expect(change.textContent()).resolves.toContain(`Relacionado con la observación: «${ITEM_OBSERVATION}»`);
    await page
      .getByRole('article', { name: `Observación de la Jefatura sobre «${INQ3_GAP}»: Atendida en la versión 2` })
      .first()
      .waitFor();
    await expectAccessible(page, 'Revisión con cambios');
    await shot(page, 'revision-cambios');

    await page.getByRole('button', { name: 'Aprobar', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Aprobar: confirme su decisión' })
      .getByRole('button', { name: 'Aprobar' })
      .click();
    await decisionDone(page, 'Aprobado: el Informe de Diagnóstico quedó en visación técnica de SERNAM.');

    await expect(cycle.get(team.head)).resolves.toMatchObject({ state: 'diagnostic.approved' });
    await expect(lastHistoryEntry()).resolves.toMatchObject({
      type: 'APPROVE',
      actorId: team.head.id,
      documents: [expect.objectContaining({ kind: 'diagnostic', version: 2 })],
    });
  });

  it('SERNAM denies the visa with observations (at 1024 px)', async () => {
    await expectNotified(team.expert, /^Documento por visar/);
    const page = await open(team.expert, 1024);
    await page.getByRole('link', { name: /^Otorgar o denegar/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Revisión: Informe de Diagnóstico' }).waitFor();
    await page
      .getByRole('button', { name: 'Agregar observación sobre «Análisis de la misión institucional › Misión»' })
      .click();
    const dialog = page.getByRole('dialog', { name: /^Observación sobre/ });
    await dialog.getByRole('textbox', { name: /^Observación/ }).fill(EXPERT_OBSERVATION);
    await dialog.getByRole('button', { name: 'Agregar observación', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: 'Observaciones por elemento (1)' }).waitFor();
    await shot(page, 'revision-1024');

    await page.getByRole('button', { name: 'Denegar visación', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Denegar visación: confirme su decisión' });
    await confirm.getByRole('textbox', { name: /^Observaciones/ }).fill('Revise la misión antes de volver a enviar.');
    await confirm.getByRole('button', { name: 'Denegar visación' }).click();
    await decisionDone(page, 'Visación denegada: el Informe de Diagnóstico volvió a borrador con sus observaciones.');

    await expect(cycle.get(team.expert)).resolves.toMatchObject({ state: 'diagnostic.draft' });
    await expect(lastHistoryEntry()).resolves.toMatchObject({
      type: 'DENY_VISA',
      actorId: team.expert.id,
      comment: 'Revise la misión antes de volver a enviar.',
      documents: [expect.objectContaining({ kind: 'diagnostic', version: 2 })],
    });
    const { items } = (await get(team.expert, `/cycles/${cycle.cycleId}/observations`)) as { items: unknown[] };
    expect(items).toContainEqual(
      expect.objectContaining({
        path: 'missionAnalysis/mission',
        text: EXPERT_OBSERVATION,
        status: 'open',
        author: expect.objectContaining({ role: 'sernam_expert' }),
      }),
    );
  });

  it('after the next resubmission the head approves with the keyboard alone, and SERNAM grants the visa', async () => {
    await cycle.save(
      team.officer,
      'diagnostic',
      diagnostic((d) => {
        inq3(d).gap = NEW_GAP;
        d.missionAnalysis.mission += ' Su ámbito territorial es el de las regiones que define su ley orgánica.';
      }),
    );
    await expectNotified(team.officer, /^Visación denegada/);
    await submitInBrowser();

    const head = await open(team.head);
    await head.goto(`/ciclos/${cycle.cycleId}/revision`);
    await head.getByRole('heading', { name: 'Cambios desde la versión aprobada anterior' }).waitFor();
    await tabTo(head, 'Aprobar');
    await head.keyboard.press('Enter');
    await head.getByRole('dialog', { name: 'Aprobar: confirme su decisión' }).waitFor();
    await tabTo(head, 'Aprobar');
    await head.keyboard.press('Space');
    await decisionDone(head, 'Aprobado: el Informe de Diagnóstico quedó en visación técnica de SERNAM.');
    await expect(lastHistoryEntry()).resolves.toMatchObject({
      type: 'APPROVE',
      actorId: team.head.id,
      documents: [expect.objectContaining({ kind: 'diagnostic', version: 3 })],
    });

    const expert = await open(team.expert);
    await expert.getByRole('link', { name: /^Otorgar o denegar/ }).click();
    await expert.getByRole('heading', { name: 'Cambios desde la versión con visación denegada' }).waitFor();
    await expert.getByRole('link', { name: 'Análisis de la misión institucional › Misión' }).first().waitFor();
    await expert.getByRole('button', { name: 'Otorgar visación', exact: true }).click();
    await expert
      .getByRole('dialog', { name: 'Otorgar visación: confirme su decisión' })
      .getByRole('button', { name: 'Otorgar visación' })
      .click();
    await decisionDone(expert, 'Visación otorgada: el Informe de Diagnóstico quedó visado.');

    await expect(cycle.get(team.expert)).resolves.toMatchObject({ state: 'planning.draft' });
    await expectNotified(team.officer, /^Visación otorgada/);
    await expect(lastHistoryEntry()).resolves.toMatchObject({
      type: 'GRANT_VISA',
      actorId: team.expert.id,
      documents: [expect.objectContaining({ kind: 'diagnostic', version: 3 })],
    });
  });

  it('a head who wrote the version under review is told, in Spanish, that they may not decide on it', async () => {
    const admin = await adminToken(t.http);
    const other = await createTeam(t.http, admin, 'AUT');
    await addMember(t.http, admin, other.agencyId, other.head.id, 'centre_lead', 'Gabinete');
    const own = await CycleDriver.create(t.http, other, 2027);
    await own.save(other.head, 'strategic-definitions');
    await own.send(other.officer, 'SUBMIT');

    const page = await open(other.head);
    await page.goto(`/ciclos/${own.cycleId}/revision`);
    await page.getByRole('heading', { level: 1, name: /^Revisión: Ficha A1/ }).waitFor();
    await page.getByText('No puede aprobar, devolver ni visar un documento del que es autor/a.').waitFor();
    await expect(page.getByRole('button', { name: 'Aprobar', exact: true }).count()).resolves.toBe(0);
    // The API refuses it for the same reason.
    const refused = await own.trySend(other.head, 'APPROVE');
    expect([refused.status, refused.body.code]).toEqual([403, 'SELF_APPROVAL']);
    await expect(own.get(other.head)).resolves.toMatchObject({ state: 'strategicDefinitions.submitted' });
  });

  it('opens the review of a 200-activity work programme with its changes, and takes an observation on an activity', async () => {
    const programme = (edit: boolean) => {
      const base = readFixture('work-programme') as { activities: Record<string, unknown>[] };
      const activities = Array.from({ length: 200 }, (_, i) => ({
        ...base.activities[i % base.activities.length],
        id: `A-${i + 1}`,
        ...(edit && i === 149
          ? { description: 'Actividad reprogramada: talleres regionales en modalidad mixta.' }
          : {}),
      }));
      return { ...base, activities };
    };
    const big = await createTeam(t.http, await adminToken(t.http), 'PRF');
    const planning = await CycleDriver.create(t.http, big, 2027);
    for (const kind of ['strategic-definitions', 'diagnostic'] as const) {
      await planning.save(big.officer, kind);
      await planning.passGate(big);
    }
    await planning.save(big.officer, 'plan');
    await planning.save(big.officer, 'work-programme', programme(false));
    await planning.send(big.officer, 'SUBMIT');
    await planning.send(big.head, 'RETURN', { comment: 'Revise la actividad A-150.' });
    await planning.save(big.officer, 'work-programme', programme(true));
    await planning.send(big.officer, 'SUBMIT');

    // How fast is for `npm run bench:ui`; here, that the whole programme and its change are there.
    const page = await open(big.head);
    await page.getByRole('link', { name: /^Aprobar o devolver/ }).click();
    await page.getByRole('rowheader', { name: 'A-200', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Actividades › A-150 › Descripción' }).waitFor();
    await page.getByRole('button', { name: 'Agregar observación sobre «Actividades › A-150»' }).click();
    const observation = page.getByRole('dialog').getByRole('textbox', { name: /^Observación/ });
    await observation.pressSequentially('Falta el lugar.', { delay: 0 });
    await expect(observation.inputValue()).resolves.toBe('Falta el lugar.');
  });
});

/** A full-page screenshot from the top (the header and the side panel stay where they belong). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}
