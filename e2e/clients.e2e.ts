import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { DEMO_EMAILS, noBrowser, test, scan } from './fixtures.ts';
import { apiCall, hasFocus, heading, pageScrollWidth, settled, signIn, visible, waitForPath } from './helpers.ts';

const status = (page: Page, text: string | RegExp) => visible(page.getByRole('status').getByText(text));
/** A write from another browser of the same coach (a colleague saving in between), with If-Match. */
async function putAsSomeoneElse(page: Page, path: string, version: number, data: unknown): Promise<number> {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'passend_csrf')?.value ?? '';
  const res = await page.request.fetch(path, { method: 'PUT', data, headers: { 'x-csrf-token': csrf, 'if-match': `"${version}"` } });
  return res.status();
}

const dossierNav = (page: Page, name: string) => page.getByRole('navigation', { name: `Dossier van ${name}` });

async function openCaseload(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cliënten', exact: true }).click();
  await heading(page, 'Cliënten');
  await settled(page);
}

/** Creates a client through the form with only the names; lands on their overview. */
async function createClient(page: Page, given: string, family: string): Promise<void> {
  await page.getByRole('link', { name: 'Nieuwe cliënt' }).click();
  await heading(page, 'Nieuwe cliënt');
  await page.getByLabel('Voornaam', { exact: true }).fill(given);
  await page.getByLabel('Naam', { exact: true }).fill(family);
  await page.getByRole('button', { name: 'Cliënt aanmaken' }).click();
  await heading(page, `Overzicht – ${given} ${family}`);
  await settled(page);
}

