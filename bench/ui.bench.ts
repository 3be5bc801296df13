// npm run bench:ui — the web app as a person meets it, on the embedded default with the demo seed:
// initial JavaScript (gzip), sign-in to an interactive Bandeja, opening the head's review of a
// 200-activity work programme with its changes, and the centre lead's form of such a programme:
// opening it, typing in it (input lag per keystroke) and saving it. Prints medians and exits
// non-zero when a figure misses its budget by more than twice.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { readFixture } from '../test/fixtures/cycle';
import { createTeam, CycleDriver } from '../test/support/cycle-driver';
import { freePort, waitFor } from '../test/support/processes';
import { PASSWORD } from '../test/support/test-app';
import { launchBrowser, newPerson } from '../test/ui/support/browser';
import { summarise } from './support/stats';

const median = (values: number[]): number => summarise(values).p50;

const ROOT = join(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// The pause after the last key before the form saves (AUTOSAVE_MS in web/src/documentos/form/use-document-editor.ts).
const AUTOSAVE_MS = 2000;

interface Budget {
  label: string;
  value: number;
  unit: string;
  budget: number;
}

// The JavaScript the browser must fetch before the first screen: the entry module and what it preloads.
function initialJavaScript(): { gzipKb: number; files: number } {
  const dist = join(ROOT, 'web', 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const paths = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const bytes = paths.reduce((sum, path) => sum + gzipSync(readFileSync(join(dist, path)), { level: 9 }).length, 0);
  return { gzipKb: bytes / 1024, files: paths.length };
}

function run(entry: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [join(ROOT, 'dist', entry)], {
    env: { PATH: process.env.PATH ?? '', ...env },
    cwd: ROOT,
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, exited, output: () => output };
}

// A 200-activity work programme grown from the example one, its measures still those of the plan.
function largeWorkProgramme(edit = 0) {
  const base = readFixture('work-programme') as { activities: Record<string, unknown>[] } & Record<string, unknown>;
  const activities = Array.from({ length: 200 }, (_, i) => {
    const model = base.activities[i % base.activities.length] ?? {};
    const description = `${String(model.description)} (tramo ${i + 1})`;
    return {
      ...model,
      id: `A-${i + 1}`,
      description: i < edit ? `${description}, revisado tras la devolución` : description,
    };
  });
  return { ...base, activities };
}

// Timed inside the page, from the click to the first frame painted with the change shown, so that
// Playwright's polling adds nothing to the figure.
function watchForChange(): void {
  const state = window as unknown as { reviewOpenedMs?: number };
  let clickedAt = 0;
  document.addEventListener('click', () => (clickedAt = performance.now()), { capture: true, once: true });
  const shown = () =>
    Array.from(document.querySelectorAll('ins')).some((node) =>
      node.textContent?.includes('revisado tras la devolución'),
    );
  const observer = new MutationObserver(() => {
    if (!clickedAt || !shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => (state.reviewOpenedMs = performance.now() - clickedAt));
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

// The form's last field, painted: from the click on "Editar" to the frame that shows it.
function watchForForm(lastFieldId: string): void {
  const state = window as unknown as { formOpenedMs?: number };
  let clickedAt = 0;
  document.addEventListener('click', () => (clickedAt = performance.now()), { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (!clickedAt || !document.getElementById(lastFieldId)) return;
    observer.disconnect();
    requestAnimationFrame(() => (state.formOpenedMs = performance.now() - clickedAt));
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

// Input lag: from each key's event to the next frame, after React has drawn the change.
function watchKeystrokes(): void {
  const state = window as unknown as { lags: number[] };
  state.lags = [];
  document.addEventListener(
    'keydown',
    (event) => requestAnimationFrame(() => state.lags.push(performance.now() - event.timeStamp)),
    { capture: true },
  );
}

// The autosave's round trip: from the last key, less the pause the form waits for, to the announced
// "Guardado a las…", timed in the page.
function watchForAutosave(pauseMs: number): void {
  const state = window as unknown as { savedMs?: number };
  let lastKeyAt = 0;
  document.addEventListener('keydown', () => (lastKeyAt = performance.now()), { capture: true });
  const observer = new MutationObserver(() => {
    const said = Array.from(document.querySelectorAll('[role="status"]')).some((n) =>
      n.textContent?.startsWith('Guardado a las'),
    );
    if (!lastKeyAt || !said) return;
    observer.disconnect();
    state.savedMs = performance.now() - lastKeyAt - pauseMs;
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

// Which API calls the screen made and when, relative to the click (BENCH_TRACE=1).
async function apiTimeline(page: import('playwright-core').Page): Promise<string> {
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({
      name: e.name.replace(location.origin, ''),
      start: e.startTime,
      end: (e as PerformanceResourceTiming).responseEnd,
    })),
  );
  const last = entries.filter((e) => e.name.startsWith('/api/inbox')).at(-1)?.end ?? 0;
  return entries
    .filter((e) => e.start >= last - 1)
    .map((e) => `  ${(e.start - last).toFixed(0).padStart(5)} → ${(e.end - last).toFixed(0).padStart(5)} ms  ${e.name}`)
    .join('\n');
}

async function main(): Promise<void> {
  const js = initialJavaScript();
  const dataDir = mkdtempSync(join(tmpdir(), 'enfoque-bench-ui-'));
  const port = await freePort();
  const env = { DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', LOGIN_THROTTLE_LIMIT: '100000' };
  const seed = run('scripts/seed-demo.js', env);
  if ((await seed.exited) !== 0) throw new Error(`seed:demo falló\n${seed.output()}`);
  const api = run('src/main.js', env);
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await launchBrowser();
  try {
    await waitFor(
      async () => ((await fetch(`${baseUrl}/api/health`)).ok ? true : undefined),
      () => api.output(),
      60_000,
    );
    const credentials = JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8')) as {
      role: string;
      email: string;
      password: string;
    }[];
    const officer = credentials.find((c) => c.role === 'gender_officer');
    if (!officer) throw new Error('la demostración no tiene encargada de género');

    // The head's review of a returned and resubmitted 200-activity work programme.
    const http = request(baseUrl);
    // The administrator's e-mail and password, as the first start wrote them.
    const [adminEmail, adminPassword] = readFileSync(join(dataDir, 'admin-password.txt'), 'utf8').trim().split('\n');
    const admin = (await http.post('/api/auth/login').send({ email: adminEmail, password: adminPassword })).body as {
      accessToken: string;
    };
    const team = await createTeam(http, admin.accessToken, `BENCHUI${Date.now() % 100000}`);
    const cycle = await CycleDriver.create(http, team, 2030);
    await cycle.save(team.officer, 'strategic-definitions');
    await cycle.passGate(team);
    await cycle.save(team.officer, 'diagnostic');
    await cycle.passGate(team);
    await cycle.save(team.officer, 'plan');
    await cycle.save(team.centreLead, 'work-programme', largeWorkProgramme());
    await cycle.send(team.officer, 'SUBMIT');
    await cycle.send(team.head, 'RETURN', {
      comment: 'Precisar los medios de verificación de las primeras actividades.',
    });
    await cycle.save(team.centreLead, 'work-programme', largeWorkProgramme(10));
    await cycle.send(team.officer, 'SUBMIT');

    // The same programme in draft in another year, where the centre lead still writes it.
    const draft = await CycleDriver.create(http, team, 2031);
    await draft.save(team.officer, 'strategic-definitions');
    await draft.passGate(team);
    await draft.save(team.officer, 'diagnostic');
    await draft.passGate(team);
    await draft.save(team.officer, 'plan');
    await draft.save(team.centreLead, 'work-programme', largeWorkProgramme());

    const signInMs: number[] = [];
    const formMs: number[] = [];
    const lagMs: number[] = [];
    const saveMs: number[] = [];
    const reviewMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const asOfficer = await newPerson(browser, baseUrl);
      await asOfficer.page.goto('/');
      await asOfficer.page.getByLabel('Correo electrónico').fill(officer.email);
      await asOfficer.page.getByLabel(/^Contraseña/).fill(officer.password);
      const started = performance.now();
      await asOfficer.page.getByRole('button', { name: 'Ingresar' }).click();
      await asOfficer.page.getByRole('heading', { level: 1, name: 'Bandeja' }).waitFor();
      await asOfficer.page.getByRole('table').first().waitFor();
      signInMs.push(performance.now() - started);
      await asOfficer.context.close();

      const asHead = await newPerson(browser, baseUrl);
      await asHead.page.goto('/');
      await asHead.page.getByLabel('Correo electrónico').fill(team.head.email);
      await asHead.page.getByLabel(/^Contraseña/).fill(PASSWORD);
      await asHead.page.getByRole('button', { name: 'Ingresar' }).click();
      await asHead.page.getByRole('heading', { level: 1, name: 'Bandeja' }).waitFor();
      // As a person does: from the Bandeja, the link to what awaits them.
      const link = asHead.page.getByRole('link', { name: /^Aprobar o devolver/ }).first();
      await link.waitFor();
      await asHead.page.evaluate(watchForChange);
      await link.click();
      await asHead.page.getByText('revisado tras la devolución').first().waitFor();
      const opened = await asHead.page.waitForFunction(
        () => (window as unknown as { reviewOpenedMs?: number }).reviewOpenedMs,
      );
      if (process.env.BENCH_TRACE) console.log(await apiTimeline(asHead.page));
      reviewMs.push(Number(await opened.jsonValue()));
      await asHead.context.close();

      const asLead = await newPerson(browser, baseUrl);
      await asLead.page.goto('/');
      await asLead.page.getByLabel('Correo electrónico').fill(team.centreLead.email);
      await asLead.page.getByLabel(/^Contraseña/).fill(PASSWORD);
      await asLead.page.getByRole('button', { name: 'Ingresar' }).click();
      await asLead.page.getByRole('heading', { level: 1, name: 'Bandeja' }).waitFor();
      await asLead.page.goto(`/ciclos/${draft.cycleId}/documentos/work-programme`);
      const edit = asLead.page.getByRole('button', { name: 'Editar' });
      await edit.waitFor();
      // The last activity's card (a long list opens folded, one line per item: ItemCard.tsx).
      const lastField = 'campo-activities[199]';
      await asLead.page.evaluate(watchForForm, lastField);
      await edit.click();
      // Two minutes: a slow form must give a figure, not a timeout.
      const formOpened = await asLead.page.waitForFunction(
        () => (window as unknown as { formOpenedMs?: number }).formOpenedMs,
        undefined,
        { timeout: 120_000 },
      );
      formMs.push(Number(await formOpened.jsonValue()));
      // A person's typing speed (about 8 keys a second) in the description of activity A-150, opened.
      await asLead.page
        .locator(`[id="campo-activities[149]"]`)
        .getByRole('button', { name: /^Abrir/ })
        .click();
      await asLead.page.locator(`[id="campo-activities[149].description"]`).click();
      await asLead.page.keyboard.press('End');
      await asLead.page.evaluate(watchKeystrokes);
      await asLead.page.evaluate(watchForAutosave, AUTOSAVE_MS);
      await asLead.page.keyboard.type(' con registro de asistencia por sexo', { delay: 120 });
      lagMs.push(...(await asLead.page.evaluate(() => (window as unknown as { lags: number[] }).lags)));
      const savedAt = await asLead.page.waitForFunction(() => (window as unknown as { savedMs?: number }).savedMs);
      saveMs.push(Number(await savedAt.jsonValue()));
      await asLead.context.close();
    }
    const lags = summarise(lagMs);

    const figures: Budget[] = [
      { label: `JavaScript inicial (gzip, ${js.files} archivos)`, value: js.gzipKb, unit: 'KB', budget: 250 },
      { label: 'Ingresar → Bandeja interactiva (mediana)', value: median(signInMs), unit: 'ms', budget: 1500 },
      { label: 'Revisión de 200 actividades con cambios (mediana)', value: median(reviewMs), unit: 'ms', budget: 1000 },
      { label: 'Formulario de 200 actividades abierto (mediana)', value: median(formMs), unit: 'ms', budget: 1000 },
      { label: `Retardo al teclear (p95 de ${lagMs.length} teclas)`, value: lags.p95, unit: 'ms', budget: 50 },
      { label: 'Guardado automático de 200 actividades (mediana)', value: median(saveMs), unit: 'ms', budget: 1000 },
    ];
    console.log(`Node ${process.version}, Chromium headless, ${RUNS} corridas; modo embebido con la demostración`);
    let failed = false;
    for (const f of figures) {
      const verdict =
        f.value <= f.budget ? 'ok' : f.value <= 2 * f.budget ? 'fuera de presupuesto' : 'FALLA (más del doble)';
      failed ||= f.value > 2 * f.budget;
      console.log(
        `${f.label.padEnd(52)}${f.value.toFixed(f.unit === 'KB' ? 1 : 0).padStart(8)} ${f.unit.padEnd(3)} presupuesto ${f.budget} ${f.unit}  ${verdict}`,
      );
    }
    console.log(
      `muestras ingreso: ${signInMs.map((m) => m.toFixed(0)).join(', ')} ms; revisión: ${reviewMs.map((m) => m.toFixed(0)).join(', ')} ms; formulario: ${formMs.map((m) => m.toFixed(0)).join(', ')} ms; guardar: ${saveMs.map((m) => m.toFixed(0)).join(', ')} ms`,
    );
    console.log(
      `retardo al teclear: mediana ${lags.p50.toFixed(0)} ms, p95 ${lags.p95.toFixed(0)} ms, p99 ${lags.p99.toFixed(0)} ms`,
    );
    process.exitCode = failed ? 1 : 0;
  } finally {
    await browser.close();
    api.child.kill('SIGTERM');
    await api.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
