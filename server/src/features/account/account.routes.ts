import { z } from 'zod';
import { ChangePassword, Me, UpdateAccount } from '../../../../common/schemas/auth.ts';
import { destroyUserSessions } from '../../access/session.ts';
import { HttpProblem } from '../../lib/errors.ts';
import { createRouter, defineRoute, ifMatchVersion, json, jsonBody } from '../../lib/http.ts';
import { hashPassword, isAcceptablePassword, verifyPassword } from '../auth/password.ts';
import { revokeTokens, setPassword } from '../auth/auth.queries.ts';
import { getAccount, updateAccount } from './account.queries.ts';
import { toMe } from './me.ts';

const tags = ['account'];
const MeWithVersion = Me.extend({ version: z.number().int() }).meta({ id: 'Account' });

export function accountRoutes() {
  const app = createRouter();

  app.openapi(
    defineRoute('account.read', { method: 'get', path: '/api/me', tags, summary: 'The signed-in person, their organisation, roles and abilities', responses: { 200: json(MeWithVersion) } }),
    async (c) => {
      const scope = c.get('db');
      const account = await getAccount(scope.db, scope.me.userId);
      c.header('etag', `"${account.version}"`);
      return c.json({ ...toMe(scope.me), version: account.version }, 200);
    },
  );

  app.openapi(
    defineRoute('account.update', {
      method: 'patch', path: '/api/me', tags, summary: 'Change your name or language',
      request: { ...jsonBody(UpdateAccount), headers: z.object({ 'if-match': z.string().optional() }) },
      responses: { 200: json(MeWithVersion), 412: { description: 'Stale version' }, 428: { description: 'If-Match missing' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const version = ifMatchVersion(c.req.header('if-match'));
      const patch = c.req.valid('json');
      const updated = await scope.transaction(async (trx, audit) => {
        const row = await updateAccount(trx, scope.me.userId, version, patch);
        if (row) await audit({ action: 'account.updated', entity: 'user', entityId: scope.me.userId, details: { fields: Object.keys(patch) } });
        return row;
      });
      const account = await getAccount(scope.db, scope.me.userId);
      if (!updated) {
        throw new HttpProblem(412, 'stale_version', { current: { name: account.name, locale: account.locale, version: account.version } });
      }
      const actor = { ...scope.me, name: account.name, locale: account.locale };
      c.header('etag', `"${account.version}"`);
      return c.json({ ...toMe(actor), version: account.version }, 200);
    },
  );

  app.openapi(
    defineRoute('account.update', {
      method: 'post', path: '/api/me/password', tags, summary: 'Change your password; your other sessions end',
      request: jsonBody(ChangePassword), responses: { 204: { description: 'Changed' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { currentPassword, newPassword } = c.req.valid('json');
      const account = await getAccount(scope.db, scope.me.userId);
      if (!(await verifyPassword(account.password_hash, currentPassword))) {
        throw new HttpProblem(400, 'invalid_credentials', { errors: [{ path: 'currentPassword', message: 'invalid_credentials' }] });
      }
      if (!isAcceptablePassword(newPassword, account.email)) {
        throw new HttpProblem(400, 'weak_password', { errors: [{ path: 'newPassword', message: 'weak_password' }] });
      }
      const passwordHash = await hashPassword(newPassword);
      await scope.transaction(async (trx, audit) => {
        await setPassword(trx, scope.me.userId, passwordHash);
        await revokeTokens(trx, scope.me.userId, 'password_reset');
        await destroyUserSessions(trx, scope.me.userId, scope.me.sessionIdHash);
        await audit({ action: 'account.password_changed', entity: 'user', entityId: scope.me.userId });
      });
      return c.body(null, 204);
    },
  );

  return app;
}
