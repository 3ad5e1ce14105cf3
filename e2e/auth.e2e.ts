import { describe } from 'vitest';
import { DEMO_EMAILS, DEMO_PASSWORD, DEMO_ROLES, expectNoAxeViolations, noBrowser, test, type DemoRole } from './fixtures.ts';
import { hasFocus, heading, settled, signOut, submitSignIn, visible, waitForPath } from './helpers.ts';

/**
 * What each demo person sees on their home page (web/src/features/home): their name in the
 * h1, the section headings their roles bring, and the headings they must not get. `manages`
 * says whether the "Mensen" (users.manage) link is in their menu.
 */
const HOME: Record<DemoRole, { name: string; title: string; sees: string[]; notSees: string[]; manages: boolean }> = {
  teamlead: {
    name: 'Sofie Claes', title: 'Welkom, Sofie Claes',
    sees: ['Uw team bij Jobcoaching Schelde', 'Het team in cijfers'], notSees: ['Beheer'], manages: false,
  },
  coach: {
    name: 'Jonas Peeters', title: 'Welkom, Jonas Peeters',
    sees: ['Uw team bij Jobcoaching Schelde', 'Medewerkers'], notSees: ['Het team in cijfers', 'Beheer'], manages: false,
  },
  coach2: {
    name: 'Leen Maes', title: 'Welkom, Leen Maes',
    sees: ['Uw team bij Jobcoaching Schelde'], notSees: ['Het team in cijfers', 'Beheer'], manages: false,
  },
  admin: {
    name: 'An Wouters', title: 'Welkom, An Wouters',
    sees: ['Beheer', 'Mensen per status', 'Laatste gebeurtenissen'], notSees: ['Uw team bij Jobcoaching Schelde'], manages: true,
  },
  hr: {
    name: 'Els Janssens', title: 'Welkom, Els Janssens',
    sees: ['Vestigingen van Groenhof Supermarkten', 'Groenhof Gent-Zuid', 'Groenhof Mechelen', 'Uw collega’s', 'Beheer'],
    notSees: ['Uw vestiging'], manages: true,
  },
  supervisor: {
    name: 'Pieter De Smet', title: 'Welkom, Pieter De Smet',
    sees: ['Uw vestiging', 'Groenhof Gent-Zuid', 'Uw contactpersonen bij HR'], notSees: ['Beheer', 'Groenhof Mechelen'], manages: false,
  },
  partner: {
    name: 'Nadia Vermeulen', title: 'Welkom, Nadia Vermeulen',
    sees: ['Uw team bij Partnerwerk Antwerpen'], notSees: ['Beheer', 'Het team in cijfers'], manages: false,
  },
  client: {
    name: 'Karim El Amrani', title: 'Hallo Karim El Amrani',
    sees: ['Alles over jou', 'Jouw gegevens', 'Je account'], notSees: ['Beheer', 'Uw team bij Jobcoaching Schelde'], manages: false,
  },
};

describe.skipIf(noBrowser)('signing in and out', () => {
  for (const role of DEMO_ROLES) {
    test(`${role}: signs in, sees their own home page, signs out`, async ({ page, expect }) => {
      const home = HOME[role];
      await page.goto('/sign-in');
      await heading(page, 'Aanmelden');
      await submitSignIn(page, DEMO_EMAILS[role], DEMO_PASSWORD);
      await waitForPath(page, '/');
      await heading(page, home.title);
      await settled(page);

      for (const h of home.sees) await visible(page.getByRole('heading', { name: h, exact: true }));
      for (const h of home.notSees) expect(await page.getByRole('heading', { name: h, exact: true }).count(), `${role} must not see "${h}"`).toBe(0);
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      expect(await nav.getByRole('link', { name: 'Mensen', exact: true }).count()).toBe(home.manages ? 1 : 0);
      expect(await page.locator('footer').innerText()).toContain(home.name);
      await expectNoAxeViolations(page, `home (${role})`);

      await signOut(page);
      await heading(page, 'Aanmelden');
      expect((await page.request.get('/api/me')).status()).toBe(401);
      // Back to a protected page: the session is really gone, not just hidden.
      await page.goto('/');
      await waitForPath(page, '/sign-in');
    });
  }

  test('a wrong password shows a focused error summary and keeps the email', async ({ page, expect }) => {
    await page.goto('/sign-in');
    await submitSignIn(page, DEMO_EMAILS.coach, 'not-the-password');
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Er is een probleem' }) });
    await visible(summary);
    expect(await summary.innerText()).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    expect(await hasFocus(summary), 'error summary has focus').toBe(true);
    expect(await page.getByLabel('E-mailadres', { exact: true }).inputValue()).toBe(DEMO_EMAILS.coach);
    expect(await page.getByLabel('Wachtwoord', { exact: true }).inputValue()).toBe('not-the-password');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect((await page.request.get('/api/me')).status()).toBe(401);
  });

  test('empty fields are caught before sending, each linked from the summary', async ({ page, expect }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Er is een probleem' }) });
    await visible(summary);
    await summary.getByRole('link', { name: /E-mailadres: Vul uw e-mailadres in\./ }).click();
    expect(await hasFocus(page.getByLabel('E-mailadres', { exact: true }))).toBe(true);
    expect(await page.getByLabel('E-mailadres', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  });

  test('the demo accounts are listed on the sign-in page, and one click signs in', async ({ page, expect }) => {
    await page.goto('/sign-in');
    const demo = page.getByRole('region', { name: 'Demo-accounts' });
    await visible(demo);
    expect(await demo.innerText()).toContain(DEMO_PASSWORD);
    for (const role of DEMO_ROLES) {
      await visible(demo.getByRole('button', { name: `Aanmelden als ${HOME[role].name}`, exact: true }));
    }
    await demo.getByRole('button', { name: 'Aanmelden als Leen Maes' }).click();
    await heading(page, 'Welkom, Leen Maes');
  });

  test('a protected page while signed out goes to sign-in, and back there after signing in', async ({ page, expect }) => {
    await page.goto('/admin/users');
    await waitForPath(page, '/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/admin/users');
    await heading(page, 'Aanmelden');
    await submitSignIn(page, DEMO_EMAILS.admin, DEMO_PASSWORD);
    await waitForPath(page, '/admin/users');
    await heading(page, 'Mensen');
  });
});
