import { z } from 'zod';
import { ColleagueList, InviteUser, UpdateRoles, UserList, UserSummary } from '../../../../common/schemas/admin.ts';
import type { Role } from '../../../../common/roles.ts';
import { destroyUserSessions, newToken } from '../../access/session.ts';
import type { Config } from '../../env.ts';
import { HttpProblem } from '../../lib/errors.ts';
import { IdParam, createRouter, defineRoute, ifMatchVersion, json, jsonBody } from '../../lib/http.ts';
import { createAuthToken, revokeTokens } from '../auth/auth.queries.ts';
import { enqueueEmail } from '../mail/outbox.queries.ts';
import { INVITATION_TTL_DAYS, invitationMail } from '../mail/templates.ts';
import {
  branchesExist, bumpVersion, emailExists, getUser, insertInvitedUser, listColleagues, listUsers, lockOrganisation,
  otherActiveAdmins, replaceRoles,
} from './users.queries.ts';
import { roleIssues } from './users.rules.ts';

const tags = ['users'];
const IfMatch = z.object({ 'if-match': z.string().optional() });

type UserRow = NonNullable<Awaited<ReturnType<typeof getUser>>>;
const toSummary = (u: Omit<UserRow, 'locale' | 'has_password'>): UserSummary => ({
  id: u.id, name: u.name, email: u.email, status: u.status, version: u.version, createdAt: u.created_at.toISOString(),
  roles: u.roles.map((r) => ({ role: r.role as Role, branchId: r.branchId })),
});

