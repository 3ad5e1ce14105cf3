import type { Page } from 'playwright-core';
import { describe, expect as vitestExpect } from 'vitest';
import { DEMO_EMAILS, noBrowser, test, scan } from './fixtures.ts';
import { apiCall, heading, pageScrollWidth, signIn, visible, waitForPath } from './helpers.ts';

/**
 * Karim's id, as the employer knows it: the one client shared with Groenhof for job finding
 * without the identity category (Lies and Tom, demo candidates, share their name too).
 */
async function sharedId(page: Page): Promise<string> {
  const list = await apiCall(page, 'GET', '/api/clients?purpose=job_finding');
  vitestExpect(list.status).toBe(200);
  const items = (list.body as { items: { id: string; givenName?: string }[] }).items;
  vitestExpect(items.map((c) => c.givenName ?? null).toSorted()).toEqual(['Lies', 'Tom', null]);
  return items.find((c) => c.givenName === undefined)!.id;
}

/** A link's target, fetched with this page's session: status and content type. */
async function fetchLink(page: Page, name: string): Promise<{ status: number; type: string }> {
  const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
  vitestExpect(href).toBeTruthy();
  const res = await page.request.get(href!);
  return { status: res.status(), type: res.headers()['content-type'] ?? '' };
}

const HEALTH = 'Gezondheidstoestand of informatie omtrent de beperkingen';
const BENEFITS = 'Sociale zekerheid / tegemoetkomingen / pensioen';

/** Opens "Gedeelde cliënten" from the main menu, as an employer would. */
async function openSharedFromMenu(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gedeelde cliënten' }).click();
  await heading(page, 'Gedeelde cliënten');
}

/**
 * Employers and partner agencies see a client only as far as the client's consent goes: per
 * recipient, category and purpose. Without one the page says "not found" and nothing more.
 */
