import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { noBrowser, scan, test } from './fixtures.ts';
import { apiCall, expectFocusVisible, focused, hasFocus, heading, karimId, pageScrollWidth, visible } from './helpers.ts';

interface Capacity { version: number; scores: Record<string, number>; gapClosers: Record<string, string> }
interface VacancyItem { id: string; title: string; employer: { name: string } }
interface CompetenceProfile { version: number; scores: Record<string, number> }

const GENT_SHELF_JOB = 'Schappenvuller (deeltijds, vroege dienst)';

/** A write through the API with the CSRF header and If-Match, as the web app sends it. */
async function putVersioned(page: Page, path: string, version: number, data: unknown): Promise<number> {
  let csrf = (await page.context().cookies()).find((c) => c.name === 'passend_csrf')?.value;
  if (!csrf) {
    await page.request.get('/api/auth/csrf');
    csrf = (await page.context().cookies()).find((c) => c.name === 'passend_csrf')?.value ?? '';
  }
  const res = await page.request.put(path, { data, headers: { 'x-csrf-token': csrf, 'if-match': `"${version}"` } });
  return res.status();
}

async function openCapacity(page: Page, id: string): Promise<void> {
  await page.goto(`/clients/${id}/capacity`);
  await heading(page, 'Capaciteitenprofiel en beschikbaarheid – Karim El Amrani');
  await visible(page.getByRole('button', { name: 'Capaciteitenprofiel opslaan' }));
  await visible(page.getByRole('button', { name: 'Beschikbaarheid opslaan' }));
}

/** The Gent shelf job, with a competence profile that asks accuracy 4 (scored here through the API if the demo left it empty). */
async function gentShelfJob(page: Page): Promise<string> {
  const list = await apiCall(page, 'GET', '/api/vacancies?status=open');
  const vacancy = (list.body as { items: VacancyItem[] }).items.find((v) => v.title === GENT_SHELF_JOB);
  if (!vacancy) throw new Error(`The demo vacancy "${GENT_SHELF_JOB}" is not open (${list.status})`);
  const profile = (await apiCall(page, 'GET', `/api/vacancies/${vacancy.id}/competence-profile`)).body as CompetenceProfile;
  if (profile.scores.accuracy !== 4) {
    const status = await putVersioned(page, `/api/vacancies/${vacancy.id}/competence-profile`, profile.version, {
      scores: { ...profile.scores, standing: 4, lifting: 3, punctuality: 4, accuracy: 4, reading: 2 }, notes: {}, otherNotes: '',
    });
    if (status !== 200) throw new Error(`Scoring the vacancy's competence profile answered ${status}`);
  }
  return vacancy.id;
}

