import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { auditRows, organisationId, userId } from '../../../test/helpers.ts';

let t: TestApp;
let coach: TestClient;
let hr: TestClient;
let partner: TestClient;
const SCHAPPENVULLER = 'http://data.europa.eu/esco/occupation/d35f9e79-5778-43b4-8667-0e3ba1fcb19a';
const ids = { employer: '', site: '', otherEmployer: '', vacancy: '' };

beforeAll(async () => {
  t = await createTestApp();
  coach = await t.as('coach@coaching.passend.test');
  hr = await t.as('hr@employer.passend.test');
  partner = await t.as('coach@partner.passend.test');
  // The employer record the demo keeps for Groenhof Supermarkten, linked to its own organisation.
  const org = await organisationId(t, 'Jobcoaching Schelde');
  const employer = await t.db.selectFrom('employers').select('id')
    .where('organisation_id', '=', org).where('linked_organisation_id', '=', await organisationId(t, 'Groenhof Supermarkten')).executeTakeFirstOrThrow();
  ids.employer = employer.id;
  ids.site = (await t.db.insertInto('employer_sites')
    .values({ organisation_id: org, employer_id: employer.id, name: 'Gent-Zuid (test)', address: 'Sint-Pietersnieuwstraat 140', postcode: '9000', city: 'Gent' })
    .returning('id').executeTakeFirstOrThrow()).id;
  // An employer record kept by the partner agency: not the coaching organisation's.
  ids.otherEmployer = (await t.db.insertInto('employers')
    .values({ organisation_id: await organisationId(t, 'Partnerwerk Antwerpen'), name: 'Bakkerij Anders' })
    .returning('id').executeTakeFirstOrThrow()).id;
});
afterAll(async () => { await t.close(); });

const vacancy = (over: Record<string, unknown> = {}) => ({
  employerId: ids.employer, siteId: ids.site, title: 'Schappenvuller (halftijds)', occupation: { uri: SCHAPPENVULLER },
  hoursPerWeek: 19, scheduleDays: ['mon', 'tue', 'wed'], shifts: ['early'], wage: { amount: 14.25, period: 'hour' },
  contractKind: 'permanent', startDate: '2026-02-01', description: 'Rekken aanvullen in de winkel.', ...over,
});

const analysis = {
  tasks: [{
    task: 'Rekken aanvullen', steps: ['Rolcontainer halen', 'Dozen openen', 'Oudste producten vooraan', 'Karton wegbrengen'],
    processContent: 'Na de levering, voor de winkel opengaat', meetingPoints: 'Ploegleider bij de start', normalTime: '30 minuten per rolcontainer',
    materials: 'Cutter, rolcontainer', qualityCriterion: 'Etiketten naar voren, FIFO', likelyProblems: 'Tijdsdruk bij grote leveringen',
  }],
  keyCharacteristics: { physical: 'Tillen tot 15 kg', cognitive: 'Planogram lezen', emotional: 'Klantvragen', environment: 'Koelcel', other: '' },
  requiredProductivity: '3 rolcontainers per ochtend', qualityStandards: 'Geen lege schappen bij opening', wage: 'PC 311, barema',
  hoursPerDay: 3.75, accessibility: 'Gelijkvloers', healthAndSafety: 'Veiligheidsschoenen', companyCulture: 'Informeel', workEnvironment: 'Winkel en magazijn',
  socialAspects: 'Kleine ploeg', supportOnTheJob: 'Jobcoach welkom op de vloer', naturalSupport: 'Marleen, ploegleider, wil peter zijn', transport: 'Tram 4 aan de deur',
};

