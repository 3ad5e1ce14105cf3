import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { auditRows, organisationId, userId } from '../../../test/helpers.ts';

let t: TestApp;
let coach: TestClient;
let clientId = '';
const COACH = 'coach@coaching.passend.test';
const CLIENT_ACCOUNT = 'profiel.client@coaching.passend.test';
const INSPICIENT = 'http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34';
const KASSAMEDEWERKER = 'http://data.europa.eu/esco/occupation/2b871272-bd61-4206-bd1a-0b96d7023098';

/** A client of Jonas's (responsible coach), with an account of their own; Sofie leads a team with Jonas. */
async function makeClient(): Promise<string> {
  const org = await organisationId(t, 'Jobcoaching Schelde');
  const { password_hash } = await t.db.selectFrom('users').select('password_hash').where('email', '=', COACH).executeTakeFirstOrThrow();
  const { id: account } = await t.db.insertInto('users')
    .values({ organisation_id: org, email: CLIENT_ACCOUNT, name: 'Lotte Vermeersch', password_hash, status: 'active' })
    .returning('id').executeTakeFirstOrThrow();
  await t.db.insertInto('user_roles').values({ organisation_id: org, user_id: account, role: 'client', branch_id: null }).execute();
  const { id } = await t.db.insertInto('clients')
    .values({ organisation_id: org, user_id: account, given_name: 'Lotte', family_name: 'Vermeersch', next_of_kin: '{}', professional_network: '{}' })
    .returning('id').executeTakeFirstOrThrow();
  await t.db.insertInto('client_assignments').values({ organisation_id: org, client_id: id, user_id: await userId(t, COACH), kind: 'responsible' }).execute();
  const { id: team } = await t.db.insertInto('teams').values({ organisation_id: org, name: 'Team Profiel' }).returning('id').executeTakeFirstOrThrow();
  await t.db.insertInto('team_members').values([
    { organisation_id: org, team_id: team, user_id: await userId(t, 'teamlead@coaching.passend.test'), is_lead: true },
    { organisation_id: org, team_id: team, user_id: await userId(t, COACH), is_lead: false },
  ]).execute();
  return id;
}

