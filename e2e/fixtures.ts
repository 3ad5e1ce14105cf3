import { createServer } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect as vitestExpect, inject, test as base } from 'vitest';
import { loadConfig } from '../server/src/env.ts';
import { startServer, type RunningServer } from '../server/src/server.ts';
import { createTestDatabase } from '../server/test/database.ts';
import { DEMO_PASSWORD, settled, signIn } from './helpers.ts';

export { DEMO_PASSWORD };

/** The demo accounts by the short name journeys use: `login('coach')`. */
export const DEMO_EMAILS = {
  teamlead: 'teamlead@coaching.passend.test',
  coach: 'coach@coaching.passend.test',
  coach2: 'coach2@coaching.passend.test',
  admin: 'admin@coaching.passend.test',
  hr: 'hr@employer.passend.test',
  supervisor: 'supervisor@employer.passend.test',
  partner: 'coach@partner.passend.test',
  client: 'client@client.passend.test',
} as const;
export type DemoRole = keyof typeof DEMO_EMAILS;
export const DEMO_ROLES = Object.keys(DEMO_EMAILS) as DemoRole[];

/** Exactly the flags that work with Debian's chromium on this kind of machine (docs: stack notes). */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/**
 * Every journey file wraps its tests in `describe.skipIf(noBrowser)`: when global setup found
 * no browser (only ever outside CI) the journeys are skipped, loudly, and nothing else is.
 */
export const noBrowser = inject('e2eSkipReason') !== '';

/** Loopback only: demo accounts with a known password never listen beyond this machine. */
const HOST = '127.0.0.1';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The real server, in this process, on its own database cloned from the migrated template. */
async function startApp(): Promise<RunningServer & { stop: () => Promise<void> }> {
  const database = await createTestDatabase();
  try {
    const server = await listenOnFreePort(database.url);
    return {
      ...server,
      stop: async () => {
        try {
          await server.close();
        } finally {
          await database.drop();
        }
      },
    };
  } catch (err) {
    await database.drop();
    throw err;
  }
}

/**
 * The port is chosen before starting so that PUBLIC_URL (the address in emailed links) is the
 * real one; should another process take it in between, try another.
 */
async function listenOnFreePort(databaseUrl: string, attempts = 3): Promise<RunningServer> {
  const port = await freePort();
  const config = {
    ...loadConfig({
      NODE_ENV: 'test', HOST, PORT: String(port), PUBLIC_URL: `http://localhost:${port}`,
      DEMO_PASSWORD, WEB_DIST_DIR: inject('webDistDir'),
    }),
    demoMode: true,
    workers: false,
  };
  try {
    return await startServer(config, databaseUrl, () => {});
  } catch (err) {
    if ((err as { code?: string }).code === 'EADDRINUSE' && attempts > 1) return listenOnFreePort(databaseUrl, attempts - 1);
    throw err;
  }
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
}

/**
 * Journeys get, per file, one server and one browser; per test, a fresh context and page.
 * Everything is closed when the test (context, page) or the file (server, browser) ends,
 * whether or not it passed. An uncaught exception in the page fails the test.
 */
export const test = base
  // oxlint-disable-next-line no-empty-pattern -- Vitest requires a destructuring pattern here
  .extend('app', { scope: 'file' }, async ({}, { onCleanup }) => {
    const app = await startApp();
    onCleanup(() => app.stop());
    return app;
  })
  // oxlint-disable-next-line no-empty-pattern -- Vitest requires a destructuring pattern here
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('open', async ({ app, browser }, { onCleanup }) => {
    const opened: { context: BrowserContext; errors: string[] }[] = [];
    onCleanup(async () => {
      await Promise.all(opened.map((o) => o.context.close().catch(() => {})));
      const errors = opened.flatMap((o) => o.errors);
      if (errors.length > 0) throw new Error(`Uncaught exceptions in the page:\n${errors.join('\n')}`);
    });
    /** A new, separate browser context (another person, another viewport) with one page. */
    return async (options: BrowserContextOptions = {}): Promise<OpenedPage> => {
      const context = await browser.newContext({ baseURL: app.url, locale: 'nl-BE', ...options });
      // A missing element fails within seconds with its locator named, not at the test timeout.
      context.setDefaultTimeout(10_000);
      const entry = { context, errors: [] as string[] };
      opened.push(entry);
      const page = await context.newPage();
      page.on('pageerror', (err) => entry.errors.push(`${page.url()}: ${err.message}`));
      return { context, page };
    };
  })
  .extend('page', async ({ open }) => (await open()).page)
  .extend('login', async ({ page }) => (role: DemoRole) => signIn(page, DEMO_EMAILS[role]));

/** A settled page has a title naming it (WCAG 2.4.2) and no axe violations. */
export async function scan(page: Page, label: string): Promise<void> {
  await settled(page);
  const h1 = (await page.locator('h1').innerText()).trim();
  vitestExpect(await page.title(), `${label}: the document title names the page`).toBe(`${h1} – Passend`);
  await expectNoAxeViolations(page, label);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe (WCAG 2.2 A and AA rules) on the page as it is now and fails with a readable list:
 * rule, impact, what it means, and the selector of every offending element.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  // Legacy mode runs axe in the page itself: the same rules and results, in half the time.
  // The default mode opens an extra blank page per scan to merge results from cross-origin
  // iframes, and this app has no iframes.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  if (results.violations.length === 0) return;
  const viewport = page.viewportSize();
  const lines = results.violations.map((v) => {
    const targets = v.nodes.map((n) => `      ${n.target.join(' ')}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\n/g, '\n        ')}` : ''}`);
    return `  - ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.helpUrl}\n${targets.join('\n')}`;
  });
  throw new Error(
    `axe: ${results.violations.length} accessibility violation(s) on "${label}" ` +
      `(${page.url()}${viewport ? `, ${viewport.width}×${viewport.height}` : ''}):\n${lines.join('\n')}`,
  );
}
