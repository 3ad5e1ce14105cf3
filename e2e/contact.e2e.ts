import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { DEMO_EMAILS, noBrowser, test, scan } from './fixtures.ts';
import { hasFocus, heading, pageScrollWidth, settled, signIn, visible, karimId } from './helpers.ts';

// The browser global one page.evaluate below uses (the Node tsconfig has no DOM lib).
declare const document: { querySelectorAll(selector: string): ArrayLike<{ tagName: string; className: string; id: string; scrollWidth: number; clientWidth: number; getBoundingClientRect(): { right: number } }> };

/** A read from the page itself (the browser reconnects where a kept-alive socket was closed). */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const res = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    return res.json();
  }, path) as Promise<T>;
}

/** A write from the page itself, with the CSRF header and If-Match as the web app sends them. */
async function apiWrite(page: Page, method: string, path: string, data: unknown, version?: number): Promise<number> {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'passend_csrf')?.value ?? '';
  return page.evaluate(async (r) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-csrf-token': r.csrf };
    if (r.version !== undefined) headers['if-match'] = `"${r.version}"`;
    const res = await fetch(r.path, { method: r.method, headers, body: JSON.stringify(r.data), credentials: 'same-origin' });
    return res.status;
  }, { method, path, data, version, csrf });
}

interface Engagement { version: number; dialogueReport: string; agreements: { client: unknown; coach: { name: string } | null } }

const summaryOf = (page: Page) => page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Er is een probleem' }) });

