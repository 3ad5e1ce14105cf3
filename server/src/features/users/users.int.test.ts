import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestApp, type TestClient } from '../../../test/harness.ts';
import {
  branchId, mailedToken, mailsTo, meWith, organisationId, raceAgainst, sessionCount, sessionOf, userId,
} from '../../../test/helpers.ts';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin@coaching.passend.test');
});
afterAll(async () => { await t.close(); });

const GOOD_PASSWORD = 'mijn-eigen-wachtwoord';

async function version(email: string): Promise<string> {
  const row = await t.db.selectFrom('users').select('version').where('email', '=', email).executeTakeFirstOrThrow();
  return `"${row.version}"`;
}

describe('listing people', () => {
  it('shows an administrator the people of their own organisation with roles', async () => {
    const res = await admin.get('/api/admin/users');
    expect(res.status).toBe(200);
    const emails = res.body.items.map((u: { email: string }) => u.email);
    expect(emails).toContain('coach@coaching.passend.test');
    expect(emails).toContain('client@client.passend.test');
    expect(emails).not.toContain('hr@employer.passend.test');
    const lead = res.body.items.find((u: { email: string }) => u.email === 'teamlead@coaching.passend.test');
    expect(lead.roles).toEqual([{ role: 'coach', branchId: null }, { role: 'team_lead', branchId: null }]);
  });

  it('refuses people management to anyone but an administrator', async () => {
    for (const email of ['coach@coaching.passend.test', 'teamlead@coaching.passend.test', 'client@client.passend.test']) {
      const c = await t.as(email);
      expect(await c.get('/api/admin/users')).toBeProblem(403, 'forbidden');
      expect(await c.post('/api/admin/users', { email: 'x@coaching.passend.test', name: 'X', roles: [{ role: 'coach' }] })).toBeProblem(403, 'forbidden');
    }
    expect(await t.client().get('/api/admin/users')).toBeProblem(401, 'unauthenticated');
  });

  it('shows staff their active colleagues, without clients, and refuses clients', async () => {
    const coach = await t.as('coach@coaching.passend.test');
    const res = await coach.get('/api/colleagues');
    expect(res.status).toBe(200);
    const emails = res.body.items.map((u: { email: string }) => u.email);
    expect(emails).toEqual(expect.arrayContaining(['admin@coaching.passend.test', 'coach2@coaching.passend.test']));
    expect(emails).not.toContain('client@client.passend.test');
    expect(emails).not.toContain('hr@employer.passend.test');
    expect(await (await t.as('client@client.passend.test')).get('/api/colleagues')).toBeProblem(403, 'forbidden');
  });
});

