import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { auditRows, organisationId, userId } from '../../../test/helpers.ts';

let t: TestApp;
let coach: TestClient;
let clientId = '';
const COACH = 'coach@coaching.passend.test';
const HR = 'hr@employer.passend.test';

/** A client of Jonas's in Gent, without a capacity profile or availability yet. */
async function makeClient(): Promise<string> {
  const org = await organisationId(t, 'Jobcoaching Schelde');
  const { id } = await t.db.insertInto('clients')
    .values({ organisation_id: org, given_name: 'Ruben', family_name: 'Capaciteit', postcode: '9000', city: 'Gent', next_of_kin: '{}', professional_network: '{}' })
    .returning('id').executeTakeFirstOrThrow();
  await t.db.insertInto('client_assignments').values({ organisation_id: org, client_id: id, user_id: await userId(t, COACH), kind: 'responsible' }).execute();
  return id;
}

/** A consent of the client for Groenhof Supermarkten, in force since yesterday. */
async function consentForEmployer(categories: string[]) {
  await t.db.insertInto('consents').values({
    organisation_id: await organisationId(t, 'Jobcoaching Schelde'),
    client_id: clientId,
    recipient_organisation_id: await organisationId(t, 'Groenhof Supermarkten'),
    categories,
    purpose: 'job_finding',
    valid_from: sql<string>`current_date - 1`,
    method: 'written',
    recorded_by: await userId(t, COACH),
  }).execute();
}

const profileUrl = () => `/api/clients/${clientId}/capacity-profile`;
const availabilityUrl = () => `/api/clients/${clientId}/availability`;

function capacity(overrides: Record<string, unknown> = {}) {
  return {
    assessedOn: '2025-03-04',
    scores: { lifting: 3, standing: 4, reading: 2, punctuality: 5 },
    notes: { reading: 'Korte teksten met pictogrammen', standing: '' },
    gapClosers: { reading: 'adaptation' },
    otherNotes: 'Samen met Ruben ingevuld.',
    starr: [{ item: 'punctuality', situation: 'Stage bij de bakker', task: 'Om 6 uur beginnen', action: 'Wekker en fietsroute', result: 'Nooit te laat', reflection: '' }],
    ...overrides,
  };
}

function availability(overrides: Record<string, unknown> = {}) {
  return {
    maxHoursPerWeek: 24.5, days: ['mon', 'tue', 'thu'], shifts: ['early', 'day'], contracts: ['permanent', 'ibo_training'],
    excludedEnvironment: ['noisy', 'night_work'], preferredEnvironment: ['quiet', 'indoor'], note: 'Woensdag zwemles met zijn dochter.',
    ...overrides,
  };
}

const versionRows = async () => Number((await t.db.selectFrom('capacity_profile_versions').select((eb) => eb.fn.countAll().as('n')).where('client_id', '=', clientId).executeTakeFirstOrThrow()).n);
const state = async () => ({
  versions: await t.db.selectFrom('capacity_profile_versions').selectAll().where('client_id', '=', clientId).orderBy('number').execute(),
  availability: await t.db.selectFrom('client_availability').selectAll().where('client_id', '=', clientId).executeTakeFirst(),
});

beforeAll(async () => {
  t = await createTestApp();
  coach = await t.as(COACH);
  clientId = await makeClient();
});
afterAll(async () => { await t.close(); });

