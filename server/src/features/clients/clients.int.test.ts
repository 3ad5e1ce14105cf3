import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { auditRows, userId } from '../../../test/helpers.ts';
import {
  CLIENT_ACCOUNT, COACH, EMPLOYER, OTHER_COACH, TEAM_LEAD, consent, dossierRows, newClient, otherOrganisationCoach, outsiderAnswers, refusedAnswers, versionOf,
} from '../../../test/clients.ts';

let t: TestApp;
let coach: TestClient;
let lead: TestClient;
let outsiders: [string, TestClient][];
beforeAll(async () => {
  t = await createTestApp();
  coach = await t.as(COACH);
  lead = await t.as(TEAM_LEAD);
  // Sofie leads a team that Jonas is in, whatever the demo world's teams are.
  const org = (await t.db.selectFrom('users').select('organisation_id').where('email', '=', COACH).executeTakeFirstOrThrow()).organisation_id;
  const team = await t.db.insertInto('teams').values({ organisation_id: org, name: 'Team Test' }).returning('id').executeTakeFirstOrThrow();
  await t.db.insertInto('team_members').values([
    { organisation_id: org, team_id: team.id, user_id: await userId(t, TEAM_LEAD), is_lead: true },
    { organisation_id: org, team_id: team.id, user_id: await userId(t, COACH), is_lead: false },
  ]).execute();
  outsiders = [
    ['a coach of another organisation', await otherOrganisationCoach(t)],
    ['the employer without consent', await t.as(EMPLOYER)],
    ['a coach of the same organisation who is not assigned', await t.as(OTHER_COACH)],
  ];
});
afterAll(async () => { await t.close(); });

const RRN = '85.07.30-033.28';
const ids = async (c: TestClient, query = '') => ((await c.get(`/api/clients${query}`)).body.items as { id: string }[]).map((i) => i.id);

describe('taking on a client', () => {
  it('makes the coach responsible and opens phase 1, with an audit row', async () => {
    const res = await coach.post('/api/clients', { givenName: ' Ilse ', familyName: 'Van Damme', nationalId: { kind: 'be_rrn', value: RRN }, city: 'Gent' });
    expect(res.status).toBe(201);
    const id = res.body.id;
    const dossier = (await coach.get(`/api/clients/${id}`)).body;
    expect(dossier).toMatchObject({
      id, relation: 'coach', purpose: null, version: 1,
      categories: ['identity', 'vocational_profile', 'health', 'benefits', 'action_plan', 'notes', 'documents'],
      identity: { givenName: 'Ilse', familyName: 'Van Damme', city: 'Gent', nationalId: { kind: 'be_rrn', value: '85073003328' } },
      coaches: [{ userId: await userId(t, COACH), name: 'Jonas Peeters', kind: 'responsible' }],
      trajectory: { phase: 1, status: 'open', outcome: null, events: [{ kind: 'opened', toPhase: 1, by: { name: 'Jonas Peeters' } }], earlier: [] },
      engagement: { decision: { choice: 'pending' }, agreements: { client: null, coach: null }, version: 1 },
      supportContacts: [], notes: [], appointments: [],
    });
    const [row] = await auditRows(t, 'client.created');
    expect(row).toMatchObject({ entity: 'client', entity_id: id, actor_user_id: await userId(t, COACH) });
  });

  it.each([
    ['be_rrn', '85073003329'],
    ['be_rrn', '123456782'],
    ['nl_bsn', '123456781'],
    ['nl_bsn', '000000000'],
    ['nl_bsn', '12345678a'],
  ])('refuses a %s that fails its checksum (%s)', async (kind, value) => {
    const res = await coach.post('/api/clients', { givenName: 'Fout', familyName: 'Nummer', nationalId: { kind, value } });
    expect(res).toBeProblem(400, 'validation');
    expect(res.body.errors).toEqual([{ path: 'nationalId.value', message: 'invalid_checksum' }]);
    expect(await t.db.selectFrom('clients').select('id').where('given_name', '=', 'Fout').execute()).toEqual([]);
  });

  it('accepts a Dutch BSN and stores its digits', async () => {
    const id = await newClient(coach, { nationalId: { kind: 'nl_bsn', value: '1234.56.782' } });
    expect((await coach.get(`/api/clients/${id}`)).body.identity.nationalId).toEqual({ kind: 'nl_bsn', value: '123456782' });
  });

  it.each(['admin@coaching.passend.test', EMPLOYER, 'coach@partner.passend.test', CLIENT_ACCOUNT])('is for coaches only (%s: 403)', async (email) => {
    expect(await (await t.as(email)).post('/api/clients', { givenName: 'Niet', familyName: 'Toegestaan' })).toBeProblem(403, 'forbidden');
  });
});

