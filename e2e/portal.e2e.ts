import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { DEMO_EMAILS, noBrowser, test, scan } from './fixtures.ts';
import {
  apiCall, expectFocusVisible, focused, hasFocus, heading, pageScrollWidth, settled, signIn, tabTo, visible, waitForPath,
} from './helpers.ts';

/**
 * The client portal as Karim El Amrani uses it: his start page, the overview of his way to
 * work, his own profile (which he corrects), his plan (which he agrees to) and his
 * appointments; with the keyboard only, on a 320 px phone and at 200 % zoom. Every state is
 * scanned by axe.
 */

/** Karim's client id, as his own session sees it. */
async function ownClientId(page: Page): Promise<string> {
  const list = await apiCall(page, 'GET', '/api/clients');
  const self = (list.body as { items: { id: string; relation: string }[] }).items.find((c) => c.relation === 'self');
  if (!self) throw new Error(`no own dossier: ${JSON.stringify(list.body)}`);
  return self.id;
}

/** A write with If-Match, which apiCall does not send. */
async function apiWrite(page: Page, method: string, path: string, version: number, data: unknown): Promise<{ status: number; body: unknown }> {
  await page.request.get('/api/auth/csrf');
  const csrf = (await page.context().cookies()).find((c) => c.name === 'passend_csrf')?.value ?? '';
  const res = await page.request.fetch(path, { method, data, headers: { 'x-csrf-token': csrf, 'if-match': `"${version}"` } });
  const text = await res.text();
  return { status: res.status(), body: text ? JSON.parse(text) : undefined };
}

/** Jonas, the coach, in his own browser context. */
async function coachPage(open: (o?: object) => Promise<{ page: Page }>): Promise<Page> {
  const { page } = await open();
  await signIn(page, DEMO_EMAILS.coach);
  return page;
}