describe.skipIf(noBrowser)('phase 1 (klantbetrokkenheid), contact notes and appointments', () => {
  test('engagement: fill and save, agree as coach, a change clears the agreement, a stale save keeps the typing', async ({ page, login, expect }) => {
    await login('coach');
    const id = await karimId(page);
    await page.goto(`/clients/${id}/engagement`);
    await heading(page, 'Fase 1: klantbetrokkenheid – Karim El Amrani');
    await visible(page.getByText(/Schrijf en bewaar eerst een verslag/));
    expect(await page.getByRole('button', { name: 'Akkoord gaan als jobcoach' }).count()).toBe(0);
    await scan(page, 'engagement: empty');

    await page.getByLabel('Hoe verliep het eerste contact?').selectOption({ label: 'Huisbezoek' });
    await page.getByLabel('Datum van het eerste contact').fill('2025-01-10');
    await page.getByLabel('Datum van de eerste afspraak').fill('2025-01-20');
    await page.getByLabel(/^Plaats/).fill('Bibliotheek De Krook, Gent');
    await page.getByLabel('De klant koos de plaats').check();
    await page.getByLabel('De plaats is toegankelijk').check();
    await page.getByLabel('Billijke aanpassingen besproken en overeengekomen').fill('Rustige ruimte, pauze na 45 minuten.');
    await page.getByLabel('Datum van het planningsgesprek').fill('2025-02-03');
    await page.getByLabel('Verslag van het planningsgesprek').fill('Jobmogelijkheden in de retail besproken.');
    await page.getByLabel('Wie ziet de klant in zijn steunnetwerk?').fill('Zus Samira; leerkracht meneer Claes.');
    await page.getByLabel('Klant en jobcoach zijn akkoord over het betrekken van het netwerk').check();

    // "Nu niet" explains where a referral is recorded and links there.
    await page.getByRole('radio', { name: /^Nu niet/ }).check();
    const toTrajectory = page.getByRole('link', { name: 'Naar het traject van Karim El Amrani' });
    await visible(toTrajectory);
    expect(await toTrajectory.getAttribute('href')).toBe(`/clients/${id}/trajectory`);
    await visible(page.getByText(/Sluit dan het traject af met als resultaat "doorverwezen"/));
    await scan(page, 'engagement: decision "not now"');

    await page.getByRole('radio', { name: 'Ja, de klant kiest voor Supported Employment' }).check();
    expect(await toTrajectory.count()).toBe(0);
    await page.getByLabel('Datum van de keuze').fill('2025-02-03');
    await page.getByLabel('Toelichting').fill('Karim wil starten.');
    await page.getByLabel('Verslag van de initiële dialoog').fill('Karim wil werken in een winkel. We spraken af wekelijks af te spreken.');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const saved = page.getByRole('status').getByText('Opgeslagen.', { exact: true });
    await visible(saved);
    await expect.poll(() => hasFocus(saved)).toBe(true);
    const stored = await apiGet<Engagement & Record<string, unknown>>(page, `/api/clients/${id}/engagement`);
    expect(stored).toMatchObject({
      firstContact: { channel: 'home_visit', date: '2025-01-10' },
      firstAppointment: { date: '2025-01-20', place: 'Bibliotheek De Krook, Gent', placeChosenByClient: true, accessible: true },
      supportNetwork: { involvementAgreed: true },
      decision: { choice: 'start', date: '2025-02-03', notes: 'Karim wil starten.' },
    });
    await scan(page, 'engagement: saved');

    // Agree as coach: the name and time are shown.
    const agreements = page.getByRole('region', { name: 'Akkoord met het verslag' });
    await agreements.getByRole('button', { name: 'Akkoord gaan als jobcoach' }).click();
    await visible(agreements.getByRole('status').getByText('U bent akkoord gegaan met het verslag.'));
    await visible(agreements.getByText(/^Akkoord: Jonas Peeters, \d+ \S+ \d{4}/));
    await visible(agreements.getByText('U bent als jobcoach al akkoord gegaan met deze versie.'));
    await scan(page, 'engagement: agreed by the coach');

    // A change after agreement: unsaved changes hold the agree button; saving warns, then clears.
    const report = page.getByLabel('Verslag van de initiële dialoog');
    await report.fill('Karim wil werken in een winkel of een magazijn.');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const warning = page.getByRole('heading', { name: 'Akkoorden vervallen als u bewaart' });
    await visible(warning);
    await expect.poll(() => hasFocus(warning)).toBe(true);
    await visible(page.getByText(/Jonas Peeters ging al akkoord met het verslag/));
    await scan(page, 'engagement: warning before clearing the agreement');
    await page.getByRole('button', { name: 'Toch opslaan' }).click();
    await visible(page.getByRole('status').getByText(/De akkoorden zijn vervallen/));
    await expect.poll(() => agreements.getByText('Nog niet akkoord').count()).toBe(2);
    await visible(agreements.getByRole('button', { name: 'Akkoord gaan als jobcoach' }));
    await scan(page, 'engagement: agreement cleared');

    // Someone else saves in the meantime: the save is refused, the typing stays, the newer one shows.
    const current = await apiGet<Engagement & Record<string, unknown>>(page, `/api/clients/${id}/engagement`);
    const { agreements: _a, updatedAt: _u, version, ...content } = current;
    expect(await apiWrite(page, 'PUT', `/api/clients/${id}/engagement`, { ...content, dialogueReport: 'Versie van een collega.' }, version)).toBe(200);
    await report.fill('Mijn eigen versie van het verslag.');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const summary = summaryOf(page);
    await visible(summary);
    await visible(summary.getByText('Versie van een collega.'));
    expect(await report.inputValue()).toBe('Mijn eigen versie van het verslag.');
    await scan(page, 'engagement: stale save');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await visible(page.getByRole('status').getByText('Opgeslagen.', { exact: true }));
    expect((await apiGet<Engagement>(page, `/api/clients/${id}/engagement`)).dialogueReport).toBe('Mijn eigen versie van het verslag.');
  });

  test('contact notes and appointments: write and correct a note, plan, download, cancel', async ({ page, login, expect }) => {
    await login('coach');
    const id = await karimId(page);
    await page.goto(`/clients/${id}/contact`);
    await heading(page, 'Contacten en afspraken – Karim El Amrani');
    await visible(page.getByText('Er zijn geen komende afspraken.'));
    await visible(page.getByText('Er zijn nog geen contactnotities.'));
    await scan(page, 'contact: empty');

    // A contact note, then its author corrects it.
    const newNote = page.getByRole('form', { name: 'Nieuwe contactnotitie' });
    await newNote.getByRole('button', { name: 'Notitie bewaren' }).click();
    await visible(summaryOf(page).getByRole('link', { name: /Soort contact: Kies de soort contact/ }));
    await scan(page, 'contact: note with errors');
    await newNote.getByLabel('Datum van het contact').fill('2025-03-04');
    await newNote.getByLabel('Soort contact').selectOption({ label: 'Telefoon' });
    await newNote.getByLabel('Notitie', { exact: true }).fill('Karim gebeld over de eerste afspraak.');
    await newNote.getByRole('button', { name: 'Notitie bewaren' }).click();
    await visible(page.getByRole('status').getByText('Notitie bewaard.'));
    const note = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '4 maart 2025 – Telefoon' }) });
    await visible(note.getByText('Door Jonas Peeters'));
    await visible(note.getByText('Karim gebeld over de eerste afspraak.'));
    expect(await newNote.getByLabel('Notitie', { exact: true }).inputValue()).toBe('');
    await note.getByRole('button', { name: /^Verbeteren\s*–\s*4 maart 2025 – Telefoon$/ }).click();
    await expect.poll(() => hasFocus(note.getByLabel('Notitie', { exact: true }))).toBe(true);
    await note.getByLabel('Notitie', { exact: true }).fill('Karim gebeld over de eerste afspraak in Gent.');
    await scan(page, 'contact: correcting a note');
    await note.getByRole('button', { name: 'Verbetering bewaren' }).click();
    await visible(page.getByRole('status').getByText('Notitie verbeterd.'));
    await visible(note.getByText('Karim gebeld over de eerste afspraak in Gent.'));

    // An appointment that ends before it starts: the summary names the field and nothing is lost.
    const year = new Date().getFullYear() + 1;
    const form = page.getByRole('form', { name: 'Nieuwe afspraak' });
    await form.getByLabel(/^Plaats/).fill('Kantoor Jobcoaching Schelde, Gent');
    await form.getByLabel(/^Datum/).fill(`${year}-07-01`);
    await form.getByLabel(/^Begin/).fill('14:00');
    await form.getByLabel(/^Einde/).fill('13:00');
    await form.getByLabel(/^Deelnemers/).fill('Karim El Amrani\nJonas Peeters');
    await form.getByRole('button', { name: 'Afspraak maken' }).click();
    const summary = summaryOf(page);
    await visible(summary.getByRole('link', { name: 'Einde: Het einde moet na het begin liggen.' }));
    await expect.poll(() => hasFocus(summary)).toBe(true);
    expect(await form.getByLabel(/^Einde/).getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel(/^Plaats/).inputValue()).toBe('Kantoor Jobcoaching Schelde, Gent');
    expect(await form.getByLabel(/^Begin/).inputValue()).toBe('14:00');
    expect(await form.getByLabel(/^Deelnemers/).inputValue()).toBe('Karim El Amrani\nJonas Peeters');
    await scan(page, 'contact: appointment ending before it starts');

    await form.getByLabel(/^Einde/).fill('15:30');
    await form.getByRole('button', { name: 'Afspraak maken' }).click();
    await visible(page.getByRole('status').getByText(/^Afspraak gemaakt: .*1 juli \d{4}, 14:00–15:30\.$/));
    const upcoming = page.getByRole('region', { name: 'Komende afspraken' });
    const first = upcoming.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /1 juli \d{4}, 14:00–15:30/ }) });
    await visible(first.getByText('Kantoor Jobcoaching Schelde, Gent'));
    await visible(first.getByText('Jonas Peeters'));
    // Summer time in Brussels: 14:00 is 12:00 UTC.
    const stored = (await apiGet<{ items: { id: string; startsAt: string; endsAt: string }[] }>(page, `/api/clients/${id}/appointments`)).items;
    expect(stored).toHaveLength(1);
    expect(new Date(stored[0]!.startsAt).toISOString()).toBe(`${year}-07-01T12:00:00.000Z`);
    expect(new Date(stored[0]!.endsAt).toISOString()).toBe(`${year}-07-01T13:30:00.000Z`);

    // The calendar file: a plain link whose name says which appointment, serving text/calendar.
    const ics = first.getByRole('link', { name: /^Zet in je agenda \(\.ics\)\s*–\s*afspraak van .*1 juli \d{4}, 14:00–15:30 in Kantoor Jobcoaching Schelde, Gent$/ });
    const href = await ics.getAttribute('href');
    expect(href).toBe(`/api/clients/${id}/appointments/${stored[0]!.id}.ics`);
    const file = await page.evaluate(async (url) => {
      const res = await fetch(url, { credentials: 'same-origin' });
      return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
    }, href!);
    expect(file.status).toBe(200);
    expect(file.type).toContain('text/calendar');
    expect(file.text).toContain('BEGIN:VCALENDAR');
    expect(file.text).toContain('Kantoor Jobcoaching Schelde');
    await scan(page, 'contact: one appointment');

    // A second one in winter time, then cancelled after confirming.
    await form.getByLabel(/^Plaats/).fill('Groenhof Gent-Zuid');
    await form.getByLabel(/^Datum/).fill(`${year}-12-01`);
    await form.getByLabel(/^Begin/).fill('09:00');
    await form.getByLabel(/^Einde/).fill('10:00');
    await form.getByRole('button', { name: 'Afspraak maken' }).click();
    await visible(page.getByRole('status').getByText(/^Afspraak gemaakt: .*1 december \d{4}, 09:00–10:00\.$/));
    await expect.poll(async () => (await upcoming.getByRole('heading', { level: 3 }).allInnerTexts()).map((s) => s.replace(/^.*?(\d+ \S+) \d{4}, (.*)$/, '$1 $2'))).toEqual(['1 juli 14:00–15:30', '1 december 09:00–10:00']);
    const december = upcoming.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /1 december \d{4}/ }) });
    await december.getByRole('button', { name: /^Afspraak annuleren\s*–\s*.*1 december/ }).click();
    const confirm = december.getByText(/Wilt u de afspraak van .* in Groenhof Gent-Zuid echt annuleren\?/);
    await visible(confirm);
    await expect.poll(() => hasFocus(confirm)).toBe(true);
    await scan(page, 'contact: confirm cancelling an appointment');
    await december.getByRole('button', { name: 'Ja, afspraak annuleren' }).click();
    await visible(page.getByRole('status').getByText(/^Afspraak van .*1 december \d{4}, 09:00–10:00 geannuleerd\.$/));
    await expect.poll(() => upcoming.getByRole('heading', { name: /1 december/ }).count()).toBe(0);

    // An appointment that is over shows apart from the upcoming ones.
    const yesterday = new Date(Date.now() - 86_400_000);
    const startsAt = new Date(yesterday.setUTCHours(8, 0, 0, 0)).toISOString();
    const endsAt = new Date(yesterday.setUTCHours(9, 0, 0, 0)).toISOString();
    expect(await apiWrite(page, 'POST', `/api/clients/${id}/appointments`, { place: 'Thuis bij Karim', startsAt, endsAt, participants: [], notes: '' })).toBe(201);
    await page.reload();
    const past = page.getByRole('region', { name: 'Voorbije afspraken' });
    await visible(past.getByText('Thuis bij Karim'));
    expect(await upcoming.getByText('Thuis bij Karim').count()).toBe(0);
    await scan(page, 'contact: upcoming and past appointments');
  });

  test('both pages reflow at 320 px (WCAG 1.4.10)', async ({ open, expect }) => {
    const { page } = await open({ viewport: { width: 320, height: 640 } });
    await signIn(page, DEMO_EMAILS.coach);
    const id = await karimId(page);
    for (const [path, title] of [['engagement', 'Fase 1: klantbetrokkenheid'], ['contact', 'Contacten en afspraken']] as const) {
      await page.goto(`/clients/${id}/${path}`);
      await heading(page, `${title} – Karim El Amrani`);
      await settled(page);
      const wide = await page.evaluate(() => Array.from(document.querySelectorAll('body *')).filter((el) => el.scrollWidth > el.clientWidth + 1).slice(0, 12).map((el) => `${el.tagName}.${el.className}#${el.id} ${el.scrollWidth}/${el.clientWidth}`));
      expect(await pageScrollWidth(page), `${path} at 320 px; too wide: ${wide.join(', ')}`).toBeLessThanOrEqual(320);
      await scan(page, `${path} at 320 px`);
    }
  });
});
