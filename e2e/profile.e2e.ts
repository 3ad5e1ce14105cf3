import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { expectNoAxeViolations, noBrowser, test, scan } from './fixtures.ts';
import { apiCall, hasFocus, heading, pageScrollWidth, visible, karimId } from './helpers.ts';

interface Profile {
  version: number;
  profile: Record<string, unknown>;
  health: Record<string, unknown>;
  benefits: Record<string, unknown>;
}

async function openProfile(page: Page, id: string): Promise<void> {
  await page.goto(`/clients/${id}/profile`);
  await heading(page, 'Beroepsoriënteringsschema – Karim El Amrani');
  await visible(page.getByRole('button', { name: 'Beroepsoriënteringsschema opslaan' }));
}

describe.skipIf(noBrowser)('vocational profile (beroepsoriënteringsschema) for the coaching team', () => {
  test('edit hobbies, add a desired job with the keyboard, save as version 2, PDF, history', async ({ page, login, expect }) => {
    await login('coach');
    const id = await karimId(page);
    await openProfile(page, id);

    // The demo's filled profile, health marked as sensitive, a table of contents.
    const hobbies = page.getByRole('textbox', { name: /^Hobby's en interesses/ });
    await expect.poll(() => hobbies.inputValue()).toContain('Zaalvoetbal');
    await visible(page.getByRole('navigation', { name: 'Inhoud van het schema' }));
    await visible(page.getByText('Gevoelige gegevens: alleen gedeeld met uitdrukkelijke toestemming van de klant.'));
    await visible(page.getByRole('group', { name: 'Werkervaring 2' }));
    await scan(page, 'profile: the form');

    await hobbies.fill('Zaalvoetbal op woensdag en koken voor vrienden.');

    // Add a desired job: focus goes to the new row's occupation combobox; keyboard only from there.
    await page.getByRole('button', { name: 'Gewenste job toevoegen' }).focus();
    await page.keyboard.press('Enter');
    await visible(page.getByRole('status').getByText('Gewenste job 4 toegevoegd.'));
    const row = page.getByRole('group', { name: 'Gewenste job 4' });
    const combo = row.getByRole('combobox', { name: /^Beroep \(ESCO\)/ });
    await expect.poll(() => hasFocus(combo)).toBe(true);
    await page.keyboard.type('schappen');
    const listbox = row.getByRole('listbox', { name: 'Gevonden beroepen' });
    await visible(listbox);
    await visible(row.getByRole('status').getByText(/^\d+ beroep(en)? gevonden$/));
    await expect.poll(async () => (await listbox.getByRole('option').first().textContent()) ?? '').toMatch(/schappen/i); // the list of this query, not of a shorter one typed before
    await page.keyboard.press('ArrowDown');
    const first = listbox.getByRole('option').first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await combo.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await combo.getAttribute('aria-expanded')).toBe('true');
    const chosenLabel = (await first.evaluate((el) => el.firstChild?.textContent ?? '')).trim();
    expect(chosenLabel).toMatch(/schappen/i);
    await expectNoAxeViolations(page, 'profile: combobox open with results');
    await page.keyboard.press('Enter');
    expect(await combo.getAttribute('aria-expanded')).toBe('false');
    expect(await combo.inputValue()).toBe(chosenLabel);
    await visible(row.getByText(new RegExp(`^Gekozen: ${chosenLabel} \\(ESCO-code [\\d.]+\\)$`)));
    await row.getByRole('textbox', { name: /^Opmerking/ }).fill('Ook een avondshift is goed.');

    await page.getByRole('button', { name: 'Beroepsoriënteringsschema opslaan' }).click();
    await visible(page.getByRole('status').getByText('Opgeslagen als versie 2.'));
    expect(await hobbies.inputValue()).toBe('Zaalvoetbal op woensdag en koken voor vrienden.');

    // The PDF of the saved version, fetched as the browser would.
    const pdfLink = page.getByRole('link', { name: 'Beroepsoriënteringsschema als PDF (versie 2)' });
    const href = await pdfLink.getAttribute('href');
    expect(href).toBe(`/api/clients/${id}/vocational-profile.pdf?lang=nl-BE`);
    const pdf = await page.evaluate(async (url) => {
      const res = await fetch(url, { credentials: 'same-origin' });
      const bytes = new Uint8Array(await res.arrayBuffer());
      return { status: res.status, type: res.headers.get('content-type'), magic: String.fromCharCode(...bytes.slice(0, 5)) };
    }, href!);
    expect(pdf).toEqual({ status: 200, type: expect.stringContaining('application/pdf'), magic: '%PDF-' });

    // History: version 2 by Jonas, its changes in the form's words.
    await page.getByRole('link', { name: 'Geschiedenis van de versies' }).click();
    await heading(page, 'Geschiedenis – Karim El Amrani');
    const table = page.getByRole('table', { name: 'Opgeslagen versies, nieuwste eerst' });
    const v2 = table.getByRole('row', { name: /^2 / });
    await visible(v2.getByRole('cell', { name: 'Jonas Peeters' }));
    await visible(table.getByRole('row', { name: /^1 / }));
    await v2.getByRole('button', { name: 'Wijzigingen van versie 2 tonen' }).click();
    const changesHeading = page.getByRole('heading', { level: 2, name: 'Wijzigingen in versie 2' });
    await visible(changesHeading);
    await expect.poll(() => hasFocus(changesHeading)).toBe(true);
    await visible(page.getByText(/^Opgeslagen door Jonas Peeters op /));
    const changes = page.locator('.profile-changes li');
    const hobbyChange = changes.filter({ hasText: /^Hobby's en interesses:/ });
    await visible(hobbyChange);
    // Seen as "before → after", heard as "before werd after".
    expect(await hobbyChange.innerText()).toMatch(/Zaalvoetbal met een buurtploeg.*→\s*werd\s*Zaalvoetbal op woensdag en koken voor vrienden\.$/s);
    const change = (label: string, after: string) => changes.filter({ hasText: new RegExp(`^${label}: \\(leeg\\) →\\s*werd\\s*${after}$`) });
    await visible(change('Gewenste job 4 – Beroep \\(ESCO\\)', chosenLabel));
    await visible(change('Gewenste job 4 – Opmerking', 'Ook een avondshift is goed\\.'));
    expect(await changes.filter({ hasText: 'http://data.europa.eu' }).count(), 'no ESCO URIs shown').toBe(0);
    await scan(page, 'profile: history with the changes of version 2');

    // On a phone (320 px) the history and the form reflow without sideways scrolling of the page.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(320);
    await openProfile(page, id);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(320);
    await scan(page, 'profile: the form at 320 px');
  });

  test('bad input is pointed at and kept; a newer version is shown and the edits survive', async ({ page, login, expect }) => {
    await login('coach');
    const id = await karimId(page);
    await openProfile(page, id);

    const km = page.getByRole('textbox', { name: /^Maximale reisafstand \(km\)/ });
    await km.fill('-5');
    const amount = page.getByRole('group', { name: 'Uitkering 1' }).getByRole('textbox', { name: /^Bedrag \(euro\)/ });
    await amount.fill('12a');
    await page.getByRole('button', { name: 'Beroepsoriënteringsschema opslaan' }).click();

    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Er is een probleem' }) });
    await visible(summary);
    await expect.poll(() => hasFocus(summary)).toBe(true);
    const kmLink = summary.getByRole('link', { name: 'Jobaspiraties en -voorkeuren – Maximale reisafstand (km): Vul een getal van 0 of meer in.' });
    await visible(kmLink);
    await visible(summary.getByRole('link', { name: 'Uitkering 1 – Bedrag (euro): Vul een bedrag in cijfers in, bijvoorbeeld 1250,50.' }));
    expect(await km.inputValue()).toBe('-5');
    expect(await amount.inputValue()).toBe('12a');
    expect(await km.getAttribute('aria-invalid')).toBe('true');
    await scan(page, 'profile: error summary');
    await kmLink.click();
    await expect.poll(() => hasFocus(km)).toBe(true);

    // Someone else saves meanwhile (the API, as another screen would); this form's save is stale.
    await km.fill('12');
    await amount.fill('1123,45');
    const current = (await apiCall(page, 'GET', `/api/clients/${id}/vocational-profile`)).body as Profile;
    const csrf = (await page.context().cookies()).find((c) => c.name === 'passend_csrf')?.value ?? '';
    const other = await page.request.put(`/api/clients/${id}/vocational-profile`, {
      data: { profile: { ...current.profile, hobbies: 'Gewijzigd op een ander scherm.' }, health: current.health, benefits: current.benefits },
      headers: { 'x-csrf-token': csrf, 'if-match': `"${current.version}"` },
    });
    expect(other.status()).toBe(200);
    const newer = current.version + 1;
    await page.getByRole('button', { name: 'Beroepsoriënteringsschema opslaan' }).click();
    const stale = page.getByRole('alert').filter({ hasText: `Iemand anders heeft het schema intussen opgeslagen (versie ${newer}).` });
    await visible(stale);
    expect(await km.inputValue()).toBe('12');
    await stale.getByRole('button', { name: 'Nieuwere versie bekijken' }).click();
    await visible(page.getByRole('heading', { level: 2, name: `Versie ${newer}, opgeslagen door iemand anders` }));
    await visible(stale.getByText('Gewijzigd op een ander scherm.'));
    await scan(page, 'profile: a newer version saved by someone else');
    await stale.getByRole('button', { name: `Mijn wijzigingen opslaan over versie ${newer}` }).click();
    await visible(page.getByRole('status').getByText(`Opgeslagen als versie ${newer + 1}.`));
    expect(await km.inputValue()).toBe('12');
  });
});
