import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { firstEvaluationDue } from '../common/placements.ts';
import { DEMO_EMAILS, noBrowser, scan, test } from './fixtures.ts';
import { apiCall, hasFocus, heading, pageScrollWidth, signIn, visible, waitForPath } from './helpers.ts';

/** A demo candidate's id from the signed-in coach's caseload. */
async function clientId(page: Page, givenName: string): Promise<string> {
  const list = await apiCall(page, 'GET', '/api/clients');
  const found = (list.body as { items: { id: string; givenName?: string }[] }).items.find((c) => c.givenName === givenName);
  if (!found) throw new Error(`${givenName} is not in the caseload (${list.status})`);
  return found.id;
}

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** A calendar day `days` from today. */
function inDays(days: number, from = new Date()): string {
  const d = new Date(from);
  d.setDate(d.getDate() + days);
  return iso(d);
}

/** The Monday on or after `days` from today. */
function mondayIn(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  while (d.getDay() !== 1) d.setDate(d.getDate() + 1);
  return iso(d);
}

const addDays = (day: string, days: number) => inDays(days, new Date(`${day}T12:00:00`));

/** A calendar day as the page writes it in nl-BE ("2 maart 2026"). */
const nlDay = (day: string) => new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** A write with If-Match, the way a colleague's browser would send it. */
async function putWithVersion(page: Page, path: string, data: unknown, version: number): Promise<{ status: number }> {
  await apiCall(page, 'GET', '/api/auth/csrf');
  const csrf = (await page.context().cookies()).find((c) => c.name === 'passend_csrf')?.value ?? '';
  const res = await page.request.fetch(path, { method: 'PUT', data, headers: { 'x-csrf-token': csrf, 'if-match': `"${version}"` } });
  return { status: res.status() };
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

describe.skipIf(noBrowser)('placements and securing the job', () => {
  // Tom Verstraete, a demo candidate in phase 4 (employer engagement), the warehouse job's best candidate.
  // The tests run in order on one server: the placements of one add to the next.

  // Six page states scanned by axe: more time than the default on a busy machine.
  test('a work experience placement longer than 12 weeks: warning, required reason, agreement PDF', { timeout: 120_000 }, async ({ page, login, expect }) => {
    await login('coach');
    const id = await clientId(page, 'Tom');
    const base = `/clients/${id}/placements`;

    // ── the list, empty ──────────────────────────────────────────────────────────────
    await page.goto(base);
    await heading(page, 'Stages en jobs – Tom Verstraete');
    await visible(page.getByText('Er zijn nog geen stages of jobs voor deze klant.'));
    await scan(page, 'placements: none yet');
    await page.getByRole('link', { name: 'Nieuwe stage of job' }).click();
    await waitForPath(page, `${base}/new`);
    await visible(page.getByRole('heading', { level: 2, name: 'Nieuwe stage of job' }));
    await scan(page, 'new placement: empty form');

    // ── a work experience placement of 14 weeks at Vrachtwerk Gent ───────────────────
    const start = mondayIn(7);
    const end14 = addDays(start, 14 * 7 - 1);
    await page.getByRole('radio', { name: 'Werkervaringsstage' }).check();
    await page.getByLabel('Werkgever', { exact: false }).first().selectOption({ label: 'Vrachtwerk Gent' });
    await visible(page.getByLabel('Vestiging', { exact: false }));
    await page.getByLabel('Vestiging', { exact: false }).selectOption({ label: 'Distributiecentrum Port Arthur (Gent)' });
    await page.getByLabel('Functie of taken', { exact: false }).fill('Orderpicker');
    await page.getByLabel('Startdatum', { exact: false }).fill(start);
    await page.getByLabel('Einddatum', { exact: false }).fill(end14);
    // The rule while typing: a polite status with the warning, and the reason now asked.
    const warning = page.getByRole('status').getByText(/^Waarschuwing: deze werkervaringsstage duurt 14 weken/);
    await visible(warning);
    await visible(page.getByText('Duur: 14 weken, 70 werkdagen.'));
    const reason = page.getByLabel('Reden voor de langere duur', { exact: false });
    await visible(reason);
    expect(await reason.getAttribute('aria-describedby')).toContain('pl-extensionReason-hint');
    await page.getByLabel('Uren per week', { exact: false }).fill('19');
    await page.getByLabel('Doel van de plaatsing', { exact: false }).fill('Ontdekken of orderpicken in een distributiecentrum bij Tom past.');
    await page.getByLabel('Verzekering', { exact: false }).fill('Arbeidsongevallenverzekering via de jobcoachingdienst.');
    await scan(page, 'new placement: work experience of 14 weeks with the warning');

    // Saved without the reason: refused, the summary links to the field; nothing typed is lost.
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Er is een probleem' }) });
    await visible(summary);
    await expect.poll(() => hasFocus(summary)).toBe(true);
    await visible(summary.getByRole('link', { name: /Reden voor de langere duur: Geef de reden waarom deze werkervaringsstage langer dan 12 weken duurt/ }));
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Einddatum', { exact: false }).inputValue()).toBe(end14);
    await scan(page, 'new placement: reason missing');
    // The server refuses the same, at the same field.
    const employers = (await apiCall(page, 'GET', '/api/employers')).body as { items: { id: string; name: string }[] };
    const vrachtwerk = employers.items.find((e) => e.name === 'Vrachtwerk Gent')!;
    const refused = await apiCall(page, 'POST', '/api/placements', {
      clientId: id, employerId: vrachtwerk.id, kind: 'work_experience', title: 'Orderpicker', startDate: start, endDate: end14,
    });
    expect(refused.status).toBe(400);
    expect((refused.body as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain('extensionReason');

    await summary.getByRole('link', { name: /Reden voor de langere duur/ }).click();
    await expect.poll(() => hasFocus(reason)).toBe(true);
    await reason.fill('Tom leert eerst de ontvangst en daarna de verzending kennen: twee afdelingen na elkaar.');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await waitForPath(page, new RegExp(`^${base}/${UUID}$`));
    const workId = new URL(page.url()).pathname.split('/').at(-1)!;
    await visible(page.getByRole('status').getByText('Werkervaringsstage bij Vrachtwerk Gent is opgeslagen.'));
    await visible(page.getByRole('heading', { level: 2, name: 'Werkervaringsstage: Orderpicker bij Vrachtwerk Gent' }));
    await visible(page.getByText('Waarschuwing: deze werkervaringsstage duurt langer dan 12 weken (14 weken).'));
    await visible(page.getByText('Tom leert eerst de ontvangst en daarna de verzending kennen: twee afdelingen na elkaar.'));
    await scan(page, 'placement: work experience with the warning and its reason');

    // The agreement as a PDF, in the interface language.
    const pdfLink = page.getByRole('link', { name: /Overeenkomst als PDF/ });
    const href = await pdfLink.getAttribute('href');
    expect(href).toBe(`/api/placements/${workId}/agreement.pdf?lang=nl-BE`);
    const pdf = await page.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // The list shows it with the point of attention in words.
    await page.getByRole('link', { name: 'Alle stages en jobs' }).click();
    await waitForPath(page, base);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Werkervaringsstage: Orderpicker bij Vrachtwerk Gent' }) });
    await visible(card.getByText('Langer dan 12 weken'));
    await visible(card.getByText('Geen evaluatie gepland'));
    await scan(page, 'placements: one work experience placement');
  });

  test('a change is saved with If-Match; a stale change keeps what was typed and saves on the newest version', async ({ page, login, expect }) => {
    await login('coach');
    const id = await clientId(page, 'Tom');
    const list = (await apiCall(page, 'GET', `/api/placements?clientId=${id}`)).body as { items: { id: string; kind: string }[] };
    const work = list.items.find((p) => p.kind === 'work_experience')!;
    await page.goto(`/clients/${id}/placements/${work.id}`);
    await visible(page.getByRole('heading', { level: 2, name: 'Werkervaringsstage: Orderpicker bij Vrachtwerk Gent' }));
    await page.getByRole('button', { name: 'Wijzigen' }).click();
    await expect.poll(() => hasFocus(page.getByRole('heading', { name: 'Stage of job wijzigen' }))).toBe(true);
    expect(await page.getByLabel('Reden voor de langere duur', { exact: false }).inputValue()).toMatch(/^Tom leert eerst de ontvangst/);
    await scan(page, 'placement: edit form');

    // Meanwhile a colleague marks it as ongoing.
    const stored = (await apiCall(page, 'GET', `/api/placements/${work.id}`)).body as Record<string, unknown> & {
      version: number; employer: { id: string }; site: { id: string } | null; vacancy: { id: string } | null;
    };
    const body = {
      clientId: id, employerId: stored.employer.id, siteId: stored.site?.id ?? null, vacancyId: stored.vacancy?.id ?? null,
      kind: stored.kind, title: stored.title, startDate: stored.startDate, endDate: stored.endDate, hoursPerWeek: stored.hoursPerWeek,
      extensionReason: stored.extensionReason, status: 'ongoing', agreement: stored.agreement, securing: null,
    };
    expect((await putWithVersion(page, `/api/placements/${work.id}`, body, stored.version)).status).toBe(200);

    const goal = page.getByLabel('Doel van de plaatsing', { exact: false });
    await goal.fill('Orderpicken leren in twee afdelingen.');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Er is een probleem' }) });
    await visible(summary.getByText(/^Iemand anders heeft deze stage of job intussen gewijzigd/));
    await visible(page.getByText('De nieuwste opgeslagen versie'));
    expect(await goal.inputValue()).toBe('Orderpicken leren in twee afdelingen.');
    await scan(page, 'placement: stale change');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await visible(page.getByRole('status').getByText('De wijzigingen zijn opgeslagen.'));
    await visible(page.getByText('Orderpicken leren in twee afdelingen.'));
    await expect.poll(() => hasFocus(page.getByRole('heading', { level: 2, name: 'Werkervaringsstage: Orderpicker bij Vrachtwerk Gent' }))).toBe(true);
  });

  test('a job taster of 6 working days is refused with a clear message', async ({ page, login, expect }) => {
    await login('coach');
    const id = await clientId(page, 'Tom');
    const base = `/clients/${id}/placements`;
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Er is een probleem' }) });
    const employers = (await apiCall(page, 'GET', '/api/employers')).body as { items: { id: string; name: string }[] };
    const vrachtwerk = employers.items.find((e) => e.name === 'Vrachtwerk Gent')!;
    await page.goto(`${base}/new`);
    await heading(page, 'Stages en jobs – Tom Verstraete');
    await page.getByRole('radio', { name: 'Proefdag' }).check();
    await page.getByLabel('Werkgever', { exact: false }).first().selectOption({ label: 'Vrachtwerk Gent' });
    await page.getByLabel('Functie of taken', { exact: false }).fill('Heftruckchauffeur');
    const tasterStart = mondayIn(3);
    const tasterEnd = addDays(tasterStart, 7); // Monday to the next Monday: 6 working days
    await page.getByLabel('Startdatum', { exact: false }).fill(tasterStart);
    await page.getByLabel('Einddatum', { exact: false }).fill(tasterEnd);
    await visible(page.getByRole('status').getByText(/^Te lang voor een proefdag: deze periode telt 6 werkdagen\. Een proefdag duurt hoogstens een week \(5 werkdagen\)\.$/));
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await visible(summary.getByRole('link', { name: /^Einddatum: Een proefdag duurt hoogstens een week \(5 werkdagen\)\. Deze periode telt 6 werkdagen/ }));
    expect(await page.getByLabel('Einddatum', { exact: false }).getAttribute('aria-invalid')).toBe('true');
    await scan(page, 'new placement: job taster of 6 working days refused');
    const taster = await apiCall(page, 'POST', '/api/placements', {
      clientId: id, employerId: vrachtwerk.id, kind: 'job_taster', title: 'Heftruckchauffeur', startDate: tasterStart, endDate: tasterEnd,
    });
    expect(taster.status).toBe(400);
    expect((taster.body as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['endDate']);
  });

  test('a paid job from the vacancy moves the trajectory to phase 5; its first evaluation is due a month after the start', { timeout: 120_000 }, async ({ page, login, expect }) => {
    await login('coach');
    const id = await clientId(page, 'Tom');
    const base = `/clients/${id}/placements`;
    const vacancies = (await apiCall(page, 'GET', '/api/vacancies')).body as { items: { id: string; title: string }[] };
    const warehouse = vacancies.items.find((v) => v.title === 'Magazijnmedewerker')!;
    await page.goto(`${base}/new?vacancyId=${warehouse.id}`);
    await visible(page.getByText('Ingevuld vanuit de vacature "Magazijnmedewerker" bij Groenhof Supermarkten.'));
    expect(await page.getByLabel('Functie of taken', { exact: false }).inputValue()).toBe('Magazijnmedewerker');
    expect(await page.getByLabel('Vacature', { exact: false }).inputValue()).toBe(warehouse.id);
    await page.getByRole('radio', { name: 'Betaalde job' }).check();
    const securing = page.getByRole('group', { name: 'De job verzekeren' });
    await visible(securing);
    expect(await securing.getByLabel('Werkuren per week', { exact: false }).inputValue()).toBe('38');
    // Started five weeks ago, so its first evaluation (a month after the start) is overdue.
    const jobStart = inDays(-35);
    await page.getByLabel('Startdatum', { exact: false }).fill(jobStart);
    await securing.getByLabel('Bedrag in euro', { exact: false }).fill('2350');
    await securing.getByLabel('Per', { exact: true }).selectOption({ label: 'maand' });
    await securing.getByLabel('Mate van begeleiding', { exact: false }).fill('Eerste maand dagelijks, daarna wekelijks.');
    await securing.getByLabel('Wie zorgt voor de begeleiding', { exact: false }).fill('Jonas Peeters (jobcoach) en een vaste collega in het magazijn.');
    await securing.getByLabel('Verwachte productiviteit', { exact: false }).fill('Na drie maanden 80 % van de normale snelheid.');
    await securing.getByLabel('Verantwoordelijkheden van de werkgever', { exact: false }).fill('Een vaste peter of meter.');
    await securing.getByLabel('Evaluatieprocedure', { exact: false }).fill('Een maand na de start, daarna elk kwartaal.');
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Loopt' });
    await scan(page, 'new placement: paid job with securing the job');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await waitForPath(page, new RegExp(`^${base}/${UUID}$`));
    await visible(page.getByRole('status').getByText(/Betaalde job bij Groenhof Supermarkten is opgeslagen\. Het traject staat nu in fase 5: ondersteuning op en naast de werkvloer\./));
    await visible(page.getByRole('heading', { level: 3, name: 'De job verzekeren' }));
    await visible(page.getByText('€ 2.350,00 per maand'));

    // The first evaluation: automatic, due a month after the start, overdue now.
    const due = firstEvaluationDue(jobStart);
    const evaluation = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Evaluatie op ${nlDay(due)}` }) });
    await visible(evaluation);
    await visible(evaluation.getByText('Eerste evaluatie van de betaalde job, automatisch gepland een maand na de start'));
    await visible(evaluation.getByText(`Te laat: de evaluatie was gepland op ${nlDay(due)}`));
    await scan(page, 'placement: paid job with its automatic first evaluation');

    // Record it.
    await evaluation.getByRole('button', { name: `Evaluatie vastleggen voor de evaluatie van ${nlDay(due)}` }).click();
    const form = page.getByRole('form', { name: `Evaluatie van ${nlDay(due)} vastleggen` });
    await visible(form);
    await expect.poll(() => hasFocus(form.getByLabel('Gehouden op', { exact: false }))).toBe(true);
    await form.getByRole('button', { name: 'Evaluatie opslaan' }).click();
    await visible(form.getByRole('link', { name: 'Uitkomst: Kies de uitkomst van de evaluatie.' }));
    await scan(page, 'placement: evaluation without an outcome');
    await form.getByLabel('Uitkomst', { exact: false }).selectOption({ label: 'Loopt goed' });
    await form.getByLabel('Visie van de klant', { exact: false }).fill('Tom voelt zich thuis in de ploeg.');
    await form.getByLabel('Visie van de werkgever', { exact: false }).fill('Nauwkeurig, nog wat traag bij grote leveringen.');
    await form.getByLabel('Volgende stappen', { exact: false }).fill('Jobcoach komt nog twee keer per week langs.');
    await form.getByLabel('Deelnemers', { exact: false }).fill('Tom, Jonas (jobcoach), de magazijnverantwoordelijke');
    await form.getByRole('button', { name: 'Evaluatie opslaan' }).click();
    await visible(page.getByRole('status').getByText(`De evaluatie van ${nlDay(due)} is vastgelegd.`));
    await visible(evaluation.getByText(`Gehouden op ${nlDay(inDays(0))}: Loopt goed`));
    await visible(evaluation.getByText('Tom voelt zich thuis in de ploeg.'));
    await scan(page, 'placement: first evaluation recorded');

    // Plan the next one.
    const next = inDays(60);
    await page.getByLabel('Datum van de evaluatie', { exact: false }).fill(next);
    await page.getByRole('button', { name: 'Evaluatie plannen' }).click();
    await visible(page.getByRole('status').getByText(`Er is een evaluatie gepland op ${nlDay(next)}.`));
    await visible(page.getByRole('heading', { name: `Evaluatie op ${nlDay(next)}` }));

    // The overview: phase 5 and the current placement with its next evaluation.
    await page.goto(`/clients/${id}`);
    await heading(page, 'Overzicht – Tom Verstraete');
    await visible(page.getByText(/Fase 5: ondersteuning op en naast de werkvloer/));
    const block = page.getByRole('region', { name: 'Stages en jobs' });
    await visible(block.getByRole('link', { name: 'Betaalde job: Magazijnmedewerker bij Groenhof Supermarkten' }));
    await visible(block.getByText(`Evaluatie op ${nlDay(next)}`));
    await scan(page, 'dossier overview with the placement');
  });

  test('the form reflows at 320 px', async ({ open, expect }) => {
    const { page } = await open({ viewport: { width: 320, height: 800 } });
    await signIn(page, DEMO_EMAILS.coach);
    const id = await clientId(page, 'Tom');
    const base = `/clients/${id}/placements`;
    await page.goto(`${base}/new`);
    await heading(page, 'Stages en jobs – Tom Verstraete');
    await page.getByRole('radio', { name: 'Betaalde job' }).check();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(320);
    await scan(page, 'new placement at 320 px');
  });
});
