import { describe } from 'vitest';
import { DEMO_EMAILS, noBrowser, test, scan } from './fixtures.ts';
import { apiCall, hasFocus, heading, pageScrollWidth, settled, signIn, visible, karimId } from './helpers.ts';

// Karim's data in the browser's own fetch, as the download button gets it.
declare const document: unknown;
interface ExportAnswer { status: number; type: string | null; disposition: string | null; text: string }

/**
 * Consent as the client and the coach use it: the coach records a consent for the employer,
 * the employer reads exactly that, the client sees it in plain words and withdraws it, the
 * employer is refused; the client sees who looked, and downloads everything.
 */
describe.skipIf(noBrowser)('consent: recording, sharing, withdrawing, the access log and the export', () => {
  test('coach records, employer reads, client withdraws, employer is refused, client sees the read and downloads', { timeout: 300_000 }, async ({ page, open, login, expect }) => {
    // --- the coach: overview and recording a consent ---
    await login('coach');
    const id = await karimId(page);
    await page.goto(`/clients/${id}/consents`);
    await heading(page, 'Toestemmingen – Karim El Amrani');
    const current = page.getByRole('region', { name: 'Wat wordt gedeeld met wie' });
    // The demo world's consent: Groenhof, vocational profile, job finding, in writing.
    const groenhof = current.getByRole('region', { name: /^Groenhof Supermarkten/ });
    await visible(groenhof.getByText('Beroepsgericht profiel'));
    await visible(groenhof.getByText('Schriftelijk (ondertekend formulier)'));
    await scan(page, 'coach consents overview');

    // Withdrawing asks first; "Niet intrekken" keeps it and returns focus to the button.
    await groenhof.getByRole('button', { name: 'Intrekken – toestemming voor Groenhof Supermarkten, Jobfinding (zoeken naar werk): Beroepsgericht profiel', exact: true }).click();
    const question = page.getByText('Deze toestemming intrekken? Groenhof Supermarkten kan deze gegevens dan meteen niet meer zien.');
    await visible(question);
    await scan(page, 'coach consents, withdraw confirmation');
    await page.getByRole('button', { name: 'Niet intrekken' }).click();
    expect(await hasFocus(groenhof.getByRole('button', { name: /^Intrekken – toestemming/ }))).toBe(true);

    const form = page.getByRole('form', { name: 'Toestemming vastleggen' });
    // Employers kept without a Passend account can be named too, in a group of their own.
    expect(await form.locator('optgroup[label="Werkgevers zonder eigen account"] option').allTextContents()).toEqual(['Vrachtwerk Gent']);
    await form.getByLabel('Ontvanger').selectOption({ label: 'Groenhof Supermarkten – heel de organisatie' });
    // The defaults: identity, vocational profile, action plan; never health.
    expect(await form.getByLabel('Identiteit en contactgegevens').isChecked()).toBe(true);
    expect(await form.getByLabel('Actieplan en voortgang').isChecked()).toBe(true);
    expect(await form.getByLabel('Gezondheidstoestand en beperkingen').isChecked()).toBe(false);
    await form.getByLabel('Actieplan en voortgang').uncheck();
    await form.getByLabel('Doel').selectOption({ label: 'Jobfinding (zoeken naar werk)' });
    await form.getByLabel('Schriftelijk (ondertekend formulier)').check();
    await form.getByLabel(/^Bewijs/).fill('Formulier getekend op het gesprek van vandaag; in de dossiermap.');

    // Health together with other data: explained at once, and refused on submit, nothing lost.
    await form.getByLabel('Gezondheidstoestand en beperkingen').check();
    await visible(form.getByText(/U hebt gezondheid samen met andere gegevens aangevinkt/));
    await form.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary.getByRole('link', { name: /Welke gegevens: Gezondheidsgegevens vragen een eigen toestemming/ }));
    expect(await hasFocus(summary)).toBe(true);
    expect(await form.getByLabel(/^Bewijs/).inputValue()).toBe('Formulier getekend op het gesprek van vandaag; in de dossiermap.');
    await scan(page, 'coach consent form, health mixed');
    // The server refuses the same mix on its own.
    const recipients = (await apiCall(page, 'GET', '/api/consent-recipients')).body as { items: { id: string; name: string }[] };
    const employerId = recipients.items.find((r) => r.name === 'Groenhof Supermarkten')!.id;
    const mixed = await apiCall(page, 'POST', `/api/clients/${id}/consents`, { recipientOrganisationId: employerId, categories: ['health', 'identity'], purpose: 'job_finding', method: 'written' });
    expect(mixed.status).toBe(400);
    expect((mixed.body as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain('categories');

    await form.getByLabel('Gezondheidstoestand en beperkingen').uncheck();
    await form.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    const saved = page.getByRole('status').getByText('Toestemming vastgelegd voor Groenhof Supermarkten: Identiteit en contactgegevens en beroepsgericht profiel, voor Jobfinding (zoeken naar werk).');
    await visible(saved);
    await visible(groenhof.getByText('Identiteit en contactgegevens'));
    expect(await groenhof.getByRole('article').count()).toBe(2);
    await visible(groenhof.getByText('Formulier getekend op het gesprek van vandaag; in de dossiermap.'));
    expect(await form.getByLabel(/^Bewijs/).inputValue()).toBe('');
    await scan(page, 'coach consents, recorded');

    // --- the employer reads what the consents give, for job finding ---
    const hr = (await open()).page;
    await signIn(hr, DEMO_EMAILS.hr);
    const read = await apiCall(hr, 'GET', `/api/clients/${id}?purpose=job_finding`);
    expect(read.status).toBe(200);
    expect((read.body as { categories: string[] }).categories.toSorted()).toEqual(['identity', 'vocational_profile']);
    expect(await apiCall(hr, 'GET', `/api/clients/${id}?purpose=job_support`)).toMatchObject({ status: 404 });
    // Enough reads for the access log to need a second page.
    for (let i = 0; i < 26; i++) expect((await apiCall(hr, 'GET', `/api/clients/${id}/support-contacts?purpose=job_finding`)).status).toBe(200);

    // --- the client: "Wie mag wat zien" in plain words, stop sharing ---
    const client = (await open()).page;
    await signIn(client, DEMO_EMAILS.client);
    await client.goto('/my/consents');
    await heading(client, 'Wie mag wat zien');
    const sharing = client.getByRole('region', { name: 'Dit deel je nu' });
    const mine = sharing.getByRole('listitem').filter({ hasText: 'Groenhof Supermarkten mag je naam en contactgegevens en je beroepsprofiel zien, om werk voor je te zoeken.' });
    await visible(mine);
    await visible(sharing.getByText('Groenhof Supermarkten mag je beroepsprofiel zien, om werk voor je te zoeken.'));
    await scan(client, 'my consents');

    await mine.getByRole('button', { name: 'Stop met delen met Groenhof Supermarkten: je naam en contactgegevens en je beroepsprofiel', exact: true }).click();
    await visible(mine.getByText('Wil je echt stoppen met delen? Dan kan Groenhof Supermarkten je naam en contactgegevens en je beroepsprofiel niet meer zien.'));
    await scan(client, 'my consents, stop confirmation');
    await mine.getByRole('button', { name: 'Ja, stop met delen' }).click();
    const stopped = client.getByRole('status').getByText('Klaar. Groenhof Supermarkten kan je naam en contactgegevens en je beroepsprofiel niet meer zien.');
    await visible(stopped);
    const ended = client.getByRole('region', { name: 'Gestopt of afgelopen' });
    await visible(ended.getByText('Groenhof Supermarkten mocht je naam en contactgegevens en je beroepsprofiel zien, om werk voor je te zoeken.'));
    await visible(ended.getByText(/^Gestopt op /));
    await scan(client, 'my consents, stopped');

    // Withdrawal works on the employer's next request: identity is gone, the profile (demo consent) stays.
    const after = await apiCall(hr, 'GET', `/api/clients/${id}?purpose=job_finding`);
    expect(after.status).toBe(200);
    expect((after.body as { categories: string[]; identity?: unknown }).categories).toEqual(['vocational_profile']);
    expect((after.body as { identity?: unknown }).identity).toBeUndefined();
    expect((await apiCall(hr, 'GET', `/api/clients/${id}/support-contacts?purpose=job_finding`)).status).toBe(404);
    // The client stops the last thing shared with Groenhof: the employer gets 404 for everything.
    await sharing.getByRole('button', { name: 'Stop met delen met Groenhof Supermarkten: je beroepsprofiel', exact: true }).click();
    await client.getByRole('button', { name: 'Ja, stop met delen' }).click();
    await visible(client.getByRole('status').getByText('Klaar. Groenhof Supermarkten kan je beroepsprofiel niet meer zien.'));
    await visible(sharing.getByText('Je deelt nu niets. Alleen jij en je jobcoach zien je gegevens.'));
    expect((await apiCall(hr, 'GET', `/api/clients/${id}?purpose=job_finding`)).status).toBe(404);

    // Giving a consent in the portal: missing answers are asked again in plain words.
    const give = client.getByRole('form', { name: 'Iets nieuws delen' });
    await give.getByRole('button', { name: 'Delen' }).click();
    await visible(client.getByRole('link', { name: /Met wie wil je delen\?: Kies met wie je wil delen\./ }));
    await scan(client, 'my consents, give with missing answers');
    expect(await give.locator('optgroup[label="Werkgevers die Passend niet gebruiken"] option').allTextContents()).toEqual(['Vrachtwerk Gent']);
    await give.getByLabel('1. Met wie wil je delen?').selectOption({ label: 'Partnerwerk Antwerpen – heel de organisatie' });
    await give.getByLabel('De verslagen van je gesprekken en je afspraken').check();
    await give.getByLabel('Om je door te sturen naar een andere dienst').check();
    await give.getByLabel('Tot een datum').check();
    await give.getByLabel('Tot welke datum?').fill('2099-05-12');
    await give.getByRole('button', { name: 'Delen' }).click();
    await visible(client.getByRole('status').getByText('Klaar. Partnerwerk Antwerpen mag nu de verslagen van je gesprekken en je afspraken zien.'));
    await visible(sharing.getByText('Partnerwerk Antwerpen mag de verslagen van je gesprekken en je afspraken zien, om je door te sturen naar een andere dienst.'));
    await visible(sharing.getByText('Tot 12 mei 2099.'));
    await scan(client, 'my consents, given');

    // --- "Wie keek naar mijn gegevens": the employer's reads, newest first, more on request ---
    const log = await apiCall(client, 'GET', `/api/clients/${id}/access-log?limit=200`);
    const total = (log.body as { items: unknown[] }).items.length;
    expect(total).toBeGreaterThanOrEqual(28);
    await client.goto('/my/access-log');
    await heading(client, 'Wie keek naar mijn gegevens');
    const reads = client.getByRole('listitem').filter({ hasText: 'Els Janssens van Groenhof Supermarkten' });
    await visible(reads.first());
    // The newest: after the withdrawal only the vocational profile was left to read.
    await visible(reads.first().getByText('Je beroepsprofiel', { exact: true }));
    await visible(reads.first().getByText('Om werk voor je te zoeken'));
    await visible(reads.nth(1).getByText('Je naam en contactgegevens', { exact: true }));
    expect(await reads.count()).toBe(25);
    await scan(client, 'my access log');
    await client.getByRole('button', { name: 'Meer tonen' }).click();
    await visible(client.getByRole('status').getByText(`Je ziet nu alles: ${total} keer.`));
    await visible(reads.filter({ hasText: 'Je naam en contactgegevens en je beroepsprofiel' }));
    expect(await client.getByRole('button', { name: 'Meer tonen' }).count()).toBe(0);
    await scan(client, 'my access log, all shown');

    // --- the coach sees the same log ---
    await page.goto(`/clients/${id}/access-log`);
    await heading(page, 'Wie zag wat – Karim El Amrani');
    const table = page.getByRole('table', { name: 'Inzage in het dossier, nieuwste eerst' });
    await visible(table.getByRole('cell', { name: 'Els Janssens' }).first());
    await visible(table.getByRole('cell', { name: 'Jobfinding (zoeken naar werk)' }).first());
    expect(await table.getByRole('row').count()).toBe(26);
    await scan(page, 'coach access log');
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await visible(page.getByRole('status').getByText(`Alle ${total} inzages worden getoond.`));
    expect(await table.getByRole('row').count()).toBe(total + 1);
    await visible(table.getByRole('cell', { name: 'Identiteit en contactgegevens en beroepsgericht profiel' }));
    await scan(page, 'coach access log, all shown');

    // --- the client downloads everything ---
    await client.goto('/my/data');
    await heading(client, 'Alles downloaden');
    await scan(client, 'my data');
    const [download] = await Promise.all([
      client.waitForEvent('download'),
      client.getByRole('button', { name: 'Download je gegevens (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^passend-\d{4}-\d{2}-\d{2}\.json$/);
    await visible(client.getByRole('status').getByText(/^Klaar\. Je bestand heet passend-\d{4}-\d{2}-\d{2}\.json\./));
    const exported = await client.evaluate(async (clientId): Promise<ExportAnswer> => {
      void document;
      const res = await fetch(`/api/clients/${clientId}/export`, { credentials: 'same-origin' });
      return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), text: await res.text() };
    }, id);
    expect(exported.status).toBe(200);
    expect(exported.type).toMatch(/^application\/json/);
    const body = JSON.parse(exported.text) as { format: string; client: Record<string, unknown>; consents: unknown[] };
    expect(body.format).toBe('passend.client-export');
    expect(exported.text).toContain('Karim');
    expect(exported.text).toContain('El Amrani');
    expect(body.consents.length).toBe(3);
    const pdf = client.getByRole('link', { name: 'Download je gegevens (PDF)' });
    expect(await pdf.getAttribute('href')).toBe(`/api/clients/${id}/export.pdf?lang=nl-BE`);
    await scan(client, 'my data, downloaded');

    // On a phone (320 px) the pages reflow without sideways scrolling.
    const phone = (await open({ viewport: { width: 320, height: 720 } })).page;
    await signIn(phone, DEMO_EMAILS.client);
    for (const path of ['/my/consents', '/my/access-log', '/my/data']) {
      await phone.goto(path);
      await settled(phone);
      expect(await pageScrollWidth(phone), path).toBeLessThanOrEqual(320);
    }
    await phone.goto('/my/consents');
    await settled(phone);
    await scan(phone, 'my consents at 320 px');
  });
});
