import { PortalAccount, PortalInvitationInput } from '../../../../common/schemas/clients.ts';
import { writeClient } from '../../access/clients.ts';
import { newToken } from '../../access/session.ts';
import type { Config } from '../../env.ts';
import { HttpProblem } from '../../lib/errors.ts';
import { IdParam, createRouter, defineRoute, json, jsonBody } from '../../lib/http.ts';
import { createAuthToken, revokeTokens } from '../auth/auth.queries.ts';
import { enqueueEmail } from '../mail/outbox.queries.ts';
import { INVITATION_TTL_DAYS, clientInvitationMail } from '../mail/templates.ts';
import { emailExists, insertInvitedUser, replaceRoles } from '../users/users.queries.ts';
import { linkClientAccount, lockClient, portalAccountOf } from './clients.queries.ts';

const tags = ['clients'];

/**
 * The client's own account for the portal. Their coaching team invites them: an account with
 * the client role in the coaching organisation, linked to the dossier, and an emailed link to
 * choose a password. While the invitation is not accepted it can be sent again (to the same
 * or a corrected address); the earlier link then stops working.
 */
export function portalAccountRoutes(config: Config) {
  const app = createRouter();

  app.openapi(
    defineRoute('clients.update', {
      method: 'post', path: '/api/clients/{id}/portal-account', tags,
      summary: 'Invite the client to their portal, or send the invitation again while it is not accepted',
      request: { params: IdParam, ...jsonBody(PortalInvitationInput) },
      responses: {
        201: json(PortalAccount, 'Invited: the link is on its way'),
        404: { description: 'No such client, or not yours to see' },
        409: { description: 'The client already uses their account, or the address belongs to someone else' },
      },
    }),
    async (c) => {
      const scope = c.get('db');
      const me = scope.me;
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const grant = await writeClient(scope, id);
      const token = newToken();
      const account = await scope.transaction(async (trx, audit) => {
        const client = await lockClient(trx, id);
        if (!client) throw new HttpProblem(404, 'not_found');
        const existing = await portalAccountOf(trx, id);
        if (existing && existing.status !== 'invited') throw new HttpProblem(409, 'conflict');
        const emailTaken = (existing?.email !== input.email) && (await emailExists(trx, input.email));
        if (emailTaken) throw new HttpProblem(409, 'email_taken', { errors: [{ path: 'email', message: 'email_taken' }] });
        const name = `${client.given_name} ${client.family_name}`;
        let userId: string;
        if (existing) {
          userId = existing.id;
          await revokeTokens(trx, userId, 'invitation');
          await trx.updateTable('users').set({ email: input.email, locale: input.locale, version: (eb) => eb('version', '+', 1) }).where('id', '=', userId).execute();
        } else {
          userId = (await insertInvitedUser(trx, grant.organisationId, { email: input.email, name, locale: input.locale })).id;
          await replaceRoles(trx, grant.organisationId, userId, [{ role: 'client', branchId: null }]);
          await linkClientAccount(trx, id, userId);
        }
        await createAuthToken(trx, { token, purpose: 'invitation', organisationId: grant.organisationId, userId, ttlMinutes: INVITATION_TTL_DAYS * 24 * 60 });
        const mail = clientInvitationMail(input.locale, client.given_name, me.organisationName, me.name, `${config.publicUrl}/accept-invitation?token=${token}`);
        await enqueueEmail(trx, { organisationId: grant.organisationId, to: input.email, ...mail });
        await audit({ action: existing ? 'client.portal_invitation_resent' : 'client.portal_invited', entity: 'client', entityId: id, details: { userId } });
        return { email: input.email, status: 'invited' as const };
      });
      return c.json(account, 201);
    },
  );

  return app;
}
