import { describe } from 'vitest';
import { DEMO_EMAILS, DEMO_PASSWORD, expectNoAxeViolations, noBrowser, test } from './fixtures.ts';
import { heading, htmlLang, settled, signIn, submitSignIn, visible, waitForPath } from './helpers.ts';
import type { Page } from 'playwright-core';

const NEWCOMER = { name: 'Rik Nieuwkomer', email: 'rik.nieuwkomer@coaching.passend.test', password: 'fietsen langs de schelde' };

/** The email in the test mailbox page (not the API) to this address with this subject. */
async function mailInMailbox(page: Page, to: string, subject: string) {
  await heading(page, 'Testmailbox');
  await settled(page);
  const mail = page.getByRole('article', { name: subject }).filter({ hasText: to }).first();
  await visible(mail);
  return mail;
}

/** The row of a person in the people table. */
const row = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

describe.skipIf(noBrowser)('administration journeys', () => {
  test('the admin invites a coach; the invitation email leads them to their home page', async ({ page, open, login, app, expect }) => {
    await login('admin');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mensen', exact: true }).click();
    await heading(page, 'Mensen');
    await settled(page);

    await page.getByRole('button', { name: 'Iemand uitnodigen' }).click();
    const form = page.getByRole('form', { name: 'Iemand uitnodigen' });
    await visible(form);
    await form.getByLabel(/^Naam/).fill(NEWCOMER.name);
    await form.getByLabel(/^E-mailadres/).fill(NEWCOMER.email);
    await form.getByRole('checkbox', { name: 'Jobcoach', exact: true }).check();
    await form.getByRole('button', { name: 'Uitnodiging versturen' }).click();

    await visible(page.getByRole('status').getByText(`Uitnodiging verstuurd naar ${NEWCOMER.name} (${NEWCOMER.email}).`));
    expect(await row(page, NEWCOMER.name).innerText()).toContain('Uitgenodigd');

    await page.getByRole('status').getByRole('link', { name: 'Open de testmailbox' }).click();
    const mail = await mailInMailbox(page, NEWCOMER.email, 'Passend: An Wouters nodigt u uit bij Jobcoaching Schelde');
    const link = mail.getByRole('link', { name: /\/accept-invitation\?token=/ });
    const address = (await link.innerText()).trim();
    // The emailed address is the server's PUBLIC_URL: it must be where the app really runs.
    expect(address.startsWith(`${app.url}/accept-invitation?token=`), address).toBe(true);

    // The newcomer opens the email in their own browser.
    const newcomer = (await open()).page;
    await newcomer.goto(address);
    await heading(newcomer, 'Uitnodiging aanvaarden');
    await settled(newcomer);
    expect(await newcomer.getByRole('main').innerText()).toContain(NEWCOMER.email);
    await newcomer.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEWCOMER.password);
    await newcomer.getByRole('button', { name: 'Wachtwoord opslaan en aanmelden' }).click();
    await waitForPath(newcomer, '/');
    await heading(newcomer, `Welkom, ${NEWCOMER.name}`);
    await visible(newcomer.getByRole('heading', { name: 'Uw team bij Jobcoaching Schelde' }));

    // The admin's list shows them as active now; the link does not work a second time.
    await page.goto('/admin/users');
    await settled(page);
    expect(await row(page, NEWCOMER.name).innerText()).toContain('Actief');
    const again = (await open()).page;
    await again.goto(address);
    await heading(again, 'Deze uitnodiging werkt niet');
  });

  test('the admin changes a role and deactivates a person; the audit log shows it all', async ({ page, open, login, expect }) => {
    // Jonas is signed in elsewhere while he is deactivated: that session must end too.
    const jonas = (await open()).page;
    await signIn(jonas, DEMO_EMAILS.coach);
    expect((await jonas.request.get('/api/me')).status()).toBe(200);

    await login('admin');
    await page.goto('/admin/users');
    await heading(page, 'Mensen');
    await settled(page);

    await page.getByRole('button', { name: 'Beheren Leen Maes' }).click();
    const panel = page.getByRole('region', { name: 'Leen Maes beheren' });
    await visible(panel);
    await panel.getByRole('checkbox', { name: 'Teamverantwoordelijke', exact: true }).check();
    await panel.getByRole('button', { name: 'Rollen opslaan' }).click();
    await visible(page.getByRole('status').getByText('De rollen van Leen Maes zijn opgeslagen.'));
    expect(await row(page, 'Leen Maes').innerText()).toContain('Teamverantwoordelijke');

    await page.getByRole('button', { name: 'Beheren Jonas Peeters' }).click();
    const jonasPanel = page.getByRole('region', { name: 'Jonas Peeters beheren' });
    await visible(jonasPanel);
    await jonasPanel.getByRole('button', { name: 'Deactiveren' }).click();
    await visible(jonasPanel.getByRole('heading', { name: 'Jonas Peeters deactiveren?' }));
    await jonasPanel.getByRole('button', { name: 'Ja, deactiveren' }).click();
    await visible(page.getByRole('status').getByText('Jonas Peeters is gedeactiveerd.', { exact: false }));
    expect(await row(page, 'Jonas Peeters').innerText()).toContain('Gedeactiveerd');

    expect((await jonas.request.get('/api/me')).status(), 'deactivated person is signed out at once').toBe(401);
    const retry = (await open()).page;
    await submitSignIn(retry, DEMO_EMAILS.coach, DEMO_PASSWORD);
    await visible(retry.getByText('Het e-mailadres of het wachtwoord klopt niet.'));

    // Leen signs in with her new role: the team counts of a team lead appear.
    const leen = (await open()).page;
    await signIn(leen, DEMO_EMAILS.coach2);
    await visible(leen.getByRole('heading', { name: 'Het team in cijfers' }));

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Auditlog' }).click();
    await heading(page, 'Auditlog');
    await settled(page);
    // Each action is one row: what happened, to whom, and by whom. (The invitation rows come
    // from the first journey: tests in a file run in order, on the same server.)
    const entry = async (action: string, ...mentions: string[]) => {
      let rows = page.getByRole('row').filter({ hasText: action });
      for (const m of mentions) rows = rows.filter({ hasText: m });
      await visible(rows);
    };
    await visible(page.getByRole('table'));
    await entry('Rollen gewijzigd', 'Leen Maes', 'Teamverantwoordelijke', 'An Wouters');
    await entry('Persoon gedeactiveerd', 'Jonas Peeters', 'An Wouters');
    await entry('Persoon uitgenodigd', NEWCOMER.name, 'An Wouters');
    await entry('Uitnodiging aanvaard', NEWCOMER.name);
  });

  test('a lost invitation is sent again; only the new link works', async ({ page, login, expect }) => {
    const person = { name: 'Mira Later', email: 'mira.later@coaching.passend.test' };
    await login('admin');
    await page.goto('/admin/users');
    await settled(page);
    await page.getByRole('button', { name: 'Iemand uitnodigen' }).click();
    const form = page.getByRole('form', { name: 'Iemand uitnodigen' });
    await form.getByLabel(/^Naam/).fill(person.name);
    await form.getByLabel(/^E-mailadres/).fill(person.email);
    await form.getByRole('checkbox', { name: 'Jobcoach', exact: true }).check();
    await form.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await visible(page.getByRole('status').getByText(`Uitnodiging verstuurd naar ${person.name} (${person.email}).`));

    await page.getByRole('button', { name: `Beheren ${person.name}` }).click();
    const panel = page.getByRole('region', { name: `${person.name} beheren` });
    await visible(panel);
    await expectNoAxeViolations(page, 'person panel of an invited person');
    await panel.getByRole('button', { name: 'Uitnodiging opnieuw sturen' }).click();
    await visible(page.getByRole('status').getByText(`Een nieuwe uitnodiging is verstuurd naar ${person.name} (${person.email}).`));

    await page.goto('/dev/mailbox');
    const mails = page.getByRole('article', { name: 'Passend: An Wouters nodigt u uit bij Jobcoaching Schelde' }).filter({ hasText: person.email });
    await visible(mails.first());
    expect(await mails.count()).toBe(2);
    const links = await Promise.all(
      [mails.first(), mails.last()].map(async (m) => (await m.getByRole('link', { name: /\/accept-invitation\?token=/ }).innerText()).trim()),
    );
    expect(links[0]).not.toBe(links[1]);
    // Exactly one of the two links still works: the new one.
    const works = await Promise.all(links.map(async (l) => (await page.request.get(`/api/auth/invitations/${new URL(l).searchParams.get('token')}`)).status()));
    expect(works.toSorted()).toEqual([200, 404]);
    await page.goto(links[works.indexOf(404)]!);
    await heading(page, 'Deze uitnodiging werkt niet');
    await page.goto(links[works.indexOf(200)]!);
    await heading(page, 'Uitnodiging aanvaarden');
    await settled(page);
    expect(await page.getByRole('main').innerText()).toContain(person.email);
  });

  test('a forgotten password is reset through the test mailbox', async ({ page, expect }) => {
    const newPassword = 'een nieuwe lente een nieuw geluid';
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await heading(page, 'Wachtwoord vergeten');
    await page.getByLabel('E-mailadres', { exact: true }).fill(DEMO_EMAILS.supervisor);
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await visible(page.getByRole('status').getByText(/Als er een account bestaat met het e-mailadres supervisor@/));

    await page.getByRole('link', { name: 'Open de testmailbox' }).click();
    const mail = await mailInMailbox(page, DEMO_EMAILS.supervisor, 'Passend: kies een nieuw wachtwoord');
    await mail.getByRole('link', { name: /\/reset-password\?token=/ }).click();
    await heading(page, 'Nieuw wachtwoord kiezen');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await heading(page, 'Uw wachtwoord is gewijzigd');

    await page.getByRole('link', { name: 'Naar aanmelden' }).click();
    await heading(page, 'Aanmelden');
    await submitSignIn(page, DEMO_EMAILS.supervisor, DEMO_PASSWORD);
    await visible(page.getByText('Het e-mailadres of het wachtwoord klopt niet.'));
    await submitSignIn(page, DEMO_EMAILS.supervisor, newPassword);
    await waitForPath(page, '/');
    await heading(page, 'Welkom, Pieter De Smet');
    expect((await page.request.get('/api/me')).status()).toBe(200);
  });

  test('the language switch changes the interface and <html lang>, and back', async ({ page, login, expect }) => {
    const lang = () => htmlLang(page);
    /** Chooses a language and waits until the account remembers it (PATCH /api/me). */
    const choose = async (label: string, option: string) => {
      const saved = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/me' && r.request().method() === 'PATCH');
      await page.getByLabel(label, { exact: true }).selectOption({ label: option });
      expect((await saved).status(), `saving the language ${option} on the account`).toBe(200);
    };
    await login('teamlead');
    await heading(page, 'Welkom, Sofie Claes');
    expect(await lang()).toBe('nl-BE');

    await choose('Taal', 'English');
    await heading(page, 'Welcome, Sofie Claes');
    expect(await lang()).toBe('en');
    await visible(page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Sign out' }));
    await visible(page.getByRole('heading', { name: 'Your team at Jobcoaching Schelde' }));

    // Remembered on the account: a fresh load is still in English.
    await page.reload();
    await heading(page, 'Welcome, Sofie Claes');
    await settled(page);
    expect(await lang()).toBe('en');

    await choose('Language', 'Nederlands (België)');
    await heading(page, 'Welkom, Sofie Claes');
    expect(await lang()).toBe('nl-BE');
    await visible(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Afmelden' }));
    await page.reload();
    await heading(page, 'Welkom, Sofie Claes');
    expect(await lang()).toBe('nl-BE');
  });
});
