import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Small waiting helpers: playwright-core has no `expect`, so journeys wait for what a person
 * would see (a role with a name) and then assert with Vitest.
 */
const WAIT_MS = 10_000;

// The few browser globals that page.evaluate callbacks below use, declared for this module
// only: the Node tsconfig has no DOM lib, and adding it globally would hide mistakes elsewhere.
interface BrowserElement {
  tagName: string; id: string; textContent: string | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { width: number; height: number; top: number; bottom: number; left: number; right: number };
}
declare const document: { activeElement: BrowserElement | null; body: BrowserElement; documentElement: { scrollWidth: number; lang: string } };
declare function getComputedStyle(el: BrowserElement): { outlineStyle: string; outlineWidth: string; visibility: string; opacity: string };
declare const innerWidth: number;
declare const innerHeight: number;

export const DEMO_PASSWORD = 'passend-demo';

/** Waits until the locator is visible and returns it. */
export async function visible(locator: Locator, timeout = WAIT_MS): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator;
}

/** The page's one h1 with this exact text: the sign that a page has rendered. */
export async function heading(page: Page, name: string | RegExp): Promise<Locator> {
  return visible(page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' }));
}

/** A page has settled: its h1 is there and nothing is still loading. */
export async function settled(page: Page): Promise<void> {
  await visible(page.locator('h1'));
  await expect.poll(() => page.locator('.loading').count(), { timeout: WAIT_MS }).toBe(0);
}

export async function waitForPath(page: Page, pathname: string | RegExp): Promise<void> {
  await page.waitForURL((url) => (typeof pathname === 'string' ? url.pathname === pathname : pathname.test(url.pathname + url.search)), { timeout: WAIT_MS });
}

/** Fills the sign-in form as a person would and submits it; does not wait for the result. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  if (new URL(page.url(), 'http://x').pathname !== '/sign-in') await page.goto('/sign-in');
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
}

/** Signs in through the sign-in page and waits until the app has left it. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await submitSignIn(page, email, password);
  await page.waitForURL((url) => url.pathname !== '/sign-in', { timeout: WAIT_MS });
  await settled(page);
}

/** The "Afmelden" button in the main menu (opened first when the menu is collapsed). */
export async function signOut(page: Page): Promise<void> {
  const button = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Afmelden' });
  if (!(await button.isVisible())) await page.getByRole('button', { name: 'Menu' }).click();
  await button.click();
  await waitForPath(page, '/sign-in');
}

export interface Mail { id: string; to: string; subject: string; body: string; createdAt: string; status: string }

/** The dev mailbox as the API lists it (demo mode only). */
export async function mailbox(page: Page): Promise<Mail[]> {
  const res = await page.request.get('/api/dev/mailbox');
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: Mail[] }).items;
}

/** The newest mail to this address whose link goes to `path`, waiting for it to be queued. */
export async function latestLink(page: Page, to: string, path: '/reset-password' | '/accept-invitation'): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      const mails = (await mailbox(page)).filter((m) => m.to === to).toSorted((a, b) => b.createdAt.localeCompare(a.createdAt));
      link = mails.map((m) => linkIn(m.body, path)).find(Boolean);
      return link;
    }, { timeout: WAIT_MS })
    .toBeTruthy();
  return link!;
}

export function linkIn(text: string, path: string): string | undefined {
  return text.match(new RegExp(`https?://\\S+${path.replace('/', '\\/')}\\?token=[\\w-]+`))?.[0];
}

export interface FocusInfo {
  tag: string;
  text: string;
  id: string;
  outlineStyle: string;
  outlineWidth: string;
  visible: boolean;
}

/** What has keyboard focus now, and whether it shows a focus outline. */
export async function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', text: '', id: '', outlineStyle: 'none', outlineWidth: '0px', visible: false };
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const inView = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
      id: el.id,
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
      visible: inView && style.visibility !== 'hidden' && style.opacity !== '0',
    };
  });
}

/** Fails unless the focused element is on screen with a real (non-none, non-zero) outline. */
export function expectFocusVisible(info: FocusInfo, what: string): void {
  expect(info.visible, `${what}: focused element <${info.tag}> "${info.text}" is not on screen`).toBe(true);
  expect(info.outlineStyle, `${what}: <${info.tag}> "${info.text}" has no focus outline`).not.toBe('none');
  expect(parseFloat(info.outlineWidth), `${what}: <${info.tag}> "${info.text}" has a zero-width outline`).toBeGreaterThan(0);
}

/**
 * Presses Tab (or Shift+Tab) until `match` has focus, at most `max` times; returns every stop
 * on the way, the match included.
 */
export async function tabTo(page: Page, match: (f: FocusInfo) => boolean, direction: 'forward' | 'backward' = 'forward', max = 40): Promise<FocusInfo[]> {
  const seen: FocusInfo[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(direction === 'forward' ? 'Tab' : 'Shift+Tab');
    const f = await focused(page);
    seen.push(f);
    if (match(f)) return seen;
  }
  throw new Error(`Not reached by Tab within ${max} presses; focus went through:\n${seen.map((f) => `  <${f.tag}#${f.id}> ${f.text.slice(0, 60)}`).join('\n')}`);
}

/** No horizontal scrolling of the page itself (WCAG 1.4.10 reflow); regions may scroll inside. */
export async function pageScrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/**
 * An API call from this page's browser context (its session cookie), with the CSRF header the
 * web app would send: for setting up a state quickly when the UI path is tested elsewhere.
 */
export async function apiCall(page: Page, method: string, path: string, data?: unknown): Promise<{ status: number; body: unknown }> {
  let csrf = (await page.context().cookies()).find((c) => c.name === 'passend_csrf')?.value;
  if (!csrf) {
    await page.request.get('/api/auth/csrf');
    csrf = (await page.context().cookies()).find((c) => c.name === 'passend_csrf')?.value ?? '';
  }
  const res = await page.request.fetch(path, { method, data, headers: { 'x-csrf-token': csrf } });
  const text = await res.text();
  return { status: res.status(), body: text ? JSON.parse(text) : undefined };
}

/** The demo client Karim's id, from the caseload of the signed-in coach. */
export async function karimId(page: Page): Promise<string> {
  const list = await apiCall(page, 'GET', '/api/clients');
  const karim = (list.body as { items: { id: string; givenName?: string }[] }).items.find((c) => c.givenName === 'Karim');
  if (!karim) throw new Error(`Karim is not in the caseload of this session (${list.status})`);
  return karim.id;
}

/** The document's language, as screen readers and translation tools read it. */
export async function htmlLang(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.lang);
}

/** Whether this element has keyboard focus now. */
export async function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement);
}
