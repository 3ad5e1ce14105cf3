import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../../test/harness.ts';
import {
  ageSession, mailedToken, mailsTo, meWith, rawRequest, sessionCount, sessionOf,
} from '../../../test/helpers.ts';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, THROTTLE_WINDOW_MINUTES } from './throttle.queries.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const COACH = 'coach@coaching.passend.test';
const NEW_PASSWORD = 'nieuw-wachtwoord-voor-leen';

describe('sign-in', () => {
  it('signs in a demo account and returns who they are', async () => {
    const c = t.client();
    const res = await c.login(COACH);
    expect(res.body.email).toBe(COACH);
    expect(res.body.roles).toEqual(['coach']);
    expect(res.body.csrfToken).toBe(c.cookie('passend_csrf'));
    const me = await c.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.organisation.kind).toBe('coaching');
  });

  it('reads the email address case-insensitively and without surrounding spaces', async () => {
    const res = await t.client().post('/api/auth/login', { email: '  Coach@Coaching.Passend.TEST ', password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.email).toBe(COACH);
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const c = t.client('198.51.100.1');
    const wrong = await c.post('/api/auth/login', { email: COACH, password: 'not-the-password' });
    const unknown = await c.post('/api/auth/login', { email: 'nobody@coaching.passend.test', password: 'not-the-password' });
    expect(wrong).toBeProblem(401, 'invalid_credentials');
    expect(unknown).toBeProblem(401, 'invalid_credentials');
    expect(unknown.body).toEqual(wrong.body);
    expect(c.cookie('passend_session')).toBeUndefined();
  });

  it('refuses a person who was invited but never chose a password', async () => {
    const admin = await t.as('admin@coaching.passend.test');
    const invited = await admin.post('/api/admin/users', { email: 'pending@coaching.passend.test', name: 'Nog Niet', roles: [{ role: 'coach' }] });
    expect(invited.status).toBe(201);
    const res = await t.client('198.51.100.2').post('/api/auth/login', { email: 'pending@coaching.passend.test', password: DEMO_PASSWORD });
    expect(res).toBeProblem(401, 'invalid_credentials');
  });

  it('sets the session cookie httpOnly and SameSite, and the CSRF cookie readable by the page', async () => {
    const res = await t.client().post('/api/auth/login', { email: COACH, password: DEMO_PASSWORD });
    const cookies = res.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('passend_session='));
    const csrf = cookies.find((c) => c.startsWith('passend_csrf='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(csrf).toMatch(/SameSite=Strict/i);
    expect(csrf).not.toMatch(/HttpOnly/i);
  });
});

describe('throttling', () => {
  it(`holds an account back after ${MAX_FAILURES_PER_ACCOUNT} failures, even with the right password`, async () => {
    const email = 'coach@partner.passend.test';
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      // Each attempt from its own address: this is the per-account limit, not the per-address one.
      const res = await t.client(`198.51.101.${i + 1}`).post('/api/auth/login', { email, password: `wrong-${i}` });
      expect(res).toBeProblem(401, 'invalid_credentials');
    }
    const res = await t.client('198.51.101.100').post('/api/auth/login', { email, password: DEMO_PASSWORD });
    expect(res).toBeProblem(429, 'too_many_requests');
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(THROTTLE_WINDOW_MINUTES * 60);
    // Another account from the same address is not affected.
    expect((await t.client('198.51.101.100').post('/api/auth/login', { email: COACH, password: DEMO_PASSWORD })).status).toBe(200);
  });

  it('forgets earlier failures of an account after a successful sign-in', async () => {
    const email = 'teamlead@coaching.passend.test';
    const c = t.client('198.51.102.1');
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) {
        expect((await c.post('/api/auth/login', { email, password: 'wrong' })).status).toBe(401);
      }
      expect((await c.post('/api/auth/login', { email, password: DEMO_PASSWORD })).status).toBe(200);
    }
  });

  it(`holds an address back after ${MAX_FAILURES_PER_ADDRESS} failures across accounts`, async () => {
    const ip = '198.51.103.1';
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      const res = await t.client(ip).post('/api/auth/login', { email: `guess${i}@coaching.passend.test`, password: 'wrong' });
      expect(res.status).toBe(401);
    }
    const email = 'supervisor@employer.passend.test';
    const held = await t.client(ip).post('/api/auth/login', { email, password: DEMO_PASSWORD });
    expect(held).toBeProblem(429, 'too_many_requests');
    expect(Number(held.headers.get('retry-after'))).toBeGreaterThan(0);
    // The account itself is fine from elsewhere.
    expect((await t.client('198.51.103.2').post('/api/auth/login', { email, password: DEMO_PASSWORD })).status).toBe(200);
  });
});