describe.skipIf(noBrowser)('shared clients: what employers and partners may see', () => {
  test('HR sees the work profile shared for job finding, and nothing for another purpose', { timeout: 90_000 }, async ({ page, login, expect }) => {
    await login('hr');
    await openSharedFromMenu(page);
    const purpose = page.getByLabel('Waarvoor bekijkt u de gegevens?');
    expect(await purpose.inputValue()).toBe('job_finding');
    await visible(page.getByRole('status').getByText('3 cliënten delen gegevens met u voor dit doel.'));
    // Karim's consent covers the vocational profile only: no name, no phase (Lies and Tom, the
    // demo candidates, share their identity too).
    const list = page.getByRole('list', { name: 'Cliënten die gegevens met u delen' });
    expect(await list.getByRole('listitem').count()).toBe(3);
    const card = list.getByRole('link', { name: 'Kandidaat 1', exact: true });
    await visible(card);
    expect(await page.getByText(/Karim|El Amrani/).count()).toBe(0);
    expect(await page.getByText(/^Stap \d van 5/).count()).toBe(0);
    await scan(page, 'shared list, job finding');

    await card.click();
    await heading(page, 'Kandidaat 1');
    await waitForPath(page, /^\/shared\/[0-9a-f-]{36}\?purpose=job_finding$/);
    const box = page.getByRole('region', { name: 'Wat u mag zien' });
    await visible(box.getByText('Gedeeld met u: Beroepsgericht profiel.'));
    await visible(box.getByText('Waarvoor: Werk zoeken.'));
    await visible(page.getByRole('heading', { level: 2, name: 'Werkprofiel' }));
    await visible(page.getByRole('heading', { level: 3, name: 'Werkervaring' }));
    await visible(page.getByText('Orderpicker').first());
    // Health, benefits, identity and the plan are not shared: they are absent, not teased.
    for (const name of [HEALTH, BENEFITS, 'Contactgegevens', 'Actieplan en voortgang', 'Gespreksnotities']) {
      expect(await page.getByRole('heading', { name }).count(), name).toBe(0);
    }
    expect(await page.getByText(/Karim|El Amrani/).count()).toBe(0);
    expect(await fetchLink(page, 'Werkprofiel downloaden (pdf)')).toEqual({ status: 200, type: 'application/pdf' });
    await scan(page, 'shared client, work profile only');

    // Another purpose: the same client is not shared for it.
    await page.getByRole('link', { name: 'Terug naar de gedeelde cliënten' }).click();
    await heading(page, 'Gedeelde cliënten');
    await page.getByLabel('Waarvoor bekijkt u de gegevens?').selectOption({ label: 'Begeleiding op het werk' });
    await waitForPath(page, /^\/shared\?purpose=job_support$/);
    await visible(page.getByRole('status').getByText('Voor dit doel deelt geen enkele cliënt gegevens met u.'));
    expect(await page.getByRole('link', { name: 'Kandidaat 1' }).count()).toBe(0);
    await scan(page, 'shared list, job support: empty');

    // The address keeps the purpose: opening the list again for job support stays empty.
    await page.reload();
    await visible(page.getByRole('status').getByText('Voor dit doel deelt geen enkele cliënt gegevens met u.'));
    expect(await page.getByLabel('Waarvoor bekijkt u de gegevens?').inputValue()).toBe('job_support');

    // The client by address, for the purpose that is not shared: "not found", nothing more.
    const id = await sharedId(page);
    await page.goto(`/shared/${id}?purpose=job_support`);
    await heading(page, 'Pagina niet gevonden');
    expect(await page.getByText(/Karim|Werkprofiel|Kandidaat/).count()).toBe(0);
    await scan(page, 'shared client, job support: not found');

    // Opened by its address for job finding (no list before it): a neutral title.
    await page.goto(`/shared/${id}?purpose=job_finding`);
    await heading(page, 'Gedeelde kandidaat');
    await visible(page.getByRole('heading', { level: 2, name: 'Werkprofiel' }));
  });

  test('the supervisor sees what is shared with the employer organisation', { timeout: 60_000 }, async ({ page, login, expect }) => {
    await login('supervisor');
    // The consent names Groenhof Supermarkten as a whole, so its supervisors are recipients too.
    const list = await apiCall(page, 'GET', '/api/clients?purpose=job_finding');
    expect(list.status).toBe(200);
    // Karim's profile without his name; Lies and Tom (demo candidates) share their identity too.
    const items = (list.body as { items: { relation: string; givenName?: string }[] }).items;
    expect(items.map((c) => c.relation)).toEqual(['recipient', 'recipient', 'recipient']);
    expect(items.filter((c) => c.givenName === undefined)).toEqual([{ id: expect.any(String), relation: 'recipient' }]);
    await openSharedFromMenu(page);
    await page.getByRole('link', { name: 'Kandidaat 1', exact: true }).click();
    await heading(page, 'Kandidaat 1');
    await visible(page.getByRole('region', { name: 'Wat u mag zien' }).getByText('Gedeeld met u: Beroepsgericht profiel.'));
    await visible(page.getByRole('heading', { level: 3, name: 'Werkervaring' }));
    expect(await page.getByRole('heading', { name: HEALTH }).count()).toBe(0);
    await scan(page, 'shared client, supervisor');
  });

  test('the partner agency has nothing shared: an empty list and "not found"', { timeout: 60_000 }, async ({ page, open, login, expect }) => {
    const hr = (await open()).page;
    await signIn(hr, DEMO_EMAILS.hr);
    const id = await sharedId(hr);

    await login('partner');
    await openSharedFromMenu(page);
    await visible(page.getByRole('status').getByText('Voor dit doel deelt geen enkele cliënt gegevens met u.'));
    expect(await page.getByRole('list', { name: 'Cliënten die gegevens met u delen' }).count()).toBe(0);
    await scan(page, 'shared list, partner: empty');

    for (const purpose of ['job_finding', 'job_support']) {
      await page.goto(`/shared/${id}?purpose=${purpose}`);
      await heading(page, 'Pagina niet gevonden');
      expect(await page.getByText(/Karim|Werkprofiel|Kandidaat/).count()).toBe(0);
    }
    expect((await apiCall(page, 'GET', `/api/clients/${id}?purpose=job_finding`)).status).toBe(404);
    await scan(page, 'shared client, partner: not found');
  });

  test('more shared for job retention: contact details, health, the plan and notes; gone once withdrawn', { timeout: 90_000 }, async ({ page, open, login, expect }) => {
    // The coach notes a conversation, makes an appointment and records two consents for Groenhof.
    const coach = (await open()).page;
    await signIn(coach, DEMO_EMAILS.coach);
    const clients = (await apiCall(coach, 'GET', '/api/clients')).body as { items: { id: string; givenName?: string }[] };
    const id = clients.items.find((c) => c.givenName === 'Karim')!.id;
    const recipients = (await apiCall(coach, 'GET', '/api/consent-recipients')).body as { items: { id: string; name: string }[] };
    const groenhof = recipients.items.find((r) => r.name === 'Groenhof Supermarkten')!.id;
    const today = new Date().toISOString().slice(0, 10);
    expect((await apiCall(coach, 'POST', `/api/clients/${id}/notes`, { date: today, kind: 'meeting', text: 'Karim wil graag vroege shifts in het weekend.' })).status).toBe(201);
    const start = new Date(Date.now() + 7 * 86_400_000);
    start.setUTCHours(9, 0, 0, 0);
    const appointment = { place: 'Groenhof Gent-Zuid, onthaal', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3_600_000).toISOString(), participants: ['Karim', 'Jonas'] };
    expect((await apiCall(coach, 'POST', `/api/clients/${id}/appointments`, appointment)).status).toBe(201);
    const wide = await apiCall(coach, 'POST', `/api/clients/${id}/consents`, {
      recipientOrganisationId: groenhof, categories: ['identity', 'action_plan', 'notes'], purpose: 'job_retention', method: 'written',
    });
    expect(wide.status).toBe(201);
    const health = await apiCall(coach, 'POST', `/api/clients/${id}/consents`, { recipientOrganisationId: groenhof, categories: ['health'], purpose: 'job_retention', method: 'written' });
    expect(health.status).toBe(201);

    await login('hr');
    await page.goto('/shared?purpose=job_retention');
    await heading(page, 'Gedeelde cliënten');
    expect(await page.getByLabel('Waarvoor bekijkt u de gegevens?').inputValue()).toBe('job_retention');
    const card = page.getByRole('list', { name: 'Cliënten die gegevens met u delen' }).getByRole('listitem');
    await visible(card.getByRole('link', { name: 'Karim El Amrani', exact: true }));
    await visible(card.getByText('Stap 2 van 5: werkprofiel en actieplan'));
    await scan(page, 'shared list, job retention: named');

    await card.getByRole('link', { name: 'Karim El Amrani' }).click();
    await heading(page, 'Karim El Amrani');
    const box = page.getByRole('region', { name: 'Wat u mag zien' });
    await visible(box.getByText('Gedeeld met u: Identiteit en contactgegevens, gezondheidstoestand en beperkingen, actieplan en voortgang en contactnotities en afspraken.'));
    await visible(box.getByText('Waarvoor: Werk behouden.'));
    const contact = page.getByRole('region', { name: 'Contactgegevens' });
    await visible(contact.getByText('Karim El Amrani'));
    await visible(contact.getByText(/Jonas Peeters \(verantwoordelijke jobcoach\)/));
    // Health is shared for this purpose, the rest of the profile is not.
    await visible(page.getByRole('heading', { level: 3, name: HEALTH }));
    for (const name of ['Werkervaring', BENEFITS]) expect(await page.getByRole('heading', { name }).count(), name).toBe(0);
    const plan = page.getByRole('region', { name: 'Actieplan en voortgang' });
    await visible(plan.getByText('Stap 2 van 5: werkprofiel en actieplan'));
    await visible(plan.getByRole('table'));
    expect(await fetchLink(page, 'Actieplan, versie 1, downloaden (pdf)')).toEqual({ status: 200, type: 'application/pdf' });
    expect(await fetchLink(page, 'Werkprofiel downloaden (pdf)')).toEqual({ status: 200, type: 'application/pdf' });
    await visible(page.getByRole('region', { name: 'Gespreksnotities' }).getByText('Karim wil graag vroege shifts in het weekend.'));
    await visible(page.getByText('Groenhof Gent-Zuid, onthaal'));
    await scan(page, 'shared client, job retention: contact, health, plan, notes');
    // At 320 px the page reflows (WCAG 1.4.10): only the plan's table scrolls, inside its own region.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await pageScrollWidth(page), 'shared client at 320 px').toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 720 });

    // The client's coach withdraws the wider consent: on the next read only health is left.
    const wideId = (wide.body as { id: string }).id;
    expect((await apiCall(coach, 'POST', `/api/clients/${id}/consents/${wideId}/withdraw`)).status).toBe(200);
    await page.reload();
    await heading(page, 'Gedeelde kandidaat');
    await visible(page.getByRole('region', { name: 'Wat u mag zien' }).getByText('Gedeeld met u: Gezondheidstoestand en beperkingen.'));
    for (const name of ['Contactgegevens', 'Actieplan en voortgang', 'Gespreksnotities']) expect(await page.getByRole('heading', { name }).count(), name).toBe(0);
    expect(await page.getByText(/Karim|El Amrani/).count()).toBe(0);
    await scan(page, 'shared client, job retention: health only');

    // And the last one: nothing at all.
    expect((await apiCall(coach, 'POST', `/api/clients/${id}/consents/${(health.body as { id: string }).id}/withdraw`)).status).toBe(200);
    await page.reload();
    await heading(page, 'Pagina niet gevonden');
  });
});
