import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { auditRows, organisationId, userId } from '../../../test/helpers.ts';

let t: TestApp;
let karimId = '';
let coach: TestClient; // Jonas, Karim's responsible coach
let karim: TestClient;
const ids = { employer: '', partner: '', coaching: '', nadia: '', els: '' };
const SOME_ID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await createTestApp();
  const karimUser = await userId(t, 'client@client.passend.test');
  karimId = (await t.db.selectFrom('clients').select('id').where('user_id', '=', karimUser).executeTakeFirstOrThrow()).id;
  coach = await t.as('coach@coaching.passend.test');
  karim = await t.as('client@client.passend.test');
  ids.employer = await organisationId(t, 'Groenhof Supermarkten');
  ids.partner = await organisationId(t, 'Partnerwerk Antwerpen');
  ids.coaching = await organisationId(t, 'Jobcoaching Schelde');
  ids.nadia = await userId(t, 'coach@partner.passend.test');
  ids.els = await userId(t, 'hr@employer.passend.test');
});
afterAll(async () => { await t.close(); });

const employerRecord = async (name: string) =>
  (await t.db.selectFrom('employers').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
const consentRows = () => t.db.selectFrom('consents').selectAll().where('client_id', '=', karimId).orderBy('recorded_at').orderBy('id').execute();
const grant = (over: Record<string, unknown> = {}) => ({
  recipientOrganisationId: ids.partner, categories: ['identity', 'action_plan'], purpose: 'referral', method: 'verbal', evidence: 'Gesprek van vandaag', ...over,
});

describe('GET /api/clients/{id}/consents', () => {
  it("shows the client and their own coaching team every consent, the demo employer's among them", async () => {
    for (const email of ['coach@coaching.passend.test', 'client@client.passend.test', 'teamlead@coaching.passend.test']) {
      const res = await (await t.as(email)).get(`/api/clients/${karimId}/consents`);
      expect({ email, status: res.status }).toEqual({ email, status: 200 });
      expect(res.body.items).toHaveLength(1);
      expect(res.body.items[0]).toMatchObject({
        clientId: karimId, categories: ['vocational_profile'], purpose: 'job_finding', method: 'written', status: 'active', withdrawnAt: null,
        recipient: { kind: 'organisation', organisation: { id: ids.employer, name: 'Groenhof Supermarkten', kind: 'employer' }, person: null },
        recordedBy: { id: await userId(t, 'coach@coaching.passend.test'), name: 'Jonas Peeters' },
      });
    }
  });

  it('shows a recipient the consents given to them for the purpose they name, and audits that read', async () => {
    const hr = await t.as('hr@employer.passend.test');
    const before = (await auditRows(t, 'client.read')).length;
    const res = await hr.get(`/api/clients/${karimId}/consents?purpose=job_finding`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((c: { purpose: string }) => c.purpose)).toEqual(['job_finding']);
    const [row] = await auditRows(t, 'client.read');
    expect((await auditRows(t, 'client.read')).length).toBe(before + 1);
    expect(row).toMatchObject({ actor_user_id: ids.els, entity_id: karimId, details: { purpose: 'job_finding', relation: 'recipient' } });
  });

  it.each([
    ['hr@employer.passend.test', ''],
    ['hr@employer.passend.test', '?purpose=job_support'],
    ['coach@partner.passend.test', '?purpose=job_finding'],
    ['coach2@coaching.passend.test', ''],
    ['coach2@coaching.passend.test', '?purpose=job_finding'],
    ['admin@coaching.passend.test', ''],
  ])('answers %s%s with 404, as for a client that does not exist', async (email, query) => {
    const c = await t.as(email);
    const res = await c.get(`/api/clients/${karimId}/consents${query}`);
    expect(res).toBeProblem(404, 'not_found');
    const unknown = await c.get(`/api/clients/${SOME_ID}/consents${query}`);
    expect(res.body).toEqual({ ...unknown.body, instance: res.body.instance });
  });

  it('refuses an unknown purpose', async () => {
    expect(await coach.get(`/api/clients/${karimId}/consents?purpose=marketing`)).toBeProblem(400, 'validation');
  });
});

describe('POST /api/clients/{id}/consents', () => {
  it('lets the coach record a consent: in force from today, recorded by them, audited', async () => {
    const res = await coach.post(`/api/clients/${karimId}/consents`, grant());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      categories: ['identity', 'action_plan'], purpose: 'referral', method: 'verbal', evidence: 'Gesprek van vandaag', status: 'active', validUntil: null,
      recipient: { kind: 'organisation', organisation: { id: ids.partner, name: 'Partnerwerk Antwerpen' }, person: null },
      recordedBy: { name: 'Jonas Peeters' },
    });
    expect(res.body.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [row] = await auditRows(t, 'consent.given');
    expect(row).toMatchObject({ organisation_id: ids.coaching, entity: 'consent', entity_id: res.body.id, details: { clientId: karimId, purpose: 'referral' } });
  });

  it('records a consent for one person of another organisation', async () => {
    const res = await coach.post(`/api/clients/${karimId}/consents`, grant({ recipientOrganisationId: undefined, recipientUserId: ids.nadia, categories: ['health'], validFrom: '2030-01-01', validUntil: '2030-12-31', method: 'written' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      recipient: { kind: 'person', organisation: { id: ids.partner }, person: { id: ids.nadia, name: 'Nadia Vermeulen' } },
      categories: ['health'], status: 'not_yet_valid', validFrom: '2030-01-01', validUntil: '2030-12-31',
    });
  });

  it.each([
    ['health together with other categories', { categories: ['health', 'identity'] }, 'categories'],
    ['a category twice', { categories: ['identity', 'identity'] }, 'categories'],
    ['no category', { categories: [] }, 'categories'],
    ['an unknown category', { categories: ['finances'] }, 'categories'],
    ['an end before the start', { validFrom: '2030-02-01', validUntil: '2030-01-31' }, 'validUntil'],
    ['an end before today, starting today', { validUntil: '2001-01-01' }, 'validUntil'],
    ['no recipient', { recipientOrganisationId: undefined }, 'recipientOrganisationId'],
    ['two recipients', { recipientUserId: '00000000-0000-4000-8000-000000000001' }, 'recipientOrganisationId'],
    ['a recipient that does not exist', { recipientOrganisationId: SOME_ID }, 'recipientOrganisationId'],
    ["the client's own organisation", { recipientOrganisationId: '(coaching)' }, 'recipientOrganisationId'],
    ['a person that does not exist', { recipientOrganisationId: undefined, recipientUserId: SOME_ID }, 'recipientUserId'],
    ['a person of the own organisation', { recipientOrganisationId: undefined, recipientUserId: '(leen)' }, 'recipientUserId'],
    ["method 'portal' by a coach", { method: 'portal' }, 'method'],
    ['an impossible date', { validFrom: '2030-02-30' }, 'validFrom'],
  ])('refuses %s with 400 and stores nothing', async (_what, over, field) => {
    const body: Record<string, unknown> = grant(over);
    if (body.recipientOrganisationId === '(coaching)') body.recipientOrganisationId = ids.coaching;
    if (body.recipientUserId === '(leen)') body.recipientUserId = await userId(t, 'coach2@coaching.passend.test');
    const before = await consentRows();
    const res = await coach.post(`/api/clients/${karimId}/consents`, body);
    expect(res).toBeProblem(400, 'validation');
    expect(res.body.errors.map((e: { path: string }) => e.path.split('.')[0])).toContain(field);
    expect(await consentRows()).toEqual(before);
  });

  it("lets the client give a consent in the portal, with method 'portal' only", async () => {
    expect(await karim.post(`/api/clients/${karimId}/consents`, grant({ method: 'written' }))).toBeProblem(400, 'validation');
    const res = await karim.post(`/api/clients/${karimId}/consents`, grant({ method: 'portal', categories: ['notes'], purpose: 'job_support' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ method: 'portal', recordedBy: { id: await userId(t, 'client@client.passend.test'), name: 'Karim El Amrani' } });
  });

  it.each([
    ['coach2@coaching.passend.test', 404, 'not_found'],
    ['admin@coaching.passend.test', 403, 'forbidden'],
    ['hr@employer.passend.test', 403, 'forbidden'],
    ['coach@partner.passend.test', 403, 'forbidden'],
  ] as const)('refuses %s (%i) and stores nothing', async (email, status, code) => {
    const before = await consentRows();
    expect(await (await t.as(email)).post(`/api/clients/${karimId}/consents`, grant())).toBeProblem(status, code);
    expect(await consentRows()).toEqual(before);
  });

  it('answers 404 for a client that does not exist', async () => {
    expect(await coach.post(`/api/clients/${SOME_ID}/consents`, grant())).toBeProblem(404, 'not_found');
  });

  it('the database refuses health bundled with other data even without the API', async () => {
    const coachId = await userId(t, 'coach@coaching.passend.test');
    await expect(
      t.db.insertInto('consents').values({
        organisation_id: ids.coaching, client_id: karimId, recipient_organisation_id: ids.employer, categories: ['health', 'identity'],
        purpose: 'job_finding', valid_from: '2024-01-01', method: 'written', recorded_by: coachId, recorded_at: new Date(),
      }).execute(),
    ).rejects.toThrow(/check constraint/);
  });
});

describe('POST /api/clients/{id}/consents/{consentId}/withdraw', () => {
  it('ends access on the very next request, for the client as for the recipient', async () => {
    const given = await coach.post(`/api/clients/${karimId}/consents`, grant({ recipientOrganisationId: ids.employer, categories: ['action_plan'], purpose: 'job_support' }));
    const hr = await t.as('hr@employer.passend.test');
    expect((await hr.get(`/api/clients/${karimId}/consents?purpose=job_support`)).status).toBe(200);
    const res = await karim.post(`/api/clients/${karimId}/consents/${given.body.id}/withdraw`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: given.body.id, status: 'withdrawn', withdrawnBy: { name: 'Karim El Amrani' } });
    expect(res.body.withdrawnAt).toEqual(expect.any(String));
    expect(await hr.get(`/api/clients/${karimId}/consents?purpose=job_support`)).toBeProblem(404, 'not_found');
    const [row] = await auditRows(t, 'consent.withdrawn');
    expect(row).toMatchObject({ entity: 'consent', entity_id: given.body.id, actor_user_id: await userId(t, 'client@client.passend.test') });
  });

  it('answers 409 when it is withdrawn already, and 404 for a consent that is not this client\'s', async () => {
    const given = await coach.post(`/api/clients/${karimId}/consents`, grant());
    expect((await coach.post(`/api/clients/${karimId}/consents/${given.body.id}/withdraw`)).status).toBe(200);
    expect(await coach.post(`/api/clients/${karimId}/consents/${given.body.id}/withdraw`)).toBeProblem(409, 'conflict');
    expect(await coach.post(`/api/clients/${karimId}/consents/${SOME_ID}/withdraw`)).toBeProblem(404, 'not_found');
    expect(await coach.post(`/api/clients/${SOME_ID}/consents/${given.body.id}/withdraw`)).toBeProblem(404, 'not_found');
  });

  it.each([
    ['coach2@coaching.passend.test', 404],
    ['admin@coaching.passend.test', 403],
    ['hr@employer.passend.test', 403],
  ] as const)('refuses %s (%i) and leaves the consent in force', async (email, status) => {
    const [seeded] = await consentRows();
    const res = await (await t.as(email)).post(`/api/clients/${karimId}/consents/${seeded!.id}/withdraw`);
    expect(res.status).toBe(status);
    expect((await consentRows())[0]).toEqual(seeded);
  });
});

describe('GET /api/consent-recipients', () => {
  it("lists every other organisation with its people who work with client data, never the client's own", async () => {
    for (const c of [coach, karim]) {
      const res = await c.get('/api/consent-recipients');
      expect(res.status).toBe(200);
      expect(res.body.items.map((o: { name: string }) => o.name)).toEqual(['Groenhof Supermarkten', 'Partnerwerk Antwerpen']);
      const [employer, partner] = res.body.items;
      expect(employer.people).toEqual([
        { id: ids.els, name: 'Els Janssens', roles: ['hr_officer'] },
        { id: await userId(t, 'supervisor@employer.passend.test'), name: 'Pieter De Smet', roles: ['supervisor'] },
      ]);
      expect(partner.people).toEqual([{ id: ids.nadia, name: 'Nadia Vermeulen', roles: ['intermediary_coach'] }]);
      // The organisation's employer records without a Passend organisation; Groenhof is under items.
      expect(res.body.employers).toEqual([{ id: await employerRecord('Vrachtwerk Gent'), name: 'Vrachtwerk Gent' }]);
    }
  });

  it('is refused to people who cannot record a consent', async () => {
    expect(await (await t.as('hr@employer.passend.test')).get('/api/consent-recipients')).toBeProblem(403, 'forbidden');
  });
});

const employerGrant = (employerId: string, over: Record<string, unknown> = {}) =>
  grant({ recipientOrganisationId: undefined, recipientEmployerId: employerId, categories: ['vocational_profile'], purpose: 'job_finding', method: 'written', ...over });
/** An employer record kept by another organisation than the client's. */
const foreignEmployer = async () =>
  (await t.db.insertInto('employers').values({ organisation_id: ids.partner, name: 'Elders Logistiek' }).returning('id').executeTakeFirstOrThrow()).id;

describe('an employer record without Passend accounts as recipient', () => {

  it('records it, names the employer and that it has no account, and audits it', async () => {
    const vrachtwerk = await employerRecord('Vrachtwerk Gent');
    const res = await coach.post(`/api/clients/${karimId}/consents`, employerGrant(vrachtwerk));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      recipient: { kind: 'employer', organisation: null, person: null, employer: { id: vrachtwerk, name: 'Vrachtwerk Gent', passendAccount: false } },
      categories: ['vocational_profile'], purpose: 'job_finding', status: 'active',
    });
    const row = await t.db.selectFrom('consents').selectAll().where('id', '=', res.body.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ organisation_id: ids.coaching, recipient_organisation_id: null, recipient_user_id: null, recipient_employer_id: vrachtwerk });
    const [audit] = await auditRows(t, 'consent.given');
    expect(audit).toMatchObject({ entity_id: res.body.id, details: { recipientEmployerId: vrachtwerk, recipientOrganisationId: null } });
    // The client sees it in their list, and can give one in the portal too.
    const mine = await karim.get(`/api/clients/${karimId}/consents`);
    expect(mine.body.items.find((c: { id: string }) => c.id === res.body.id)).toMatchObject({ recipient: { kind: 'employer', employer: { name: 'Vrachtwerk Gent' } } });
    expect((await karim.post(`/api/clients/${karimId}/consents`, employerGrant(vrachtwerk, { method: 'portal', evidence: '' }))).status).toBe(201);
  });

  it('gives nobody read access to the dossier', async () => {
    // Partnerwerk has no consent for job finding: the employer-record consents do not count for anybody.
    const nadia = await t.as('coach@partner.passend.test');
    const list = await nadia.get('/api/clients?purpose=job_finding');
    expect(list.status).toBe(200);
    expect(list.body.items.map((x: { id: string }) => x.id)).not.toContain(karimId);
    expect(await nadia.get(`/api/clients/${karimId}/consents?purpose=job_finding`)).toBeProblem(404, 'not_found');
  });

  it.each([
    ["another organisation's employer", 'foreign'],
    ['an employer record that does not exist', SOME_ID],
    ['an employer with its own Passend organisation (name that organisation)', 'Groenhof Supermarkten'],
  ])('refuses %s with 400 and stores nothing', async (_what, which) => {
    const employerId = which === 'foreign' ? await foreignEmployer() : which === SOME_ID ? SOME_ID : await employerRecord(which);
    const before = await consentRows();
    const res = await coach.post(`/api/clients/${karimId}/consents`, employerGrant(employerId));
    expect(res).toBeProblem(400, 'validation');
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['recipientEmployerId']);
    expect(await consentRows()).toEqual(before);
  });

  it('names exactly one recipient, in the API and in the database', async () => {
    const vrachtwerk = await employerRecord('Vrachtwerk Gent');
    for (const extra of [{ recipientOrganisationId: ids.partner }, { recipientUserId: ids.nadia }]) {
      const res = await coach.post(`/api/clients/${karimId}/consents`, employerGrant(vrachtwerk, extra));
      expect(res).toBeProblem(400, 'validation');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('recipientOrganisationId');
    }
    const coachId = await userId(t, 'coach@coaching.passend.test');
    const row = {
      organisation_id: ids.coaching, client_id: karimId, categories: ['vocational_profile'], purpose: 'job_finding',
      valid_from: '2024-01-01', method: 'written' as const, recorded_by: coachId, recorded_at: new Date(),
    };
    for (const recipients of [
      { recipient_employer_id: vrachtwerk, recipient_organisation_id: ids.partner },
      { recipient_employer_id: vrachtwerk, recipient_user_id: ids.nadia },
      { recipient_organisation_id: ids.partner, recipient_user_id: ids.nadia },
      {},
    ]) {
      await expect(t.db.insertInto('consents').values({ ...row, ...recipients }).execute()).rejects.toThrow(/consents_one_recipient/);
    }
    // The employer record is one the client's own organisation keeps.
    await expect(t.db.insertInto('consents').values({ ...row, recipient_employer_id: await foreignEmployer() }).execute()).rejects.toThrow(/foreign key/);
    // A consent is history: the record it names cannot be deleted from under it.
    await expect(t.db.deleteFrom('employers').where('id', '=', vrachtwerk).execute()).rejects.toThrow(/foreign key/);
  });

  it('is withdrawn like any other consent', async () => {
    const vrachtwerk = await employerRecord('Vrachtwerk Gent');
    const given = await coach.post(`/api/clients/${karimId}/consents`, employerGrant(vrachtwerk));
    const res = await karim.post(`/api/clients/${karimId}/consents/${given.body.id}/withdraw`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'withdrawn', recipient: { kind: 'employer', employer: { id: vrachtwerk } }, withdrawnBy: { name: 'Karim El Amrani' } });
    expect(await karim.post(`/api/clients/${karimId}/consents/${given.body.id}/withdraw`)).toBeProblem(409, 'conflict');
  });
});
