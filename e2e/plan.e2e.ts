import type { Page } from 'playwright-core';
import { describe, expect as vitestExpect } from 'vitest';
import { DEMO_EMAILS, noBrowser, test, scan } from './fixtures.ts';
import { apiCall, hasFocus, heading, pageScrollWidth, signIn, visible, karimId } from './helpers.ts';

interface Plan {
  id: string;
  number: number;
  status: 'draft' | 'agreed';
  version: number;
  items: { id: string; what: string }[];
  agreements: { client: { name: string; signed: boolean } | null; coach: { name: string; signed: boolean } | null };
}

/** Agree through the API the way the portal does: CSRF header and If-Match with the version read. */
async function agreeByApi(page: Page, clientId: string, plan: Plan, name: string): Promise<number> {
  let csrf = (await page.context().cookies()).find((c) => c.name === 'passend_csrf')?.value;
  if (!csrf) {
    await page.request.get('/api/auth/csrf');
    csrf = (await page.context().cookies()).find((c) => c.name === 'passend_csrf')?.value ?? '';
  }
  const res = await page.request.post(`/api/clients/${clientId}/action-plans/${plan.id}/agree`, {
    data: { name, signature: null },
    headers: { 'x-csrf-token': csrf, 'if-match': `"${plan.version}"` },
  });
  return res.status();
}

/** A calendar day `days` from today, as the date input takes it. */
function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function expectPdf(page: Page, name: RegExp): Promise<void> {
  const href = await page.getByRole('link', { name }).first().getAttribute('href');
  vitestExpect(href).toMatch(/\/action-plans\/[0-9a-f-]+\.pdf\?lang=nl-BE$/);
  const res = await page.request.get(href!);
  vitestExpect(res.status()).toBe(200);
  vitestExpect(res.headers()['content-type']).toContain('application/pdf');
  vitestExpect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
}

