import { describe } from 'vitest';
import { DEMO_EMAILS, DEMO_PASSWORD, DEMO_ROLES, noBrowser, test, scan } from './fixtures.ts';
import { apiCall, hasFocus, heading, latestLink, pageScrollWidth, settled, signIn, submitSignIn, visible, waitForPath } from './helpers.ts';

/**
 * Every page of web/src/app/routes.tsx in its main states, scanned by axe (WCAG 2.2 A/AA), and
 * the pages people use most at 320 px (reflow, WCAG 1.4.10) and at 200 % zoom (1.4.4).
 */
describe.skipIf(noBrowser)('every page passes axe', () => {
  test('sign-in: empty, and with the error summary', async ({ page, expect }) => {
    await page.goto('/sign-in');
    await heading(page, 'Aanmelden');
    await settled(page);
    await visible(page.getByRole('region', { name: 'Demo-accounts' }));
    await scan(page, 'sign-in');

    await submitSignIn(page, DEMO_EMAILS.coach, 'wrong-password');
    await visible(page.getByRole('heading', { name: 'Er is een probleem' }));
    await scan(page, 'sign-in with a wrong password');

    await page.getByLabel('E-mailadres', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await visible(page.getByRole('link', { name: /Vul uw e-mailadres in/ }));
    expect(await page.getByLabel('E-mailadres', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await scan(page, 'sign-in with field errors');
  });

  test('forgot password, reset password (valid, done, invalid, unknown token)', async ({ page }) => {
    await page.goto('/forgot-password');
    await heading(page, 'Wachtwoord vergeten');
    await scan(page, 'forgot password');

    await page.getByLabel('E-mailadres', { exact: true }).fill(DEMO_EMAILS.coach2);
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await visible(page.getByRole('status').getByText(/Als er een account bestaat met het e-mailadres coach2@/));
    await scan(page, 'forgot password, sent');

    const link = await latestLink(page, DEMO_EMAILS.coach2, '/reset-password');
    await page.goto(link);
    await heading(page, 'Nieuw wachtwoord kiezen');
    await scan(page, 'reset password with a valid token');

    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await visible(page.getByRole('link', { name: /Kies een wachtwoord van minstens 8 tekens/ }));
    await scan(page, 'reset password, too short');

    // The demo password again, so later tests in this file can still sign in as coach2
    // (admin.e2e.ts proves that a new password really replaces the old one).
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await heading(page, 'Uw wachtwoord is gewijzigd');
    await scan(page, 'reset password, done');

    await page.goto('/reset-password?token=kort');
    await heading(page, 'Deze link werkt niet');
    await scan(page, 'reset password, broken link');

    // A well-formed token the server does not know: the form, then the error on submit.
    await page.goto(`/reset-password?token=${'x'.repeat(43)}`);
    await heading(page, 'Nieuw wachtwoord kiezen');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een lange zin als wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await visible(page.getByText('Deze link is ongeldig, al gebruikt of verlopen. Vraag een nieuwe aan.'));
    await scan(page, 'reset password, unknown token');
  });

  test('accept invitation: valid and invalid', async ({ page, open }) => {
    const admin = (await open()).page;
    await admin.goto('/sign-in');
    const login = await apiCall(admin, 'POST', '/api/auth/login', { email: DEMO_EMAILS.admin, password: DEMO_PASSWORD });
    if (login.status !== 200) throw new Error(`admin login: ${login.status}`);
    const invite = await apiCall(admin, 'POST', '/api/admin/users', {
      name: 'Ines Axe', email: 'ines.axe@coaching.passend.test', roles: [{ role: 'coach', branchId: null }],
    });
    if (invite.status !== 201) throw new Error(`invite: ${invite.status} ${JSON.stringify(invite.body)}`);

    await page.goto(await latestLink(admin, 'ines.axe@coaching.passend.test', '/accept-invitation'));
    await heading(page, 'Uitnodiging aanvaarden');
    await settled(page);
    await visible(page.getByText('Ines Axe'));
    await scan(page, 'accept invitation');

    await page.getByRole('button', { name: 'Wachtwoord opslaan en aanmelden' }).click();
    await visible(page.getByRole('link', { name: /Kies een nieuw wachtwoord/ }));
    await scan(page, 'accept invitation, no password');

    await page.goto(`/accept-invitation?token=${'y'.repeat(43)}`);
    await heading(page, 'Deze uitnodiging werkt niet');
    await scan(page, 'accept invitation, unknown token');

    await page.goto('/accept-invitation');
    await heading(page, 'Deze uitnodiging werkt niet');
  });

  test('home for every role', async ({ page, login }) => {
    for (const role of DEMO_ROLES) {
      await login(role);
      await waitForPath(page, '/');
      await scan(page, `home (${role})`);
      await apiCall(page, 'POST', '/api/auth/logout');
    }
  });

  test('admin pages: people (list, invite error, manage), branches, audit log, account, mailbox', async ({ page, login, expect }) => {
    await login('admin');

    await page.goto('/admin/users');
    await heading(page, 'Mensen');
    await settled(page);
    await visible(page.getByRole('table'));
    await scan(page, 'people');

    await page.getByRole('button', { name: 'Iemand uitnodigen' }).click();
    await page.getByLabel(/^Naam/).fill('Zonder Adres');
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await visible(page.getByRole('heading', { name: 'Er is een probleem' }));
    expect(await hasFocus(page.getByRole('alert').filter({ hasText: 'Er is een probleem' })), 'the error summary takes focus').toBe(true);
    expect(await page.getByLabel(/^E-mailadres/).first().getAttribute('aria-invalid')).toBe('true');
    await scan(page, 'people, invite form with errors');
    await page.getByRole('button', { name: 'Annuleren' }).click();

    await page.getByRole('button', { name: 'Beheren Jonas Peeters' }).click();
    await visible(page.getByRole('heading', { name: 'Jonas Peeters beheren' }));
    await page.getByRole('button', { name: 'Deactiveren' }).click();
    await visible(page.getByRole('heading', { name: 'Jonas Peeters deactiveren?' }));
    await scan(page, 'people, manage panel with deactivation confirm');

    await page.goto('/admin/branches');
    await heading(page, 'Vestigingen');
    await settled(page);
    await scan(page, 'branches');
    await page.getByRole('button', { name: 'Vestiging toevoegen' }).click();
    await visible(page.getByRole('heading', { name: 'Vestiging toevoegen', level: 2 }));
    await scan(page, 'branches, add form');

    await page.goto('/admin/audit');
    await heading(page, 'Auditlog');
    await settled(page);
    await visible(page.getByRole('table'));
    await scan(page, 'audit log');

    await page.goto('/account');
    await heading(page, 'Mijn account');
    await settled(page);
    await scan(page, 'account');

    await page.goto('/dev/mailbox');
    await heading(page, 'Testmailbox');
    await settled(page);
    await scan(page, 'test mailbox');
  });

  test('not found, and forbidden for a coach', async ({ page, login }) => {
    await page.goto('/bestaat-niet');
    await heading(page, 'Pagina niet gevonden');
    await scan(page, 'not found (signed out)');

    await login('coach');
    await page.goto('/admin/users');
    await heading(page, 'Geen toegang');
    await scan(page, 'forbidden (coach on /admin/users)');
  });
});

describe.skipIf(noBrowser)('narrow screens and zoom', () => {
  test('at 320 px wide the page never scrolls sideways (sign-in, home, people)', async ({ open, expect }) => {
    const { page } = await open({ viewport: { width: 320, height: 640 } });
    await page.goto('/sign-in');
    await heading(page, 'Aanmelden');
    await settled(page);
    expect(await pageScrollWidth(page), 'sign-in at 320 px').toBeLessThanOrEqual(320);
    await scan(page, 'sign-in at 320 px');

    await signIn(page, DEMO_EMAILS.admin);
    await heading(page, 'Welkom, An Wouters');
    expect(await pageScrollWidth(page), 'home at 320 px').toBeLessThanOrEqual(320);
    await scan(page, 'home at 320 px');

    await page.goto('/admin/users');
    await heading(page, 'Mensen');
    await settled(page);
    // The table may scroll inside its own labelled region; the page itself may not.
    const region = page.getByRole('region', { name: 'Tabel met mensen' });
    await visible(region);
    expect(await pageScrollWidth(page), 'people at 320 px').toBeLessThanOrEqual(320);
    await scan(page, 'people at 320 px');
  });

  /**
   * 200 % zoom, honestly: zooming a 1280 × 720 window to 200 % leaves a 640 × 360 CSS-pixel
   * viewport with two device pixels per CSS pixel. That is exactly this context, so media
   * queries, wrapping and the collapsed menu behave as they do for a zoomed reader.
   * (`document.body.style.zoom` would not: media queries would still see 1280 px.)
   */
  test('at 200 % zoom the main actions stay visible and usable', async ({ open, expect }) => {
    const { page } = await open({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });
    await page.goto('/sign-in');
    await heading(page, 'Aanmelden');
    await settled(page);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(640);
    await page.getByLabel('E-mailadres', { exact: true }).fill(DEMO_EMAILS.admin);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click(); // fails if hidden or covered
    await waitForPath(page, '/');
    await heading(page, 'Welkom, An Wouters');
    await settled(page);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(640);

    // The menu is collapsed behind a button; it opens, and its links and sign-out work.
    const menu = page.getByRole('button', { name: 'Menu' });
    await visible(menu);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mensen', exact: true }).click();
    await heading(page, 'Mensen');
    await settled(page);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(640);
    await scan(page, 'people at 200 %');

    await page.getByRole('button', { name: 'Iemand uitnodigen' }).click();
    await visible(page.getByRole('heading', { name: 'Iemand uitnodigen', level: 2 }));
    await visible(page.getByRole('button', { name: 'Uitnodiging versturen' }));
    await page.getByRole('button', { name: 'Annuleren' }).click();

    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Afmelden' }).click();
    await waitForPath(page, '/sign-in');
  });
});