describe('the capacity profile', () => {
  it('is empty at version 0 before the first save', async () => {
    const res = await coach.get(profileUrl());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      clientId, version: 0, assessedOn: null, scores: {}, notes: {}, gapClosers: {}, otherNotes: '', starr: [], updatedAt: null, updatedBy: null,
    });
    expect((await coach.get(`${profileUrl()}/versions`)).body).toEqual({ items: [] });
  });

  it('needs If-Match', async () => {
    expect(await coach.put(profileUrl(), capacity())).toBeProblem(428, 'precondition_required');
  });

  it('saves version 1 with "0", audited with the count of scored items and never the scores', async () => {
    const res = await coach.put(profileUrl(), capacity(), { 'if-match': '"0"' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      clientId, version: 1, assessedOn: '2025-03-04', scores: { lifting: 3, standing: 4, reading: 2, punctuality: 5 },
      // an empty note is no note
      notes: { reading: 'Korte teksten met pictogrammen' }, gapClosers: { reading: 'adaptation' },
      updatedBy: { id: await userId(t, COACH), name: 'Jonas Peeters' },
    });
    expect(res.body.starr).toEqual([{ item: 'punctuality', situation: 'Stage bij de bakker', task: 'Om 6 uur beginnen', action: 'Wekker en fietsroute', result: 'Nooit te laat', reflection: '' }]);
    expect((await coach.get(profileUrl())).body).toEqual(res.body);
    const [row] = await auditRows(t, 'capacity_profile.saved');
    expect(row).toMatchObject({
      entity: 'client', entity_id: clientId, actor_user_id: await userId(t, COACH), organisation_id: await organisationId(t, 'Jobcoaching Schelde'),
      details: { version: 1, scored: 4 },
    });
    expect(JSON.stringify(row!.details)).not.toMatch(/pictogram|adaptation/);
  });

  it('adds version 2 on the current version; a stale version gets 412 with the current profile and saves nothing', async () => {
    const second = await coach.put(profileUrl(), capacity({ assessedOn: '2025-04-01', scores: { lifting: 4, reading: 3 }, gapClosers: {} }), { 'if-match': '"1"' });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ version: 2, assessedOn: '2025-04-01', scores: { lifting: 4, reading: 3 }, gapClosers: {} });
    const stale = await coach.put(profileUrl(), capacity({ otherNotes: 'Overschreven' }), { 'if-match': '"1"' });
    expect(stale).toBeProblem(412, 'stale_version');
    expect(stale.body.current).toMatchObject({ version: 2, scores: { lifting: 4, reading: 3 } });
    expect(await coach.put(profileUrl(), capacity(), { 'if-match': '"0"' })).toBeProblem(412, 'stale_version');
    expect(await versionRows()).toBe(2);
  });

  it('lets the team lead save a version too', async () => {
    const lead = await t.as('teamlead@coaching.passend.test');
    const res = await lead.put(profileUrl(), capacity({ scores: { lifting: 4, reading: 3, teamwork: 4 } }), { 'if-match': '"2"' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 3, updatedBy: { name: 'Sofie Claes' } });
  });

  it.each([
    ['an unknown item', { scores: { lifting: 3, juggling: 4 } }, 'scores'],
    ['a score of 6', { scores: { lifting: 6 } }, 'scores.lifting'],
    ['a score of 0', { scores: { lifting: 0 } }, 'scores.lifting'],
    ['an unknown gap closer', { gapClosers: { reading: 'magic' } }, 'gapClosers.reading'],
    ['a gap closer on an unknown item', { gapClosers: { juggling: 'training' } }, 'gapClosers'],
    ['a note too long', { notes: { reading: 'x'.repeat(501) } }, 'notes.reading'],
    ['no assessment date', { assessedOn: undefined }, 'assessedOn'],
    ['a date that does not exist', { assessedOn: '2025-02-30' }, 'assessedOn'],
    ['a STARR example on an unknown item', { starr: [{ item: 'juggling' }] }, 'starr.0.item'],
    ['an unknown field', { score: { lifting: 3 } }, ''],
  ])('refuses %s with 400 and saves nothing', async (_name, change, path) => {
    const res = await coach.put(profileUrl(), capacity(change), { 'if-match': '"3"' });
    expect(res).toBeProblem(400, 'validation');
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await versionRows()).toBe(3);
  });

  it('lists every version newest first, with date, author and how much was scored', async () => {
    const res = await coach.get(`${profileUrl()}/versions`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((v: { version: number; assessedOn: string; savedBy: { name: string }; scored: number }) => [v.version, v.assessedOn, v.savedBy.name, v.scored]))
      .toEqual([[3, '2025-03-04', 'Sofie Claes', 3], [2, '2025-04-01', 'Jonas Peeters', 2], [1, '2025-03-04', 'Jonas Peeters', 4]]);
  });

  it('shows an older version as it was saved, and 404 for one that does not exist', async () => {
    const first = await coach.get(`${profileUrl()}/versions/1`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ clientId, version: 1, scores: { lifting: 3, standing: 4, reading: 2, punctuality: 5 }, gapClosers: { reading: 'adaptation' } });
    expect(await coach.get(`${profileUrl()}/versions/4`)).toBeProblem(404, 'not_found');
    expect(await coach.get(`${profileUrl()}/versions/0`)).toBeProblem(400, 'validation');
  });
});

