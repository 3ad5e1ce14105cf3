import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { auditRows, organisationId, sessionOf, userId } from '../../../test/helpers.ts';
import { fetchPdf } from '../../../test/pdf-text.ts';

let t: TestApp;
let coach: TestClient;
let coach2: TestClient;
let lead: TestClient;
let hr: TestClient;
let partner: TestClient;
const ids = { client: '', employer: '', site: '', vacancy: '', otherEmployer: '', otherEmployerVacancy: '', foreignEmployer: '', foreignVacancy: '', foreignPlacement: '' };
const made = { taster: '', workExperience: '', longWorkExperience: '', paidJob: '' };

beforeAll(async () => {
  t = await createTestApp();
  [coach, coach2, lead, hr, partner] = await Promise.all([
    t.as('coach@coaching.passend.test'), t.as('coach2@coaching.passend.test'), t.as('teamlead@coaching.passend.test'),
    t.as('hr@employer.passend.test'), t.as('coach@partner.passend.test'),
  ]);
  ids.client = (await coach.post('/api/clients', { givenName: 'Ayşe', familyName: 'Yılmaz' })).body.id;
  ids.employer = (await coach.post('/api/employers', { name: 'Drukkerij Van Damme', sector: 'Grafisch' })).body.id;
  ids.site = (await coach.post(`/api/employers/${ids.employer}/sites`, { name: 'Atelier Gentbrugge', city: 'Gent' })).body.id;
  ids.vacancy = (await coach.post('/api/vacancies', { employerId: ids.employer, siteId: ids.site, title: 'Productiemedewerker drukkerij', city: 'Gent' })).body.id;
  ids.otherEmployer = (await coach.post('/api/employers', { name: 'Bakkerij Leroy' })).body.id;
  ids.otherEmployerVacancy = (await coach.post('/api/vacancies', { employerId: ids.otherEmployer, title: 'Bakkershulp' })).body.id;
  // Another organisation's employer, vacancy, client and placement.
  const partnerOrg = await organisationId(t, 'Partnerwerk Antwerpen');
  const partnerUser = await userId(t, 'coach@partner.passend.test');
  ids.foreignEmployer = (await t.db.insertInto('employers').values({ organisation_id: partnerOrg, name: 'Haven Logistiek' }).returning('id').executeTakeFirstOrThrow()).id;
  ids.foreignVacancy = (await t.db.insertInto('vacancies')
    .values({ organisation_id: partnerOrg, employer_id: ids.foreignEmployer, title: 'Heftruckchauffeur', created_by: partnerUser }).returning('id').executeTakeFirstOrThrow()).id;
  const foreignClient = (await t.db.insertInto('clients').values({ organisation_id: partnerOrg, given_name: 'Piet', family_name: 'Peeters' }).returning('id').executeTakeFirstOrThrow()).id;
  ids.foreignPlacement = (await t.db.insertInto('placements').values({
    organisation_id: partnerOrg, client_id: foreignClient, employer_id: ids.foreignEmployer, kind: 'job_taster', title: 'Proefdag magazijn',
    start_date: '2026-03-02', end_date: '2026-03-02', agreement: '{}', created_by: partnerUser,
  }).returning('id').executeTakeFirstOrThrow()).id;
});
afterAll(async () => { await t.close(); });

const placement = (over: Record<string, unknown> = {}) => ({
  clientId: ids.client, employerId: ids.employer, siteId: ids.site, kind: 'work_experience', title: 'Productiemedewerker',
  startDate: '2026-03-02', endDate: '2026-05-10', hoursPerWeek: 19,
  agreement: { goal: 'Ontdekken of het ritme van de drukpers past', support: 'Jobcoach twee halve dagen per week', insurance: 'Arbeidsongevallenverzekering via de VDAB' },
  ...over,
});
const trajectory = async () => (await coach.get(`/api/clients/${ids.client}/trajectory`)).body;

