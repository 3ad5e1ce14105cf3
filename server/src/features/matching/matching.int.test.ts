import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { consent, newClient } from '../../../test/clients.ts';
import { auditRows, organisationId, userId } from '../../../test/helpers.ts';
import { candidateCache } from './matching.cache.ts';
import { DEFAULT_MATCH_WEIGHTS } from './score.ts';

/**
 * Matching wired to PostgreSQL and the API: a small world built by hand (the worked example of
 * docs/matching.md), ranked through GET /api/vacancies/{id}/matches.
 */

let t: TestApp;
let org = '';
/** Two coaches of Jobcoaching Schelde outside any team: each sees only the clients they made. */
let ward: TestClient;
let other: TestClient;
let hr: TestClient;
let admin: TestClient;
const SCHAPPENVULLER = 'http://data.europa.eu/esco/occupation/d35f9e79-5778-43b4-8667-0e3ba1fcb19a'; // 9334.1
const ids = { vacancy: '', a: '', b: '', c: '', d: '', e: '', f: '' };
type Result = {
  rank: number; score: number; components: Record<string, number>; client: { id: string; name: string; phase: number };
  reasons: { code: string; [k: string]: unknown }[]; checklist: unknown;
};

/** Setup steps must succeed: a failed one stops the file with its answer. */
function ok(res: { status: number; body: unknown }, status = 200) {
  if (res.status !== status) throw new Error(`setup failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
}

async function newCoach(email: string, name: string): Promise<TestClient> {
  const { password_hash } = await t.db.selectFrom('users').select('password_hash').where('email', '=', 'coach@coaching.passend.test').executeTakeFirstOrThrow();
  const u = await t.db.insertInto('users').values({ organisation_id: org, email, name, password_hash, status: 'active' }).returning('id').executeTakeFirstOrThrow();
  await t.db.insertInto('user_roles').values({ organisation_id: org, user_id: u.id, role: 'coach', branch_id: null }).execute();
  return t.as(email);
}

interface Made {
  name: string;
  phase?: number;
  scores: Record<string, number>;
  closers?: Record<string, string>;
  availability?: { max?: number; contracts?: string[]; preferred?: string[] };
  desiredCodes?: string[];
  desiredTasks?: string;
}

/** A client of `coach` in phase 3 (default), living in Gent (9000), with a profile written straight to the tables. */
async function candidate(coach: TestClient, by: string, m: Made): Promise<string> {
  const [givenName, familyName] = m.name.split(' ');
  const id = await newClient(coach, { givenName, familyName, postcode: '9000' });
  await t.db.updateTable('trajectories').set({ phase: m.phase ?? 3 }).where('client_id', '=', id).execute();
  await t.db.insertInto('capacity_profile_versions').values({
    organisation_id: org, client_id: id, number: 1, assessed_on: '2026-11-01', scores: JSON.stringify(m.scores), notes: '{}',
    gap_closers: JSON.stringify(m.closers ?? {}), starr: '[]', saved_by: by,
  }).execute();
  if (m.availability) {
    await t.db.insertInto('client_availability').values({
      organisation_id: org, client_id: id, max_hours_per_week: m.availability.max ?? null, contracts: m.availability.contracts ?? [],
      preferred_environment: m.availability.preferred ?? [], updated_by: by,
    }).execute();
  }
  const aspirations = {
    desiredJobs: (m.desiredCodes ?? []).map((code) => ({ occupation: { uri: `urn:test:${code}`, code, preferredLabel: code }, note: '' })),
    desiredTasks: m.desiredTasks ?? '', maxTravelKm: 20,
  };
  await t.db.insertInto('vocational_profiles').values({ organisation_id: org, client_id: id, version: 1, updated_by: by }).execute();
  await t.db.insertInto('vocational_profile_versions').values({ organisation_id: org, client_id: id, version: 1, saved_by: by, content: JSON.stringify({ aspirations }) }).execute();
  return id;
}

const matches = (c: TestClient, query = '') => c.get(`/api/vacancies/${ids.vacancy}/matches${query}`);
const order = (body: { results: Result[] }) => body.results.map((r) => [r.client.name, r.score]);
const shownIds = (body: { results: Result[]; excluded: { client: { id: string } }[] }) => [...body.results.map((r) => r.client.id), ...body.excluded.map((e) => e.client.id)];

beforeAll(async () => {
  t = await createTestApp();
  org = await organisationId(t, 'Jobcoaching Schelde');
  ward = await newCoach('ward@coaching.passend.test', 'Ward Matching');
  other = await newCoach('other@coaching.passend.test', 'Olga Matching');
  hr = await t.as('hr@employer.passend.test');
  admin = await t.as('admin@coaching.passend.test');
  const by = await userId(t, 'ward@coaching.passend.test');

  // The vacancy of the worked example, at Groenhof Gent-Zuid (a site with coordinates).
  const employer = await t.db.selectFrom('employers').select('id').where('organisation_id', '=', org)
    .where('linked_organisation_id', '=', await organisationId(t, 'Groenhof Supermarkten')).executeTakeFirstOrThrow();
  const site = await t.db.selectFrom('employer_sites').select('id').where('employer_id', '=', employer.id).where('name', '=', 'Gent-Zuid').executeTakeFirstOrThrow();
  const created = ok(await ward.post('/api/vacancies', {
    employerId: employer.id, siteId: site.id, title: 'Schappenvuller (matching)', occupation: { uri: SCHAPPENVULLER }, hoursPerWeek: 30,
    scheduleDays: ['mon', 'tue', 'wed', 'thu', 'fri'], shifts: ['day'], contractKind: 'fixed_term', environmentTags: ['indoor', 'standing_all_day'],
  }), 201);
  ids.vacancy = (created.body as { id: string }).id;
  ok(await ward.put(`/api/vacancies/${ids.vacancy}/job-analysis`, { tasks: [{ task: 'Vakken vullen' }, { task: 'Kassa' }] }, { 'if-match': '"0"' }));
  ok(await ward.put(`/api/vacancies/${ids.vacancy}/competence-profile`, { scores: { lifting: 4, accuracy: 3, punctuality: 2 } }, { 'if-match': '"0"' }));

  ids.a = await candidate(ward, by, {
    name: 'Anna Alles', scores: { lifting: 4, accuracy: 3, punctuality: 2 }, availability: { preferred: ['indoor'] }, desiredCodes: ['9334.1'], desiredTasks: 'kassa',
  });
  ids.b = await candidate(ward, by, { name: 'Bram Bijna', scores: { lifting: 2, accuracy: 3, punctuality: 2 }, desiredCodes: ['9333.1'] });
  ids.c = await candidate(ward, by, {
    name: 'Chris Closable', scores: { lifting: 2, accuracy: 2, punctuality: 3 }, closers: { lifting: 'adaptation', accuracy: 'training' },
    desiredCodes: ['9334.2'], desiredTasks: 'Kassa en vakken vullen.',
  });
  ids.d = await candidate(ward, by, { name: 'Dina Deeltijds', scores: { lifting: 4, accuracy: 3, punctuality: 2 }, availability: { max: 24 } });
  ids.e = await candidate(ward, by, { name: 'Eva Eenvast', scores: { lifting: 3, accuracy: 3, punctuality: 3 }, availability: { contracts: ['permanent'] } });
  // Olga's client, the best fit of all: never in Ward's ranking.
  ids.f = await candidate(other, await userId(t, 'other@coaching.passend.test'), {
    name: 'Fien Fantastisch', scores: { lifting: 5, accuracy: 5, punctuality: 5 }, availability: { preferred: ['indoor'] }, desiredCodes: ['9334.1'], desiredTasks: 'kassa; vakken vullen',
  });
});
afterAll(async () => { await t.close(); });

describe('GET /api/vacancies/{id}/matches for the coaching team', () => {
  it('ranks the worked example: order, scores, reasons, exclusions and the weights used', async () => {
    const res = await matches(ward);
    expect(res.status).toBe(200);
    expect(order(res.body)).toEqual([['Anna Alles', 94], ['Chris Closable', 71], ['Bram Bijna', 43], ['Eva Eenvast', 40]]);
    expect(res.body).toMatchObject({ vacancy: { id: ids.vacancy, title: 'Schappenvuller (matching)' }, considered: 5, excludedCount: 1, weights: DEFAULT_MATCH_WEIGHTS });
    expect(res.body.excludedBy).toEqual({ hours: 1, schedule: 0, distance: 0, contract: 0, environment: 0 });
    expect(res.body.excluded).toEqual([{
      client: { id: ids.d, name: 'Dina Deeltijds', phase: 3 },
      reasons: [
        { code: 'conflict', constraint: 'hours', effect: 'exclude', points: 0, hoursPerWeek: 30, maxHoursPerWeek: 24 },
        // Home is the centre of 9000 Gent, the work place Groenhof Gent-Zuid's coordinates.
        { code: 'distance', km: 1.3, maxKm: 20 },
        { code: 'not_stated', constraint: 'schedule' },
      ],
    }]);
    const c = (res.body.results as Result[]).find((r) => r.client.id === ids.c)!;
    expect(c).toMatchObject({ rank: 2, client: { name: 'Chris Closable', phase: 3 }, checklist: null });
    expect(c.components).toEqual({ competence: 45, significantGaps: 0, occupation: 14, tasks: 12, environment: 0, flags: 0 });
    expect(c.reasons).toEqual(expect.arrayContaining([
      { code: 'gap', item: 'lifting', required: 4, capacity: 2, shortfall: 2, significant: true, closableBy: 'adaptation' },
      { code: 'gap', item: 'accuracy', required: 3, capacity: 2, shortfall: 1, significant: false, closableBy: 'training' },
      { code: 'occupation', level: 'isco4', desiredCode: '9334.2', vacancyCode: '9334.1', points: 14 },
      { code: 'tasks', matched: ['kassa', 'vakken vullen'], total: 2, points: 12 },
    ]));
    expect(c.reasons).toContainEqual({ code: 'distance', km: 1.3, maxKm: 20 });
    const e = (res.body.results as Result[]).find((r) => r.client.id === ids.e)!;
    expect(e.reasons[0]).toMatchObject({ code: 'conflict', constraint: 'contract', effect: 'flag', points: -10 });
  });

  it('never scores, counts or lists a client of another coach', async () => {
    const res = await matches(ward, '?limit=100');
    expect(shownIds(res.body)).not.toContain(ids.f);
    expect(res.body.considered).toBe(5);
    const olga = await matches(other);
    expect(order(olga.body)).toEqual([['Fien Fantastisch', 100]]);
    expect(olga.body).toMatchObject({ considered: 1, excludedCount: 0, excluded: [] });
  });

  it('honours limit, and refuses one out of bounds', async () => {
    expect(order((await matches(ward, '?limit=2')).body)).toEqual([['Anna Alles', 94], ['Chris Closable', 71]]);
    for (const bad of ['0', '101', 'ten', '2.5']) expect(await matches(ward, `?limit=${bad}`)).toBeProblem(400, 'validation');
  });

  it('reflects a change to a capacity profile in the very next ranking, and rebuilds only then', async () => {
    await matches(ward);
    const builds = candidateCache.builds;
    await matches(ward);
    expect(candidateCache.builds).toBe(builds);
    const saved = await ward.put(`/api/clients/${ids.b}/capacity-profile`, { assessedOn: '2026-11-20', scores: { lifting: 4, accuracy: 3, punctuality: 2 } }, { 'if-match': '"1"' });
    expect(saved.status).toBe(200);
    expect(order((await matches(ward)).body)).toEqual([['Anna Alles', 94], ['Chris Closable', 71], ['Bram Bijna', 68], ['Eva Eenvast', 40]]);
    expect(candidateCache.builds).toBe(builds + 1);
  });

  it('ranks only clients with an open trajectory in phase 3 or 4', async () => {
    await t.db.updateTable('trajectories').set({ phase: 2 }).where('client_id', '=', ids.e).execute();
    await t.db.updateTable('trajectories').set({ status: 'closed', closed_at: new Date(), outcome: 'stopped' }).where('client_id', '=', ids.c).execute();
    let res = await matches(ward);
    expect(order(res.body)).toEqual([['Anna Alles', 94], ['Bram Bijna', 68]]);
    expect(res.body.considered).toBe(3);
    await t.db.updateTable('trajectories').set({ phase: 4 }).where('client_id', '=', ids.e).execute();
    await t.db.updateTable('trajectories').set({ status: 'open', closed_at: null, outcome: null }).where('client_id', '=', ids.c).execute();
    res = await matches(ward);
    expect(order(res.body)).toEqual([['Anna Alles', 94], ['Chris Closable', 71], ['Bram Bijna', 68], ['Eva Eenvast', 40]]);
    expect(res.body.results.find((r: Result) => r.client.id === ids.e).client.phase).toBe(4);
  });

  it('shows the job-match checklist of a pair when there is one', async () => {
    await t.db.insertInto('match_checklists').values({
      organisation_id: org, vacancy_id: ids.vacancy, client_id: ids.a, answers: '{}', decision: 'propose', updated_by: await userId(t, 'ward@coaching.passend.test'),
    }).execute();
    const res = await matches(ward);
    expect(res.body.results[0]).toMatchObject({ client: { id: ids.a }, checklist: { decision: 'propose', updatedAt: expect.any(String) } });
    expect(res.body.results[1].checklist).toBeNull();
  });

  it('is not found for a vacancy the caller may not see', async () => {
    expect(await (await t.as('coach@partner.passend.test')).get(`/api/vacancies/${ids.vacancy}/matches`)).toBeProblem(404, 'not_found');
    expect(await ward.get('/api/vacancies/00000000-0000-4000-8000-000000000000/matches')).toBeProblem(404, 'not_found');
  });
});

describe('GET /api/vacancies/{id}/matches for an employer: consent decides', () => {
  const proposable = ['identity', 'vocational_profile'] as const;

  it('an employer never sees a candidate without consent', async () => {
    const before = (await matches(hr, '?limit=100')).body;
    expect(before.results.every((r: Result) => r.checklist === null)).toBe(true);
    for (const id of Object.values(ids)) expect(shownIds(before)).not.toContain(id);
    const baseline = before.considered;

    // Another purpose, or without the vocational profile: still nobody.
    await consent(t, ids.c, 'Groenhof Supermarkten', [...proposable], 'referral');
    await consent(t, ids.b, 'Groenhof Supermarkten', ['identity'], 'job_finding');
    await consent(t, ids.e, 'Groenhof Supermarkten', [...proposable], 'job_finding', 'expired');
    let res = await matches(hr, '?limit=100');
    expect(res.body.considered).toBe(baseline);
    for (const id of Object.values(ids)) expect(shownIds(res.body)).not.toContain(id);

    // Identity and the vocational profile for job finding: Anna may be proposed to Groenhof.
    const given = await consent(t, ids.a, 'Groenhof Supermarkten', [...proposable], 'job_finding');
    res = await matches(hr, '?limit=100');
    expect(res.body.considered).toBe(baseline + 1);
    const anna = (res.body.results as Result[]).find((r) => r.client.id === ids.a);
    expect(anna).toMatchObject({ score: 94, client: { name: 'Anna Alles', phase: 3 }, checklist: null });
    for (const id of [ids.b, ids.c, ids.d, ids.e, ids.f]) expect(shownIds(res.body)).not.toContain(id);

    // Withdrawn: gone on the next request.
    await t.db.updateTable('consents').set({ withdrawn_at: new Date(), withdrawn_by: await userId(t, 'ward@coaching.passend.test') }).where('id', '=', given).execute();
    res = await matches(hr, '?limit=100');
    expect(res.body.considered).toBe(baseline);
    expect(shownIds(res.body)).not.toContain(ids.a);
  });

  it('records every candidate shown to an employer as a read of the client, for job finding', async () => {
    await consent(t, ids.a, 'Groenhof Supermarkten', [...proposable], 'job_finding');
    await consent(t, ids.d, 'Groenhof Supermarkten', [...proposable], 'job_finding');
    const last = (await auditRows(t, 'client.read'))[0]?.id ?? 0;
    const res = await matches(hr, '?limit=100');
    expect(shownIds(res.body)).toEqual(expect.arrayContaining([ids.a, ids.d]));
    expect(res.body.excluded.map((x: { client: { id: string } }) => x.client.id)).toContain(ids.d);
    const rows = (await auditRows(t, 'client.read')).filter((r) => r.id > last);
    const hrId = await userId(t, 'hr@employer.passend.test');
    expect(rows.map((r) => r.entity_id).toSorted()).toEqual(shownIds(res.body).toSorted());
    for (const row of rows.filter((r) => r.entity_id === ids.a || r.entity_id === ids.d)) {
      expect(row).toMatchObject({
        actor_user_id: hrId, organisation_id: await organisationId(t, 'Groenhof Supermarkten'), entity: 'client',
        details: { categories: ['identity', 'vocational_profile'], purpose: 'job_finding', relation: 'recipient', vacancyId: ids.vacancy },
      });
    }
    // The client sees it in their access log: the same rows the dossier's "who saw what" reads.
    const count = await t.db.selectFrom('audit_log').select(sql<number>`count(*)::int`.as('n'))
      .where('entity_id', '=', ids.a).where('action', '=', 'client.read').where('actor_user_id', '=', hrId).executeTakeFirstOrThrow();
    expect(count.n).toBeGreaterThanOrEqual(1);
    // The coach's own ranking is not a read to audit.
    const before = (await auditRows(t, 'client.read')).length;
    await matches(ward);
    expect((await auditRows(t, 'client.read')).length).toBe(before);
  });
});

describe('GET /api/clients/{id}/matches', () => {
  it('ranks the open vacancies for a client of the caller, with vacancy refs', async () => {
    const res = await ward.get(`/api/clients/${ids.a}/matches?limit=100`);
    expect(res.status).toBe(200);
    expect(res.body.client).toEqual({ id: ids.a, name: 'Anna Alles', phase: 3 });
    const mine = res.body.results.find((r: { vacancy: { id: string } }) => r.vacancy.id === ids.vacancy);
    expect(mine).toMatchObject({ score: 94, vacancy: { title: 'Schappenvuller (matching)', employer: { name: 'Groenhof Supermarkten' }, city: 'Gent', status: 'open' } });
    expect(res.body.weights).toEqual(DEFAULT_MATCH_WEIGHTS);
    // A filled vacancy is not ranked.
    await t.db.updateTable('vacancies').set({ status: 'filled' }).where('id', '=', ids.vacancy).execute();
    const filled = await ward.get(`/api/clients/${ids.a}/matches?limit=100`);
    expect(filled.body.results.map((r: { vacancy: { id: string } }) => r.vacancy.id)).not.toContain(ids.vacancy);
    await t.db.updateTable('vacancies').set({ status: 'open' }).where('id', '=', ids.vacancy).execute();
  });

  it("is not found for anyone outside the client's coaching team", async () => {
    expect(await other.get(`/api/clients/${ids.a}/matches`)).toBeProblem(404, 'not_found');
    expect(await hr.get(`/api/clients/${ids.a}/matches`)).toBeProblem(404, 'not_found');
    expect(await ward.get(`/api/clients/${ids.a}/matches?limit=0`)).toBeProblem(400, 'validation');
  });
});

describe('/api/matching/weights', () => {
  it('answers the defaults at version 0, for everyone ranking', async () => {
    const res = await ward.get('/api/matching/weights');
    expect(res.body).toEqual({ weights: DEFAULT_MATCH_WEIGHTS, defaults: DEFAULT_MATCH_WEIGHTS, version: 0, updatedAt: null, updatedBy: null });
  });

  it('changes the order and the weights every ranking answers; audited; back to the defaults', async () => {
    const weights = { ...DEFAULT_MATCH_WEIGHTS, competence: 0, tasks: 100 };
    expect(await ward.put('/api/matching/weights', weights, { 'if-match': '"0"' })).toBeProblem(403, 'forbidden');
    expect(await admin.put('/api/matching/weights', weights)).toBeProblem(428, 'precondition_required');
    const saved = await admin.put('/api/matching/weights', weights, { 'if-match': '"0"' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ weights, version: 1, updatedBy: { name: 'An Wouters' } });
    expect((await auditRows(t, 'matching.weights_saved'))[0]).toMatchObject({ entity: 'organisation', entity_id: org, details: { version: 1 } });

    // Chris desires both tasks (100), Anna one (50) and the occupation (20) and indoor (8); Bram only the group (8).
    const res = await matches(ward);
    expect(order(res.body)).toEqual([['Chris Closable', 114], ['Anna Alles', 78], ['Bram Bijna', 8], ['Eva Eenvast', -10]]);
    expect(res.body.weights).toEqual(weights);
    expect((await ward.get(`/api/clients/${ids.a}/matches`)).body.weights).toEqual(weights);

    expect(await admin.put('/api/matching/weights', DEFAULT_MATCH_WEIGHTS, { 'if-match': '"0"' })).toBeProblem(412, 'stale_version');
    expect(await admin.delete('/api/matching/weights', { 'if-match': '"7"' })).toBeProblem(412, 'stale_version');
    const reset = await admin.delete('/api/matching/weights', { 'if-match': '"1"' });
    expect(reset.body).toMatchObject({ weights: DEFAULT_MATCH_WEIGHTS, version: 0, updatedBy: null });
    expect((await auditRows(t, 'matching.weights_reset'))[0]).toMatchObject({ entity: 'organisation', entity_id: org });
    expect(order((await matches(ward)).body)[0]).toEqual(['Anna Alles', 94]);
  });

  it('refuses weights out of range or incomplete with 400 and the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...DEFAULT_MATCH_WEIGHTS, competence: 5000 }, 'competence'],
      [{ ...DEFAULT_MATCH_WEIGHTS, closableCredit: 1.5 }, 'closableCredit'],
      [{ ...DEFAULT_MATCH_WEIGHTS, occupation: { ...DEFAULT_MATCH_WEIGHTS.occupation, exact: -1 } }, 'occupation.exact'],
      [{ ...DEFAULT_MATCH_WEIGHTS, constraints: { ...DEFAULT_MATCH_WEIGHTS.constraints, hours: 'ignore' } }, 'constraints.hours'],
      [{ ...DEFAULT_MATCH_WEIGHTS, flagPenalty: undefined }, 'flagPenalty'],
    ];
    for (const [body, path] of cases) {
      const res = await admin.put('/api/matching/weights', body, { 'if-match': '"0"' });
      expect(res).toBeProblem(400, 'validation');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect((await admin.get('/api/matching/weights')).body.version).toBe(0);
  });
});