describe.skipIf(noBrowser)('action plan (actieplan) for the coaching team', () => {
  test('v1 frozen; v2 copied, edited, agreed by coach (drawn) and client; evaluated; PDFs', async ({ page, login, open, expect }) => {
    await login('coach');
    const id = await karimId(page);
    await page.goto(`/clients/${id}/plan`);
    await heading(page, 'Actieplan – Karim El Amrani');

    // The demo's version 1: agreed by both, so frozen, with the explanation and a new-version offer.
    const v1 = page.getByRole('region', { name: 'Actieplan versie 1' });
    await visible(v1);
    await visible(v1.getByText('Akkoord door beide partijen, ligt vast'));
    await visible(v1.getByRole('table', { name: 'Acties van actieplan versie 1' }));
    await visible(v1.getByText(/^Karim El Amrani, op .*, zonder getekende handtekening$/));
    await visible(page.getByText(/ligt vast: ze verandert niet meer/));
    expect(await page.getByRole('button', { name: 'Ontwerp opslaan' }).count()).toBe(0);
    await expectPdf(page, /PDF van versie 1/);
    await visible(page.getByRole('heading', { name: 'Evaluatie van versie 1' }));
    await scan(page, 'plan: v1 agreed and frozen');

    // Start version 2 from version 1: the editor opens with the copied actions, focus on its heading.
    await page.getByRole('button', { name: 'Nieuwe versie starten vanuit versie 1' }).click();
    const editHeading = page.getByRole('heading', { name: 'Versie 2 bewerken' });
    await visible(editHeading);
    await visible(page.getByRole('status').getByText('Versie 2 is gestart als ontwerp.'));
    await expect.poll(() => hasFocus(editHeading)).toBe(true);
    const item1 = page.getByRole('group', { name: 'Actie 1', exact: true });
    expect(await item1.getByLabel('Wat', { exact: true }).inputValue()).toBe('Oordopjes met filter uitproberen voor drukke ruimtes');
    await visible(page.getByRole('group', { name: 'Actie 5', exact: true }));
    await scan(page, 'plan: v2 draft editor');

    // Error case: an empty "Wat" is refused before sending; the summary links to it and nothing typed is lost.
    const followUp = inDays(30);
    await page.getByLabel('Opvolgingsdatum', { exact: false }).fill(followUp);
    await item1.getByLabel('Wat', { exact: true }).fill('');
    await item1.getByLabel('Hoe', { exact: false }).fill('Elke werkdag dragen, ook op de tram.');
    await page.getByRole('button', { name: 'Ontwerp opslaan' }).click();
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Er is een probleem' }) });
    await visible(summary);
    await expect.poll(() => hasFocus(summary)).toBe(true);
    await visible(summary.getByRole('link', { name: /Vul bij actie 1 in wat er moet gebeuren/ }));
    expect(await item1.getByLabel('Wat', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Opvolgingsdatum', { exact: false }).inputValue()).toBe(followUp);
    expect(await item1.getByLabel('Hoe', { exact: false }).inputValue()).toBe('Elke werkdag dragen, ook op de tram.');
    await scan(page, 'plan: v2 draft with an empty "Wat"');

    // Change the item, add one (focus lands in its "Wat"), move it up, save.
    await summary.getByRole('link', { name: /Vul bij actie 1/ }).click();
    await item1.getByLabel('Wat', { exact: true }).fill('Oordopjes dagelijks gebruiken op het werk');
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    const item6 = page.getByRole('group', { name: 'Actie 6', exact: true });
    await expect.poll(() => hasFocus(item6.getByLabel('Wat', { exact: true }))).toBe(true);
    await item6.getByLabel('Wat', { exact: true }).fill('Sollicitatiebrief voor Groenhof schrijven');
    await item6.getByLabel('Wie (verantwoordelijke)', { exact: true }).selectOption({ label: 'Familielid' });
    await item6.getByLabel('Naam van de verantwoordelijke', { exact: false }).fill('Fatima (moeder)');
    await item6.getByLabel('Wanneer', { exact: false }).fill('Deze week');
    await item6.getByRole('button', { name: 'Actie 6 naar boven' }).click();
    await visible(page.getByRole('status').getByText('De actie staat nu op plaats 5.'));
    expect(await page.getByRole('group', { name: 'Actie 5', exact: true }).getByLabel('Wat', { exact: true }).inputValue()).toBe('Sollicitatiebrief voor Groenhof schrijven');
    await page.getByRole('button', { name: 'Ontwerp opslaan' }).click();
    await visible(page.getByRole('status').getByText('Versie 2 is opgeslagen.'));
    expect(await summary.count()).toBe(0);

    // Agree as SE-dienstverlener, drawing a signature with the mouse.
    const agree = page.getByRole('region', { name: 'Akkoord geven als SE-dienstverlener' });
    await visible(agree);
    expect(await agree.getByLabel('Naam', { exact: true }).inputValue()).toBe('Jonas Peeters');
    await agree.getByRole('button', { name: 'Akkoord geven' }).click();
    await visible(agree.getByRole('link', { name: /Vink het vakje aan/ }));
    await scan(page, 'plan: agreement without the box ticked');
    await agree.getByLabel('Ik heb dit plan mee uitgewerkt en ga ermee akkoord.').check();
    const canvas = agree.getByRole('img', { name: 'Tekenvlak voor uw handtekening' });
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + box.height * 0.7);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 20 + i * 15, box.y + box.height * (0.7 - (i % 3) * 0.15));
    await page.mouse.up();
    await visible(agree.getByText('Er is een handtekening getekend.'));
    await scan(page, 'plan: agreement with a drawn signature');
    await agree.getByRole('button', { name: 'Akkoord geven' }).click();
    await visible(page.getByText('Uw akkoord is bewaard.').first());
    const agreements = page.getByRole('region', { name: 'Akkoord van de SE-dienstverlener' });
    await visible(agreements.getByText(/^SE-dienstverlener: Jonas Peeters, op .*, met getekende handtekening$/));
    await visible(agreements.getByText('Klant: nog geen akkoord'));
    await visible(agree.getByText('SE-dienstverlener gaf al akkoord voor deze versie.'));
    await scan(page, 'plan: v2 agreed by the coach only');

    // The client agrees to the same version from their own session (the portal's call).
    const client = await open();
    await signIn(client.page, DEMO_EMAILS.client);
    const plans = (await apiCall(client.page, 'GET', `/api/clients/${id}/action-plans`)).body as { items: Plan[] };
    const v2 = plans.items[0]!;
    expect(v2).toMatchObject({ number: 2, status: 'draft', agreements: { coach: { name: 'Jonas Peeters', signed: true }, client: null } });
    expect(v2.items.map((i) => i.what)).toContain('Sollicitatiebrief voor Groenhof schrijven');
    expect(await agreeByApi(client.page, id, { ...v2, version: v2.version - 1 }, 'Karim El Amrani')).toBe(412);
    expect(await agreeByApi(client.page, id, v2, 'Karim El Amrani')).toBe(200);

    // The coach's page now shows version 2 frozen with both agreements, version 1 collapsed.
    await page.reload();
    await heading(page, 'Actieplan – Karim El Amrani');
    const v2view = page.getByRole('region', { name: 'Actieplan versie 2' });
    await visible(v2view.getByText('Akkoord door beide partijen, ligt vast'));
    await visible(v2view.getByText(/^Jonas Peeters, op .*, met getekende handtekening$/));
    await visible(v2view.getByText(/^Karim El Amrani, op .*, zonder getekende handtekening$/));
    await visible(v2view.getByRole('rowheader', { name: 'Oordopjes dagelijks gebruiken op het werk' }));
    expect(await page.getByRole('button', { name: 'Ontwerp opslaan' }).count()).toBe(0);
    await visible(page.getByText(/ligt vast: ze verandert niet meer/));
    const older = page.getByRole('region', { name: 'Eerdere versies' });
    await older.getByText(/^Versie 1 van /).click();
    await visible(older.getByRole('heading', { level: 3, name: 'Actieplan versie 1' }));
    await scan(page, 'plan: v2 frozen, v1 opened below');
    await expectPdf(page, /PDF van versie 2/);

    // Record the evaluation before the follow-up date (allowed, with the note).
    const evaluation = page.getByRole('region', { name: 'Evaluatie van versie 2' });
    await visible(evaluation.getByText(/is nog niet bereikt/));
    await evaluation.getByRole('button', { name: 'Evaluatie noteren' }).click();
    await expect.poll(() => hasFocus(evaluation.getByLabel('Datum van het opvolgingsgesprek', { exact: false }))).toBe(true);
    await evaluation.getByRole('button', { name: 'Evaluatie opslaan' }).click();
    await visible(evaluation.getByRole('link', { name: /Kies de uitkomst van de evaluatie/ }));
    await scan(page, 'plan: evaluation form with an error');
    await evaluation.getByLabel('Uitkomst', { exact: true }).selectOption({ label: 'Het plan loopt verder' });
    const first = evaluation.getByRole('group', { name: /^Actie 1: / });
    await first.getByLabel('Stand van zaken').selectOption({ label: 'Gedaan' });
    await first.getByLabel('Resultaat met commentaar', { exact: false }).fill('Draagt ze elke dag, ook in de winkel.');
    await evaluation.getByLabel('Volgende stap', { exact: false }).fill('Proefdag bij Groenhof plannen.');
    await evaluation.getByRole('button', { name: 'Evaluatie opslaan' }).click();
    await visible(page.getByRole('status').getByText('De evaluatie van versie 2 is opgeslagen.'));
    await visible(v2view.getByRole('heading', { name: 'Evaluatie' }));
    await visible(v2view.getByText('Het plan loopt verder'));
    await visible(v2view.getByRole('table', { name: 'Hoe elke actie van versie 2 verliep' }).getByText('Draagt ze elke dag, ook in de winkel.'));
    expect(await page.getByRole('region', { name: 'Evaluatie van versie 2' }).count()).toBe(0);
    await scan(page, 'plan: v2 evaluated');
  });

  test('a stale save (412) keeps what was typed and shows the newer version; 320 px wide', async ({ page, login, open, expect }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await login('coach');
    const id = await karimId(page);
    await page.goto(`/clients/${id}/plan`);
    await heading(page, 'Actieplan – Karim El Amrani');
    await page.getByRole('button', { name: 'Nieuwe lege versie starten' }).click();
    await visible(page.getByRole('heading', { name: /^Versie \d+ bewerken$/ }));
    await visible(page.getByText('Nog geen acties. Voeg er minstens één toe.'));
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(320);
    await scan(page, 'plan: empty draft at 320 px');

    // Someone else saves the same draft in the meantime.
    const other = await open();
    await signIn(other.page, DEMO_EMAILS.teamlead);
    const draft = ((await apiCall(other.page, 'GET', `/api/clients/${id}/action-plans`)).body as { items: (Plan & { planDate: string })[] }).items[0]!;
    let csrf = (await other.context.cookies()).find((c) => c.name === 'passend_csrf')?.value ?? '';
    if (!csrf) {
      await other.page.request.get('/api/auth/csrf');
      csrf = (await other.context.cookies()).find((c) => c.name === 'passend_csrf')?.value ?? '';
    }
    const put = await other.page.request.put(`/api/clients/${id}/action-plans/${draft.id}`, {
      data: { planDate: draft.planDate, followUpDate: null, providerName: 'Sofie Claes', items: [{ what: 'Gesprek met de teamverantwoordelijke', who: { role: 'coach', name: '' } }] },
      headers: { 'x-csrf-token': csrf, 'if-match': `"${draft.version}"` },
    });
    expect(put.status()).toBe(200);

    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    const item1 = page.getByRole('group', { name: 'Actie 1', exact: true });
    await item1.getByLabel('Wat', { exact: true }).fill('Mijn eigen actie');
    await page.getByRole('button', { name: 'Ontwerp opslaan' }).click();
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Er is een probleem' }) });
    await visible(summary.getByText(/Uw wijzigingen staan nog in het formulier/));
    expect(await item1.getByLabel('Wat', { exact: true }).inputValue()).toBe('Mijn eigen actie');
    await visible(page.getByText('Nieuwste opgeslagen versie'));
    await visible(page.getByRole('rowheader', { name: 'Gesprek met de teamverantwoordelijke' }));
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(320);
    await scan(page, 'plan: stale save at 320 px');

    // Saving again, knowingly, on top of the newer version.
    await page.getByRole('button', { name: 'Ontwerp opslaan' }).click();
    await visible(page.getByRole('status').getByText(/^Versie \d+ is opgeslagen\.$/));
    const after = ((await apiCall(page, 'GET', `/api/clients/${id}/action-plans`)).body as { items: Plan[] }).items[0]!;
    expect(after.items.map((i) => i.what)).toEqual(['Mijn eigen actie']);
  });
});