describe.skipIf(noBrowser)('capacity profile, availability, history and the comparison with a vacancy', () => {
  // Many page states scanned by axe: more time than the default on a busy machine.
  test('a coach scores the profile with a STARR example and a closable gap, sets availability, reads the history, compares', { timeout: 120_000 }, async ({ page, login, expect }) => {
    await login('coach');
    const id = await karimId(page);
    const before = (await apiCall(page, 'GET', `/api/clients/${id}/capacity-profile`)).body as Capacity;
    const vacancyId = await gentShelfJob(page);
    await openCapacity(page, id);
    await scan(page, 'capacity: the form');

    // Keyboard: a radio group of one item moves with the arrow keys, focus visible on each stop.
    const reaction = page.getByRole('group', { name: 'Reactiesnelheid', exact: true });
    await visible(reaction.getByText('de snelheid waarmee men kan reageren op een bepaalde situatie.'));
    const unset = reaction.getByRole('radio', { name: 'Niet gescoord' });
    expect(await unset.isChecked()).toBe(true);
    await unset.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const three = reaction.getByRole('radio', { name: '3 – voldoende' });
    expect(await three.isChecked()).toBe(true);
    expect(await hasFocus(three)).toBe(true);
    expectFocusVisible(await focused(page), 'radio 3 of Reactiesnelheid');
    await page.keyboard.press('ArrowLeft');
    expect(await reaction.getByRole('radio', { name: '2 – beperkt' }).isChecked()).toBe(true);
    // Once scored, the item offers what could close a gap.
    await visible(reaction.getByRole('combobox', { name: /^Kan overbrugd worden door/ }));

    // A significant gap for the shelf job (accuracy 4 asked), closable by training.
    const accuracy = page.getByRole('group', { name: 'Nauwkeurigheid', exact: true });
    await accuracy.getByRole('radio', { name: '2 – beperkt' }).check();
    await accuracy.getByRole('combobox', { name: /^Kan overbrugd worden door/ }).selectOption('training');
    await accuracy.getByRole('textbox', { name: /^Opmerking/ }).fill('Controle met een checklist leren.');

    // A STARR example: focus goes to its first field.
    const starrCount = await page.locator('fieldset.cap-starr').count();
    await page.getByRole('button', { name: 'Voorbeeld toevoegen' }).click();
    const n = starrCount + 1;
    await visible(page.getByRole('status').getByText(`Voorbeeld ${n} toegevoegd.`));
    const example = page.getByRole('group', { name: `Voorbeeld ${n}`, exact: true });
    const itemSelect = example.getByRole('combobox', { name: /^Over welk item gaat het voorbeeld\?/ });
    await expect.poll(() => hasFocus(itemSelect)).toBe(true);
    await itemSelect.selectOption('accuracy');
    await visible(example.getByText(/Bijvoorbeeld: Wanneer voelde je je voor het laatst erg opgejaagd/));
    await example.getByRole('textbox', { name: /^Situatie/ }).fill('Bestellingen klaarzetten bij Scheldewerk.');
    await example.getByRole('textbox', { name: /^Actie/ }).fill('Elke doos twee keer nageteld.');
    await example.getByRole('textbox', { name: /^Resultaat/ }).fill('Geen fouten, maar trager dan de ploeg.');

    await page.getByRole('button', { name: 'Capaciteitenprofiel opslaan' }).click();
    const v2 = before.version + 1;
    await visible(page.getByRole('status').getByText(`Capaciteitenprofiel opgeslagen als versie ${v2}.`));
    const saved = (await apiCall(page, 'GET', `/api/clients/${id}/capacity-profile`)).body as Capacity;
    expect(saved.version).toBe(v2);
    expect(saved.scores).toMatchObject({ reaction_speed: 2, accuracy: 2 });
    expect(saved.gapClosers).toMatchObject({ accuracy: 'training' });
    await scan(page, 'capacity: saved');

    // Availability: an environment both excluded and preferred is pointed at before sending.
    const hours = page.getByRole('textbox', { name: /^Maximaal aantal uren per week/ });
    await hours.fill('20');
    await page.getByRole('group', { name: /^Dagen waarop de cliënt kan werken/ }).getByRole('checkbox', { name: 'Zaterdag' }).check();
    await page.getByRole('group', { name: /^Uitgesloten werkomgevingen/ }).getByRole('checkbox', { name: 'Koude' }).check();
    const preferredCold = page.getByRole('group', { name: /^Gewenste werkomgevingen/ }).getByRole('checkbox', { name: 'Koude' });
    await preferredCold.check();
    await page.getByRole('button', { name: 'Beschikbaarheid opslaan' }).click();
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Er is een probleem' }) });
    await visible(summary);
    await expect.poll(() => hasFocus(summary)).toBe(true);
    const link = summary.getByRole('link', { name: 'Gewenste werkomgevingen: Een werkomgeving kan niet tegelijk uitgesloten en gewenst zijn: Koude.' });
    await visible(link);
    await scan(page, 'capacity: availability with an error');
    await link.click();
    expect(await hasFocus(preferredCold)).toBe(true);
    await preferredCold.uncheck();
    await page.getByRole('button', { name: 'Beschikbaarheid opslaan' }).click();
    await visible(page.getByRole('status').getByText('Beschikbaarheid opgeslagen.'));
    const availability = (await apiCall(page, 'GET', `/api/clients/${id}/availability`)).body as { maxHoursPerWeek: number; days: string[]; excludedEnvironment: string[] };
    expect(availability.maxHoursPerWeek).toBe(20);
    expect(availability.days).toContain('sat');
    expect(availability.excludedEnvironment).toContain('cold');
    // Home and travel limit are read here, changed in the vocational profile.
    await visible(page.getByRole('link', { name: 'Reisafstand wijzigen in het beroepsoriënteringsschema' }));

    // History: the versions newest first, one version's scores to read.
    await page.getByRole('link', { name: 'Geschiedenis van de versies' }).click();
    await heading(page, 'Geschiedenis van het capaciteitenprofiel – Karim El Amrani');
    const table = page.getByRole('table', { name: 'Opgeslagen versies, nieuwste eerst' });
    await visible(table);
    const rows = table.getByRole('row');
    expect(await rows.count()).toBe(v2 + 1); // header + every version
    expect(v2).toBeGreaterThanOrEqual(2);
    await visible(table.getByRole('row', { name: new RegExp(`^${v2} `) }).getByRole('cell', { name: 'Jonas Peeters' }));
    await table.getByRole('button', { name: `Versie ${v2} tonen` }).click();
    const versionHeading = page.getByRole('heading', { level: 2, name: `Versie ${v2}` });
    await visible(versionHeading);
    await expect.poll(() => hasFocus(versionHeading)).toBe(true);
    await visible(page.getByText(/^Opgeslagen door Jonas Peeters op /));
    const keySkills = page.getByRole('table', { name: 'Sleutelvaardigheden' });
    const accuracyRow = keySkills.getByRole('row', { name: /^Nauwkeurigheid/ });
    expect(await accuracyRow.innerText()).toMatch(/2 – beperkt\s+Opleiding\s+Controle met een checklist leren\./);
    await scan(page, 'capacity: history with a version');
    await table.getByRole('button', { name: `Versie ${v2 - 1} tonen` }).click();
    await visible(page.getByRole('heading', { level: 2, name: `Versie ${v2 - 1}` }));

    // The comparison, chosen from the open vacancies on the capacity page.
    await openCapacity(page, id);
    await page.getByRole('combobox', { name: /^Open vacature/ }).selectOption(vacancyId);
    await page.getByRole('button', { name: 'Vergelijken', exact: true }).click();
    await heading(page, `Vergelijking met ${GENT_SHELF_JOB} – Karim El Amrani`);
    const skills = page.getByRole('table', { name: 'Sleutelvaardigheden' });
    const gap = skills.getByRole('row', { name: /^Nauwkeurigheid/ });
    await visible(gap);
    const cells = gap.getByRole('cell');
    expect(await cells.nth(0).innerText()).toBe('4 – goed');
    expect(await cells.nth(1).innerText()).toBe('2 – beperkt');
    const gapText = await cells.nth(2).innerText();
    expect(gapText).toContain('Tekort: 2 punten');
    expect(gapText).toContain('Aanzienlijk tekort');
    expect(gapText).toContain('Te overbruggen door opleiding');
    await visible(page.getByRole('heading', { level: 2, name: 'Waar de cliënt sterker is dan gevraagd' }));
    await scan(page, 'capacity: comparison with a vacancy');

    // On a phone (320 px): the long form and the comparison reflow without sideways scrolling.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(320);
    await scan(page, 'capacity: comparison at 320 px');
    await openCapacity(page, id);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(320);
    await scan(page, 'capacity: the form at 320 px');
  });

  test('a newer version saved meanwhile is shown and the input is kept', async ({ page, login, expect }) => {
    await login('coach');
    const id = await karimId(page);
    await openCapacity(page, id);
    const creativity = page.getByRole('group', { name: 'Creativiteit', exact: true });
    await creativity.getByRole('radio', { name: '4 – goed' }).check();

    // Someone else saves in the meantime.
    const current = (await apiCall(page, 'GET', `/api/clients/${id}/capacity-profile`)).body as Capacity & Record<string, unknown>;
    const other = { assessedOn: current.assessedOn, scores: { ...current.scores, tidiness: 5 }, notes: current.notes, gapClosers: current.gapClosers, otherNotes: current.otherNotes, starr: current.starr };
    expect(await putVersioned(page, `/api/clients/${id}/capacity-profile`, current.version, other)).toBe(200);

    await page.getByRole('button', { name: 'Capaciteitenprofiel opslaan' }).click();
    const newer = current.version + 1;
    const notice = page.getByRole('alert').filter({ hasText: `Iemand anders heeft intussen versie ${newer} opgeslagen.` });
    await visible(notice);
    await expect.poll(() => hasFocus(notice)).toBe(true);
    expect(await creativity.getByRole('radio', { name: '4 – goed' }).isChecked()).toBe(true);
    await notice.getByRole('button', { name: `Versie ${newer} bekijken` }).click();
    await visible(notice.getByRole('heading', { name: `Versie ${newer} zoals die nu opgeslagen is` }));
    await scan(page, 'capacity: a newer version');
    await notice.getByRole('button', { name: `Mijn invoer opslaan als nieuwere versie dan ${newer}` }).click();
    await visible(page.getByRole('status').getByText(`Capaciteitenprofiel opgeslagen als versie ${newer + 1}.`));
    const saved = (await apiCall(page, 'GET', `/api/clients/${id}/capacity-profile`)).body as Capacity;
    expect(saved.scores.creativity).toBe(4);
  });
});