/** An appointment time `days` from today at `hour` o'clock, Belgian winter time. */
function day(days: number, hour: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00:00+01:00`;
}

const portalNav = (page: Page) => page.getByRole('navigation', { name: 'Mijn gegevens' });

describe.skipIf(noBrowser)('the client portal', () => {
  test('the start page leads to Mijn gegevens; the overview says step 2 in plain words and names Jonas', async ({ page, login, expect }) => {
    await login('client');
    await heading(page, 'Hallo Karim El Amrani');
    await scan(page, 'client home');
    const main = page.getByRole('main');
    await visible(main.getByRole('link', { name: 'Mijn plan' }));
    await main.getByRole('link', { name: 'Naar mijn gegevens' }).click();

    await waitForPath(page, '/my');
    await heading(page, 'Mijn gegevens');
    await settled(page);
    await visible(page.getByText('Hallo Karim.', { exact: false }));
    await visible(page.getByText('Je bent bij stap 2 van 5: Jouw profiel en plan.'));
    const current = page.getByRole('list', { name: 'De 5 stappen naar werk' }).locator('[aria-current="step"]');
    expect(await current.innerText()).toContain('Hier ben je nu.');
    expect(await current.innerText()).toContain('Stap 2: Jouw profiel en plan');
    await visible(page.getByText('Jonas Peeters is je jobcoach.'));
    await visible(page.getByText('Jij en je jobcoach zijn akkoord met je plan.'));
    await visible(page.getByText('Je hebt nu geen afspraak gepland.'));
    // Every section, with its sentence.
    const sections = page.getByRole('region', { name: 'Alles over jou' });
    for (const name of ['Mijn profiel', 'Mijn plan', 'Mijn afspraken', 'Wie mag wat zien', 'Wie keek naar mijn gegevens', 'Alles downloaden']) {
      await visible(sections.getByRole('link', { name, exact: true }));
    }
    await scan(page, 'portal overview');
  });

  test('his profile: all of it, his health and benefits too, and its PDF', async ({ page, login, expect }) => {
    await login('client');
    await page.goto('/my/profile');
    await heading(page, 'Mijn profiel');
    await settled(page);
    await visible(page.getByText(/Zaalvoetbal met een buurtploeg/));
    await visible(page.getByText(/Lichte verstandelijke beperking/));
    await visible(page.getByText(/Inkomensvervangende tegemoetkoming/));
    const pdf = page.getByRole('link', { name: 'Mijn profiel downloaden (pdf)' });
    const pdfRes = await page.request.get((await pdf.getAttribute('href'))!);
    expect(pdfRes.status()).toBe(200);
    expect(pdfRes.headers()['content-type']).toContain('application/pdf');
    await scan(page, 'portal profile');
  });

  // Long pages with several axe scans on two shared cores: more time than the default.
  test('he corrects his hobbies in plain words, and a change made in between loses nothing', { timeout: 150_000 }, async ({ page, login, open, expect }) => {
    await login('client');
    await page.goto('/my/profile');
    await heading(page, 'Mijn profiel');
    await settled(page);

    // Open the form: the keyboard lands in the first field.
    await page.getByRole('button', { name: 'Mijn profiel aanvullen' }).click();
    const hobbies = page.getByLabel('Je hobby’s en wat je graag doet');
    await visible(hobbies);
    expect(await hasFocus(hobbies)).toBe(true);
    await scan(page, 'portal profile, form open');

    // A distance in words: the error is named and nothing typed is lost.
    await hobbies.fill('Zaalvoetbal op woensdag. Koken voor mijn familie. Nieuw: tekenen.');
    await page.getByLabel('Hoe ver wil je reizen naar je werk?').fill('tien');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await visible(page.getByRole('link', { name: /Hoe ver wil je reizen naar je werk\?: Schrijf een getal/ }));
    expect(await hobbies.inputValue()).toBe('Zaalvoetbal op woensdag. Koken voor mijn familie. Nieuw: tekenen.');
    await scan(page, 'portal profile, distance not a number');
    await page.getByLabel('Hoe ver wil je reizen naar je werk?').fill('12');

    // Meanwhile Jonas saves the profile: the hobbies (which Karim is changing too) and the place
    // to work (which Karim left alone). Karim's save gets 412.
    const clientId = await ownClientId(page);
    const coach = await coachPage(open);
    const current = (await apiCall(coach, 'GET', `/api/clients/${clientId}/vocational-profile`)).body as {
      version: number; profile: { hobbies: string; aspirations: Record<string, unknown> }; health: unknown; benefits: unknown;
    };
    const changed = {
      ...current.profile,
      hobbies: 'Zaalvoetbal en koken (genoteerd door Jonas).',
      aspirations: { ...current.profile.aspirations, environment: 'Rustig, met een vaste collega (aangevuld door Jonas).' },
    };
    const saved = await apiWrite(coach, 'PUT', `/api/clients/${clientId}/vocational-profile`, current.version, { profile: changed, health: current.health, benefits: current.benefits });
    expect(saved.status).toBe(200);

    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await visible(page.getByText(/Iemand anders heeft je profiel net ook veranderd. Jouw tekst is niet weg./));
    expect(await hobbies.inputValue()).toBe('Zaalvoetbal op woensdag. Koken voor mijn familie. Nieuw: tekenen.');
    await visible(page.getByText('Dit staat nu in je profiel: Zaalvoetbal en koken (genoteerd door Jonas).'));
    expect(await page.getByLabel('Waar wil je graag werken?').inputValue()).toBe('Rustig, met een vaste collega (aangevuld door Jonas).');
    await visible(page.getByText('Iemand anders heeft dit net veranderd. Je ziet hier de nieuwe tekst.'));
    await scan(page, 'portal profile, changed by someone else meanwhile');

    // Saving again writes his text on top of the newer version, keeping Jonas's other change.
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const status = page.getByRole('status').getByText('Je profiel is opgeslagen. Je jobcoach ziet nu wat jij schreef.');
    await visible(status);
    await visible(page.getByText('Zaalvoetbal op woensdag. Koken voor mijn familie. Nieuw: tekenen.'));
    const history = page.getByRole('region', { name: 'Wie veranderde je profiel?' }).getByRole('listitem');
    await expect.poll(() => history.first().innerText()).toContain('Karim El Amrani (jij)');
    expect(await history.nth(1).innerText()).toContain('Jonas Peeters');
    await scan(page, 'portal profile, saved');

    const after = (await apiCall(page, 'GET', `/api/clients/${clientId}/vocational-profile`)).body as {
      profile: { hobbies: string; aspirations: { environment: string; maxTravelKm: number } };
      health: { description: string };
    };
    expect(after.profile.hobbies).toBe('Zaalvoetbal op woensdag. Koken voor mijn familie. Nieuw: tekenen.');
    expect(after.profile.aspirations.environment).toBe('Rustig, met een vaste collega (aangevuld door Jonas).');
    expect(after.profile.aspirations.maxTravelKm).toBe(12);
    expect(after.health.description).toMatch(/^Lichte verstandelijke beperking/);
  });

  test('his plan: version 1, agreed by him and Jonas, and its PDF', async ({ page, login, expect }) => {
    await login('client');
    await page.goto('/my/plan');
    await heading(page, 'Mijn plan');
    await settled(page);
    await visible(page.getByRole('heading', { name: 'Plan versie 1', level: 2 }));
    await visible(page.getByText('Jij en je jobcoach zijn akkoord met dit plan.'));
    await visible(page.getByText(/Karim El Amrani, op /));
    const pdfHref = await page.getByRole('link', { name: 'Plan versie 1 downloaden (pdf)' }).getAttribute('href');
    const pdf = await page.request.get(pdfHref!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await scan(page, 'portal plan, v1 agreed');
  });

  test('a new plan: a draft that is not ready, then ready, and he agrees to it', { timeout: 150_000 }, async ({ page, login, open, expect }) => {
    await login('client');

    // Jonas starts version 2 from version 1: a draft without a follow-up date is not ready.
    const clientId = await ownClientId(page);
    const coach = await coachPage(open);
    const created = await apiCall(coach, 'POST', `/api/clients/${clientId}/action-plans`, { copyFromLatest: true });
    expect(created.status).toBe(201);
    const draft = created.body as { id: string; version: number; planDate: string; providerName: string; items: unknown[] };
    await page.goto('/my/plan');
    await heading(page, 'Mijn plan');
    await settled(page);
    await visible(page.getByRole('heading', { name: 'Plan versie 2', level: 2 }));
    await visible(page.getByText('Je jobcoach schrijft nog aan dit plan. Als het klaar is, kun je akkoord gaan.'));
    await visible(page.getByText('Tot jij en je jobcoach akkoord zijn met dit nieuwe plan, geldt versie 1 nog.'));
    await scan(page, 'portal plan, v2 draft not ready');

    // He gives it a follow-up date: now it waits for Karim, on the overview as well.
    const followUp = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const ready = await apiWrite(coach, 'PUT', `/api/clients/${clientId}/action-plans/${draft.id}`, draft.version, {
      planDate: draft.planDate, followUpDate: followUp, providerName: draft.providerName, items: draft.items,
    });
    expect(ready.status).toBe(200);
    await page.goto('/my');
    await heading(page, 'Mijn gegevens');
    await settled(page);
    await visible(page.getByRole('heading', { name: 'Je plan wacht op jou', level: 2 }));
    await scan(page, 'portal overview, plan waits');
    await page.getByRole('link', { name: 'Lees mijn plan en ga akkoord' }).click();
    await waitForPath(page, '/my/plan');
    await heading(page, 'Mijn plan');
    await settled(page);
    await visible(page.getByText('Dit plan wacht op jou. Lees het goed. Ben je akkoord? Vul dan onderaan je naam in.'));
    await visible(page.getByRole('heading', { name: 'Ben je akkoord?' }));
    expect(await page.getByLabel('Je naam').inputValue()).toBe('Karim El Amrani');
    await scan(page, 'portal plan, v2 waits for him');

    // Without the tick the form says what is missing; with it, his agreement is recorded.
    await page.getByRole('button', { name: 'Ik ben akkoord' }).click();
    await visible(page.getByRole('link', { name: /Zet een vinkje in het vakje als je akkoord bent/ }));
    await scan(page, 'portal plan, agreement without the tick');
    await page.getByLabel('Ik heb mee aan dit plan gewerkt. Ik ben akkoord.').check();
    await page.getByRole('button', { name: 'Ik ben akkoord' }).click();
    await visible(page.getByText('Dank je. Je bent akkoord met het plan.'));
    await visible(page.getByText('Jij bent akkoord. Nu moet je jobcoach nog akkoord gaan.'));
    // Version 1 is folded away, and opens.
    const older = page.getByRole('region', { name: 'Vroegere versies van je plan' });
    await older.getByText(/^Versie 1 van /).click();
    await visible(older.getByRole('heading', { name: 'Plan versie 1', level: 3 }));
    await scan(page, 'portal plan, agreed to v2, v1 open');

    const plans = (await apiCall(page, 'GET', `/api/clients/${clientId}/action-plans`)).body as { items: { number: number; agreements: { client: { name: string } | null } }[] };
    expect(plans.items.find((p) => p.number === 2)?.agreements.client?.name).toBe('Karim El Amrani');
  });

  test('his appointments: the next one on the overview, each with its calendar file', async ({ page, login, open, expect }) => {
    await login('client');
    const clientId = await ownClientId(page);
    const coach = await coachPage(open);
    for (const [place, from, to] of [
      ['Bibliotheek De Krook, Gent', day(3, 10), day(3, 11)],
      ['Groenhof Gent-Zuid, kennismaking', day(10, 9), day(10, 10)],
      ['Kantoor Jobcoaching Schelde', day(-7, 14), day(-7, 15)],
    ] as const) {
      const made = await apiCall(coach, 'POST', `/api/clients/${clientId}/appointments`, { place, startsAt: from, endsAt: to, participants: ['Karim El Amrani', 'Jonas Peeters'] });
      expect(made.status).toBe(201);
    }

    await page.goto('/my');
    await heading(page, 'Mijn gegevens');
    await settled(page);
    const next = page.getByRole('region', { name: 'Je volgende afspraak' });
    await visible(next.getByText('Waar: Bibliotheek De Krook, Gent'));
    await scan(page, 'portal overview with a next appointment');

    await next.getByRole('link', { name: 'Al mijn afspraken' }).click();
    await waitForPath(page, '/my/appointments');
    await heading(page, 'Mijn afspraken');
    await settled(page);
    await visible(page.getByText('Bibliotheek De Krook, Gent'));
    await visible(page.getByText('Kantoor Jobcoaching Schelde'));
    const ics = page.locator('a[href$=".ics"]');
    expect(await ics.count()).toBe(3);
    const file = await page.request.get((await ics.first().getAttribute('href'))!);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('text/calendar');
    expect(await file.text()).toContain('BEGIN:VCALENDAR');
    await scan(page, 'portal appointments');
  });

  test('the portal navigation works with the keyboard alone', async ({ page, login, expect }) => {
    await login('client');
    await page.goto('/my');
    await heading(page, 'Mijn gegevens');
    await settled(page);

    for (const [name, path, title] of [
      ['Mijn profiel', '/my/profile', 'Mijn profiel'],
      ['Mijn plan', '/my/plan', 'Mijn plan'],
      ['Mijn afspraken', '/my/appointments', 'Mijn afspraken'],
      ['Overzicht', '/my', 'Mijn gegevens'],
    ] as const) {
      // From the page's h1 (focused after each navigation), the portal nav is the next stop.
      const passed = await tabTo(page, (f) => f.tag === 'a' && f.text === name, 'forward', 60);
      for (const stop of passed) expectFocusVisible(stop, `Tab stop <${stop.tag}> "${stop.text.slice(0, 40)}"`);
      await page.keyboard.press('Enter');
      await waitForPath(page, path);
      await heading(page, title);
      await settled(page);
      const h1 = await focused(page);
      expect(h1.tag, `after Enter on "${name}" focus is on the new page's h1`).toBe('h1');
      expect(await portalNav(page).getByRole('link', { name, exact: true }).getAttribute('aria-current')).toBe('page');
    }

    // The profile form opens and closes with the keyboard, and focus comes back to its button.
    await page.goto('/my/profile');
    await heading(page, 'Mijn profiel');
    await settled(page);
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Mijn profiel aanvullen', 'forward', 60);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('portal-edit-hobbies');
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Stoppen zonder opslaan', 'forward', 60);
    await page.keyboard.press('Enter');
    const back = await focused(page);
    expect(back.text).toBe('Mijn profiel aanvullen');
    expectFocusVisible(back, 'the button that opens the form, after closing it');
  });

  test('on a 320 px phone nothing scrolls sideways', { timeout: 150_000 }, async ({ open, expect }) => {
    const { page } = await open({ viewport: { width: 320, height: 640 } });
    await signIn(page, DEMO_EMAILS.client);
    await heading(page, 'Hallo Karim El Amrani');
    expect(await pageScrollWidth(page), 'client home at 320 px').toBeLessThanOrEqual(320);
    for (const [path, title] of [['/my', 'Mijn gegevens'], ['/my/profile', 'Mijn profiel'], ['/my/plan', 'Mijn plan'], ['/my/appointments', 'Mijn afspraken']] as const) {
      await page.goto(path);
      await heading(page, title);
      await settled(page);
      expect(await pageScrollWidth(page), `${path} at 320 px`).toBeLessThanOrEqual(320);
      await scan(page, `${path} at 320 px`);
    }
    await page.goto('/my/profile');
    await heading(page, 'Mijn profiel');
    await settled(page);
    await page.getByRole('button', { name: 'Mijn profiel aanvullen' }).click();
    await visible(page.getByLabel('Je hobby’s en wat je graag doet'));
    expect(await pageScrollWidth(page), 'profile form at 320 px').toBeLessThanOrEqual(320);
    await scan(page, 'profile form at 320 px');
  });

  /** 200 % zoom of a 1280 × 720 window: a 640 × 360 CSS-pixel viewport at two device pixels each. */
  test('at 200 % zoom the overview and the plan stay whole and usable', async ({ open, expect }) => {
    const { page } = await open({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });
    await signIn(page, DEMO_EMAILS.client);
    await page.goto('/my');
    await heading(page, 'Mijn gegevens');
    await settled(page);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(640);
    await scan(page, 'portal overview at 200 %');
    await portalNav(page).getByRole('link', { name: 'Mijn plan', exact: true }).click(); // fails if hidden or covered
    await waitForPath(page, '/my/plan');
    await heading(page, 'Mijn plan');
    await settled(page);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(640);
    await scan(page, 'portal plan at 200 %');
  });
});