describe('the availability', () => {
  it('is empty at version 0, with the home postcode located and no travel limit before the vocational profile states one', async () => {
    const res = await coach.get(availabilityUrl());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      clientId, version: 0, maxHoursPerWeek: null, days: [], shifts: [], contracts: [], excludedEnvironment: [], preferredEnvironment: [], note: '',
      home: { postcode: '9000', located: true }, maxTravelKm: null, updatedAt: null, updatedBy: null,
    });
  });

  it('saves with "0", shows the travel limit of the current vocational profile, and is audited', async () => {
    const profile = await coach.put(`/api/clients/${clientId}/vocational-profile`, { profile: { aspirations: { maxTravelKm: 12 } }, health: {}, benefits: {} }, { 'if-match': '"0"' });
    expect(profile.status).toBe(200);
    const res = await coach.put(availabilityUrl(), availability(), { 'if-match': '"0"' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ...availability(), version: 1, home: { postcode: '9000', located: true }, maxTravelKm: 12, updatedBy: { name: 'Jonas Peeters' } });
    expect((await coach.get(availabilityUrl())).body).toEqual(res.body);
    const [row] = await auditRows(t, 'availability.saved');
    expect(row).toMatchObject({ entity: 'client', entity_id: clientId, details: { version: 1 } });
  });

  it('says when the postcode is not one Passend can locate', async () => {
    await t.db.updateTable('clients').set({ postcode: '9999' }).where('id', '=', clientId).execute();
    expect((await coach.get(availabilityUrl())).body.home).toEqual({ postcode: '9999', located: false });
    await t.db.updateTable('clients').set({ postcode: '9000' }).where('id', '=', clientId).execute();
  });

  it('refuses a stale version with the current state', async () => {
    expect((await coach.put(availabilityUrl(), availability({ maxHoursPerWeek: 30 }), { 'if-match': '"1"' })).body.version).toBe(2);
    const stale = await coach.put(availabilityUrl(), availability({ maxHoursPerWeek: 10 }), { 'if-match': '"1"' });
    expect(stale).toBeProblem(412, 'stale_version');
    expect(stale.body.current).toMatchObject({ version: 2, maxHoursPerWeek: 30 });
    expect(await coach.put(availabilityUrl(), availability(), { 'if-match': '"0"' })).toBeProblem(412, 'stale_version');
  });

  it.each([
    ['an environment both excluded and preferred', { excludedEnvironment: ['noisy', 'cold'], preferredEnvironment: ['cold'] }, 'preferredEnvironment'],
    ['an unknown day', { days: ['mon', 'funday'] }, 'days.1'],
    ['a day twice', { days: ['mon', 'mon'] }, 'days'],
    ['an unknown shift', { shifts: ['siesta'] }, 'shifts.0'],
    ['an unknown contract kind', { contracts: ['freelance'] }, 'contracts.0'],
    ['an unknown environment', { preferredEnvironment: ['beach'] }, 'preferredEnvironment.0'],
    ['more hours than a week of work', { maxHoursPerWeek: 61 }, 'maxHoursPerWeek'],
    ['negative hours', { maxHoursPerWeek: -1 }, 'maxHoursPerWeek'],
    ['an unknown field', { travelKm: 20 }, ''],
  ])('refuses %s with 400 and saves nothing', async (_name, change, path) => {
    const before = await state();
    const res = await coach.put(availabilityUrl(), availability(change), { 'if-match': '"2"' });
    expect(res).toBeProblem(400, 'validation');
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await state()).toEqual(before);
  });

  it('clears with empty lists and null: not stated', async () => {
    const res = await coach.put(availabilityUrl(), {}, { 'if-match': '"2"' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 3, maxHoursPerWeek: null, days: [], shifts: [], contracts: [], excludedEnvironment: [], preferredEnvironment: [], note: '' });
    expect((await coach.put(availabilityUrl(), availability(), { 'if-match': '"3"' })).status).toBe(200);
  });
});

