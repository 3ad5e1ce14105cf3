import { z } from 'zod';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import type { Role } from '../../../../common/roles.ts';
import {
  CsrfResponse, DemoInfo, InvitationInfo, LoginRequest, Me, PasswordResetRequest, TokenWithPassword,
} from '../../../../common/schemas/auth.ts';
import { CSRF_COOKIE, SESSION_COOKIE, createSession, destroySession, destroyUserSessions, loadActor, newToken, sha256 } from '../../access/session.ts';
import type { Config } from '../../env.ts';
import { HttpProblem } from '../../lib/errors.ts';
import { createRouter, defineRoute, json, jsonBody, type AppEnv } from '../../lib/http.ts';
import { toMe } from '../account/me.ts';
import { DEMO_ACCOUNT_EMAILS } from '../demo/accounts.ts';
import { enqueueEmail } from '../mail/outbox.queries.ts';
import { INVITATION_TTL_DAYS, PASSWORD_RESET_TTL_HOURS, passwordResetMail } from '../mail/templates.ts';
import {
  createAuthToken, findUsableToken, findUserByEmail, listDemoAccounts, markTokenUsed, recentResetCount, revokeTokens, setPassword,
} from './auth.queries.ts';
import { hashPassword, isAcceptablePassword, verifyPassword } from './password.ts';
import { forgiveAttempt, reserveAttempt } from './throttle.queries.ts';

const MAX_RESETS_PER_HOUR = 3;
const tags = ['auth'];

function setCsrfCookie(c: Context<AppEnv>, token: string, config: Config) {
  setCookie(c, CSRF_COOKIE, token, { path: '/', sameSite: 'Strict', secure: config.cookieSecure, httpOnly: false });
}

async function startSession(c: Context<AppEnv>, user: { id: string; organisation_id: string }) {
  const config = c.get('config');
  const scope = c.get('db');
  const old = getCookie(c, SESSION_COOKIE);
  if (old) await destroySession(scope.db, sha256(old)); // a new session id at every sign-in
  const timeouts = { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours };
  const { token, csrfToken } = await createSession(scope.db, user, { ip: c.get('ip'), userAgent: c.req.header('user-agent') ?? '' }, timeouts);
  setCookie(c, SESSION_COOKIE, token, {
    path: '/', httpOnly: true, sameSite: 'Lax', secure: config.cookieSecure, maxAge: config.sessionAbsoluteHours * 3600,
  });
  setCsrfCookie(c, csrfToken, config);
  const actor = await loadActor(scope.db, token, timeouts);
  if (!actor) throw new HttpProblem(500, 'internal');
  return actor;
}

function requireGoodPassword(password: string, email: string) {
  if (!isAcceptablePassword(password, email)) {
    throw new HttpProblem(400, 'weak_password', { errors: [{ path: 'password', message: 'weak_password' }] });
  }
}