export function userRoutes(config: Config) {
  const app = createRouter();

  app.openapi(
    defineRoute('colleagues.read', { method: 'get', path: '/api/colleagues', tags, summary: 'Active colleagues in your organisation', responses: { 200: json(ColleagueList) } }),
    async (c) => {
      const scope = c.get('db');
      const rows = await listColleagues(scope.db, scope.organisationId);
      return c.json({ items: rows.map((r) => ({ ...r, roles: r.roles as Role[] })) }, 200);
    },
  );

  app.openapi(
    defineRoute('users.manage', { method: 'get', path: '/api/admin/users', tags, summary: 'People of your organisation', responses: { 200: json(UserList) } }),
    async (c) => {
      const scope = c.get('db');
      return c.json({ items: (await listUsers(scope.db, scope.organisationId)).map(toSummary) }, 200);
    },
  );

  app.openapi(
    defineRoute('users.manage', {
      method: 'post', path: '/api/admin/users', tags, summary: 'Invite a person: an emailed link to choose a password',
      request: jsonBody(InviteUser), responses: { 201: json(UserSummary, 'Invited'), 409: { description: 'Email in use' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const input = c.req.valid('json');
      const me = scope.me;
      await checkRoles(scope.db, me.organisationKind, me.organisationId, input.roles);
      if (await emailExists(scope.db, input.email)) {
        throw new HttpProblem(409, 'email_taken', { errors: [{ path: 'email', message: 'email_taken' }] });
      }
      const token = newToken();
      const created = await scope.transaction(async (trx, audit) => {
        const { id } = await insertInvitedUser(trx, me.organisationId, { email: input.email, name: input.name, locale: me.locale });
        await replaceRoles(trx, me.organisationId, id, input.roles);
        await createAuthToken(trx, { token, purpose: 'invitation', organisationId: me.organisationId, userId: id, ttlMinutes: INVITATION_TTL_DAYS * 24 * 60 });
        const mail = invitationMail(me.locale, input.name, me.organisationName, me.name, `${config.publicUrl}/accept-invitation?token=${token}`);
        await enqueueEmail(trx, { organisationId: me.organisationId, to: input.email, ...mail });
        await audit({ action: 'user.invited', entity: 'user', entityId: id, details: { roles: input.roles.map((r) => r.role) } });
        return getUser(trx, me.organisationId, id);
      });
      return c.json(toSummary(created!), 201);
    },
  );

  app.openapi(
    defineRoute('users.manage', {
      method: 'put', path: '/api/admin/users/{id}/roles', tags, summary: 'Replace the roles of a person',
      request: { params: IdParam, headers: IfMatch, ...jsonBody(UpdateRoles) },
      responses: { 200: json(UserSummary), 404: { description: 'Not in your organisation' }, 412: { description: 'Stale version' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const me = scope.me;
      const { id } = c.req.valid('param');
      const { roles } = c.req.valid('json');
      const version = ifMatchVersion(c.req.header('if-match'));
      await checkRoles(scope.db, me.organisationKind, me.organisationId, roles);
      const updated = await scope.transaction(async (trx, audit) => {
        await lockOrganisation(trx, me.organisationId);
        const user = await getUser(trx, me.organisationId, id, true);
        if (!user) throw new HttpProblem(404, 'not_found');
        if (user.version !== version) throw new HttpProblem(412, 'stale_version', { current: toSummary(user) });
        const losesAdmin = user.roles.some((r) => r.role === 'org_admin') && !roles.some((r) => r.role === 'org_admin');
        if (losesAdmin && (await otherActiveAdmins(trx, me.organisationId, id)) === 0) throw new HttpProblem(409, 'last_admin');
        await replaceRoles(trx, me.organisationId, id, roles);
        await bumpVersion(trx, me.organisationId, id, version);
        await audit({ action: 'user.roles_changed', entity: 'user', entityId: id, details: { from: user.roles, to: roles } });
        return getUser(trx, me.organisationId, id);
      });
      return c.json(toSummary(updated!), 200);
    },
  );

  for (const [verb, status] of [['deactivate', 'deactivated'], ['reactivate', 'active']] as const) {
    app.openapi(
      defineRoute('users.manage', {
        method: 'post', path: `/api/admin/users/{id}/${verb}`, tags,
        summary: verb === 'deactivate' ? 'Deactivate a person: they cannot sign in and their sessions end' : 'Reactivate a deactivated person',
        request: { params: IdParam, headers: IfMatch },
        responses: { 200: json(UserSummary), 404: { description: 'Not in your organisation' }, 412: { description: 'Stale version' } },
      }),
      async (c) => {
        const scope = c.get('db');
        const me = scope.me;
        const { id } = c.req.valid('param');
        const version = ifMatchVersion(c.req.header('if-match'));
        const updated = await scope.transaction(async (trx, audit) => {
          await lockOrganisation(trx, me.organisationId);
        const user = await getUser(trx, me.organisationId, id, true);
          if (!user) throw new HttpProblem(404, 'not_found');
          if (user.version !== version) throw new HttpProblem(412, 'stale_version', { current: toSummary(user) });
          if (status === 'deactivated') {
            const isAdmin = user.roles.some((r) => r.role === 'org_admin');
            if (isAdmin && (await otherActiveAdmins(trx, me.organisationId, id)) === 0) throw new HttpProblem(409, 'last_admin');
            await destroyUserSessions(trx, id);
          }
          // A person who never chose a password is invited again, not active, when reactivated.
          const next = status === 'active' && !user.has_password ? 'invited' : status;
          await bumpVersion(trx, me.organisationId, id, version, next);
          await audit({ action: `user.${verb}d`, entity: 'user', entityId: id });
          return getUser(trx, me.organisationId, id);
        });
        return c.json(toSummary(updated!), 200);
      },
    );
  }

  app.openapi(
    defineRoute('users.manage', {
      method: 'post', path: '/api/admin/users/{id}/invitation', tags,
      summary: 'Send a new invitation link to a person who has not chosen a password yet; earlier links stop working',
      request: { params: IdParam },
      responses: { 202: { description: 'Sent' }, 404: { description: 'Not in your organisation' }, 409: { description: 'Already active or deactivated' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const me = scope.me;
      const { id } = c.req.valid('param');
      const token = newToken();
      await scope.transaction(async (trx, audit) => {
        const user = await getUser(trx, me.organisationId, id, true);
        if (!user) throw new HttpProblem(404, 'not_found');
        if (user.status !== 'invited') throw new HttpProblem(409, 'conflict');
        await revokeTokens(trx, id, 'invitation');
        await createAuthToken(trx, { token, purpose: 'invitation', organisationId: me.organisationId, userId: id, ttlMinutes: INVITATION_TTL_DAYS * 24 * 60 });
        const mail = invitationMail(user.locale, user.name, me.organisationName, me.name, `${config.publicUrl}/accept-invitation?token=${token}`);
        await enqueueEmail(trx, { organisationId: me.organisationId, to: user.email, ...mail });
        await audit({ action: 'user.invitation_resent', entity: 'user', entityId: id });
      });
      return c.body(null, 202);
    },
  );

  return app;
}

async function checkRoles(db: Parameters<typeof branchesExist>[0], kind: Parameters<typeof roleIssues>[0], organisationId: string, roles: Parameters<typeof roleIssues>[1]) {
  const issues = roleIssues(kind, roles);
  if (issues.length === 0 && !(await branchesExist(db, organisationId, roles.flatMap((r) => (r.branchId ? [r.branchId] : []))))) {
    issues.push({ path: 'roles', message: 'branch_required' });
  }
  if (issues.length > 0) throw new HttpProblem(400, 'validation', { errors: issues });
}
