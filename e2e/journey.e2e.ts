import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { DEMO_EMAILS, noBrowser, test, scan } from './fixtures.ts';
import { hasFocus, heading, latestLink, settled, signIn, visible, waitForPath } from './helpers.ts';

/**
 * The "Done means" as one story, through the screens only: a coach takes a NEW client
 * through phases 1 and 2 (engagement, vocational profile, action plan, agreement, PDFs), invites
 * the client to the portal and records a consent for the employer; the employer sees exactly
 * the consented parts; the client signs in, agrees to the plan, sees the access log and
 * withdraws the consent; the employer then gets "not found". Every main page is scanned by axe.
 */

// The browser global the PDF fetch below uses (the Node tsconfig has no DOM lib).
declare const document: unknown;

const status = (page: Page, text: string | RegExp) => visible(page.getByRole('status').getByText(text));

/** A link's target fetched in the page itself (its session): status, type and the file's first bytes. */
async function fetchPdf(page: Page, href: string): Promise<{ status: number; type: string | null; magic: string }> {
  return page.evaluate(async (url) => {
    void document;
    const res = await fetch(url, { credentials: 'same-origin' });
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { status: res.status, type: res.headers.get('content-type'), magic: String.fromCharCode(...bytes.slice(0, 5)) };
  }, href);
}

/** Scrolls the window to the end of the page and waits until it is there. */
async function scrollToEnd(page: Page): Promise<void> {
  await page.evaluate(() => {
    void document;
    (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 1e7);
  });
  await page.waitForFunction(() => {
    const w = globalThis as unknown as { scrollY: number; innerHeight: number; document: { documentElement: { scrollHeight: number } } };
    return w.scrollY + w.innerHeight >= w.document.documentElement.scrollHeight - 1;
  });
}

/** A calendar day `days` from today, as the date input takes it. */
function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const GIVEN = 'Noor';
const FAMILY = 'Wouters';
const NAME = `${GIVEN} ${FAMILY}`;
const EMAIL = 'noor.wouters@example.org';
const PASSWORD = 'een lange zin als wachtwoord voor Noor';
const HEALTH_TEXT = 'Autisme; drukke en lawaaierige ruimtes vragen veel energie.';
const BENEFIT_KIND = 'Inkomensvervangende tegemoetkoming';
const HOBBIES = 'Fotografie en wandelen met de hond.';
const HEALTH = 'Gezondheidstoestand of informatie omtrent de beperkingen';
const BENEFITS = 'Sociale zekerheid / tegemoetkomingen / pensioen';