describe('sessions', () => {
  it('issues a new session id at every sign-in and ends the old one', async () => {
    const c = t.client();
    await c.login(COACH);
    const first = sessionOf(c);
    await c.login(COACH);
    const second = sessionOf(c);
    expect(second).not.toBe(first);
    expect((await meWith(t, first)).status).toBe(401);
    expect((await meWith(t, second)).status).toBe(200);
  });

  it('ends the session on the server at logout', async () => {
    const c = await t.as(COACH);
    const session = sessionOf(c);
    const res = await c.post('/api/auth/logout');
    expect(res.status).toBe(204);
    expect(c.cookie('passend_session')).toBeUndefined();
    expect(await meWith(t, session)).toBeProblem(401, 'unauthenticated');
  });

  it.each([
    ['idle for longer than the idle timeout', 'last_seen_at' as const, '-121 minutes'],
    ['past its absolute lifetime', 'expires_at' as const, '-1 minute'],
  ])('refuses a session %s', async (_name, column, interval) => {
    const c = await t.as(COACH);
    const session = sessionOf(c);
    await ageSession(t, session, column, interval);
    expect(await c.get('/api/me')).toBeProblem(401, 'unauthenticated');
    expect((await meWith(t, session)).status).toBe(401);
  });

  it('keeps a session that is used within the idle timeout', async () => {
    const c = await t.as(COACH);
    await ageSession(t, sessionOf(c), 'last_seen_at', '-119 minutes');
    expect((await c.get('/api/me')).status).toBe(200);
    expect((await c.get('/api/me')).status).toBe(200);
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without the header', async () => {
    const c = await t.as(COACH);
    const res = await rawRequest(t, 'POST', '/api/auth/logout', {
      cookies: { passend_session: sessionOf(c), passend_csrf: c.cookie('passend_csrf') },
    });
    expect(res).toBeProblem(403, 'csrf');
    expect((await c.get('/api/me')).status).toBe(200);
  });

  it('refuses a header that differs from the cookie', async () => {
    const c = await t.as(COACH);
    expect(await c.post('/api/auth/logout', {}, { 'x-csrf-token': 'forged' })).toBeProblem(403, 'csrf');
    expect((await c.get('/api/me')).status).toBe(200);
  });

  it("refuses a header equal to a planted cookie that is not the session's token", async () => {
    const c = await t.as(COACH);
    const res = await rawRequest(t, 'POST', '/api/auth/logout', {
      cookies: { passend_session: sessionOf(c), passend_csrf: 'planted' },
      headers: { 'x-csrf-token': 'planted' },
    });
    expect(res).toBeProblem(403, 'csrf');
  });

  it('refuses sign-in without the header too (login CSRF)', async () => {
    const res = await rawRequest(t, 'POST', '/api/auth/login', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: COACH, password: DEMO_PASSWORD }),
    });
    expect(res).toBeProblem(403, 'csrf');
  });

  it.each(['https://evil.example', 'http://localhost:3000.evil.example', 'null'])('refuses Origin %s', async (origin) => {
    const c = await t.as(COACH);
    expect(await c.post('/api/auth/logout', {}, { origin })).toBeProblem(403, 'csrf');
    expect((await c.get('/api/me')).status).toBe(200);
  });

  it('accepts the public origin and an origin matching the Host header', async () => {
    const a = await t.as(COACH);
    expect((await a.post('/api/auth/logout', {}, { origin: 'http://localhost:3000' })).status).toBe(204);
    const b = await t.as(COACH);
    const res = await b.post('/api/auth/logout', {}, { origin: 'https://passend.example.be', host: 'passend.example.be' });
    expect(res.status).toBe(204);
  });

  it('does not ask for the header on reads', async () => {
    const c = await t.as(COACH);
    const res = await rawRequest(t, 'GET', '/api/me', { cookies: { passend_session: sessionOf(c) } });
    expect(res.status).toBe(200);
  });
});