export function authRoutes(config: Config) {
  const app = createRouter();

  app.openapi(
    defineRoute('public', { method: 'get', path: '/api/auth/csrf', tags, summary: 'Get (and set) the CSRF token', responses: { 200: json(CsrfResponse) } }),
    (c) => {
      const actor = c.get('actor');
      const token = actor?.csrfToken ?? getCookie(c, CSRF_COOKIE) ?? newToken();
      setCsrfCookie(c, token, config);
      return c.json({ csrfToken: token }, 200);
    },
  );

  app.openapi(
    defineRoute('public', {
      method: 'post', path: '/api/auth/login', tags, summary: 'Sign in with email and password',
      request: jsonBody(LoginRequest),
      responses: { 200: json(Me, 'Signed in'), 429: { description: 'Too many failed attempts' } },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const scope = c.get('db');
      const ip = c.get('ip');
      const wait = await reserveAttempt(scope.db, email, ip);
      if (wait > 0) throw new HttpProblem(429, 'too_many_requests', { headers: { 'retry-after': String(wait) } });
      const user = await findUserByEmail(scope.db, email);
      const ok = await verifyPassword(user?.status === 'active' ? user.password_hash : null, password);
      if (!user || !ok) {
        if (user) {
          await scope.transaction((_trx, audit) =>
            audit({ organisationId: user.organisation_id, actorUserId: null, action: 'auth.login_failed', entity: 'user', entityId: user.id }),
          );
        }
        throw new HttpProblem(401, 'invalid_credentials');
      }
      await forgiveAttempt(scope.db, email, ip);
      const actor = await startSession(c, user);
      await scope.transaction((_trx, audit) =>
        audit({ organisationId: user.organisation_id, actorUserId: user.id, action: 'auth.login', entity: 'user', entityId: user.id }),
      );
      return c.json(toMe(actor), 200);
    },
  );

  app.openapi(
    defineRoute('public', { method: 'post', path: '/api/auth/logout', tags, summary: 'Sign out: ends the session on the server', responses: { 204: { description: 'Signed out' } } }),
    async (c) => {
      const actor = c.get('actor');
      const scope = c.get('db');
      if (actor) {
        await scope.transaction(async (trx, audit) => {
          await destroySession(trx, actor.sessionIdHash);
          await audit({ action: 'auth.logout', entity: 'user', entityId: actor.userId });
        });
      }
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      setCsrfCookie(c, newToken(), config);
      return c.body(null, 204);
    },
  );

  app.openapi(
    defineRoute('public', {
      method: 'post', path: '/api/auth/password-reset', tags, summary: 'Email a single-use password-reset link',
      description: 'Always answers 202, whether or not the address has an account.',
      request: jsonBody(PasswordResetRequest), responses: { 202: { description: 'Accepted' } },
    }),
    async (c) => {
      const { email } = c.req.valid('json');
      const scope = c.get('db');
      const user = await findUserByEmail(scope.db, email);
      if (user && user.status === 'active' && (await recentResetCount(scope.db, user.id)) < MAX_RESETS_PER_HOUR) {
        const token = newToken();
        const mail = passwordResetMail(user.locale, user.name, `${config.publicUrl}/reset-password?token=${token}`);
        await scope.transaction(async (trx, audit) => {
          await createAuthToken(trx, { token, purpose: 'password_reset', organisationId: user.organisation_id, userId: user.id, ttlMinutes: PASSWORD_RESET_TTL_HOURS * 60 });
          await enqueueEmail(trx, { organisationId: user.organisation_id, to: user.email, ...mail });
          await audit({ organisationId: user.organisation_id, actorUserId: null, action: 'auth.password_reset_requested', entity: 'user', entityId: user.id });
        });
      }
      return c.body(null, 202);
    },
  );

  app.openapi(
    defineRoute('public', {
      method: 'post', path: '/api/auth/password-reset/confirm', tags, summary: 'Choose a new password with a reset token',
      request: jsonBody(TokenWithPassword), responses: { 204: { description: 'Password changed; every session ended' } },
    }),
    async (c) => {
      const { token, password } = c.req.valid('json');
      const scope = c.get('db');
      const found = await findUsableToken(scope.db, token, 'password_reset');
      if (!found || found.status !== 'active') throw new HttpProblem(400, 'token_invalid');
      requireGoodPassword(password, found.email);
      const passwordHash = await hashPassword(password);
      await scope.transaction(async (trx, audit) => {
        const locked = await findUsableToken(trx, token, 'password_reset', true);
        if (!locked) throw new HttpProblem(400, 'token_invalid');
        await markTokenUsed(trx, locked.token_hash);
        await revokeTokens(trx, locked.user_id, 'password_reset');
        await setPassword(trx, locked.user_id, passwordHash);
        await destroyUserSessions(trx, locked.user_id);
        await audit({ organisationId: locked.organisation_id, actorUserId: locked.user_id, action: 'auth.password_reset', entity: 'user', entityId: locked.user_id });
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    defineRoute('public', {
      method: 'get', path: '/api/auth/invitations/{token}', tags, summary: 'Look at an invitation before accepting it',
      request: { params: z.object({ token: z.string().min(10).max(200) }) },
      responses: { 200: json(InvitationInfo), 404: { description: 'Unknown, used or expired' } },
    }),
    async (c) => {
      const found = await findUsableToken(c.get('db').db, c.req.valid('param').token, 'invitation');
      if (!found) throw new HttpProblem(404, 'token_invalid');
      return c.json({ email: found.email, name: found.name, organisationName: found.organisation_name }, 200);
    },
  );

  app.openapi(
    defineRoute('public', {
      method: 'post', path: '/api/auth/invitations/accept', tags, summary: 'Accept an invitation: choose a password and sign in',
      description: `Invitation links are valid for ${INVITATION_TTL_DAYS} days.`,
      request: jsonBody(TokenWithPassword), responses: { 200: json(Me, 'Signed in') },
    }),
    async (c) => {
      const { token, password } = c.req.valid('json');
      const scope = c.get('db');
      const found = await findUsableToken(scope.db, token, 'invitation');
      if (!found || found.status === 'deactivated') throw new HttpProblem(400, 'token_invalid');
      requireGoodPassword(password, found.email);
      const passwordHash = await hashPassword(password);
      await scope.transaction(async (trx, audit) => {
        const locked = await findUsableToken(trx, token, 'invitation', true);
        if (!locked) throw new HttpProblem(400, 'token_invalid');
        await markTokenUsed(trx, locked.token_hash);
        await setPassword(trx, locked.user_id, passwordHash);
        await audit({ organisationId: locked.organisation_id, actorUserId: locked.user_id, action: 'user.invitation_accepted', entity: 'user', entityId: locked.user_id });
      });
      const actor = await startSession(c, { id: found.user_id, organisation_id: found.organisation_id });
      return c.json(toMe(actor), 200);
    },
  );

  app.openapi(
    defineRoute('public', { method: 'get', path: '/api/auth/demo', tags, summary: 'Demo mode and its accounts (listed only in demo mode)', responses: { 200: json(DemoInfo) } }),
    async (c) => {
      if (!config.demoMode) return c.json({ demoMode: false, accounts: [] }, 200);
      const rows = await listDemoAccounts(c.get('db').db, DEMO_ACCOUNT_EMAILS);
      const accounts = rows.map((r) => ({ email: r.email, name: r.name, roles: r.roles as Role[], organisationName: r.organisation_name }));
      return c.json({ demoMode: true, password: config.demoPassword, accounts }, 200);
    },
  );

  return app;
}