describe('the caseload', () => {
  let id = '';
  beforeAll(async () => { id = await newClient(coach, { givenName: 'Caseload', familyName: 'Aerts' }); });

  it('shows a coach their own clients with identity and phase', async () => {
    const items = (await coach.get('/api/clients')).body.items;
    expect(items).toContainEqual({ id, relation: 'coach', givenName: 'Caseload', familyName: 'Aerts', phase: 1, status: 'open' });
  });

  it("shows a team lead the team's clients", async () => {
    expect((await lead.get('/api/clients')).body.items).toContainEqual({ id, relation: 'team_lead', givenName: 'Caseload', familyName: 'Aerts', phase: 1, status: 'open' });
  });

  it('shows a client only themself', async () => {
    const me = await t.as(CLIENT_ACCOUNT);
    const items = (await me.get('/api/clients')).body.items;
    expect(items.map((i: { relation: string }) => i.relation)).toEqual(['self']);
  });

  it('hides it from outsiders, even with a purpose', async () => {
    for (const [, c] of outsiders) {
      expect(await ids(c)).not.toContain(id);
      expect(await ids(c, '?purpose=job_finding')).not.toContain(id);
    }
  });

  it('shows a recipient only clients with an active consent for the purpose, and only the shared fields', async () => {
    const employer = outsiders[1]![1];
    const other = await newClient(coach, { givenName: 'Profiel', familyName: 'Alleen' });
    await consent(t, id, 'Groenhof Supermarkten', ['identity', 'action_plan'], 'job_finding');
    await consent(t, other, 'Groenhof Supermarkten', ['vocational_profile'], 'job_finding');
    const items = (await employer.get('/api/clients?purpose=job_finding')).body.items;
    expect(items).toContainEqual({ id, relation: 'recipient', givenName: 'Caseload', familyName: 'Aerts', phase: 1, status: 'open' });
    expect(items).toContainEqual({ id: other, relation: 'recipient' });
    expect(await ids(employer)).not.toContain(id);
    expect(await ids(employer, '?purpose=job_support')).not.toContain(id);
  });

  it('refuses an unknown purpose', async () => {
    expect(await coach.get('/api/clients?purpose=curiosity')).toBeProblem(400, 'validation');
  });
});