describe('placements', () => {
  it('records a job taster, a work experience placement and an exploratory internship, audited', async () => {
    const taster = await coach.post('/api/placements', placement({ kind: 'job_taster', title: 'Proefdag inpak', startDate: '2026-02-02', endDate: '2026-02-06' }));
    expect(taster.status).toBe(201);
    expect(taster.body).toEqual({ id: expect.any(String), version: 1, phaseChanged: false });
    made.taster = taster.body.id;
    const work = await coach.post('/api/placements', placement({ vacancyId: ids.vacancy }));
    expect(work.status).toBe(201);
    made.workExperience = work.body.id;
    const internship = await coach.post('/api/placements', placement({ kind: 'exploratory_internship', title: 'Snuffelen in de binderij', startDate: '2026-01-12', endDate: '2026-01-14', siteId: null }));
    expect(internship.status).toBe(201);

    const got = await coach.get(`/api/placements/${made.workExperience}`);
    expect(got.body).toMatchObject({
      client: { id: ids.client, name: 'Ayşe Yılmaz' }, employer: { id: ids.employer, name: 'Drukkerij Van Damme' }, site: { id: ids.site, name: 'Atelier Gentbrugge' },
      vacancy: { id: ids.vacancy, title: 'Productiemedewerker drukkerij' }, kind: 'work_experience', startDate: '2026-03-02', endDate: '2026-05-10', hoursPerWeek: 19,
      status: 'planned', securing: null, warnings: [], evaluations: [], version: 1,
      agreement: { goal: 'Ontdekken of het ritme van de drukpers past', responsibilities: '', limits: '', insurance: 'Arbeidsongevallenverzekering via de VDAB' },
    });
    const [row] = await auditRows(t, 'placement.created');
    expect(row).toMatchObject({ entity: 'placement', actor_user_id: await userId(t, 'coach@coaching.passend.test'), details: { clientId: ids.client, kind: 'exploratory_internship' } });
    // a work experience placement does not fill the vacancy nor move the trajectory
    expect((await coach.get(`/api/vacancies/${ids.vacancy}`)).body.status).toBe('open');
    expect((await trajectory()).phase).toBe(1);
  });

  it('refuses a job taster longer than 5 working days, and a missing or earlier end date, on endDate', async () => {
    const long = await coach.post('/api/placements', placement({ kind: 'job_taster', startDate: '2026-02-02', endDate: '2026-02-09' }));
    expect(long).toBeProblem(400, 'validation');
    expect(long.body.errors).toEqual([{ path: 'endDate', message: 'A job taster lasts at most 5 working days (one week)' }]);
    const open = await coach.post('/api/placements', placement({ kind: 'job_taster', endDate: null }));
    expect(open.body.errors).toEqual([{ path: 'endDate', message: expect.stringContaining('end date is required') }]);
    const before = await coach.post('/api/placements', placement({ endDate: '2026-03-01' }));
    expect(before.body.errors).toEqual([{ path: 'endDate', message: 'The end date is before the start date' }]);
  });

  it('needs a reason for work experience over 12 weeks, and keeps the warning', async () => {
    const thirteen = placement({ startDate: '2026-03-02', endDate: '2026-05-31' }); // 13 weeks
    const bare = await coach.post('/api/placements', thirteen);
    expect(bare).toBeProblem(400, 'validation');
    expect(bare.body.errors).toEqual([{ path: 'extensionReason', message: 'A work experience placement longer than 12 weeks needs a reason' }]);
    const reasoned = await coach.post('/api/placements', { ...thirteen, extensionReason: 'Het opleidingstraject heftruck loopt tot eind mei' });
    expect(reasoned.status).toBe(201);
    made.longWorkExperience = reasoned.body.id;
    expect((await coach.get(`/api/placements/${made.longWorkExperience}`)).body).toMatchObject({ warnings: ['longer_than_12_weeks'], extensionReason: 'Het opleidingstraject heftruck loopt tot eind mei' });
    expect((await coach.get(`/api/placements/${made.workExperience}`)).body.warnings).toEqual([]);
  });

  it("refuses another organisation's employer, a site or vacancy of another employer, and securing outside a paid job", async () => {
    const foreign = await coach.post('/api/placements', placement({ employerId: ids.foreignEmployer, siteId: null }));
    expect(foreign.body.errors).toEqual([{ path: 'employerId', message: 'Not an employer of your organisation' }]);
    const site = await coach.post('/api/placements', placement({ employerId: ids.otherEmployer }));
    expect(site.body.errors).toEqual([{ path: 'siteId', message: 'Not a site of this employer' }]);
    const vacancy = await coach.post('/api/placements', placement({ vacancyId: ids.otherEmployerVacancy }));
    expect(vacancy.body.errors).toEqual([{ path: 'vacancyId', message: 'This vacancy is at another employer' }]);
    const foreignVacancy = await coach.post('/api/placements', placement({ vacancyId: ids.foreignVacancy }));
    expect(foreignVacancy.body.errors).toEqual([{ path: 'vacancyId', message: 'Not a vacancy of your organisation' }]);
    const securing = await coach.post('/api/placements', placement({ securing: { supportLevel: 'Wekelijks' } }));
    expect(securing.body.errors).toEqual([{ path: 'securing', message: 'Securing the job is agreed for a paid job only' }]);
    expect(await coach.post('/api/placements', placement({ kind: 'internship' }))).toBeProblem(400, 'validation');
  });

  it('a paid job moves the trajectory to phase 5, plans the first evaluation a month on and fills the vacancy, in one go', async () => {
    const vacancyBefore = (await coach.get(`/api/vacancies/${ids.vacancy}`)).body;
    const res = await coach.post('/api/placements', placement({
      kind: 'paid_job', title: 'Productiemedewerker drukkerij', startDate: '2026-01-31', endDate: null, vacancyId: ids.vacancy, status: 'ongoing',
      securing: {
        hoursPerWeek: 24, wage: { amount: 15.1, period: 'hour' }, supportLevel: 'Eerste maand twee keer per week, daarna wekelijks', supportBy: 'Jobcoach Jonas en peter Marc',
        expectedProductivity: '80% na drie maanden', expectedQuality: 'Geen misdrukken door bediening', responsibilitiesEmployer: 'Vaste werkplek en peter',
        responsibilitiesColleagues: 'Marc toont het inpakken', responsibilitiesClient: 'Verwittigt bij ziekte voor 8 uur', responsibilitiesCoach: 'Bemiddelt bij problemen',
        evaluationProcedure: 'Na een maand, na drie maanden, daarna per halfjaar',
      },
    }));
    expect(res.status).toBe(201);
    expect(res.body.phaseChanged).toBe(true);
    made.paidJob = res.body.id;

    const traj = await trajectory();
    expect(traj.phase).toBe(5);
    expect(traj.events.at(-1)).toMatchObject({ kind: 'phase_changed', fromPhase: 1, toPhase: 5, reason: 'Betaalde job: Productiemedewerker drukkerij bij Drukkerij Van Damme' });
    const [phaseAudit] = await auditRows(t, 'client.phase_changed');
    expect(phaseAudit).toMatchObject({ entity: 'client', entity_id: ids.client, details: { from: 1, to: 5, placementId: made.paidJob } });

    const got = (await coach.get(`/api/placements/${made.paidJob}`)).body;
    expect(got.evaluations).toEqual([expect.objectContaining({ dueOn: '2026-02-28', heldOn: null, outcome: null, automatic: true, version: 1, updatedBy: null })]);
    expect(got.securing).toMatchObject({ hoursPerWeek: 24, wage: { amount: 15.1, period: 'hour' }, supportBy: 'Jobcoach Jonas en peter Marc' });
    const vacancyAfter = (await coach.get(`/api/vacancies/${ids.vacancy}`)).body;
    expect(vacancyAfter).toMatchObject({ status: 'filled', version: vacancyBefore.version + 1 });

    // A second paid job: the phase is already 5; it gets its own first evaluation.
    const second = await coach.post('/api/placements', placement({ kind: 'paid_job', title: 'Weekendjob', startDate: '2026-04-15', endDate: null, status: 'planned' }));
    expect(second.body.phaseChanged).toBe(false);
    expect((await trajectory()).events.filter((e: { kind: string }) => e.kind === 'phase_changed')).toHaveLength(1);
    expect((await coach.get(`/api/placements/${second.body.id}`)).body.evaluations.map((e: { dueOn: string }) => e.dueOn)).toEqual(['2026-05-15']);
  });

  it('a placement that becomes a paid job on update does the same; an ended one does not', async () => {
    const created = await coach.post('/api/clients', { givenName: 'Tom', familyName: 'Wouters' });
    const client = created.body.id;
    const ended = await coach.post('/api/placements', placement({ clientId: client, kind: 'paid_job', endDate: '2026-04-30', status: 'ended' }));
    expect(ended.body.phaseChanged).toBe(false);
    expect((await coach.get(`/api/placements/${ended.body.id}`)).body.evaluations).toEqual([]);
    const res = await coach.put(`/api/placements/${ended.body.id}`, placement({ clientId: client, kind: 'paid_job', endDate: null, status: 'ongoing' }), { 'if-match': '"1"' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, status: 'ongoing', evaluations: [expect.objectContaining({ dueOn: '2026-04-02', automatic: true })] });
    expect((await coach.get(`/api/clients/${client}/trajectory`)).body.phase).toBe(5);
  });

  it('updates with If-Match: 428 without, 412 with the current when stale; the client stays', async () => {
    const url = `/api/placements/${made.workExperience}`;
    const body = placement({ vacancyId: ids.vacancy, status: 'ongoing', agreement: { goal: 'Ritme van de drukpers', limits: 'Geen nachtwerk' } });
    expect(await coach.put(url, body)).toBeProblem(428, 'precondition_required');
    const ok = await coach.put(url, body, { 'if-match': '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ version: 2, status: 'ongoing', agreement: { goal: 'Ritme van de drukpers', limits: 'Geen nachtwerk', support: '' } });
    const stale = await coach.put(url, body, { 'if-match': '"1"' });
    expect(stale).toBeProblem(412, 'stale_version');
    expect(stale.body.current).toMatchObject({ id: made.workExperience, version: 2 });
    const moved = await coach.put(url, { ...body, clientId: ids.foreignPlacement }, { 'if-match': '"2"' });
    expect(moved.body.errors).toEqual([{ path: 'clientId', message: 'A placement stays with its client' }]);
    const [row] = await auditRows(t, 'placement.updated');
    expect(row).toMatchObject({ entity_id: made.workExperience, details: { version: 2, status: 'ongoing' } });
  });

  it('plans and records evaluations with If-Match; a held one has an outcome and only a held one', async () => {
    const url = `/api/placements/${made.workExperience}/evaluations`;
    const bad = await coach.post(url, { dueOn: '2026-04-01', heldOn: '2026-04-02' });
    expect(bad).toBeProblem(400, 'validation');
    expect(bad.body.errors).toEqual([{ path: 'outcome', message: 'A held evaluation has an outcome, and only a held one' }]);
    expect(await coach.post(url, { dueOn: '2026-04-01', outcome: 'adjust' })).toBeProblem(400, 'validation');
    const planned = await coach.post(url, { dueOn: '2026-04-01', participants: 'Ayşe, Marc (peter), Jonas' });
    expect(planned.status).toBe(201);
    expect(planned.body).toMatchObject({ dueOn: '2026-04-01', heldOn: null, automatic: false, version: 1, updatedBy: { name: expect.any(String) } });
    const one = `${url}/${planned.body.id}`;
    const held = { dueOn: '2026-04-01', heldOn: '2026-04-03', outcome: 'on_track', clientView: 'Ik werk graag aan de pers', employerView: 'Stipt', coachView: 'Goed tempo', nextSteps: 'Evaluatie na zes weken' };
    expect(await coach.put(one, held)).toBeProblem(428, 'precondition_required');
    const ok = await coach.put(one, held, { 'if-match': '"1"' });
    expect(ok.body).toMatchObject({ heldOn: '2026-04-03', outcome: 'on_track', clientView: 'Ik werk graag aan de pers', version: 2 });
    const stale = await coach.put(one, held, { 'if-match': '"1"' });
    expect(stale).toBeProblem(412, 'stale_version');
    expect(stale.body.current).toMatchObject({ version: 2, outcome: 'on_track' });
    // an evaluation id under another placement is not found
    expect(await coach.put(`/api/placements/${made.taster}/evaluations/${planned.body.id}`, held, { 'if-match': '"2"' })).toBeProblem(404, 'not_found');
    expect((await auditRows(t, 'placement.evaluation_updated'))[0]).toMatchObject({ entity_id: made.workExperience, details: { evaluationId: planned.body.id, outcome: 'on_track' } });
    expect((await coach.get('/api/placements?clientId=' + ids.client)).body.items.find((i: { id: string }) => i.id === made.workExperience).nextEvaluationDue).toBeNull();
  });

  it('lists by client, employer and status, with the next evaluation due', async () => {
    const all = (await coach.get(`/api/placements?clientId=${ids.client}`)).body.items;
    expect(all.map((i: { title: string }) => i.title)).toEqual(['Weekendjob', 'Productiemedewerker', 'Productiemedewerker', 'Proefdag inpak', 'Productiemedewerker drukkerij', 'Snuffelen in de binderij']);
    expect(all.find((i: { id: string }) => i.id === made.paidJob)).toMatchObject({ kind: 'paid_job', status: 'ongoing', nextEvaluationDue: '2026-02-28', warnings: [] });
    expect(all.find((i: { id: string }) => i.id === made.longWorkExperience).warnings).toEqual(['longer_than_12_weeks']);
    const ongoing = (await coach.get(`/api/placements?clientId=${ids.client}&status=ongoing`)).body.items.map((i: { id: string }) => i.id);
    expect(ongoing.toSorted()).toEqual([made.paidJob, made.workExperience].toSorted());
    expect((await coach.get(`/api/placements?employerId=${ids.otherEmployer}`)).body.items).toEqual([]);
    expect(await coach.get('/api/placements?status=done')).toBeProblem(400, 'validation');
    // a colleague outside the client's coaching team sees none of them, and a named client of theirs is not found
    expect((await coach2.get('/api/placements')).body.items.filter((i: { client: { id: string } }) => i.client.id === ids.client)).toEqual([]);
    expect(await coach2.get(`/api/placements?clientId=${ids.client}`)).toBeProblem(404, 'not_found');
  });

  it("is the coaching team's: the team lead reads (audited), anyone else gets 404 or 403 and nothing changes", async () => {
    const url = `/api/placements/${made.taster}`;
    const readByLead = await lead.get(url);
    expect(readByLead.status).toBe(200);
    expect((await auditRows(t, 'client.read'))[0]).toMatchObject({ entity_id: ids.client, actor_user_id: await userId(t, 'teamlead@coaching.passend.test') });
    const before = await t.db.selectFrom('placements').selectAll().where('id', '=', made.taster).executeTakeFirstOrThrow();
    const body = placement({ kind: 'job_taster', title: 'Overgenomen', startDate: '2026-02-02', endDate: '2026-02-06' });
    expect(await coach2.get(url)).toBeProblem(404, 'not_found');
    expect(await coach2.put(url, body, { 'if-match': '"1"' })).toBeProblem(404, 'not_found');
    expect(await coach2.post(`${url}/evaluations`, { dueOn: '2026-03-01' })).toBeProblem(404, 'not_found');
    expect(await coach2.post('/api/placements', body)).toBeProblem(404, 'not_found');
    // the linked employer and a partner organisation are not on the coaching team: their roles may not even ask
    expect(await hr.get(url)).toBeProblem(403, 'forbidden');
    expect(await partner.get(url)).toBeProblem(403, 'forbidden');
    expect(await hr.post('/api/placements', body)).toBeProblem(403, 'forbidden');
    // another organisation's placement is simply not there
    expect(await coach.get(`/api/placements/${ids.foreignPlacement}`)).toBeProblem(404, 'not_found');
    expect(await coach.put(`/api/placements/${ids.foreignPlacement}`, body, { 'if-match': '"1"' })).toBeProblem(404, 'not_found');
    expect(await coach.get(`/api/placements/${ids.foreignPlacement}/agreement.pdf`)).toBeProblem(404, 'not_found');
    expect(await t.db.selectFrom('placements').selectAll().where('id', '=', made.taster).executeTakeFirstOrThrow()).toEqual(before);
  });
});

describe('the placement agreement PDF', () => {
  it('for a paid job: the details, securing the job, the evaluation dates and three signature lines (nl-BE)', async () => {
    const res = await fetchPdf(t.app, sessionOf(coach), `/api/placements/${made.paidJob}/agreement.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="overeenkomst-betaalde-job.pdf"');
    expect(Buffer.from(res.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = await res.text();
    for (const s of [
      'Overeenkomst betaalde job: de job verzekeren', 'Ayşe Yılmaz', 'Drukkerij Van Damme', 'Atelier Gentbrugge', 'Productiemedewerker drukkerij', '31/01/2026', 'onbepaalde duur',
      'Doel van de plaatsing', 'Ontdekken of het ritme van de drukpers past', 'Verzekering', 'Procedure van verslaggeving', 'Evaluatieproces',
      'De job verzekeren', 'Werkuren per week', '€ 15,1 per uur', 'Mate van begeleiding', 'Jobcoach Jonas en peter Marc', 'Verwachte productiviteit', '80% na drie maanden',
      'Verantwoordelijkheden van de collega’s', 'Marc toont het inpakken', 'Evaluatieprocedure', 'Gepland op', '28/02/2026',
      'Handtekening klant', 'Handtekening werkgever', 'Handtekening jobcoach',
    ]) expect(text).toContain(s);
  });

  it('for work experience over 12 weeks: the warning and the reason, in English; no securing', async () => {
    const res = await fetchPdf(t.app, sessionOf(coach), `/api/placements/${made.longWorkExperience}/agreement.pdf?lang=en`);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="agreement-work-experience.pdf"');
    const text = await res.text();
    for (const s of ['Work experience placement agreement', 'lasts longer than 12 weeks', 'Reason for the extension', 'Het opleidingstraject heftruck loopt tot eind mei',
      '2 March 2026', '31 May 2026', 'Goal of the placement', 'No evaluations planned yet.', 'Client signature', 'Employer signature', 'Job coach signature']) expect(text).toContain(s);
    expect(text).not.toContain('Securing the job');
    expect(text).not.toContain('Doel van de plaatsing');
    const nl = await (await fetchPdf(t.app, sessionOf(coach), `/api/placements/${made.taster}/agreement.pdf?lang=nl-NL`)).text();
    expect(nl).toContain('Overeenkomst proefplaatsing');
    expect(nl).toContain('Handtekening cliënt');
  });

  it('is not there for someone outside the coaching team', async () => {
    expect((await fetchPdf(t.app, sessionOf(coach2), `/api/placements/${made.paidJob}/agreement.pdf`)).status).toBe(404);
    expect(await coach.get(`/api/placements/${made.paidJob}/agreement.pdf?lang=fr`)).toBeProblem(400, 'validation');
  });
});

const checklistUrl = () => `/api/vacancies/${ids.otherEmployerVacancy}/matches/${ids.client}/checklist`;

describe('the job-match checklist', () => {
  const url = checklistUrl;
  const answers = {
    tasks: { answer: 'with_measures', note: 'Opleiding deegmachine nodig' }, hours: { answer: 'yes' }, benefits_effect: { answer: 'unknown', note: 'Navragen bij de RVA' },
  };

  it('starts empty at version 0 and saves with If-Match, audited', async () => {
    const empty = await coach.get(url());
    expect(empty.body).toMatchObject({ vacancyId: ids.otherEmployerVacancy, clientId: ids.client, version: 0, decision: 'open', durationKind: null, scoreAtSave: null, updatedBy: null });
    expect(empty.body.answers.culture).toEqual({ answer: 'unknown', note: '' });
    expect(Object.keys(empty.body.answers)).toHaveLength(10);
    expect(await coach.put(url(), { answers })).toBeProblem(428, 'precondition_required');
    const saved = await coach.put(url(), { answers, durationKind: 'long_term', decision: 'propose', decisionNote: 'Voorstellen na de proefdag' }, { 'if-match': '"0"' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      version: 1, decision: 'propose', durationKind: 'long_term', decisionNote: 'Voorstellen na de proefdag', updatedBy: { id: await userId(t, 'coach@coaching.passend.test') },
      answers: { tasks: { answer: 'with_measures', note: 'Opleiding deegmachine nodig' }, hours: { answer: 'yes', note: '' }, culture: { answer: 'unknown', note: '' } },
    });
    expect((await coach.get(url())).body).toEqual(saved.body);
    // What the score said when it was saved: this vacancy has no competence profile, so 0 and why.
    expect(saved.body.scoreAtSave).toBe(0);
    const stored = await t.db.selectFrom('match_checklists').select('reasons_at_save').where('vacancy_id', '=', ids.otherEmployerVacancy).executeTakeFirstOrThrow();
    expect(stored.reasons_at_save).toEqual(expect.arrayContaining([{ code: 'no_requirements' }]));
    expect((await auditRows(t, 'match_checklist.saved'))[0]).toMatchObject({ entity: 'vacancy', entity_id: ids.otherEmployerVacancy, details: { clientId: ids.client, decision: 'propose' } });
    // the team lead may change it
    expect((await lead.put(url(), { answers, decision: 'not_a_match' }, { 'if-match': '"1"' })).body.version).toBe(2);
  });

  it('answers 412 with the current checklist when stale, 400 on an unknown answer or item', async () => {
    const stale = await coach.put(url(), { answers }, { 'if-match': '"0"' });
    expect(stale).toBeProblem(412, 'stale_version');
    expect(stale.body.current).toMatchObject({ version: 2, decision: 'not_a_match' });
    const unknownAnswer = await coach.put(url(), { answers: { tasks: { answer: 'maybe' } } }, { 'if-match': '"2"' });
    expect(unknownAnswer).toBeProblem(400, 'validation');
    expect(unknownAnswer.body.errors[0].path).toBe('answers.tasks.answer');
    expect(await coach.put(url(), { answers: { salary: { answer: 'yes' } } }, { 'if-match': '"2"' })).toBeProblem(400, 'validation');
    expect(await coach.put(url(), { decision: 'hired' }, { 'if-match': '"2"' })).toBeProblem(400, 'validation');
  });

  it("is not there for another organisation's vacancy, nor for anyone outside the client's coaching team", async () => {
    const foreign = `/api/vacancies/${ids.foreignVacancy}/matches/${ids.client}/checklist`;
    expect(await coach.get(foreign)).toBeProblem(404, 'not_found');
    expect(await coach.put(foreign, { answers }, { 'if-match': '"0"' })).toBeProblem(404, 'not_found');
    expect(await coach2.get(url())).toBeProblem(404, 'not_found');
    expect(await coach2.put(url(), { answers }, { 'if-match': '"2"' })).toBeProblem(404, 'not_found');
    // the linked employer may read the vacancy itself, but not a checklist about a client
    const linkedVacancy = (await t.db.selectFrom('vacancies as v').innerJoin('employers as e', 'e.id', 'v.employer_id')
      .select('v.id').where('e.linked_organisation_id', '=', await organisationId(t, 'Groenhof Supermarkten')).executeTakeFirst())?.id ?? ids.vacancy;
    expect(await hr.get(`/api/vacancies/${linkedVacancy}/matches/${ids.client}/checklist`)).toBeProblem(404, 'not_found');
    expect(await partner.get(url())).toBeProblem(404, 'not_found');
    expect(await hr.put(url(), { answers }, { 'if-match': '"2"' })).toBeProblem(403, 'forbidden');
    expect(await t.db.selectFrom('match_checklists').select('version').where('vacancy_id', '=', ids.otherEmployerVacancy).executeTakeFirstOrThrow()).toEqual({ version: 2 });
    expect(await t.db.selectFrom('match_checklists').select('id').where('vacancy_id', '=', ids.foreignVacancy).execute()).toEqual([]);
  });
});