describe('vacancies', () => {
  it('creates a vacancy with the ESCO code and label of the day, audited', async () => {
    const res = await coach.post('/api/vacancies', vacancy());
    expect(res.status).toBe(201);
    ids.vacancy = res.body.id;
    const got = await coach.get(`/api/vacancies/${ids.vacancy}`);
    expect(got.body).toMatchObject({
      title: 'Schappenvuller (halftijds)', occupation: { uri: SCHAPPENVULLER, code: '9334.1', preferredLabel: 'schappenvuller' },
      site: { id: ids.site, name: 'Gent-Zuid (test)' }, employer: { id: ids.employer }, wage: { amount: 14.25, period: 'hour' },
      hoursPerWeek: 19, scheduleDays: ['mon', 'tue', 'wed'], status: 'open', version: 1, editable: true,
    });
    const [row] = await auditRows(t, 'vacancy.created');
    expect(row).toMatchObject({ entity: 'vacancy', entity_id: ids.vacancy, actor_user_id: await userId(t, 'coach@coaching.passend.test') });
    expect((await coach.get('/api/vacancies?status=open')).body.items.map((i: { id: string }) => i.id)).toContain(ids.vacancy);
    expect((await coach.get('/api/vacancies?status=filled')).body.items).toEqual([]);
  });

  it('refuses an employer, site or occupation that is not there, with the path', async () => {
    const other = await coach.post('/api/vacancies', vacancy({ employerId: ids.otherEmployer, siteId: null }));
    expect(other).toBeProblem(400, 'validation');
    expect(other.body.errors).toEqual([{ path: 'employerId', message: expect.any(String) }]);
    const esco = await coach.post('/api/vacancies', vacancy({ occupation: { uri: 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000000' } }));
    expect(esco.body.errors).toEqual([{ path: 'occupation.uri', message: 'Not an ESCO occupation' }]);
    expect(await coach.post('/api/vacancies', vacancy({ shifts: ['siesta'] }))).toBeProblem(400, 'validation');
    const twice = await coach.post('/api/vacancies', vacancy({ scheduleDays: ['mon', 'mon'] }));
    expect(twice.body.errors).toEqual([{ path: 'scheduleDays', message: 'Each value once' }]);
  });

  it('updates with If-Match: 428 without, 412 with the current when stale', async () => {
    const url = `/api/vacancies/${ids.vacancy}`;
    expect(await coach.put(url, vacancy({ status: 'filled' }))).toBeProblem(428, 'precondition_required');
    const ok = await coach.put(url, vacancy({ title: 'Schappenvuller', hoursPerWeek: 24 }), { 'if-match': '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ title: 'Schappenvuller', hoursPerWeek: 24, version: 2 });
    const stale = await coach.put(url, vacancy({ title: 'Oud' }), { 'if-match': '"1"' });
    expect(stale).toBeProblem(412, 'stale_version');
    expect(stale.body.current).toMatchObject({ title: 'Schappenvuller', version: 2 });
    expect((await auditRows(t, 'vacancy.updated'))[0]).toMatchObject({ entity_id: ids.vacancy });
  });

  it('keeps the environment tags, and places the work place for matching (located true or false)', async () => {
    const created = await coach.post('/api/vacancies', vacancy({ environmentTags: ['indoor', 'cold', 'standing_all_day'] }));
    expect(created.status).toBe(201);
    const url = `/api/vacancies/${created.body.id}`;
    const at = () => t.db.selectFrom('vacancies').select(['lat', 'lon']).where('id', '=', created.body.id).executeTakeFirstOrThrow();
    // The site has no coordinates and the vacancy no postcode: the centre of the site's postcode (9000 Gent).
    expect((await coach.get(url)).body).toMatchObject({ environmentTags: ['indoor', 'cold', 'standing_all_day'], located: true });
    expect(await at()).toEqual({ lat: 51.0543, lon: 3.7174 });
    // The vacancy's own postcode comes before the site's: 2800 Mechelen.
    let res = await coach.put(url, vacancy({ postcode: '2800', environmentTags: ['outdoor'] }), { 'if-match': '"1"' });
    expect(res.body).toMatchObject({ environmentTags: ['outdoor'], located: true, version: 2 });
    expect(await at()).toEqual({ lat: 51.0259, lon: 4.4776 });
    // No site and a postcode the table does not know: not located.
    res = await coach.put(url, vacancy({ siteId: null, postcode: '7777', environmentTags: [] }), { 'if-match': '"2"' });
    expect(res.body).toMatchObject({ environmentTags: [], located: false, version: 3 });
    expect(await at()).toEqual({ lat: null, lon: null });
    // A site with coordinates wins over any postcode.
    await t.db.updateTable('employer_sites').set({ lat: 51.0438, lon: 3.7256 }).where('id', '=', ids.site).execute();
    res = await coach.put(url, vacancy({ postcode: '2800' }), { 'if-match': '"3"' });
    expect(res.body).toMatchObject({ located: true, version: 4 });
    expect(await at()).toEqual({ lat: 51.0438, lon: 3.7256 });
    await t.db.updateTable('employer_sites').set({ lat: null, lon: null }).where('id', '=', ids.site).execute();
    const bad = await coach.post('/api/vacancies', vacancy({ environmentTags: ['sunny'] }));
    expect(bad).toBeProblem(400, 'validation');
    expect(bad.body.errors[0].path).toMatch(/^environmentTags/);
  });

  it('keeps the job analysis with its task analysis, versioned', async () => {
    const url = `/api/vacancies/${ids.vacancy}/job-analysis`;
    expect((await coach.get(url)).body).toMatchObject({ version: 0, tasks: [], updatedBy: null });
    const saved = await coach.put(url, analysis, { 'if-match': '"0"' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ...analysis, version: 1, updatedBy: { name: 'Jonas Peeters' } });
    expect((await coach.get(url)).body).toMatchObject({ ...analysis, version: 1 });
    expect(await coach.put(url, analysis, { 'if-match': '"0"' })).toBeProblem(412, 'stale_version');
    expect((await coach.put(url, { ...analysis, transport: 'Fiets' }, { 'if-match': '"1"' })).body).toMatchObject({ transport: 'Fiets', version: 2 });
    expect((await auditRows(t, 'vacancy.job_analysis_saved'))[0]).toMatchObject({ entity_id: ids.vacancy, details: { version: 2, tasks: 1 } });
  });

  it('scores the competence profile on the catalogue only, 1–5', async () => {
    const url = `/api/vacancies/${ids.vacancy}/competence-profile`;
    const unknown = await coach.put(url, { scores: { lifting: 4, juggling: 3 } }, { 'if-match': '"0"' });
    expect(unknown).toBeProblem(400, 'validation');
    expect(unknown.body.errors[0].path).toBe('scores');
    expect(JSON.stringify(unknown.body.errors)).toContain('juggling');
    const six = await coach.put(url, { scores: { lifting: 6 } }, { 'if-match': '"0"' });
    expect(six).toBeProblem(400, 'validation');
    expect(six.body.errors[0].path).toBe('scores.lifting');
    const ok = await coach.put(url, { scores: { lifting: 4, standing: 5, work_pace: 3 }, notes: { lifting: 'dozen tot 15 kg' }, otherNotes: 'Koelcel' }, { 'if-match': '"0"' });
    expect(ok.body).toMatchObject({ scores: { lifting: 4, standing: 5, work_pace: 3 }, notes: { lifting: 'dozen tot 15 kg' }, otherNotes: 'Koelcel', version: 1 });
    expect((await auditRows(t, 'vacancy.competence_profile_saved'))[0]).toMatchObject({ entity_id: ids.vacancy, details: { version: 1, scored: 3 } });
  });

  it('exports a schema.org JobPosting as JSON-LD', async () => {
    const res = await coach.get(`/api/vacancies/${ids.vacancy}/job-posting`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/ld+json');
    expect(res.body).toMatchObject({
      '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Schappenvuller', description: 'Rekken aanvullen in de winkel.',
      datePosted: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), employmentType: 'PART_TIME', jobStartDate: '2026-02-01',
      hiringOrganization: { '@type': 'Organization', name: 'Groenhof Supermarkten' },
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', streetAddress: 'Sint-Pietersnieuwstraat 140', postalCode: '9000', addressLocality: 'Gent', addressCountry: 'BE' } },
      baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', value: 14.25, unitText: 'HOUR' } },
      workHours: '24 h/week; mon, tue, wed; early', occupationalCategory: '9334.1',
    });
  });

  it('lets the linked employer read, never write', async () => {
    const url = `/api/vacancies/${ids.vacancy}`;
    expect((await hr.get(url)).body).toMatchObject({ id: ids.vacancy, editable: false });
    expect((await hr.get(`${url}/job-analysis`)).body.version).toBe(2);
    expect((await hr.get(`${url}/competence-profile`)).body.scores.lifting).toBe(4);
    expect((await hr.get('/api/vacancies')).body.items.map((i: { id: string }) => i.id)).toContain(ids.vacancy);
    const before = await t.db.selectFrom('vacancies').selectAll().where('id', '=', ids.vacancy).executeTakeFirstOrThrow();
    expect(await hr.put(url, vacancy({ title: 'HR' }), { 'if-match': '"2"' })).toBeProblem(403, 'forbidden');
    expect(await hr.put(`${url}/job-analysis`, analysis, { 'if-match': '"2"' })).toBeProblem(403, 'forbidden');
    expect(await hr.put(`${url}/competence-profile`, {}, { 'if-match': '"1"' })).toBeProblem(403, 'forbidden');
    expect(await hr.post('/api/vacancies', vacancy())).toBeProblem(403, 'forbidden');
    expect(await t.db.selectFrom('vacancies').selectAll().where('id', '=', ids.vacancy).executeTakeFirstOrThrow()).toEqual(before);
  });

  it('is not found for another organisation, and nothing changes', async () => {
    const url = `/api/vacancies/${ids.vacancy}`;
    const other = await t.as('coach2@coaching.passend.test');
    expect((await other.get(url)).status).toBe(200); // same organisation: colleagues see it
    for (const path of [url, `${url}/job-analysis`, `${url}/competence-profile`, `${url}/job-posting`]) {
      expect(await partner.get(path)).toBeProblem(404, 'not_found');
    }
    expect((await partner.get('/api/vacancies')).body.items).toEqual([]);
    const before = {
      v: await t.db.selectFrom('vacancies').selectAll().where('id', '=', ids.vacancy).executeTakeFirstOrThrow(),
      a: await t.db.selectFrom('job_analyses').selectAll().where('vacancy_id', '=', ids.vacancy).executeTakeFirstOrThrow(),
    };
    // The partner agency has no coach role for vacancies.write; a coach of another coaching organisation would get 404.
    const org = await organisationId(t, 'Partnerwerk Antwerpen');
    const { password_hash } = await t.db.selectFrom('users').select('password_hash').where('email', '=', 'coach@partner.passend.test').executeTakeFirstOrThrow();
    const { id: u } = await t.db.insertInto('users').values({ organisation_id: org, email: 'coach.vac@partner.passend.test', name: 'Other Coach', password_hash, status: 'active' })
      .returning('id').executeTakeFirstOrThrow();
    await t.db.insertInto('user_roles').values({ organisation_id: org, user_id: u, role: 'coach', branch_id: null }).execute();
    const outsider = await t.as('coach.vac@partner.passend.test');
    expect(await outsider.put(url, vacancy({ employerId: ids.otherEmployer, siteId: null }), { 'if-match': '"2"' })).toBeProblem(404, 'not_found');
    expect(await outsider.put(`${url}/job-analysis`, analysis, { 'if-match': '"2"' })).toBeProblem(404, 'not_found');
    expect(await outsider.put(`${url}/competence-profile`, {}, { 'if-match': '"1"' })).toBeProblem(404, 'not_found');
    expect(await outsider.get(url)).toBeProblem(404, 'not_found');
    expect({
      v: await t.db.selectFrom('vacancies').selectAll().where('id', '=', ids.vacancy).executeTakeFirstOrThrow(),
      a: await t.db.selectFrom('job_analyses').selectAll().where('vacancy_id', '=', ids.vacancy).executeTakeFirstOrThrow(),
    }).toEqual(before);
  });
});