describe('what others see and may do', () => {
  let hr: TestClient;
  beforeAll(async () => { hr = await t.as(HR); });

  it('shows an employer nothing without a consent, even with a purpose', async () => {
    expect(await hr.get(`${profileUrl()}?purpose=job_finding`)).toBeProblem(404, 'not_found');
    expect(await hr.get(`${availabilityUrl()}?purpose=job_finding`)).toBeProblem(404, 'not_found');
  });

  it('shows an employer with a consent for the vocational profile both, for that purpose only, and the client sees the read in the access log', async () => {
    await consentForEmployer(['vocational_profile']);
    const profile = await hr.get(`${profileUrl()}?purpose=job_finding`);
    expect(profile.status).toBe(200);
    expect(profile.body.version).toBe(3);
    const [read] = await auditRows(t, 'client.read');
    expect(read).toMatchObject({ entity_id: clientId, actor_user_id: await userId(t, HR), details: { categories: ['vocational_profile'], purpose: 'job_finding', relation: 'recipient' } });
    expect((await hr.get(`${profileUrl()}/versions?purpose=job_finding`)).body.items).toHaveLength(3);
    expect((await hr.get(`${profileUrl()}/versions/1?purpose=job_finding`)).body.scores).toMatchObject({ punctuality: 5 });
    // The postcode is identity data: without that category only whether the home is known.
    const avail = await hr.get(`${availabilityUrl()}?purpose=job_finding`);
    expect(avail.status).toBe(200);
    expect(avail.body).toMatchObject({ maxHoursPerWeek: 24.5, home: { postcode: '', located: true }, maxTravelKm: 12 });
    const log = await coach.get(`/api/clients/${clientId}/access-log`);
    expect(log.body.items.filter((i: { who: { id: string } }) => i.who.id === read!.actor_user_id)).toHaveLength(4);
    expect(await hr.get(profileUrl())).toBeProblem(404, 'not_found');
    expect(await hr.get(`${profileUrl()}?purpose=job_support`)).toBeProblem(404, 'not_found');
  });

  it('shows the postcode with a consent for identity as well', async () => {
    await consentForEmployer(['identity']);
    expect((await hr.get(`${availabilityUrl()}?purpose=job_finding`)).body.home).toEqual({ postcode: '9000', located: true });
  });

  it('never lets an employer save, even with a consent', async () => {
    const before = await state();
    expect(await hr.put(profileUrl(), capacity(), { 'if-match': '"3"' })).toBeProblem(403, 'forbidden');
    expect(await hr.put(availabilityUrl(), availability(), { 'if-match': '"4"' })).toBeProblem(403, 'forbidden');
    expect(await state()).toEqual(before);
  });

  it.each([
    ['a coach who is not assigned', 'coach2@coaching.passend.test', [404, 'not_found']],
    ["another organisation's coach", 'coach@partner.passend.test', [403, 'forbidden']],
    ['another client', 'client@client.passend.test', [403, 'forbidden']],
  ] as const)('answers 404 to %s for reading, refuses saving, and nothing changes', async (_who, email, [status, code]) => {
    const outsider = await t.as(email);
    const before = await state();
    expect(await outsider.get(`${profileUrl()}?purpose=job_finding`)).toBeProblem(404, 'not_found');
    expect(await outsider.get(`${profileUrl()}/versions`)).toBeProblem(404, 'not_found');
    expect(await outsider.get(`${profileUrl()}/versions/1`)).toBeProblem(404, 'not_found');
    expect(await outsider.get(availabilityUrl())).toBeProblem(404, 'not_found');
    expect(await outsider.put(profileUrl(), capacity(), { 'if-match': '"3"' })).toBeProblem(status, code);
    expect(await outsider.put(availabilityUrl(), availability(), { 'if-match': '"4"' })).toBeProblem(status, code);
    expect(await state()).toEqual(before);
  });

  it('lets a client read their own, not save it', async () => {
    const karim = await t.as('client@client.passend.test');
    const own = (await t.db.selectFrom('clients as c').innerJoin('users as u', 'u.id', 'c.user_id').select('c.id').where('u.email', '=', 'client@client.passend.test').executeTakeFirstOrThrow()).id;
    expect((await karim.get(`/api/clients/${own}/capacity-profile`)).status).toBe(200);
    expect((await karim.get(`/api/clients/${own}/availability`)).status).toBe(200);
    expect(await karim.put(`/api/clients/${own}/availability`, availability(), { 'if-match': '"0"' })).toBeProblem(403, 'forbidden');
  });

  it('answers 404 for a client that does not exist', async () => {
    expect(await coach.get('/api/clients/00000000-0000-4000-8000-000000000000/capacity-profile')).toBeProblem(404, 'not_found');
    expect(await coach.put('/api/clients/00000000-0000-4000-8000-000000000000/availability', availability(), { 'if-match': '"0"' })).toBeProblem(404, 'not_found');
  });
});