/** A consent of the client for Groenhof Supermarkten; returns its id. */
async function consentForEmployer(categories: string[], purpose = 'job_finding'): Promise<string> {
  const { id } = await t.db.insertInto('consents').values({
    organisation_id: await organisationId(t, 'Jobcoaching Schelde'),
    client_id: clientId,
    recipient_organisation_id: await organisationId(t, 'Groenhof Supermarkten'),
    categories,
    purpose,
    valid_from: sql<string>`current_date - 1`,
    method: 'written',
    recorded_by: await userId(t, COACH),
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

const url = () => `/api/clients/${clientId}/vocational-profile`;

function fullProfile(overrides: { hobbies?: string } = {}) {
  return {
    profile: {
      personsToConsult: [{ name: 'Marc Vermeersch', relation: 'vader', organisation: '', phone: '+32 9 111 22 33' }],
      education: [{ date: '2014', school: 'KTA Gent', diploma: 'BSO Verkoop', grade: 'zesde jaar' }],
      training: [{ date: '2021-03', institution: 'VDAB', course: 'Kassatraining', diploma: 'attest' }],
      otherQualifications: [{ name: 'Rijbewijs B', obtained: '2016-05-02', details: '' }],
      workExperience: [{
        from: '2019-09', to: '2021-02', employer: 'Theater Gent', employerContact: 'Els, +32 9 000 00 00', jobTitle: 'toneelhulp',
        occupation: { uri: INSPICIENT }, mainTasks: 'Decor klaarzetten', reasonForLeaving: 'Einde contract',
      }],
      hobbies: overrides.hobbies ?? 'Fietsen en koken',
      aspirations: {
        expectations: 'Vast werk, vaste collega’s', idealCareer: 'Winkelbediende', desiredJobs: [{ occupation: { uri: KASSAMEDEWERKER }, note: 'in de buurt' }],
        desiredTasks: 'Rekken vullen, kassa', hoursAndShifts: 'Deeltijds, dagwerk', environment: 'Rustig, binnen', maxTravelKm: 15, transport: ['bicycle', 'public_transport'], other: '',
      },
      competences: { dailyLife: 'Zelfstandig met de tram', communication: 'Korte instructies', social: 'Vriendelijk', weeklyRoutine: 'Dinsdag zwemmen', other: '', additionalInformation: '' },
    },
    health: { description: 'Autismespectrumstoornis', impactOnWork: 'Vaste structuur, oordopjes', additionalSupport: 'Thuisbegeleiding via OCMW' },
    benefits: { rows: [{ kind: 'Inkomensvervangende tegemoetkoming', amount: 1123.45, frequency: 'monthly' }] },
  };
}
beforeAll(async () => {
  t = await createTestApp();
  coach = await t.as(COACH);
  clientId = await makeClient();
});
afterAll(async () => { await t.close(); });

const versionRows = async () => Number((await t.db.selectFrom('vocational_profile_versions').select((eb) => eb.fn.countAll().as('n')).where('client_id', '=', clientId).executeTakeFirstOrThrow()).n);
const head = () => t.db.selectFrom('vocational_profiles').selectAll().where('client_id', '=', clientId).executeTakeFirst();

describe('saving the vocational profile', () => {
  it('is empty at version 0 before the first save', async () => {
    const res = await coach.get(url());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ clientId, version: 0, updatedAt: null, updatedBy: null, categories: ['vocational_profile', 'health', 'benefits'] });
    expect(res.body.profile.education).toEqual([]);
    expect(res.body.health).toEqual({ description: '', impactOnWork: '', additionalSupport: '' });
    expect(res.body.benefits).toEqual({ rows: [] });
  });

  it('needs If-Match', async () => {
    expect(await coach.put(url(), fullProfile())).toBeProblem(428, 'precondition_required');
  });

  it('saves every section as version 1, coding jobs with ESCO, audited without the values', async () => {
    const res = await coach.put(url(), fullProfile(), { 'if-match': '"0"' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 1, updatedBy: { id: await userId(t, COACH), name: 'Jonas Peeters' } });
    expect(res.body.profile.workExperience[0].occupation).toEqual({ uri: INSPICIENT, code: '2654.1.7', preferredLabel: 'inspiciënt' });
    expect(res.body.profile.aspirations.desiredJobs[0].occupation).toEqual({ uri: KASSAMEDEWERKER, code: '5230.1', preferredLabel: 'kassamedewerker' });
    expect(res.body.health.description).toBe('Autismespectrumstoornis');
    expect(res.body.benefits.rows).toEqual([{ kind: 'Inkomensvervangende tegemoetkoming', amount: 1123.45, frequency: 'monthly' }]);
    expect((await coach.get(url())).body).toEqual(res.body);
    const [row] = await auditRows(t, 'vocational_profile.saved');
    expect(row).toMatchObject({ entity: 'client', entity_id: clientId, details: { version: 1, categories: ['vocational_profile', 'health', 'benefits'] } });
    expect(JSON.stringify(row!.details)).not.toMatch(/Autisme|1123/);
  });

  it('lets the client save their own profile', async () => {
    const me = await t.as(CLIENT_ACCOUNT);
    const res = await me.put(url(), fullProfile({ hobbies: 'Fietsen, koken en tekenen' }), { 'if-match': '"1"' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, updatedBy: { name: 'Lotte Vermeersch' } });
  });

  it('refuses a stale version with the current state, and saves nothing', async () => {
    const res = await coach.put(url(), fullProfile({ hobbies: 'Overschreven' }), { 'if-match': '"1"' });
    expect(res).toBeProblem(412, 'stale_version');
    expect(res.body.current).toMatchObject({ version: 2, profile: { hobbies: 'Fietsen, koken en tekenen' } });
    expect(await versionRows()).toBe(2);
    expect(await coach.put(url(), fullProfile(), { 'if-match': '"0"' })).toBeProblem(412, 'stale_version');
  });

  it('lets the team lead save, as a new version', async () => {
    const lead = await t.as('teamlead@coaching.passend.test');
    const body = fullProfile({ hobbies: 'Fietsen, koken en tekenen' });
    body.health.impactOnWork = 'Vaste structuur, oordopjes, vaste werkplek';
    body.benefits.rows.push({ kind: 'Kinderbijslag', amount: 0, frequency: 'monthly' });
    const res = await lead.put(url(), body, { 'if-match': '"2"' });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(3);
  });

  it.each([
    ['an unknown ESCO occupation', (b: ReturnType<typeof fullProfile>) => { b.profile.aspirations.desiredJobs[0]!.occupation.uri = 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000000'; }, 'profile.aspirations.desiredJobs.0.occupation.uri'],
    ['something that is no ESCO URI', (b: ReturnType<typeof fullProfile>) => { b.profile.workExperience[0]!.occupation.uri = 'https://example.test/kok'; }, 'profile.workExperience.0.occupation.uri'],
    ['a negative amount', (b: ReturnType<typeof fullProfile>) => { b.benefits.rows[0]!.amount = -5; }, 'benefits.rows.0.amount'],
    ['an amount with three decimals', (b: ReturnType<typeof fullProfile>) => { b.benefits.rows[0]!.amount = 10.005; }, 'benefits.rows.0.amount'],
    ['a month that does not exist', (b: ReturnType<typeof fullProfile>) => { b.profile.education[0]!.date = '2014-13'; }, 'profile.education.0.date'],
    ['a job that ends before it starts', (b: ReturnType<typeof fullProfile>) => { b.profile.workExperience[0]!.to = '2018'; }, 'profile.workExperience.0.to'],
    ['a field too long', (b: ReturnType<typeof fullProfile>) => { b.health.description = 'x'.repeat(4001); }, 'health.description'],
    ['an unknown field', (b: ReturnType<typeof fullProfile>) => { Object.assign(b.profile.competences, { iq: 90 }); }, 'profile.competences'],
  ])('refuses %s', async (_name, spoil, path) => {
    const body = fullProfile();
    spoil(body);
    const res = await coach.put(url(), body, { 'if-match': '"3"' });
    expect(res).toBeProblem(400, 'validation');
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await versionRows()).toBe(3);
  });
});

describe('the history of the profile', () => {
  it('lists every version, newest first, with who saved it', async () => {
    const res = await coach.get(`${url()}/versions`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((v: { version: number; savedBy: { name: string } }) => [v.version, v.savedBy.name])).toEqual([
      [3, 'Sofie Claes'], [2, 'Lotte Vermeersch'], [1, 'Jonas Peeters'],
    ]);
  });

  it('shows one version with the fields that changed since the one before', async () => {
    const res = await coach.get(`${url()}/versions/3`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 3, savedBy: { name: 'Sofie Claes' } });
    expect(res.body.changes).toEqual([
      { path: 'health.impactOnWork', before: 'Vaste structuur, oordopjes', after: 'Vaste structuur, oordopjes, vaste werkplek' },
      { path: 'benefits.rows.1.amount', before: null, after: 0 },
      { path: 'benefits.rows.1.frequency', before: null, after: 'monthly' },
      { path: 'benefits.rows.1.kind', before: null, after: 'Kinderbijslag' },
    ]);
    const second = await coach.get(`${url()}/versions/2`);
    expect(second.body.changes).toEqual([{ path: 'profile.hobbies', before: 'Fietsen en koken', after: 'Fietsen, koken en tekenen' }]);
    expect(second.body.profile.hobbies).toBe('Fietsen, koken en tekenen');
    const first = await coach.get(`${url()}/versions/1`);
    expect(first.body.changes).toContainEqual({ path: 'health.description', before: null, after: 'Autismespectrumstoornis' });
  });

  it('answers 404 for a version that does not exist', async () => {
    expect(await coach.get(`${url()}/versions/4`)).toBeProblem(404, 'not_found');
  });
});

describe('what others see of the profile', () => {
  let hr: TestClient;
  let consentId = '';
  beforeAll(async () => { hr = await t.as('hr@employer.passend.test'); });

  it('shows an employer nothing without a consent', async () => {
    expect(await hr.get(`${url()}?purpose=job_finding`)).toBeProblem(404, 'not_found');
  });

  it('shows an employer with a vocational_profile consent that section only: no health, no benefits', async () => {
    consentId = await consentForEmployer(['vocational_profile']);
    const res = await hr.get(`${url()}?purpose=job_finding`);
    expect(res.status).toBe(200);
    expect(res.body.categories).toEqual(['vocational_profile']);
    expect(res.body.profile.hobbies).toBe('Fietsen, koken en tekenen');
    expect(res.body).not.toHaveProperty('health');
    expect(res.body).not.toHaveProperty('benefits');
    expect(JSON.stringify(res.body)).not.toMatch(/Autisme|tegemoetkoming/);
    const [audit] = await auditRows(t, 'client.read');
    expect(audit).toMatchObject({ entity_id: clientId, actor_user_id: await userId(t, 'hr@employer.passend.test'), details: { categories: ['vocational_profile'], purpose: 'job_finding' } });
  });

  it('keeps health and benefits out of the history an employer sees', async () => {
    const third = await hr.get(`${url()}/versions/3?purpose=job_finding`);
    expect(third.status).toBe(200);
    expect(third.body.changes).toEqual([]);
    expect(third.body).not.toHaveProperty('health');
    const first = await hr.get(`${url()}/versions/1?purpose=job_finding`);
    expect(first.body.changes.every((c: { path: string }) => c.path.startsWith('profile.'))).toBe(true);
    expect((await hr.get(`${url()}/versions?purpose=job_finding`)).body.items).toHaveLength(3);
  });

  it('needs the purpose of the consent', async () => {
    expect(await hr.get(url())).toBeProblem(404, 'not_found');
    expect(await hr.get(`${url()}?purpose=job_support`)).toBeProblem(404, 'not_found');
  });

  it('adds the health section only with its own consent', async () => {
    await consentForEmployer(['health']);
    const res = await hr.get(`${url()}?purpose=job_finding`);
    expect(res.body.categories).toEqual(['vocational_profile', 'health']);
    expect(res.body.health.description).toBe('Autismespectrumstoornis');
    expect(res.body).not.toHaveProperty('benefits');
  });

  it('stops at once when the consent is withdrawn', async () => {
    await t.db.updateTable('consents').set({ withdrawn_at: new Date() }).where('client_id', '=', clientId).execute();
    expect(await hr.get(`${url()}?purpose=job_finding`)).toBeProblem(404, 'not_found');
    expect(consentId).not.toBe('');
  });

  it('never lets an employer save, even with a consent', async () => {
    await consentForEmployer(['vocational_profile']);
    expect(await hr.put(url(), fullProfile(), { 'if-match': '"3"' })).toBeProblem(403, 'forbidden');
  });

  // Saving: 404 where the role may save but not this client; 403 where the role may not save at all.
  it.each([
    ['a coach who is not assigned', 'coach2@coaching.passend.test', [404, 'not_found']],
    ["the coaching organisation's administrator", 'admin@coaching.passend.test', [403, 'forbidden']],
    ['a partner intermediary', 'coach@partner.passend.test', [403, 'forbidden']],
    ['another client', 'client@client.passend.test', [404, 'not_found']],
  ] as const)('answers 404 to %s for reading, refuses saving, and the row is unchanged', async (_who, email, [status, code]) => {
    const outsider = await t.as(email);
    const before = { head: await head(), versions: await versionRows() };
    expect(await outsider.get(`${url()}?purpose=job_finding`)).toBeProblem(404, 'not_found');
    expect(await outsider.get(`${url()}/versions`)).toBeProblem(404, 'not_found');
    expect(await outsider.get(`${url()}/versions/1`)).toBeProblem(404, 'not_found');
    expect(await outsider.put(url(), fullProfile({ hobbies: 'Overgenomen' }), { 'if-match': '"3"' })).toBeProblem(status, code);
    expect({ head: await head(), versions: await versionRows() }).toEqual(before);
  });

  it('answers 404 for a client that does not exist', async () => {
    expect(await coach.get('/api/clients/00000000-0000-4000-8000-000000000000/vocational-profile')).toBeProblem(404, 'not_found');
  });
});