describe('the dossier', () => {
  let id = '';
  beforeAll(async () => { id = await newClient(coach, { givenName: 'Dossier', familyName: 'Claeys', nationalId: { kind: 'be_rrn', value: RRN } }); });

  it('is 404 for every outsider, as for a client that does not exist', async () => {
    const answers = await outsiderAnswers(outsiders, id, (c, client) => c.get(`/api/clients/${client}?purpose=job_finding`));
    expect(answers).toEqual(refusedAnswers(outsiders, 'read'));
    expect(await coach.get('/api/clients/00000000-0000-4000-8000-000000000000')).toBeProblem(404, 'not_found');
  });

  it('shows a recipient only the consented categories, for the named purpose, and audits the read', async () => {
    const employer = outsiders[1]![1];
    await consent(t, id, 'Groenhof Supermarkten', ['vocational_profile'], 'job_finding');
    expect(await employer.get(`/api/clients/${id}`)).toBeProblem(404, 'not_found');
    const res = await employer.get(`/api/clients/${id}?purpose=job_finding`);
    expect(res.body).toEqual({ id, relation: 'recipient', purpose: 'job_finding', categories: ['vocational_profile'] });
    const [row] = await auditRows(t, 'client.read');
    expect(row).toMatchObject({ entity_id: id, actor_user_id: await userId(t, EMPLOYER), details: { categories: ['vocational_profile'], purpose: 'job_finding' } });
  });

  it('adds identity with a consent for it, without the national register number', async () => {
    await consent(t, id, 'Groenhof Supermarkten', ['identity'], 'job_finding');
    const res = await outsiders[1]![1].get(`/api/clients/${id}?purpose=job_finding`);
    expect(res.body.categories).toEqual(['identity', 'vocational_profile']);
    expect(res.body.identity).toMatchObject({ givenName: 'Dossier', familyName: 'Claeys' });
    expect(res.body.identity).not.toHaveProperty('nationalId');
    expect(res.body).not.toHaveProperty('trajectory');
    expect(res.body).not.toHaveProperty('notes');
  });

  it.each(['expired', 'withdrawn'] as const)('ignores a consent that is %s', async (state) => {
    const other = await newClient(coach);
    await consent(t, other, 'Groenhof Supermarkten', ['identity'], 'job_finding', state);
    expect(await outsiders[1]![1].get(`/api/clients/${other}?purpose=job_finding`)).toBeProblem(404, 'not_found');
  });

  it("gives a team lead the whole dossier, audited; the coach's own reads are not", async () => {
    const before = (await auditRows(t, 'client.read')).length;
    const res = await lead.get(`/api/clients/${id}`);
    expect(res.body).toMatchObject({ relation: 'team_lead', identity: { nationalId: { value: '85073003328' } } });
    await coach.get(`/api/clients/${id}`);
    const rows = await auditRows(t, 'client.read');
    expect(rows.length).toBe(before + 1);
    expect(rows[0]).toMatchObject({ actor_user_id: await userId(t, TEAM_LEAD), details: { relation: 'team_lead' } });
  });
});

describe('changing identity and contact', () => {
  let id = '';
  beforeAll(async () => { id = await newClient(coach, { givenName: 'Wijzig', familyName: 'Mij' }); });
  const body = { givenName: 'Wijzig', familyName: 'Mij', phoneMobile: '+32 470 00 00 00', nationalId: { kind: 'nl_bsn', value: '111222333' }, nextOfKin: { relation: 'zus', name: 'An' } };

  it('changes it with the current version', async () => {
    const res = await coach.put(`/api/clients/${id}`, body, { 'if-match': '"1"' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, version: 2, identity: { phoneMobile: '+32 470 00 00 00', nationalId: { kind: 'nl_bsn', value: '111222333' }, nextOfKin: { relation: 'zus', name: 'An', phone: '' } } });
    const [row] = await auditRows(t, 'client.updated');
    expect(row).toMatchObject({ entity_id: id, details: { nationalIdKind: 'nl_bsn' } });
  });

  it('refuses a stale version with the current state, and needs If-Match', async () => {
    const res = await coach.put(`/api/clients/${id}`, { ...body, givenName: 'Oud' }, { 'if-match': '"1"' });
    expect(res).toBeProblem(412, 'stale_version');
    expect(res.body.current).toMatchObject({ id, version: 2, identity: { givenName: 'Wijzig' } });
    expect(await coach.put(`/api/clients/${id}`, body)).toBeProblem(428, 'precondition_required');
  });

  it('refuses a BSN that fails the elfproef', async () => {
    const res = await coach.put(`/api/clients/${id}`, { ...body, nationalId: { kind: 'nl_bsn', value: '111222334' } }, { 'if-match': '"2"' });
    expect(res).toBeProblem(400, 'validation');
  });

  it('answers outsiders 404 and changes nothing', async () => {
    const before = await dossierRows(t, id);
    const answers = await outsiderAnswers(outsiders, id, (c, client) => c.put(`/api/clients/${client}`, { ...body, givenName: 'Overgenomen' }, { 'if-match': '"2"' }));
    expect(answers).toEqual(refusedAnswers(outsiders, 'write'));
    expect(await dossierRows(t, id)).toEqual(before);
  });

  it('refuses the client themself (403): the coach keeps the record', async () => {
    const me = await t.as(CLIENT_ACCOUNT);
    const own = (await me.get('/api/clients')).body.items[0].id;
    expect(await me.put(`/api/clients/${own}`, body, { 'if-match': await versionOf(t, 'clients', own) })).toBeProblem(403, 'forbidden');
  });
});