describe('invitations', () => {
  const email = 'nieuwe.coach@coaching.passend.test';
  let token = '';

  it('invites a person: an invited account, a queued email and an audit row', async () => {
    const res = await admin.post('/api/admin/users', { email: ' Nieuwe.Coach@Coaching.passend.test', name: 'Nieuwe Coach', roles: [{ role: 'coach' }] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email, name: 'Nieuwe Coach', status: 'invited', roles: [{ role: 'coach', branchId: null }], version: 1 });
    const mails = await mailsTo(t, email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('An Wouters');
    expect(mails[0]!.body_text).toContain('http://localhost:3000/accept-invitation?token=');
    token = await mailedToken(t, email);
  });

  it('shows the invitation before it is accepted', async () => {
    const res = await t.client().get(`/api/auth/invitations/${token}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ email, name: 'Nieuwe Coach', organisationName: 'Jobcoaching Schelde' });
  });

  it('refuses a weak password without using up the invitation', async () => {
    const res = await t.client().post('/api/auth/invitations/accept', { token, password: '12345678' });
    expect(res).toBeProblem(400, 'weak_password');
    expect((await t.client().get(`/api/auth/invitations/${token}`)).status).toBe(200);
  });

  it('signs the person in on acceptance, active and with the given roles', async () => {
    const c = t.client();
    const res = await c.post('/api/auth/invitations/accept', { token, password: GOOD_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ email, roles: ['coach'], abilities: ['colleagues.read', 'branches.read', 'clients.create', 'clients.update', 'action_plans.write', 'consents.give', 'employers.write', 'vacancies.write', 'matching.read', 'placements.write'] });
    expect((await c.get('/api/me')).body.email).toBe(email);
    const row = await t.db.selectFrom('users').select(['status', 'password_hash']).where('email', '=', email).executeTakeFirstOrThrow();
    expect(row.status).toBe('active');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    await t.client().login(email, GOOD_PASSWORD);
  });

  it('refuses to use an invitation twice', async () => {
    expect(await t.client().post('/api/auth/invitations/accept', { token, password: 'weer-een-ander-wachtwoord' })).toBeProblem(400, 'token_invalid');
    expect(await t.client().get(`/api/auth/invitations/${token}`)).toBeProblem(404, 'token_invalid');
    await t.client().login(email, GOOD_PASSWORD);
  });

  it('refuses an expired invitation', async () => {
    const other = 'laat@coaching.passend.test';
    expect((await admin.post('/api/admin/users', { email: other, name: 'Te Laat', roles: [{ role: 'coach' }] })).status).toBe(201);
    const late = await mailedToken(t, other);
    await t.db.updateTable('auth_tokens').set({ expires_at: new Date(Date.now() - 1000) }).where('user_id', '=', await userId(t, other)).execute();
    expect(await t.client().get(`/api/auth/invitations/${late}`)).toBeProblem(404, 'token_invalid');
    expect(await t.client().post('/api/auth/invitations/accept', { token: late, password: GOOD_PASSWORD })).toBeProblem(400, 'token_invalid');
  });

  it('refuses an email address that already has an account, in any organisation', async () => {
    for (const taken of ['coach@coaching.passend.test', 'HR@employer.passend.test']) {
      const res = await admin.post('/api/admin/users', { email: taken, name: 'Dubbel', roles: [{ role: 'coach' }] });
      expect(res).toBeProblem(409, 'email_taken');
      expect(res.body.errors).toEqual([{ path: 'email', message: 'email_taken' }]);
    }
  });
});

describe('simultaneous invitations', () => {
  it('answers the loser for one address with 409, not 500, and mails nothing', async () => {
    const email = 'gelijktijdig@coaching.passend.test';
    const organisation = await organisationId(t, 'Jobcoaching Schelde');
    const res = await raceAgainst(
      t,
      (trx) => trx.insertInto('users').values({ organisation_id: organisation, email, name: 'Eerste', password_hash: null }).execute(),
      () => admin.post('/api/admin/users', { email, name: 'Tweede', roles: [{ role: 'coach' }] }),
    );
    expect(res.status).toBe(409);
    expect(await mailsTo(t, email)).toEqual([]);
  });
});

/** Invites someone with these roles; what came back, and whether an account was made. */
async function invite(c: TestClient, email: string, roles: unknown[]) {
  const res = await c.post('/api/admin/users', { email, name: 'Regel Test', roles });
  const created = (await t.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) !== undefined;
  return { status: res.status, code: res.body?.code, errors: res.body?.errors, created };
}
const refusal = (errors: { path: string; message: string }[]) => ({ status: 400, code: 'validation', errors, created: false });

describe('role rules', () => {
  let hr: TestClient;
  beforeAll(async () => { hr = await t.as('hr@employer.passend.test'); });

  it('needs a branch of the own organisation for a supervisor', async () => {
    expect(await invite(hr, 'sup1@employer.passend.test', [{ role: 'supervisor' }])).toEqual(refusal([{ path: 'roles.0.branchId', message: 'branch_required' }]));
    const otherOrgsBranch = await branchId(t, 'Kantoor Gent');
    expect(await invite(hr, 'sup2@employer.passend.test', [{ role: 'supervisor', branchId: otherOrgsBranch }])).toEqual(refusal([{ path: 'roles', message: 'branch_required' }]));
    expect(await invite(hr, 'sup3@employer.passend.test', [{ role: 'supervisor', branchId: '00000000-0000-4000-8000-000000000000' }])).toEqual(refusal([{ path: 'roles', message: 'branch_required' }]));

    const own = await branchId(t, 'Groenhof Mechelen');
    const ok = await hr.post('/api/admin/users', { email: 'sup4@employer.passend.test', name: 'Chef Mechelen', roles: [{ role: 'supervisor', branchId: own }] });
    expect(ok.status).toBe(201);
    expect(ok.body.roles).toEqual([{ role: 'supervisor', branchId: own }]);
  });

  it("hands out only the organisation's kind of roles", async () => {
    expect(await invite(admin, 'hr1@coaching.passend.test', [{ role: 'hr_officer' }])).toEqual(refusal([{ path: 'roles.0.role', message: 'role_not_for_organisation' }]));
    expect(await invite(hr, 'coach1@employer.passend.test', [{ role: 'coach' }])).toEqual(refusal([{ path: 'roles.0.role', message: 'role_not_for_organisation' }]));
  });

  it('keeps the client role alone', async () => {
    expect(await invite(admin, 'mix@coaching.passend.test', [{ role: 'client' }, { role: 'coach' }])).toEqual(refusal([{ path: 'roles', message: 'client_only' }]));
  });

  it('applies the same rules when roles are changed', async () => {
    const id = await userId(t, 'coach2@coaching.passend.test');
    const res = await admin.put(`/api/admin/users/${id}/roles`, { roles: [{ role: 'hr_officer' }] }, { 'if-match': await version('coach2@coaching.passend.test') });
    expect(res).toBeProblem(400, 'validation');
    expect(res.body.errors).toEqual([{ path: 'roles.0.role', message: 'role_not_for_organisation' }]);
  });
});

describe('changing roles', () => {
  const email = 'coach2@coaching.passend.test';

  it('replaces the roles when the version is current', async () => {
    const id = await userId(t, email);
    const before = await version(email);
    const res = await admin.put(`/api/admin/users/${id}/roles`, { roles: [{ role: 'coach' }, { role: 'team_lead' }] }, { 'if-match': before });
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual([{ role: 'coach', branchId: null }, { role: 'team_lead', branchId: null }]);
    expect(`"${res.body.version}"`).toBe(await version(email));
    expect(res.body.version).toBe(Number(before.replaceAll('"', '')) + 1);
  });

  it('refuses a stale version with the current state, and a missing one', async () => {
    const id = await userId(t, email);
    const stale = await admin.put(`/api/admin/users/${id}/roles`, { roles: [{ role: 'coach' }] }, { 'if-match': '"1"' });
    expect(stale).toBeProblem(412, 'stale_version');
    expect(stale.body.current).toMatchObject({ id, email, roles: [{ role: 'coach', branchId: null }, { role: 'team_lead', branchId: null }] });
    expect(await admin.put(`/api/admin/users/${id}/roles`, { roles: [{ role: 'coach' }] })).toBeProblem(428, 'precondition_required');
    const roles = await t.db.selectFrom('user_roles').select('role').where('user_id', '=', id).orderBy('role').execute();
    expect(roles.map((r) => r.role)).toEqual(['coach', 'team_lead']);
  });
});

describe('the last administrator', () => {
  const email = 'admin@coaching.passend.test';

  it('cannot lose the administrator role', async () => {
    const id = await userId(t, email);
    const res = await admin.put(`/api/admin/users/${id}/roles`, { roles: [{ role: 'coach' }] }, { 'if-match': await version(email) });
    expect(res).toBeProblem(409, 'last_admin');
    const roles = await t.db.selectFrom('user_roles').select('role').where('user_id', '=', id).execute();
    expect(roles.map((r) => r.role)).toEqual(['org_admin']);
  });

  it('cannot be deactivated', async () => {
    const id = await userId(t, email);
    expect(await admin.post(`/api/admin/users/${id}/deactivate`, {}, { 'if-match': await version(email) })).toBeProblem(409, 'last_admin');
    const row = await t.db.selectFrom('users').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.status).toBe('active');
    expect((await admin.get('/api/me')).status).toBe(200);
  });

  it('does not count an administrator who is only invited', async () => {
    expect((await admin.post('/api/admin/users', { email: 'admin2@coaching.passend.test', name: 'Tweede Beheerder', roles: [{ role: 'org_admin' }] })).status).toBe(201);
    const id = await userId(t, email);
    expect(await admin.put(`/api/admin/users/${id}/roles`, { roles: [{ role: 'coach' }] }, { 'if-match': await version(email) })).toBeProblem(409, 'last_admin');
  });

  it('can step down once another administrator is active', async () => {
    const other = 'coach2@coaching.passend.test';
    const otherId = await userId(t, other);
    const promoted = await admin.put(`/api/admin/users/${otherId}/roles`, { roles: [{ role: 'org_admin' }] }, { 'if-match': await version(other) });
    expect(promoted.status).toBe(200);
    const id = await userId(t, email);
    const res = await admin.put(`/api/admin/users/${id}/roles`, { roles: [{ role: 'coach' }] }, { 'if-match': await version(email) });
    expect(res.status).toBe(200);
    expect(await admin.get('/api/admin/users')).toBeProblem(403, 'forbidden');
    // The new administrator puts things back and steps down in turn.
    const second = await t.as(other);
    expect((await second.put(`/api/admin/users/${id}/roles`, { roles: [{ role: 'org_admin' }] }, { 'if-match': await version(email) })).status).toBe(200);
    const down = await second.put(`/api/admin/users/${otherId}/roles`, { roles: [{ role: 'coach' }] }, { 'if-match': await version(other) });
    expect(down.status).toBe(200);
    expect((await admin.get('/api/admin/users')).status).toBe(200);
  });
});

describe('deactivation', () => {
  const email = 'coach@coaching.passend.test';

  it('ends the open sessions at once and refuses sign-in', async () => {
    const a = await t.as(email);
    const b = await t.as(email);
    const id = await userId(t, email);
    const res = await admin.post(`/api/admin/users/${id}/deactivate`, {}, { 'if-match': await version(email) });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('deactivated');
    expect(await sessionCount(t, email)).toBe(0);
    expect(await a.get('/api/me')).toBeProblem(401, 'unauthenticated');
    expect(await meWith(t, sessionOf(b))).toBeProblem(401, 'unauthenticated');
    expect(await t.client('198.51.110.1').post('/api/auth/login', { email, password: DEMO_PASSWORD })).toBeProblem(401, 'invalid_credentials');
  });

  it('does not mail a password reset to a deactivated person', async () => {
    await t.client().post('/api/auth/password-reset', { email });
    expect(await mailsTo(t, email)).toEqual([]);
  });

  it('lets a reactivated person sign in again', async () => {
    const id = await userId(t, email);
    const res = await admin.post(`/api/admin/users/${id}/reactivate`, {}, { 'if-match': await version(email) });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('active');
    await t.client().login(email);
  });

  it('makes a person who never chose a password invited again, not active', async () => {
    const invitee = 'nooit@coaching.passend.test';
    await admin.post('/api/admin/users', { email: invitee, name: 'Nooit Aangemeld', roles: [{ role: 'coach' }] });
    const token = await mailedToken(t, invitee);
    const id = await userId(t, invitee);
    expect((await admin.post(`/api/admin/users/${id}/deactivate`, {}, { 'if-match': await version(invitee) })).status).toBe(200);
    expect(await t.client().post('/api/auth/invitations/accept', { token, password: GOOD_PASSWORD })).toBeProblem(400, 'token_invalid');
    const res = await admin.post(`/api/admin/users/${id}/reactivate`, {}, { 'if-match': await version(invitee) });
    expect(res.body.status).toBe('invited');
  });

  it('refuses a stale version', async () => {
    const id = await userId(t, email);
    const res = await admin.post(`/api/admin/users/${id}/deactivate`, {}, { 'if-match': '"1"' });
    expect(res).toBeProblem(412, 'stale_version');
    expect(res.body.current).toMatchObject({ id, status: 'active' });
    expect((await t.db.selectFrom('users').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('active');
  });
});

describe('sending an invitation again', () => {
  const email = 'again@coaching.passend.test';

  it('mails a new link that works, and the earlier link no longer does', async () => {
    await admin.post('/api/admin/users', { email, name: 'Nog Eens', roles: [{ role: 'coach' }] });
    const first = await mailedToken(t, email);
    const res = await admin.post(`/api/admin/users/${await userId(t, email)}/invitation`);
    expect(res.status).toBe(202);
    const second = await mailedToken(t, email);
    expect(second).not.toBe(first);
    expect(await mailsTo(t, email)).toHaveLength(2);
    expect(await t.client().get(`/api/auth/invitations/${first}`)).toBeProblem(404, 'token_invalid');
    const accepted = await t.client().post('/api/auth/invitations/accept', { token: second, password: GOOD_PASSWORD });
    expect(accepted.status).toBe(200);
  });

  it('refuses a person who already chose a password', async () => {
    const res = await admin.post(`/api/admin/users/${await userId(t, email)}/invitation`);
    expect(res).toBeProblem(409, 'conflict');
  });

  it("answers 404 for another organisation's person and mails nothing", async () => {
    const hr = 'hr@employer.passend.test';
    const before = (await mailsTo(t, hr)).length;
    const res = await admin.post(`/api/admin/users/${await userId(t, hr)}/invitation`);
    expect(res).toBeProblem(404, 'not_found');
    expect(await mailsTo(t, hr)).toHaveLength(before);
  });
});