describe('password reset', () => {
  const email = 'coach2@coaching.passend.test';

  it('always answers 202 and mails only existing accounts', async () => {
    const c = t.client();
    expect((await c.post('/api/auth/password-reset', { email: 'nobody@nowhere.test' })).status).toBe(202);
    expect(await mailsTo(t, 'nobody@nowhere.test')).toEqual([]);
    expect((await c.post('/api/auth/password-reset', { email })).status).toBe(202);
    const mails = await mailsTo(t, email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body_text).toContain('http://localhost:3000/reset-password?token=');
  });

  it('sets the new password with the mailed token once, and ends every session of the person', async () => {
    const a = await t.as(email);
    const b = await t.as(email);
    await t.client().post('/api/auth/password-reset', { email });
    const token = await mailedToken(t, email);

    const weak = await t.client().post('/api/auth/password-reset/confirm', { token, password: 'password1' });
    expect(weak).toBeProblem(400, 'weak_password');
    expect(weak.body.errors).toEqual([{ path: 'password', message: 'weak_password' }]);

    const res = await t.client().post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(res.status).toBe(204);
    expect((await a.get('/api/me')).status).toBe(401);
    expect((await b.get('/api/me')).status).toBe(401);
    expect(await sessionCount(t, email)).toBe(0);

    expect(await t.client().post('/api/auth/login', { email, password: DEMO_PASSWORD })).toBeProblem(401, 'invalid_credentials');
    await t.client().login(email, NEW_PASSWORD);

    const again = await t.client().post('/api/auth/password-reset/confirm', { token, password: 'nog-een-ander-wachtwoord' });
    expect(again).toBeProblem(400, 'token_invalid');
    await t.client().login(email, NEW_PASSWORD);
  });

  it('refuses an expired token', async () => {
    await t.db.deleteFrom('auth_tokens').execute(); // a fresh hour for the mail limit
    await t.client().post('/api/auth/password-reset', { email });
    const token = await mailedToken(t, email);
    await t.db.updateTable('auth_tokens').set({ expires_at: new Date(Date.now() - 60_000) }).where('purpose', '=', 'password_reset').execute();
    expect(await t.client().post('/api/auth/password-reset/confirm', { token, password: 'een-goed-nieuw-wachtwoord' })).toBeProblem(400, 'token_invalid');
    await t.client().login(email, NEW_PASSWORD);
  });

  it('refuses an unknown token and an invitation token', async () => {
    expect(await t.client().post('/api/auth/password-reset/confirm', { token: 'x'.repeat(43), password: 'een-goed-nieuw-wachtwoord' })).toBeProblem(400, 'token_invalid');
    const admin = await t.as('admin@coaching.passend.test');
    await admin.post('/api/admin/users', { email: 'invitee-reset@coaching.passend.test', name: 'Inge Vite', roles: [{ role: 'coach' }] });
    const invitation = await mailedToken(t, 'invitee-reset@coaching.passend.test');
    expect(await t.client().post('/api/auth/password-reset/confirm', { token: invitation, password: 'een-goed-nieuw-wachtwoord' })).toBeProblem(400, 'token_invalid');
  });

  it('sends at most 3 reset mails per hour to one account', async () => {
    const target = 'teamlead@coaching.passend.test';
    for (let i = 0; i < 5; i++) {
      expect((await t.client().post('/api/auth/password-reset', { email: target })).status).toBe(202);
    }
    expect(await mailsTo(t, target)).toHaveLength(3);
  });
});

describe('demo information', () => {
  it('lists the demo accounts and password in demo mode', async () => {
    const res = await t.client().get('/api/auth/demo');
    expect(res.status).toBe(200);
    expect(res.body.demoMode).toBe(true);
    expect(res.body.password).toBe(DEMO_PASSWORD);
    expect(res.body.accounts.map((a: { email: string }) => a.email)).toContain('admin@coaching.passend.test');
  });

  it('lists nothing outside demo mode', async () => {
    const real = await createTestApp({ demoMode: false });
    try {
      const res = await real.client().get('/api/auth/demo');
      expect(res.body).toEqual({ demoMode: false, accounts: [] });
    } finally {
      await real.close();
    }
  });
});