describe.skipIf(noBrowser)('the whole journey of a new client (issue 3, "Done means")', () => {
  test('coach: phases 1 and 2, invitation, consent; employer sees the consented parts; client agrees, looks, withdraws; employer gets 404',
    { timeout: 240_000 }, async ({ page, open, login, expect }) => {
      // ---------- 1. the coach creates the client and completes phase 1 ----------
      await login('coach');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cliënten', exact: true }).click();
      await heading(page, 'Cliënten');
      await settled(page);
      await page.getByRole('link', { name: 'Nieuwe cliënt' }).click();
      await heading(page, 'Nieuwe cliënt');
      await settled(page);
      await page.getByLabel('Voornaam', { exact: true }).fill(GIVEN);
      await page.getByLabel('Naam', { exact: true }).fill(FAMILY);
      await page.getByLabel(/^Gemeente/).fill('Gent');
      await page.getByLabel(/^GSM/).fill('0470 12 34 56');
      await page.getByLabel(/^E-mail/).fill(EMAIL);
      await scan(page, 'journey: new client form');
      await page.getByRole('button', { name: 'Cliënt aanmaken' }).click();
      await heading(page, `Overzicht – ${NAME}`);
      await waitForPath(page, /^\/clients\/[0-9a-f-]{36}$/);
      const clientId = new URL(page.url()).pathname.split('/')[2]!;
      await status(page, new RegExp(`Het dossier van ${NAME} is aangemaakt`));
      await scan(page, 'journey: overview of the new client');

      const dossierNav = page.getByRole('navigation', { name: `Dossier van ${NAME}` });
      await dossierNav.getByRole('link', { name: 'Fase 1: klantbetrokkenheid' }).click();
      await heading(page, `Fase 1: klantbetrokkenheid – ${NAME}`);
      await settled(page);
      await page.getByLabel('Hoe verliep het eerste contact?').selectOption({ label: 'Huisbezoek' });
      await page.getByLabel('Datum van het eerste contact').fill(inDays(-30));
      await page.getByLabel('Datum van de eerste afspraak').fill(inDays(-20));
      await page.getByLabel(/^Plaats/).fill('Bibliotheek De Krook, Gent');
      await page.getByLabel('De klant koos de plaats').check();
      await page.getByLabel('De plaats is toegankelijk').check();
      await page.getByLabel('Billijke aanpassingen besproken en overeengekomen').fill('Een rustige ruimte zonder tl-licht.');
      await page.getByRole('radio', { name: 'Ja, de klant kiest voor Supported Employment' }).check();
      await page.getByLabel('Datum van de keuze').fill(inDays(-10));
      await page.getByLabel('Verslag van de initiële dialoog').fill('Noor wil werken in een rustige winkel, liefst in de ochtend.');
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await status(page, 'Opgeslagen.');
      const engagementAgreements = page.getByRole('region', { name: 'Akkoord met het verslag' });
      await engagementAgreements.getByRole('button', { name: 'Akkoord gaan als jobcoach' }).click();
      await visible(engagementAgreements.getByRole('status').getByText('U bent akkoord gegaan met het verslag.'));
      await visible(engagementAgreements.getByText(/^Akkoord: Jonas Peeters, \d+ \S+ \d{4}/));
      await scan(page, 'journey: engagement saved and agreed by the coach');

      await dossierNav.getByRole('link', { name: 'Traject', exact: true }).click();
      await heading(page, `Traject – ${NAME}`);
      await settled(page);
      const move = page.getByRole('form', { name: 'Naar een andere fase' });
      await move.getByLabel('Nieuwe fase').selectOption({ label: 'Fase 2: beroepsgerichte profilering' });
      await move.getByLabel(/^Waarom\?/).fill('Noor koos voor supported employment; we starten het profiel.');
      await move.getByRole('button', { name: 'Fase wijzigen' }).click();
      await status(page, 'Het traject staat nu in fase 2: beroepsgerichte profilering.');
      await scan(page, 'journey: trajectory in phase 2');

      // ---------- 2. the vocational profile, version 1 ----------
      await dossierNav.getByRole('link', { name: 'Beroepsoriënteringsschema' }).click();
      await heading(page, `Beroepsoriënteringsschema – ${NAME}`);
      await visible(page.getByRole('button', { name: 'Beroepsoriënteringsschema opslaan' }));
      await settled(page);
      await scan(page, 'journey: empty vocational profile');
      await page.getByRole('textbox', { name: /^Beschrijf kort de gezondheid en beperkingen/ }).fill(HEALTH_TEXT);
      await page.getByRole('textbox', { name: /^Omschrijf wat de impact op het werk is/ }).fill('Koptelefoon en vaste pauzes.');
      await page.getByRole('button', { name: 'Uitkering toevoegen' }).click();
      const benefit = page.getByRole('group', { name: 'Uitkering 1' });
      await benefit.getByRole('textbox', { name: /^Soort uitkering/ }).fill(BENEFIT_KIND);
      await page.getByRole('textbox', { name: /^Hobby's en interesses/ }).fill(HOBBIES);
      await page.getByRole('textbox', { name: /^Verwachtingen t\.a\.v\. werk/ }).fill('Een vaste plek en een vaste collega.');

      // One desired job, chosen from ESCO with the keyboard.
      await page.getByRole('button', { name: 'Gewenste job toevoegen' }).focus();
      await page.keyboard.press('Enter');
      await status(page, 'Gewenste job 1 toegevoegd.');
      const job = page.getByRole('group', { name: 'Gewenste job 1' });
      const combo = job.getByRole('combobox', { name: /^Beroep \(ESCO\)/ });
      await expect.poll(() => hasFocus(combo)).toBe(true);
      await page.keyboard.type('schappen');
      const listbox = job.getByRole('listbox', { name: 'Gevonden beroepen' });
      await expect.poll(async () => (await listbox.getByRole('option').first().textContent()) ?? '').toMatch(/schappen/i); // the list of this query, not of a shorter one typed before
      await page.keyboard.press('ArrowDown');
      const first = listbox.getByRole('option').first();
      await expect.poll(() => first.getAttribute('aria-selected')).toBe('true');
      const chosen = (await first.evaluate((el) => el.firstChild?.textContent ?? '')).trim();
      expect(chosen).toMatch(/schappen/i);
      await page.keyboard.press('Enter');
      await expect.poll(() => combo.inputValue()).toBe(chosen);
      await visible(job.getByText(new RegExp(`^Gekozen: ${chosen} \\(ESCO-code [\\d.]+\\)$`)));
      // The sticky save bar covers whatever is at the bottom of the window, and axe counts a
      // partly covered button as too small: scan with the form scrolled to its end, where the
      // bar covers nothing.
      await scrollToEnd(page);
      await scan(page, 'journey: vocational profile filled in');

      await page.getByRole('button', { name: 'Beroepsoriënteringsschema opslaan' }).click();
      await status(page, 'Opgeslagen als versie 1.');
      await scrollToEnd(page);
      const profilePdf = await page.getByRole('link', { name: 'Beroepsoriënteringsschema als PDF (versie 1)' }).getAttribute('href');
      expect(profilePdf).toBe(`/api/clients/${clientId}/vocational-profile.pdf?lang=nl-BE`);
      expect(await fetchPdf(page, profilePdf!)).toEqual({ status: 200, type: expect.stringContaining('application/pdf'), magic: '%PDF-' });
      await scan(page, 'journey: vocational profile saved as version 1');

      // ---------- 3. the first action plan, agreed by the coach ----------
      await dossierNav.getByRole('link', { name: 'Actieplan', exact: true }).click();
      await heading(page, `Actieplan – ${NAME}`);
      await settled(page);
      await visible(page.getByText('Er is nog geen actieplan.'));
      await scan(page, 'journey: no action plan yet');
      await page.getByRole('button', { name: 'Eerste versie starten' }).click();
      await visible(page.getByRole('heading', { name: 'Versie 1 bewerken' }));
      await page.getByLabel('Opvolgingsdatum', { exact: false }).fill(inDays(42));
      await page.getByRole('button', { name: 'Actie toevoegen' }).click();
      const item1 = page.getByRole('group', { name: 'Actie 1', exact: true });
      await expect.poll(() => hasFocus(item1.getByLabel('Wat', { exact: true }))).toBe(true);
      await item1.getByLabel('Wat', { exact: true }).fill('Een proefdag in een supermarkt regelen');
      await item1.getByLabel('Wie (verantwoordelijke)', { exact: true }).selectOption({ label: 'Jobcoach' });
      await item1.getByLabel('Wanneer', { exact: false }).fill('Binnen drie weken');
      await page.getByRole('button', { name: 'Actie toevoegen' }).click();
      const item2 = page.getByRole('group', { name: 'Actie 2', exact: true });
      await expect.poll(() => hasFocus(item2.getByLabel('Wat', { exact: true }))).toBe(true);
      await item2.getByLabel('Wat', { exact: true }).fill('Een koptelefoon met ruisonderdrukking uitproberen');
      await item2.getByLabel('Hoe', { exact: false }).fill('Op de bus en in de bibliotheek.');
      await item2.getByLabel('Wie (verantwoordelijke)', { exact: true }).selectOption({ label: 'Klant' });
      await scan(page, 'journey: first plan draft');
      await page.getByRole('button', { name: 'Ontwerp opslaan' }).click();
      await status(page, 'Versie 1 is opgeslagen.');

      const agree = page.getByRole('region', { name: 'Akkoord geven als SE-dienstverlener' });
      await visible(agree);
      expect(await agree.getByLabel('Naam', { exact: true }).inputValue()).toBe('Jonas Peeters');
      await agree.getByLabel('Ik heb dit plan mee uitgewerkt en ga ermee akkoord.').check();
      await agree.getByRole('button', { name: 'Akkoord geven' }).click();
      await visible(page.getByText('Uw akkoord is bewaard.').first());
      const coachAgreement = page.getByRole('region', { name: 'Akkoord van de SE-dienstverlener' });
      await visible(coachAgreement.getByText(/^SE-dienstverlener: Jonas Peeters, op .*, zonder getekende handtekening$/));
      await visible(coachAgreement.getByText('Klant: nog geen akkoord'));
      await scan(page, 'journey: plan version 1 agreed by the coach');
      const planPdf = await page.getByRole('link', { name: /PDF van versie 1/ }).first().getAttribute('href');
      expect(planPdf).toMatch(new RegExp(`^/api/clients/${clientId}/action-plans/[0-9a-f-]+\\.pdf\\?lang=nl-BE$`));
      expect(await fetchPdf(page, planPdf!)).toEqual({ status: 200, type: expect.stringContaining('application/pdf'), magic: '%PDF-' });

      // ---------- 4. the client's own account: invitation, accepted in the client's browser ----------
      await dossierNav.getByRole('link', { name: 'Overzicht', exact: true }).click();
      await heading(page, `Overzicht – ${NAME}`);
      await settled(page);
      const portalBlock = page.getByRole('region', { name: 'Eigen account van de cliënt' });
      await visible(portalBlock.getByText(/De cliënt heeft nog geen account/));
      await portalBlock.getByRole('button', { name: 'Uitnodigen voor het portaal' }).click();
      const emailField = portalBlock.getByLabel('E-mailadres van de cliënt');
      await expect.poll(() => hasFocus(emailField)).toBe(true);
      expect(await emailField.inputValue()).toBe(EMAIL);
      expect(await portalBlock.getByLabel(/^Taal van de e-mail en het portaal/).inputValue()).toBe('nl-BE');
      await scan(page, 'journey: overview, portal invitation form');
      await portalBlock.getByRole('form').getByRole('button', { name: 'Uitnodigen voor het portaal' }).click();
      await status(page, `De uitnodiging is verstuurd naar ${EMAIL}.`);
      await visible(portalBlock.getByText(`Uitgenodigd op ${EMAIL}. De cliënt heeft de uitnodiging nog niet aanvaard.`));
      await scan(page, 'journey: overview, invitation sent');

      const link = await latestLink(page, EMAIL, '/accept-invitation');
      const client = (await open()).page;
      await client.goto(link);
      await heading(client, 'Uitnodiging aanvaarden');
      await settled(client);
      expect(await client.getByRole('main').innerText()).toContain(EMAIL);
      await scan(client, 'journey: client accepts the invitation');
      await client.getByLabel('Nieuw wachtwoord', { exact: true }).fill(PASSWORD);
      await client.getByRole('button', { name: 'Wachtwoord opslaan en aanmelden' }).click();
      await waitForPath(client, '/');
      await heading(client, `Hallo ${NAME}`);
      await scan(client, 'journey: client home after accepting');

      // ---------- 5. the client agrees to the plan; the coach's page shows both agreements ----------
      await client.getByRole('main').getByRole('link', { name: 'Mijn plan', exact: true }).click();
      await waitForPath(client, '/my/plan');
      await heading(client, 'Mijn plan');
      await settled(client);
      await visible(client.getByText('Dit plan wacht op jou. Lees het goed. Ben je akkoord? Vul dan onderaan je naam in.'));
      await visible(client.getByText('Een proefdag in een supermarkt regelen'));
      expect(await client.getByLabel('Je naam').inputValue()).toBe(NAME);
      await scan(client, 'journey: my plan waits for the client');
      await client.getByLabel('Ik heb mee aan dit plan gewerkt. Ik ben akkoord.').check();
      await client.getByRole('button', { name: 'Ik ben akkoord' }).click();
      await visible(client.getByText('Dank je. Je bent akkoord met het plan.'));
      await visible(client.getByText('Jij en je jobcoach zijn akkoord met dit plan.'));
      await scan(client, 'journey: my plan agreed');

      await dossierNav.getByRole('link', { name: 'Actieplan', exact: true }).click();
      await heading(page, `Actieplan – ${NAME}`);
      await settled(page);
      const v1 = page.getByRole('region', { name: 'Actieplan versie 1' });
      await visible(v1.getByText('Akkoord door beide partijen, ligt vast'));
      await visible(v1.getByText(/^Jonas Peeters, op .*, zonder getekende handtekening$/));
      await visible(v1.getByText(new RegExp(`^${NAME}, op .*, zonder getekende handtekening$`)));
      expect(await page.getByRole('button', { name: 'Ontwerp opslaan' }).count()).toBe(0);
      await scan(page, 'journey: plan agreed by both');

      // ---------- 6. the coach records a consent for Groenhof: identity and profile, not health ----------
      await dossierNav.getByRole('link', { name: 'Toestemmingen', exact: true }).click();
      await heading(page, `Toestemmingen – ${NAME}`);
      await settled(page);
      await scan(page, 'journey: consents, none yet');
      const form = page.getByRole('form', { name: 'Toestemming vastleggen' });
      await form.getByLabel('Ontvanger').selectOption({ label: 'Groenhof Supermarkten – heel de organisatie' });
      expect(await form.getByLabel('Identiteit en contactgegevens').isChecked()).toBe(true);
      await form.getByLabel('Beroepsgericht profiel', { exact: true }).check();
      await form.getByLabel('Actieplan en voortgang').uncheck();
      expect(await form.getByLabel('Gezondheidstoestand en beperkingen').isChecked()).toBe(false);
      await form.getByLabel('Doel').selectOption({ label: 'Jobfinding (zoeken naar werk)' });
      await form.getByLabel('Schriftelijk (ondertekend formulier)').check();
      await form.getByLabel(/^Bewijs/).fill('Formulier getekend op het gesprek van vandaag.');
      await form.getByRole('button', { name: 'Toestemming vastleggen' }).click();
      await status(page, 'Toestemming vastgelegd voor Groenhof Supermarkten: Identiteit en contactgegevens en beroepsgericht profiel, voor Jobfinding (zoeken naar werk).');
      const groenhof = page.getByRole('region', { name: 'Wat wordt gedeeld met wie' }).getByRole('region', { name: /^Groenhof Supermarkten/ });
      await visible(groenhof.getByText('Identiteit en contactgegevens'));
      await visible(groenhof.getByText('Beroepsgericht profiel'));
      await scan(page, 'journey: consent recorded');

      // ---------- 7. the employer finds the client by name and sees exactly the consented parts ----------
      const hr = (await open()).page;
      await signIn(hr, DEMO_EMAILS.hr);
      await hr.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gedeelde cliënten' }).click();
      await heading(hr, 'Gedeelde cliënten');
      expect(await hr.getByLabel('Waarvoor bekijkt u de gegevens?').inputValue()).toBe('job_finding');
      // Karim and the new client, and Lies and Tom (demo candidates who consented to Groenhof).
      await status(hr, '4 cliënten delen gegevens met u voor dit doel.');
      const sharedList = hr.getByRole('list', { name: 'Cliënten die gegevens met u delen' });
      const card = sharedList.getByRole('link', { name: NAME, exact: true });
      await visible(card);
      await scan(hr, 'journey: employer list with the new client');
      await card.click();
      await heading(hr, NAME);
      await waitForPath(hr, new RegExp(`^/shared/${clientId}\\?purpose=job_finding$`));
      await visible(hr.getByRole('region', { name: 'Wat u mag zien' }).getByText('Gedeeld met u: Identiteit en contactgegevens en beroepsgericht profiel.'));
      const contact = hr.getByRole('region', { name: 'Contactgegevens' });
      await visible(contact.getByText(EMAIL));
      await visible(contact.getByText('0470 12 34 56'));
      await visible(hr.getByRole('heading', { level: 2, name: 'Werkprofiel' }));
      await visible(hr.getByText(HOBBIES));
      await visible(hr.getByText(chosen).first());
      // Health, benefits and the plan are not shared: not there at all.
      for (const name of [HEALTH, BENEFITS, 'Actieplan en voortgang']) expect(await hr.getByRole('heading', { name }).count(), name).toBe(0);
      expect(await hr.getByText(HEALTH_TEXT).count()).toBe(0);
      expect(await hr.getByText(BENEFIT_KIND).count()).toBe(0);
      expect(await hr.getByText('Een proefdag in een supermarkt regelen').count()).toBe(0);
      await scan(hr, 'journey: employer sees identity and work profile');

      // ---------- 8. the client sees the employer's read, then stops sharing ----------
      const portalNav = client.getByRole('navigation', { name: 'Mijn gegevens' });
      await portalNav.getByRole('link', { name: 'Wie keek naar mijn gegevens', exact: true }).click();
      await heading(client, 'Wie keek naar mijn gegevens');
      await settled(client);
      const reads = client.getByRole('listitem').filter({ hasText: 'Els Janssens van Groenhof Supermarkten' });
      await visible(reads.first());
      await visible(reads.first().getByText('Om werk voor je te zoeken').first());
      await scan(client, 'journey: the client sees who looked');

      await portalNav.getByRole('link', { name: 'Wie mag wat zien', exact: true }).click();
      await heading(client, 'Wie mag wat zien');
      await settled(client);
      const sharing = client.getByRole('region', { name: 'Dit deel je nu' });
      const mine = sharing.getByRole('listitem').filter({ hasText: 'Groenhof Supermarkten mag je naam en contactgegevens en je beroepsprofiel zien, om werk voor je te zoeken.' });
      await visible(mine);
      await scan(client, 'journey: the client sees what is shared');
      await mine.getByRole('button', { name: 'Stop met delen met Groenhof Supermarkten: je naam en contactgegevens en je beroepsprofiel', exact: true }).click();
      await visible(mine.getByText('Wil je echt stoppen met delen? Dan kan Groenhof Supermarkten je naam en contactgegevens en je beroepsprofiel niet meer zien.'));
      await mine.getByRole('button', { name: 'Ja, stop met delen' }).click();
      await status(client, 'Klaar. Groenhof Supermarkten kan je naam en contactgegevens en je beroepsprofiel niet meer zien.');
      await visible(sharing.getByText('Je deelt nu niets. Alleen jij en je jobcoach zien je gegevens.'));
      await scan(client, 'journey: the client stopped sharing');

      // ---------- 9. the employer: not found, and no longer in the list ----------
      await hr.reload();
      await heading(hr, 'Pagina niet gevonden');
      expect(await hr.getByText(new RegExp(`${GIVEN}|${FAMILY}`)).count()).toBe(0);
      await scan(hr, 'journey: employer, client no longer shared');
      await hr.goto('/shared?purpose=job_finding');
      await heading(hr, 'Gedeelde cliënten');
      await status(hr, '3 cliënten delen gegevens met u voor dit doel.');
      expect(await hr.getByRole('link', { name: NAME }).count()).toBe(0);
      expect(await hr.getByText(new RegExp(`${GIVEN}|${FAMILY}`)).count()).toBe(0);
      await scan(hr, 'journey: employer list without the client');
    });
});
