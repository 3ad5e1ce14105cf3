import { describe } from 'vitest';
import { DEMO_EMAILS, noBrowser, scan, test } from './fixtures.ts';
import { apiCall, focused, hasFocus, heading, pageScrollWidth, signIn, visible, waitForPath } from './helpers.ts';

/** A calendar day `days` from today, as the date input takes it. */
function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe.skipIf(noBrowser)('employers and vacancies for the coaching team', () => {
  test('employer with site, contact and approach; consent needed for a client; vacancy, job analysis, competence profile', async ({ page, login, expect }) => {
    await login('coach');
    await page.goto('/employers');
    await heading(page, 'Werkgevers');
    await visible(page.getByRole('link', { name: 'Groenhof Supermarkten' }));
    // The demo's Vrachtwerk Gent has a follow-up that is due: said in words, not only by colour.
    const vrachtwerk = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Vrachtwerk Gent' }) });
    await visible(vrachtwerk.getByText('Opvolging nodig'));
    await page.getByLabel('Alleen werkgevers die nu opgevolgd moeten worden').check();
    await visible(page.getByRole('status').getByText('1 werkgever gevonden.'));
    await scan(page, 'employers: list filtered on follow-ups due');
    await page.getByRole('button', { name: 'Filters wissen' }).click();

    // A new employer: the name is required; the error summary takes focus and links to the field.
    await page.getByRole('button', { name: 'Nieuwe werkgever' }).click();
    const name = page.getByRole('textbox', { name: 'Naam van de werkgever' });
    await expect.poll(() => hasFocus(name)).toBe(true);
    await page.getByRole('textbox', { name: /^Website/ }).fill('bakkerij.example');
    await page.getByRole('button', { name: 'Werkgever toevoegen' }).click();
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Er is een probleem' }) });
    await visible(summary);
    await expect.poll(() => hasFocus(summary)).toBe(true);
    await visible(summary.getByRole('link', { name: 'Naam van de werkgever: Vul dit in.' }));
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await scan(page, 'employers: new employer with errors');
    await name.fill('Bakkerij De Ster');
    await page.getByRole('textbox', { name: /^Sector/ }).fill('Voeding (bakkerij)');
    await page.getByRole('combobox', { name: /^Aantal werknemers/ }).selectOption({ label: '10 tot 49' });
    await page.getByRole('textbox', { name: /^Website/ }).fill('https://bakkerij.example');
    await page.getByRole('button', { name: 'Werkgever toevoegen' }).click();
    await heading(page, 'Werkgever Bakkerij De Ster');
    await visible(page.getByRole('status').getByText('Werkgever Bakkerij De Ster is toegevoegd.'));
    const employerPath = new URL(page.url()).pathname;
    const employerId = employerPath.split('/').at(-1)!;
    await scan(page, 'employer: new record');

    // A site: latitude without longitude is refused before sending.
    await page.getByRole('button', { name: 'Vestiging toevoegen' }).click();
    const siteName = page.getByRole('textbox', { name: 'Naam van de vestiging' });
    await expect.poll(() => hasFocus(siteName)).toBe(true);
    await siteName.fill('Centrum');
    await page.getByRole('textbox', { name: /^Adres/ }).fill('Veldstraat 10');
    await page.getByRole('textbox', { name: /^Postcode/ }).fill('9000');
    await page.getByRole('textbox', { name: /^Gemeente/ }).fill('Gent');
    await page.getByRole('textbox', { name: /^Breedtegraad/ }).fill('51,0530');
    await page.getByRole('button', { name: 'Vestiging opslaan' }).click();
    await visible(page.getByRole('link', { name: 'Lengtegraad: Vul zowel de breedte- als de lengtegraad in, of geen van beide.' }));
    await scan(page, 'employer: site form with an error');
    await page.getByRole('textbox', { name: /^Lengtegraad/ }).fill('3.7240');
    await page.getByRole('button', { name: 'Vestiging opslaan' }).click();
    await visible(page.getByRole('status').getByText('Vestiging Centrum is toegevoegd.'));
    await visible(page.getByRole('table', { name: 'Vestigingen' }).getByRole('cell', { name: 'Veldstraat 10, 9000 Gent' }));

    // A contact who decides on hiring, at that site.
    await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('An Peeters');
    await page.getByRole('textbox', { name: /^Functie/ }).fill('Zaakvoerder');
    await page.getByRole('checkbox', { name: 'Beslist over aanwerving' }).check();
    await page.getByRole('combobox', { name: /^Vestiging/ }).selectOption({ label: 'Centrum' });
    await page.getByRole('button', { name: 'Contactpersoon opslaan' }).click();
    await visible(page.getByRole('status').getByText('Contactpersoon An Peeters is toegevoegd.'));
    const contacts = page.getByRole('table', { name: /^Contactpersonen/ });
    await visible(contacts.getByText('Beslist over aanwerving'));

    // The approach in the seed's 5 elements, with a follow-up date.
    await page.getByRole('button', { name: 'Benadering vastleggen' }).click();
    const form = page.getByRole('form', { name: 'Nieuwe benadering' });
    await visible(form);
    await form.getByRole('textbox', { name: /^Verzamelde informatie/ }).fill('Twaalf medewerkers; An beslist zelf over aanwervingen. Jobs: verkoop, inpakken, afwas.');
    await form.getByRole('group', { name: 'Hoe benaderd' }).getByRole('radio', { name: 'Telefoon' }).check();
    await form.getByRole('textbox', { name: /^Doel van het eerste contact/ }).fill('Kennismaken en een bezoek afspreken.');
    await form.getByRole('textbox', { name: /^Datum van het gesprek/ }).fill(inDays(-1));
    await form.getByRole('combobox', { name: /^Gesproken met \(contactpersoon\)/ }).selectOption({ label: 'An Peeters (Zaakvoerder)' });
    await form.getByRole('textbox', { name: /^Verloop van het gesprek/ }).fill('Open voor een proefplaats in de winkel.');
    await form.getByRole('button', { name: 'Bezwaar toevoegen' }).click();
    const objection = form.getByRole('group', { name: 'Bezwaar 1' });
    await expect.poll(() => hasFocus(objection.getByRole('textbox', { name: 'Bezwaar van de werkgever (optioneel)' }))).toBe(true);
    await objection.getByRole('textbox', { name: /^Bezwaar van de werkgever/ }).fill('Weinig tijd om iemand in te werken.');
    await objection.getByRole('textbox', { name: /^Hoe u het weerlegde/ }).fill('De jobcoach werkt de eerste weken mee in.');
    await form.getByRole('checkbox', { name: 'Contact houden' }).check();
    await form.getByRole('checkbox', { name: 'Volgende stap naar een match' }).check();
    // A follow-up before the approach is refused and linked.
    await form.getByRole('textbox', { name: /^Opvolgen op/ }).fill(inDays(-3));
    await form.getByRole('button', { name: 'Benadering opslaan' }).click();
    await visible(form.getByRole('link', { name: 'Opvolgen op: De opvolgdatum mag niet voor de datum van de benadering liggen.' }));
    await scan(page, 'employer: approach form with an error');
    await form.getByRole('textbox', { name: /^Opvolgen op/ }).fill(inDays(14));
    await form.getByRole('button', { name: 'Benadering opslaan' }).click();
    await visible(page.getByRole('status').getByText('De benadering is vastgelegd.'));
    const logged = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /^Benadering van / }) });
    await visible(logged.getByText('Weinig tijd om iemand in te werken.'));
    await visible(logged.getByText(/Opvolgen op \d/));
    await visible(logged.getByText('Contact houden en Volgende stap naar een match'));
    await scan(page, 'employer: approach logged');

    // An approach for a client without consent, at an employer with its own accounts: refused, with a way to the consents.
    const created = await apiCall(page, 'POST', '/api/clients', { givenName: 'Lotte', familyName: 'Wouters' });
    expect(created.status).toBe(201);
    const clientId = (created.body as { id: string }).id;
    await page.goto('/employers');
    await page.getByRole('link', { name: 'Groenhof Supermarkten' }).click();
    await heading(page, 'Werkgever Groenhof Supermarkten');
    await page.getByRole('button', { name: 'Benadering vastleggen' }).click();
    const groenhof = page.getByRole('form', { name: 'Nieuwe benadering' });
    await groenhof.getByRole('combobox', { name: /^Voor cliënt/ }).selectOption({ label: 'Lotte Wouters' });
    await groenhof.getByRole('radio', { name: 'E-mail' }).check();
    await groenhof.getByRole('button', { name: 'Benadering opslaan' }).click();
    const refused = groenhof.getByRole('alert');
    await visible(refused.getByText('Toestemming van de cliënt nodig'));
    await expect.poll(() => hasFocus(refused)).toBe(true);
    expect(await refused.getByRole('link', { name: 'Naar de toestemmingen van de cliënt' }).getAttribute('href')).toBe(`/clients/${clientId}/consents`);
    await visible(refused.getByRole('link', { name: 'Voor cliënt: Deze cliënt gaf geen toestemming om gegevens met deze werkgever te delen.' }));
    await scan(page, 'employer: approach for a client without consent');

    // A vacancy at the new employer, with an ESCO occupation chosen by keyboard.
    await page.goto(employerPath);
    await page.getByRole('link', { name: 'Nieuwe vacature bij deze werkgever' }).click();
    await heading(page, 'Nieuwe vacature');
    expect(await page.getByRole('combobox', { name: 'Werkgever' }).inputValue()).toBe(employerId);
    await page.getByRole('combobox', { name: /^Vestiging/ }).selectOption({ label: 'Centrum, Gent' });
    await page.getByRole('textbox', { name: 'Titel van de vacature' }).fill('Verkoper bakkerij');
    const combo = page.getByRole('combobox', { name: /^Beroep \(ESCO\)/ });
    await combo.focus();
    await page.keyboard.type('schappen');
    await visible(page.getByRole('listbox', { name: 'Gevonden beroepen' }));
    await expect.poll(async () => (await page.getByRole('listbox', { name: 'Gevonden beroepen' }).getByRole('option').first().textContent()) ?? '').toMatch(/schappen/i); // the list of this query, not of a shorter one typed before
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await combo.inputValue()).toMatch(/schappen/i);
    await page.getByRole('textbox', { name: /^Uren per week/ }).fill('24');
    await page.getByRole('group', { name: 'Werkdagen' }).getByRole('checkbox', { name: 'maandag' }).check();
    await page.getByRole('group', { name: 'Werkdagen' }).getByRole('checkbox', { name: 'dinsdag' }).check();
    await page.getByRole('group', { name: 'Diensten' }).getByRole('checkbox', { name: 'vroege dienst' }).check();
    await page.getByRole('textbox', { name: /^Bedrag in euro/ }).fill('14,10');
    await page.getByRole('group', { name: 'Kenmerken van de werkplek' }).getByRole('checkbox', { name: 'binnen', exact: true }).check();
    await page.getByRole('group', { name: 'Kenmerken van de werkplek' }).getByRole('checkbox', { name: 'klantencontact' }).check();
    await page.getByRole('button', { name: 'Vacature toevoegen' }).click();
    await visible(page.getByRole('link', { name: 'Loon: Per: Kies per welke periode het loon geldt.' }));
    await scan(page, 'vacancy: new with an error');
    await page.getByRole('combobox', { name: /^Per/ }).selectOption({ label: 'uur' });
    await page.getByRole('button', { name: 'Vacature toevoegen' }).click();
    await heading(page, 'Vacature – Verkoper bakkerij');
    await waitForPath(page, /^\/vacancies\/[0-9a-f-]+$/);
    const vacancyPath = new URL(page.url()).pathname;
    await visible(page.getByText('binnen en klantencontact'));
    expect(await page.getByText(/^Locatie onbekend/).count()).toBe(0);
    const jsonLd = await page.getByRole('link', { name: /JobPosting \(JSON-LD\)/ }).getAttribute('href');
    expect(jsonLd).toBe(`/api${vacancyPath}/job-posting`);
    await scan(page, 'vacancy: overview');

    // The job analysis: a task with its steps, reordered by buttons.
    await page.getByRole('navigation', { name: 'Vacature Verkoper bakkerij' }).getByRole('link', { name: 'Jobanalyse' }).click();
    await heading(page, 'Jobanalyse – Verkoper bakkerij');
    await page.getByRole('button', { name: 'Taak toevoegen' }).click();
    const task = page.getByRole('group', { name: 'Taak 1', exact: true });
    await expect.poll(() => hasFocus(task.getByRole('textbox', { name: 'Taak', exact: true }))).toBe(true);
    await task.getByRole('textbox', { name: 'Taak', exact: true }).fill('Brood snijden en inpakken');
    for (const [i, step] of ['Brood uit het rek nemen', 'Snijmachine instellen', 'Zak dichtplooien'].entries()) {
      await task.getByRole('button', { name: 'Stap toevoegen aan taak 1' }).click();
      await expect.poll(() => hasFocus(task.getByRole('textbox', { name: `Stap ${i + 1} (optioneel)` }))).toBe(true);
      await page.keyboard.type(step);
    }
    await task.getByRole('button', { name: 'Stap 3 naar boven' }).click();
    await visible(page.getByRole('status').getByText('De stap staat nu op plaats 2.'));
    expect(await task.getByRole('textbox', { name: /^Stap 2/ }).inputValue()).toBe('Zak dichtplooien');
    await task.getByRole('textbox', { name: /^Normale tijd/ }).fill('1 minuut per brood');
    await page.getByRole('textbox', { name: /^Natuurlijke ondersteuning/ }).fill('An wil meter zijn.');
    await page.getByRole('textbox', { name: /^Vervoer/ }).fill('Tram 1 tot de Korenmarkt.');
    await page.getByRole('textbox', { name: /^Uren per dag/ }).fill('6');
    await page.getByRole('button', { name: 'Jobanalyse opslaan' }).click();
    await visible(page.getByRole('status').getByText('De jobanalyse is opgeslagen (versie 1).'));
    await scan(page, 'vacancy: job analysis saved');

    // The competence profile: the 1–5 radio groups by keyboard.
    await page.getByRole('navigation', { name: 'Vacature Verkoper bakkerij' }).getByRole('link', { name: 'Competentieprofiel' }).click();
    await heading(page, 'Competentieprofiel – Verkoper bakkerij');
    const physical = page.getByRole('group', { name: 'Fysieke vaardigheden' });
    await visible(physical);
    const walking = physical.getByRole('group', { name: 'Stappen', exact: true });
    await walking.getByRole('radio', { name: 'Niet vereist' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await walking.getByRole('radio', { name: '2 – beperkt' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('cp-note-walking');
    await page.keyboard.type('Tussen toonbank en oven');
    await page.getByRole('group', { name: 'Staan', exact: true }).getByRole('radio', { name: '4 – goed' }).check();
    await page.getByRole('group', { name: 'Stiptheid', exact: true }).getByRole('radio', { name: '3 – voldoende' }).check();
    await page.getByRole('textbox', { name: /^Andere \/ aandachtspunten/ }).fill('Vroege start om 6 uur.');
    await page.getByRole('button', { name: 'Competentieprofiel opslaan' }).click();
    await visible(page.getByRole('status').getByText('Het competentieprofiel is opgeslagen (versie 1).'));
    await scan(page, 'vacancy: competence profile saved');
    await page.reload();
    await heading(page, 'Competentieprofiel – Verkoper bakkerij');
    expect(await page.getByRole('group', { name: 'Stappen', exact: true }).getByRole('radio', { name: '2 – beperkt' }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Opmerking bij Stappen (optioneel)' }).inputValue()).toBe('Tussen toonbank en oven');
  });

  test('the employer page and the competence profile reflow at 320 px', async ({ open, expect }) => {
    const { page } = await open({ viewport: { width: 320, height: 800 } });
    await signIn(page, DEMO_EMAILS.coach);
    await page.goto('/employers');
    await page.getByRole('link', { name: 'Groenhof Supermarkten' }).click();
    await heading(page, 'Werkgever Groenhof Supermarkten');
    await visible(page.getByRole('heading', { name: 'Benaderingen' }));
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(320);
    const vacancies = await apiCall(page, 'GET', '/api/vacancies');
    const first = (vacancies.body as { items: { id: string; title: string }[] }).items[0]!;
    await page.goto(`/vacancies/${first.id}/competences`);
    await heading(page, `Competentieprofiel – ${first.title}`);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(320);
    await scan(page, 'vacancy: competence profile at 320 px');
  });

  test("a linked employer's HR officer reads the vacancy, its job analysis and competence profile", async ({ page, login, expect }) => {
    await login('hr');
    const list = await apiCall(page, 'GET', '/api/vacancies');
    const vacancy = (list.body as { items: { id: string; title: string }[] }).items.find((v) => v.title.startsWith('Schappenvuller (deeltijds'))!;
    await page.goto(`/vacancies/${vacancy.id}/analysis`);
    await heading(page, `Jobanalyse – ${vacancy.title}`);
    await visible(page.getByText('U kunt deze jobanalyse alleen lezen.'));
    await visible(page.getByRole('heading', { name: 'Taak 1: Rekken aanvullen' }));
    expect(await page.getByRole('button', { name: 'Jobanalyse opslaan' }).count()).toBe(0);
    await scan(page, 'vacancy: job analysis read-only');
    await page.goto(`/vacancies/${vacancy.id}/competences`);
    await heading(page, `Competentieprofiel – ${vacancy.title}`);
    await visible(page.getByRole('table', { name: 'Fysieke vaardigheden' }).getByRole('row', { name: /Staan 4 – goed/ }));
    expect(await page.getByRole('radio').count()).toBe(0);
    await scan(page, 'vacancy: competence profile read-only');
  });
});
