import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { auditRows, branchId, organisationId, raceAgainst } from '../../../test/helpers.ts';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin@coaching.passend.test');
});
afterAll(async () => { await t.close(); });

describe('listing branches', () => {
  it("shows staff their own organisation's branches only", async () => {
    const res = await (await t.as('coach@coaching.passend.test')).get('/api/branches');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { id: await branchId(t, 'Kantoor Gent'), name: 'Kantoor Gent', address: 'Kortrijksesteenweg 12, 9000 Gent', active: true, version: 1 },
    ]);
    const employer = await (await t.as('supervisor@employer.passend.test')).get('/api/branches');
    expect(employer.body.items.map((b: { name: string }) => b.name)).toEqual(['Groenhof Gent-Zuid', 'Groenhof Mechelen']);
  });

  it('refuses clients and anonymous callers', async () => {
    expect(await (await t.as('client@client.passend.test')).get('/api/branches')).toBeProblem(403, 'forbidden');
    expect(await t.client().get('/api/branches')).toBeProblem(401, 'unauthenticated');
  });
});

describe('creating a branch', () => {
  it('adds a branch with an audit row', async () => {
    const res = await admin.post('/api/branches', { name: '  Kantoor Brugge ', address: 'Markt 1, 8000 Brugge' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Kantoor Brugge', address: 'Markt 1, 8000 Brugge', active: true, version: 1 });
    const [row] = await auditRows(t, 'branch.created');
    expect(row).toMatchObject({ entity: 'branch', entity_id: res.body.id, details: { name: 'Kantoor Brugge' } });
  });

  it('is for administrators only', async () => {
    for (const email of ['coach@coaching.passend.test', 'teamlead@coaching.passend.test', 'supervisor@employer.passend.test']) {
      expect(await (await t.as(email)).post('/api/branches', { name: `Van ${email}` })).toBeProblem(403, 'forbidden');
    }
    expect(await t.db.selectFrom('branches').select('id').where('name', 'like', 'Van %').execute()).toEqual([]);
  });

  it.each(['Kantoor Gent', 'KANTOOR gent'])('refuses a name already used in the organisation (%s)', async (name) => {
    const res = await admin.post('/api/branches', { name });
    expect(res).toBeProblem(409, 'conflict');
    expect(res.body.errors).toEqual([{ path: 'name', message: 'conflict' }]);
  });

  it('refuses a repeated name with letters beyond ASCII', async () => {
    expect((await admin.post('/api/branches', { name: 'Église Sint-Pieters' })).status).toBe(201);
    const res = await admin.post('/api/branches', { name: 'Église Sint-Pieters' });
    expect(res).toBeProblem(409, 'conflict');
    expect(res.body.errors).toEqual([{ path: 'name', message: 'conflict' }]);
  });

  it('allows the same name in another organisation', async () => {
    const hr = await t.as('hr@employer.passend.test');
    expect((await hr.post('/api/branches', { name: 'Kantoor Gent' })).status).toBe(201);
  });

  it('answers the loser of two simultaneous requests for one name with 409, not 500', async () => {
    const organisation = await organisationId(t, 'Jobcoaching Schelde');
    const res = await raceAgainst(
      t,
      (trx) => trx.insertInto('branches').values({ organisation_id: organisation, name: 'Kantoor Aalst' }).execute(),
      () => admin.post('/api/branches', { name: 'Kantoor Aalst' }),
    );
    expect(res).toBeProblem(409, 'conflict');
  });
});

describe('changing a branch', () => {
  let id = '';
  beforeAll(async () => {
    id = (await admin.post('/api/branches', { name: 'Kantoor Leuven', address: 'Bondgenotenlaan 1' })).body.id;
  });

  it('changes it with the current version', async () => {
    const res = await admin.put(`/api/branches/${id}`, { name: 'Kantoor Leuven-Centrum', address: 'Ladeuzeplein 2', active: false }, { 'if-match': '"1"' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id, name: 'Kantoor Leuven-Centrum', address: 'Ladeuzeplein 2', active: false, version: 2 });
    const [row] = await auditRows(t, 'branch.updated');
    expect(row).toMatchObject({ entity_id: id, details: { name: 'Kantoor Leuven-Centrum', active: false } });
  });

  it('may keep its own name in another case', async () => {
    expect((await admin.put(`/api/branches/${id}`, { name: 'KANTOOR Leuven-Centrum' }, { 'if-match': '"2"' })).status).toBe(200);
  });

  it('refuses a stale version with the current state', async () => {
    const res = await admin.put(`/api/branches/${id}`, { name: 'Overschreven' }, { 'if-match': '"1"' });
    expect(res).toBeProblem(412, 'stale_version');
    expect(res.body.current).toMatchObject({ id, name: 'KANTOOR Leuven-Centrum', version: 3 });
  });

  it('needs If-Match', async () => {
    expect(await admin.put(`/api/branches/${id}`, { name: 'Zonder versie' })).toBeProblem(428, 'precondition_required');
  });

  it("refuses another branch's name", async () => {
    expect(await admin.put(`/api/branches/${id}`, { name: 'kantoor gent' }, { 'if-match': '"3"' })).toBeProblem(409, 'conflict');
    const row = await t.db.selectFrom('branches').select(['name', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ name: 'KANTOOR Leuven-Centrum', version: 3 });
  });

  it('answers 404 for a branch that does not exist', async () => {
    expect(await admin.put('/api/branches/00000000-0000-4000-8000-000000000000', { name: 'Nergens' }, { 'if-match': '"1"' })).toBeProblem(404, 'not_found');
  });
});
