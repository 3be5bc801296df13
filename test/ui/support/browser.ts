import AxeBuilder from '@axe-core/playwright';
import type { INestApplication } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import request from 'supertest';
import type { AppConfig } from '../../../src/config/load-config';
import { createHttpApp } from '../../../src/http-app';
import { createTestDatabase, REDIS_URL } from '../../support/test-database';
import { testConfig, type TestApp } from '../../support/test-app';

// Debian's Chromium, never a downloaded one; these flags keep it off the (closed) network.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const SCREENSHOTS_DIR = join(__dirname, '../../../docs/pantallas');

export interface UiApp extends TestApp {
  /** http://127.0.0.1:PORT, where the browser reaches the app. */
  baseUrl: string;
}

/** The real product (API and web app) on a free port of this machine, with its own database. */
export async function startUiApp(options: { redis?: boolean; config?: Partial<AppConfig> } = {}): Promise<UiApp> {
  const database = await createTestDatabase();
  const config = testConfig(database.url, { redisUrl: options.redis ? REDIS_URL : undefined, ...options.config });
  const app: INestApplication = await createHttpApp(config);
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as import('node:http').Server).address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  config.publicUrl = baseUrl;
  return {
    app,
    http: request(app.getHttpServer()),
    config,
    database,
    baseUrl,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** A fresh browser profile (its own cookies) at 1280 × 900, in Spanish and Chile's time zone. */
export async function newPerson(
  browser: Browser,
  baseUrl: string,
  width = 1280,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width, height: 900 },
    locale: 'es-CL',
    timezoneId: 'America/Santiago',
  });
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the Ingresar screen, as a person would, and waits for the Bandeja. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel(/^Contraseña/).fill(password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bandeja' }).waitFor();
}

/** axe-core on the page as it is: no serious or critical violation (WCAG 2.1 A and AA). */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const grave = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const described = grave.map(
    (v) => `${screen}: ${v.id} (${v.impact}) ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  // Thrown rather than expect()ed: the UI bench uses this file outside Jest.
  if (described.length > 0) throw new Error(`Violaciones de accesibilidad:\n${described.join('\n')}`);
}

/** A screenshot for docs/pantallas (shown in the README), at the page's current width. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  // From the top: scrolled, the fixed header and the sticky save bar are drawn where the view
  // was, mid-page, leaving an empty band where they belong.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
}

/** The same screen at 1024 px (a small laptop) for docs/pantallas, then back to the width it had. */
export async function screenshotAt1024(page: Page, name: string): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 1024, height: before?.height ?? 900 });
  await screenshot(page, `${name}-1024`);
  if (before) await page.setViewportSize(before);
}

/** People signed in through the Ingresar screen, each in a browser profile of their own. */
export class SignedInPeople {
  private readonly contexts: BrowserContext[] = [];

  constructor(private readonly where: () => { browser: Browser; baseUrl: string; password: string }) {}

  async open(person: { email: string }, width = 1280): Promise<Page> {
    const { browser, baseUrl, password } = this.where();
    const { context, page } = await newPerson(browser, baseUrl, width);
    this.contexts.push(context);
    await signIn(page, person.email, password);
    return page;
  }

  /** Closes every profile opened so far (after each test). */
  async closeAll(): Promise<void> {
    await Promise.all(this.contexts.splice(0).map((context) => context.close()));
  }
}

/** Presses Tab until the focus is on the button named so (inside a dialog, if asked): the keyboard alone. */
export async function tabTo(page: Page, name: string, within?: 'dialog'): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      ([text, inDialog]) => {
        const el = document.activeElement;
        const label = (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
        return el?.tagName === 'BUTTON' && label === text && (!inDialog || el.closest('[role="dialog"]') !== null);
      },
      [name, within === 'dialog'] as const,
    );
    if (found) return;
  }
  throw new Error(`El foco nunca llegó al botón «${name}»`);
}
