import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_MESSAGES } from '../../../../common/i18n/problems.ts';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../../test/harness.ts';
import { auditRows, meWith, sessionOf, userId } from '../../../test/helpers.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe('GET /api/me', () => {
  it('answers who is signed in, with abilities and the version as ETag', async () => {
    const c = await t.as('admin@coaching.passend.test');
    const res = await c.get('/api/me');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      email: 'admin@coaching.passend.test',
      roles: ['org_admin'],
      abilities: ['users.manage', 'branches.manage', 'audit.read', 'colleagues.read', 'branches.read', 'matching.read', 'matching.weights'],
      organisation: { name: 'Jobcoaching Schelde', kind: 'coaching', region: 'flanders' },
      version: 1,
    });
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 401 without a session', async () => {
    expect(await t.client().get('/api/me')).toBeProblem(401, 'unauthenticated');
    expect(await meWith(t, 'made-up-session-value')).toBeProblem(401, 'unauthenticated');
  });
});

describe('PATCH /api/me', () => {
  const email = 'coach@coaching.passend.test';

  it('needs If-Match', async () => {
    const c = await t.as(email);
    expect(await c.patch('/api/me', { name: 'Jonas P.' })).toBeProblem(428, 'precondition_required');
    expect((await c.get('/api/me')).body.name).toBe('Jonas Peeters');
  });

  it('changes name and language with the current version, and answers the new ETag', async () => {
    const c = await t.as(email);
    const etag = (await c.get('/api/me')).headers.get('etag')!;
    const res = await c.patch('/api/me', { name: '  Jonas P.  ', locale: 'en' }, { 'if-match': etag });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Jonas P.', locale: 'en', version: 2 });
    expect(res.headers.get('etag')).toBe('"2"');
    const me = await c.get('/api/me');
    expect(me.body).toMatchObject({ name: 'Jonas P.', locale: 'en' });
    expect(me.headers.get('etag')).toBe('"2"');
    const [row] = await auditRows(t, 'account.updated');
    expect(row).toMatchObject({ actor_user_id: await userId(t, email), details: { fields: ['name', 'locale'] } });
  });

  it('refuses a stale version with the current state, and changes nothing', async () => {
    const c = await t.as(email);
    const res = await c.patch('/api/me', { name: 'Overschreven' }, { 'if-match': '"1"' });
    expect(res).toBeProblem(412, 'stale_version');
    expect(res.body.current).toEqual({ name: 'Jonas P.', locale: 'en', version: 2 });
    expect((await c.get('/api/me')).body.name).toBe('Jonas P.');
  });

  it('accepts a weak ETag and refuses a malformed one', async () => {
    const c = await t.as(email);
    expect((await c.patch('/api/me', { locale: 'nl-BE' }, { 'if-match': 'W/"2"' })).status).toBe(200);
    expect(await c.patch('/api/me', { locale: 'en' }, { 'if-match': 'three' })).toBeProblem(400, 'bad_request');
  });
});

describe('POST /api/me/password', () => {
  const email = 'coach2@coaching.passend.test';
  const NEW = 'een-heel-nieuw-wachtwoord';

  it('needs the current password', async () => {
    const c = await t.as(email);
    const res = await c.post('/api/me/password', { currentPassword: 'niet-het-wachtwoord', newPassword: NEW });
    expect(res).toBeProblem(400, 'invalid_credentials');
    expect(res.body.errors).toEqual([{ path: 'currentPassword', message: 'invalid_credentials' }]);
    await t.client().login(email, DEMO_PASSWORD);
  });

  it('refuses a weak or too short new password', async () => {
    const c = await t.as(email);
    const weak = await c.post('/api/me/password', { currentPassword: DEMO_PASSWORD, newPassword: 'iloveyou' });
    expect(weak).toBeProblem(400, 'weak_password');
    expect(weak.body.errors).toEqual([{ path: 'newPassword', message: 'weak_password' }]);
    expect(await c.post('/api/me/password', { currentPassword: DEMO_PASSWORD, newPassword: email })).toBeProblem(400, 'weak_password');
    expect(await c.post('/api/me/password', { currentPassword: DEMO_PASSWORD, newPassword: 'kort' })).toBeProblem(400, 'validation');
  });

  it('changes the password and ends the other sessions, not this one', async () => {
    const elsewhere = await t.as(email);
    const here = await t.as(email);
    const res = await here.post('/api/me/password', { currentPassword: DEMO_PASSWORD, newPassword: NEW });
    expect(res.status).toBe(204);
    expect((await here.get('/api/me')).status).toBe(200);
    expect(await meWith(t, sessionOf(elsewhere))).toBeProblem(401, 'unauthenticated');
    expect(await t.client('198.51.120.1').post('/api/auth/login', { email, password: DEMO_PASSWORD })).toBeProblem(401, 'invalid_credentials');
    await t.client().login(email, NEW);
    const [row] = await auditRows(t, 'account.password_changed');
    expect(row).toMatchObject({ actor_user_id: await userId(t, email), entity_id: await userId(t, email) });
  });
});

describe("problem details in the caller's language", () => {
  it('uses nl-BE by default and Accept-Language when given', async () => {
    const c = t.client();
    expect((await c.get('/api/me')).body.detail).toBe(PROBLEM_MESSAGES['nl-BE'].unauthenticated);
    expect((await c.get('/api/me', { 'accept-language': 'en-GB,en;q=0.9' })).body.detail).toBe(PROBLEM_MESSAGES.en.unauthenticated);
    expect((await c.get('/api/me', { 'accept-language': 'nl-NL' })).body.detail).toBe(PROBLEM_MESSAGES['nl-NL'].unauthenticated);
    expect((await c.get('/api/nowhere', { 'accept-language': 'en' })).body.detail).toBe(PROBLEM_MESSAGES.en.not_found);
  });

  it("uses the signed-in person's own language over the browser's", async () => {
    const c = await t.as('teamlead@coaching.passend.test');
    const etag = (await c.get('/api/me')).headers.get('etag')!;
    expect((await c.patch('/api/me', { locale: 'en' }, { 'if-match': etag })).status).toBe(200);
    const res = await c.get('/api/admin/users', { 'accept-language': 'nl-BE' });
    expect(res).toBeProblem(403, 'forbidden');
    expect(res.body.detail).toBe(PROBLEM_MESSAGES.en.forbidden);
  });
});