describe.skipIf(noBrowser)('client dossiers for the coaching team', () => {
  test('a coach finds Karim and takes on a new client, with a wrong rijksregisternummer first', async ({ page, login, expect }) => {
    await login('coach');
    await openCaseload(page);
    const table = page.getByRole('table', { name: 'Caseload' });
    await visible(table.getByRole('link', { name: 'Karim El Amrani' }));
    expect(await table.getByRole('row', { name: /Karim El Amrani/ }).innerText()).toContain('Fase 2: beroepsgerichte profilering');
    await scan(page, 'caseload');

    // Filters: accents and case do not matter; no match says so.
    const search = page.getByLabel(/^Zoek op naam/);
    await search.fill('el amrani');
    await status(page, /^1 cliënt gevonden van \d+\.$/);
    await search.fill('niemand');
    await status(page, 'Geen cliënten gevonden met deze filters.');
    await scan(page, 'caseload, no match');
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await visible(table.getByRole('link', { name: 'Karim El Amrani' }));

    // A new client with a wrong rijksregisternummer: caught before sending, input kept.
    await page.getByRole('link', { name: 'Nieuwe cliënt' }).click();
    await heading(page, 'Nieuwe cliënt');
    await settled(page);
    await page.getByLabel('Aanspreking').selectOption({ label: 'Mevrouw' });
    await page.getByLabel('Voornaam', { exact: true }).fill('Mira');
    await page.getByLabel('Naam', { exact: true }).fill('Verstraete');
    await page.getByLabel(/^Geboortedatum/).fill('1985-07-30');
    const rrn = page.getByLabel(/^Rijksregisternummer/);
    await rrn.fill('85.07.30-033.29');
    const kin = page.getByRole('group', { name: 'Naaste familie' });
    await kin.getByLabel(/^Relatie/).fill('moeder');
    await kin.getByLabel(/^Naam/).fill('Greet Verstraete');
    await page.getByLabel(/^Contactnummer bij noodgevallen/).fill('0470 11 22 33');
    await page.getByRole('button', { name: 'Cliënt aanmaken' }).click();
    const summaryLink = page.getByRole('link', { name: /^Rijksregisternummer: Dit rijksregisternummer klopt niet/ });
    await visible(summaryLink);
    expect(await hasFocus(page.getByRole('alert').filter({ hasText: 'Er is een probleem' }))).toBe(true);
    expect(await rrn.inputValue()).toBe('85.07.30-033.29');
    expect(await rrn.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Voornaam', { exact: true }).inputValue()).toBe('Mira');
    expect(await kin.getByLabel(/^Naam/).inputValue()).toBe('Greet Verstraete');
    await scan(page, 'new client with a wrong rijksregisternummer');
    await summaryLink.click();
    expect(await hasFocus(rrn)).toBe(true);

    await rrn.fill('85.07.30-033.28');
    await page.getByRole('button', { name: 'Cliënt aanmaken' }).click();
    await heading(page, 'Overzicht – Mira Verstraete');
    await waitForPath(page, /^\/clients\/[0-9a-f-]{36}$/);
    await status(page, /Het dossier van Mira Verstraete is aangemaakt/);
    const summary = page.getByRole('region', { name: 'Samenvatting' });
    expect(await summary.innerText()).toMatch(/Fase 1: klantbetrokkenheid, sinds \d+ \w+ \d{4}/);
    expect(await page.getByRole('region', { name: 'Jobcoaches' }).innerText()).toContain('Jonas Peeters');
    await visible(page.getByRole('region', { name: 'Voortgang in fase 1 en 2' }).getByText('Nog te doen').first());
    await scan(page, 'overview of a new client');
  });

  test('a coach edits identity and support network, and moves the trajectory to phase 2', async ({ page, login, expect }) => {
    await login('coach');
    await openCaseload(page);
    await page.getByRole('link', { name: 'Mira Verstraete' }).click();
    await heading(page, 'Overzicht – Mira Verstraete');

    // Identity: change the city; the view shows it.
    await dossierNav(page, 'Mira Verstraete').getByRole('link', { name: 'Persoonlijke gegevens en netwerk' }).click();
    await heading(page, 'Persoonlijke gegevens en netwerk – Mira Verstraete');
    await settled(page);
    expect(await page.getByRole('main').innerText()).toContain('85073003328');
    await scan(page, 'identity');
    await page.getByRole('button', { name: 'Persoonlijke gegevens wijzigen' }).click();
    await page.getByLabel(/^Gemeente/).fill('Gent');
    await page.getByLabel(/^E-mail/).fill('mira@');
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await visible(page.getByRole('link', { name: /^E-mail: Vul een geldig e-mailadres in/ }));
    expect(await page.getByLabel(/^Gemeente/).inputValue()).toBe('Gent');
    await scan(page, 'identity form with an error');
    await page.getByLabel(/^E-mail/).fill('mira@example.org');
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await status(page, 'De persoonlijke gegevens zijn opgeslagen.');
    const personal = page.getByRole('region', { name: 'Persoonlijke gegevens', exact: true });
    expect(await personal.innerText()).toContain('Gent');
    expect(await personal.innerText()).toContain('mira@example.org');

    // Support network: add a person, then remove another after confirming.
    const addPerson = async (name: string, relation: string) => {
      await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
      const form = page.getByRole('form', { name: 'Persoon toevoegen aan het netwerk' });
      await visible(form);
      await form.getByLabel('Naam', { exact: true }).fill(name);
      await form.getByLabel(/^Relatie/).fill(relation);
      await form.getByRole('checkbox', { name: 'De cliënt vindt het goed dat we deze persoon contacteren' }).check();
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await status(page, `${name} is toegevoegd aan het netwerk.`);
    };
    await addPerson('Ann De Wit', 'leerkracht');
    await addPerson('Tom Peeters', 'vriend');
    const network = page.getByRole('table', { name: 'Ondersteuningsnetwerk van Mira Verstraete' });
    expect(await network.getByRole('row', { name: /Ann De Wit/ }).innerText()).toContain('leerkracht');
    await scan(page, 'identity with a support network');

    await page.getByRole('button', { name: 'Verwijderen Tom Peeters' }).click();
    const confirm = page.getByRole('group', { name: 'Tom Peeters uit het netwerk verwijderen?' });
    await visible(confirm);
    await scan(page, 'removing a support contact, confirmation');
    await confirm.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await status(page, 'Tom Peeters is uit het netwerk verwijderd.');
    expect(await network.getByRole('row', { name: /Tom Peeters/ }).count()).toBe(0);

    // Trajectory: to phase 2 with a reason, seen in the timeline.
    await dossierNav(page, 'Mira Verstraete').getByRole('link', { name: 'Traject', exact: true }).click();
    await heading(page, 'Traject – Mira Verstraete');
    await settled(page);
    await scan(page, 'trajectory in phase 1');
    const move = page.getByRole('form', { name: 'Naar een andere fase' });
    await move.getByRole('button', { name: 'Fase wijzigen' }).click();
    await visible(move.getByRole('link', { name: /^Nieuwe fase: Kies een fase/ }));
    await scan(page, 'trajectory, phase change with errors');
    await move.getByLabel('Nieuwe fase').selectOption({ label: 'Fase 2: beroepsgerichte profilering' });
    await move.getByLabel(/^Waarom\?/).fill('Mira koos voor supported employment; we starten het profiel.');
    await move.getByRole('button', { name: 'Fase wijzigen' }).click();
    await status(page, 'Het traject staat nu in fase 2: beroepsgerichte profilering.');
    const row = page.getByRole('table', { name: /Verloop van het traject/ }).getByRole('row', { name: /naar fase 2/ });
    const text = await row.innerText();
    expect(text).toContain('Van fase 1: klantbetrokkenheid naar fase 2: beroepsgerichte profilering');
    expect(text).toContain('Jonas Peeters');
    expect(text).toContain('Mira koos voor supported employment');
    await scan(page, 'trajectory in phase 2');

    // The caseload shows the new phase.
    // (the cached caseload shows at once and refreshes: wait for the refreshed row)
    await openCaseload(page);
    await expect.poll(() => page.getByRole('row', { name: /Mira Verstraete/ }).innerText()).toContain('Fase 2: beroepsgerichte profilering');
  });

  test('a coach closes a trajectory (stopped, why) and reopens it; assigns a co-coach', async ({ page, login, expect }) => {
    await login('coach');
    await openCaseload(page);
    await createClient(page, 'Bram', 'Vermeulen');

    await page.getByRole('button', { name: 'Toewijzing wijzigen' }).click();
    const assign = page.getByRole('form', { name: 'Jobcoaches' });
    await visible(assign);
    await assign.getByRole('checkbox', { name: 'Leen Maes' }).check();
    await scan(page, 'overview, assignment form');
    await assign.getByRole('button', { name: 'Toewijzing opslaan' }).click();
    await status(page, 'De toewijzing is opgeslagen.');
    expect(await page.getByRole('region', { name: 'Jobcoaches' }).innerText()).toContain('Leen Maes');

    await dossierNav(page, 'Bram Vermeulen').getByRole('link', { name: 'Traject', exact: true }).click();
    await heading(page, 'Traject – Bram Vermeulen');
    await settled(page);
    const close = page.getByRole('form', { name: 'Traject afsluiten' });
    await close.getByRole('radio', { name: 'Gestopt' }).check();
    await close.getByRole('button', { name: 'Traject afsluiten' }).click();
    await visible(close.getByRole('link', { name: 'Waarom gestopt?: Schrijf op waarom het traject stopt.' }));
    await scan(page, 'closing without a reason');
    await close.getByLabel(/^Waarom gestopt\?/).fill('Bram kiest nu voor een opleiding; SE is nu niet voor hem.');
    await close.getByRole('button', { name: 'Traject afsluiten' }).click();
    await status(page, 'Het traject is afgesloten.');
    const current = page.getByRole('region', { name: 'Huidig traject' });
    expect(await current.innerText()).toContain('Afgesloten');
    expect(await current.innerText()).toContain('Gestopt');
    await scan(page, 'closed trajectory');

    const reopen = page.getByRole('form', { name: 'Traject heropenen' });
    await reopen.getByLabel('Starten in fase').selectOption({ label: 'Fase 1: klantbetrokkenheid' });
    await reopen.getByLabel(/^Waarom komt de cliënt terug\?/).fill('De opleiding is af; Bram wil nu werk zoeken.');
    await reopen.getByRole('button', { name: 'Traject heropenen' }).click();
    await status(page, 'Het traject is heropend in fase 1: klantbetrokkenheid.');
    expect(await current.innerText()).toContain('Open');
    const earlier = page.getByRole('table', { name: /Eerdere, afgesloten trajecten/ });
    expect(await earlier.innerText()).toContain('Bram kiest nu voor een opleiding');
    expect(await page.getByRole('table', { name: /Verloop van het traject/ }).innerText()).toContain('Traject heropend in fase 1: klantbetrokkenheid');
    await scan(page, 'reopened trajectory');
  });

  test('someone else saved the identity in between: the input stays and the newer data shows', async ({ page, login, expect }) => {
    await login('coach');
    const created = await apiCall(page, 'POST', '/api/clients', { givenName: 'Eva', familyName: 'Claes' });
    expect(created.status).toBe(201);
    const { id } = created.body as { id: string };
    // Someone saves the identity while the coach is editing it: 412, the input stays, the newer data shows.
    await page.goto(`/clients/${id}/identity`);
    await heading(page, 'Persoonlijke gegevens en netwerk – Eva Claes');
    await settled(page);
    await page.getByRole('button', { name: 'Persoonlijke gegevens wijzigen' }).click();
    await page.getByLabel(/^Gemeente/).fill('Mechelen');
    const { version } = (await (await page.request.get(`/api/clients/${id}`)).json()) as { version: number };
    expect(await putAsSomeoneElse(page, `/api/clients/${id}`, version, { givenName: 'Eva', familyName: 'Claes', phoneMobile: '0499 12 34 56' })).toBe(200);
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await visible(page.getByText(/Iemand anders heeft deze gegevens intussen gewijzigd/));
    expect(await page.getByLabel(/^Gemeente/).inputValue()).toBe('Mechelen');
    expect(await page.locator('.theirs').innerText()).toContain('0499 12 34 56');
    await scan(page, 'identity, stale version');
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await status(page, 'De persoonlijke gegevens zijn opgeslagen.');
    expect(await page.getByRole('region', { name: 'Persoonlijke gegevens', exact: true }).innerText()).toContain('Mechelen');

    // The same for a person of the support network, with that person's own version.
    const contact = await apiCall(page, 'POST', `/api/clients/${id}/support-contacts`, { name: 'Jef Claes', relation: 'broer' });
    expect(contact.status).toBe(201);
    const row = contact.body as { id: string; version: number };
    await page.reload();
    await heading(page, 'Persoonlijke gegevens en netwerk – Eva Claes');
    await settled(page);
    await page.getByRole('button', { name: 'Wijzigen Jef Claes' }).click();
    const form = page.getByRole('form', { name: 'Jef Claes wijzigen' });
    await form.getByLabel(/^Telefoon/).fill('09 123 45 67');
    const path = `/api/clients/${id}/support-contacts/${row.id}`;
    expect(await putAsSomeoneElse(page, path, row.version, { name: 'Jef Claes', relation: 'broer', contactAllowed: true })).toBe(200);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await visible(form.getByText(/Iemand anders heeft deze persoon intussen gewijzigd/));
    expect(await form.getByLabel(/^Telefoon/).inputValue()).toBe('09 123 45 67');
    await scan(page, 'support contact, stale version');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await status(page, 'De gegevens van Jef Claes zijn opgeslagen.');
    expect(await page.getByRole('row', { name: /Jef Claes/ }).innerText()).toContain('09 123 45 67');
  });

  test('a team lead sees the team’s caseload; the caseload reflows at 320 px', async ({ page, login, open, expect }) => {
    await login('teamlead');
    await openCaseload(page);
    const karim = page.getByRole('row', { name: /Karim El Amrani/ });
    await visible(karim);
    expect(await karim.innerText()).toContain('Cliënt van mijn team');
    await page.getByLabel('Welke cliënten').selectOption({ label: 'Mijn cliënten' });
    await status(page, 'Geen cliënten gevonden met deze filters.');
    await page.getByLabel('Welke cliënten').selectOption({ label: 'Cliënten van mijn team' });
    await visible(karim);
    await scan(page, 'team lead caseload');
    await karim.getByRole('link', { name: 'Karim El Amrani' }).click();
    await heading(page, 'Overzicht – Karim El Amrani');
    await settled(page);
    expect(await page.getByRole('region', { name: 'Actieplan', exact: true }).innerText()).toContain('Akkoord van cliënt en jobcoach');
    expect(await page.getByRole('region', { name: 'Toestemmingen', exact: true }).innerText()).toContain('1 actieve toestemming');
    await scan(page, 'overview of Karim as team lead');

    const narrow = (await open({ viewport: { width: 320, height: 640 } })).page;
    await signIn(narrow, DEMO_EMAILS.coach);
    await narrow.goto('/clients');
    await heading(narrow, 'Cliënten');
    await settled(narrow);
    expect(await pageScrollWidth(narrow)).toBeLessThanOrEqual(320);
    await scan(narrow, 'caseload at 320 px');
  });
});