describe('assignments', () => {
  let id = '';
  beforeAll(async () => { id = await newClient(coach, { givenName: 'Toewijzing', familyName: 'Test' }); });

  it('adds a co-coach, who then sees the dossier', async () => {
    const coach2 = outsiders[2]![1];
    expect((await coach2.get(`/api/clients/${id}`)).status).toBe(404);
    const res = await coach.put(`/api/clients/${id}/assignments`, { responsible: await userId(t, COACH), coCoaches: [await userId(t, OTHER_COACH)] }, { 'if-match': '"1"' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      version: 2,
      coaches: [
        { userId: await userId(t, COACH), name: 'Jonas Peeters', kind: 'responsible' },
        { userId: await userId(t, OTHER_COACH), name: 'Leen Maes', kind: 'co_coach' },
      ],
    });
    expect((await coach2.get(`/api/clients/${id}`)).body.relation).toBe('coach');
    const [row] = await auditRows(t, 'client.assignments_changed');
    expect(row).toMatchObject({ entity_id: id, details: { responsible: await userId(t, COACH) } });
  });

  it('does not let a co-coach hand the client over', async () => {
    const coach2 = outsiders[2]![1];
    const before = await dossierRows(t, id);
    const res = await coach2.put(`/api/clients/${id}/assignments`, { responsible: await userId(t, OTHER_COACH) }, { 'if-match': '"2"' });
    expect(res).toBeProblem(403, 'forbidden');
    expect(await dossierRows(t, id)).toEqual(before);
  });

  it.each([
    ['an employer', EMPLOYER],
    ['an administrator who does not coach', 'admin@coaching.passend.test'],
  ])('refuses %s as coach', async (_who, email) => {
    const res = await coach.put(`/api/clients/${id}/assignments`, { responsible: await userId(t, COACH), coCoaches: [await userId(t, email)] }, { 'if-match': '"2"' });
    expect(res).toBeProblem(400, 'validation');
    expect(res.body.errors).toEqual([{ path: 'coCoaches.0', message: 'not_a_coach' }]);
  });

  it('refuses the responsible coach twice, and a stale version', async () => {
    const me = await userId(t, COACH);
    expect(await coach.put(`/api/clients/${id}/assignments`, { responsible: me, coCoaches: [me] }, { 'if-match': '"2"' })).toBeProblem(400, 'validation');
    expect(await coach.put(`/api/clients/${id}/assignments`, { responsible: me }, { 'if-match': '"1"' })).toBeProblem(412, 'stale_version');
  });

  it('lets a team lead hand the client to another coach', async () => {
    const res = await lead.put(`/api/clients/${id}/assignments`, { responsible: await userId(t, OTHER_COACH) }, { 'if-match': '"2"' });
    expect(res.body.coaches).toEqual([{ userId: await userId(t, OTHER_COACH), name: 'Leen Maes', kind: 'responsible' }]);
    expect(await coach.get(`/api/clients/${id}`)).toBeProblem(404, 'not_found');
  });

  it('answers outsiders 404 and changes nothing', async () => {
    const other = await newClient(coach);
    const before = await dossierRows(t, other);
    const responsible = await userId(t, OTHER_COACH);
    const answers = await outsiderAnswers(outsiders, other, (c, client) => c.put(`/api/clients/${client}/assignments`, { responsible }, { 'if-match': '"1"' }));
    expect(answers).toEqual(refusedAnswers(outsiders, 'write'));
    expect(await dossierRows(t, other)).toEqual(before);
  });
});
