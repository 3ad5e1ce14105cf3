import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { organisationId, userId } from '../../../test/helpers.ts';

let t: TestApp;
let admin: TestClient;
let coachingId = '';
let employerId = '';

interface Entry { id: number; at: string; action: string; entity: string; entityId: string | null; actor: { id: string; name: string } | null }

beforeAll(async () => {
  t = await createTestApp();
  coachingId = await organisationId(t, 'Jobcoaching Schelde');
  employerId = await organisationId(t, 'Groenhof Supermarkten');
  admin = await t.as('admin@coaching.passend.test');
  await admin.post('/api/branches', { name: 'Kantoor Brugge' });
  await admin.post('/api/branches', { name: 'Kantoor Kortrijk' });
  await admin.post('/api/admin/users', { email: 'audit.invite@coaching.passend.test', name: 'Audit Invite', roles: [{ role: 'coach' }] });
  await t.as('coach@coaching.passend.test');
  const hr = await t.as('hr@employer.passend.test');
  await hr.post('/api/branches', { name: 'Groenhof Brugge' });
  // Two rows from long ago, for the date filters.
  for (const [at, action] of [['2020-01-15T12:00:00Z', 'test.january'], ['2020-02-15T12:00:00Z', 'test.february']] as const) {
    await t.db.insertInto('audit_log').values({ organisation_id: coachingId, actor_user_id: null, action, entity: 'test', at, details: '{}' }).execute();
  }
});
afterAll(async () => { await t.close(); });

async function page(query = ''): Promise<{ items: Entry[]; nextBefore: number | null }> {
  const res = await admin.get(`/api/audit${query}`);
  expect(res.status).toBe(200);
  return res.body;
}

describe('who may read the audit trail', () => {
  it.each(['coach@coaching.passend.test', 'teamlead@coaching.passend.test', 'supervisor@employer.passend.test', 'client@client.passend.test'])(
    'not %s',
    async (email) => {
      expect(await (await t.as(email)).get('/api/audit')).toBeProblem(403, 'forbidden');
    },
  );

  it('not someone signed out', async () => {
    expect(await t.client().get('/api/audit')).toBeProblem(401, 'unauthenticated');
  });

  it("an administrator, and only their own organisation's rows", async () => {
    const { items } = await page('?limit=200');
    const ids = items.map((e) => e.id);
    const own = await t.db.selectFrom('audit_log').select('id').where('organisation_id', '=', coachingId).orderBy('id', 'desc').execute();
    expect(ids).toEqual(own.map((r) => r.id));
    const employers = await t.db.selectFrom('audit_log').select('id').where('organisation_id', '=', employerId).execute();
    expect(employers.length).toBeGreaterThan(0);
    for (const r of employers) expect(ids).not.toContain(r.id);

    const hr = await t.as('hr@employer.passend.test');
    const theirs = (await hr.get('/api/audit?limit=200')).body.items as Entry[];
    expect(theirs.map((e) => e.action)).toContain('branch.created');
    for (const e of theirs) expect(ids).not.toContain(e.id);
  });
});

describe('filters', () => {
  it('by actor', async () => {
    const adminId = await userId(t, 'admin@coaching.passend.test');
    const { items } = await page(`?actor=${adminId}&limit=200`);
    expect(items.length).toBeGreaterThanOrEqual(4);
    for (const e of items) expect(e.actor).toEqual({ id: adminId, name: 'An Wouters' });
  });

  it('by action prefix', async () => {
    const { items } = await page('?action=branch.');
    expect(items.map((e) => e.action)).toEqual(['branch.created', 'branch.created']);
    expect((await page('?action=auth.login&limit=200')).items.every((e) => e.action.startsWith('auth.login'))).toBe(true);
  });

  it('treats % and _ in the action as plain characters', async () => {
    expect((await page('?action=%25')).items).toEqual([]);
    expect((await page('?action=branch_')).items).toEqual([]);
  });

  it('by entity', async () => {
    const { items } = await page('?entity=branch');
    expect(items.map((e) => e.action)).toEqual(['branch.created', 'branch.created']);
    expect(items.every((e) => e.entity === 'branch' && e.entityId)).toBe(true);
  });

  it('by dates, both ends included', async () => {
    expect((await page('?from=2020-01-15&to=2020-01-15')).items.map((e) => e.action)).toEqual(['test.january']);
    expect((await page('?from=2020-01-01&to=2020-12-31')).items.map((e) => e.action)).toEqual(['test.february', 'test.january']);
    expect((await page('?from=2020-01-16&to=2020-02-14')).items).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    const recent = (await page(`?from=${today}&limit=200`)).items;
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.map((e) => e.action)).not.toContain('test.january');
  });

  it('combines filters', async () => {
    const adminId = await userId(t, 'admin@coaching.passend.test');
    const { items } = await page(`?actor=${adminId}&entity=user&action=user.`);
    expect(items.map((e) => e.action)).toEqual(['user.invited']);
  });
});

describe('pagination', () => {
  it('walks the whole trail newest first with nextBefore', async () => {
    const all = (await page('?limit=200')).items.map((e) => e.id);
    expect(all.length).toBeGreaterThan(5);
    const walked: number[] = [];
    let before: number | null = null;
    for (let i = 0; i < 100; i++) {
      const res: { items: Entry[]; nextBefore: number | null } = await page(`?limit=2${before ? `&before=${before}` : ''}`);
      expect(res.items.length).toBeLessThanOrEqual(2);
      walked.push(...res.items.map((e) => e.id));
      before = res.nextBefore;
      if (before === null) break;
      expect(before).toBe(res.items.at(-1)!.id);
    }
    expect(walked).toEqual(all);
  });

  it('gives no cursor when the page holds the rest', async () => {
    const all = (await page('?limit=200')).items;
    expect((await page(`?limit=${all.length}`)).nextBefore).toBeNull();
    expect((await page(`?limit=${all.length - 1}`)).nextBefore).toBe(all.at(-2)!.id);
  });

  it('defaults to 50 per page', async () => {
    for (let i = 0; i < 55; i++) {
      await t.db.insertInto('audit_log').values({ organisation_id: coachingId, actor_user_id: null, action: 'test.filler', entity: 'test', at: new Date(), details: '{}' }).execute();
    }
    const res = await page();
    expect(res.items).toHaveLength(50);
    expect(res.nextBefore).toBe(res.items[49]!.id);
  });
});
