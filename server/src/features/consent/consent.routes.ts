import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  Consent, ConsentGrant, ConsentList, ConsentListQuery, ConsentParams, ConsentRecipientList,
} from '../../../../common/schemas/consent.ts';
import { readClient, writeClient } from '../../access/clients.ts';
import { HttpProblem, notFound } from '../../lib/errors.ts';
import { IdParam, createRouter, defineRoute, json, jsonBody, type AppEnv } from '../../lib/http.ts';
import { today } from './access-log.queries.ts';
import {
  getConsent, insertConsent, listConsents, listConsentsGivenTo, listRecipients, recipientEmployer, recipientOrganisation, withdrawConsent,
} from './consent.queries.ts';
import { registerPrivacyRoutes } from './privacy.routes.ts';

const tags = ['consents'];
const invalid = (path: string, message: string) => new HttpProblem(400, 'validation', { errors: [{ path, message }] });

function registerConsentRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    defineRoute('consents.read', {
      method: 'get', path: '/api/clients/{id}/consents', tags,
      summary: "A client's consents: all of them for the client and their coaches; a recipient sees those given to them for `purpose`",
      request: { params: IdParam, query: ConsentListQuery },
      responses: { 200: json(ConsentList), 404: { description: 'No such client, or not yours to see' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const { purpose } = c.req.valid('query');
      const grant = await readClient(scope, id, [], purpose);
      const items = grant.relation === 'recipient' && grant.purpose
        ? await listConsentsGivenTo(scope.db, id, scope.me, grant.purpose)
        : await listConsents(scope.db, id);
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    defineRoute('consents.give', {
      method: 'post', path: '/api/clients/{id}/consents', tags,
      summary: "Record a consent (the coach), or give one in the portal (the client, method 'portal')",
      request: { params: IdParam, ...jsonBody(ConsentGrant) },
      responses: { 201: json(Consent, 'Created'), 404: { description: 'No such client, or not yours' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const grant = await writeClient(scope, id, { allowSelf: true });
      // The portal is the client's own channel; a coach records what the client said or signed.
      if ((grant.relation === 'self') !== (input.method === 'portal')) {
        throw invalid('method', grant.relation === 'self' ? "A consent given in the portal has method 'portal'" : "Only the client gives a consent with method 'portal'");
      }
      const created = await scope.transaction(async (trx, audit) => {
        let recipientOrg: string | null = null;
        if (input.recipientEmployerId) {
          // An employer record the client's organisation keeps, without Passend accounts of its own.
          const employer = await recipientEmployer(trx, grant.organisationId, input.recipientEmployerId);
          if (!employer) throw invalid('recipientEmployerId', 'No such employer kept by the client\'s organisation');
          if (employer === 'linked') throw invalid('recipientEmployerId', 'This employer has its own Passend organisation: name that organisation');
        } else {
          recipientOrg = (await recipientOrganisation(trx, grant.organisationId, { organisationId: input.recipientOrganisationId, userId: input.recipientUserId })) ?? null;
          if (!recipientOrg) throw invalid(input.recipientUserId ? 'recipientUserId' : 'recipientOrganisationId', 'No such recipient outside the client\'s own organisation');
        }
        const validFrom = input.validFrom ?? (await today(trx));
        if (input.validUntil !== null && input.validUntil < validFrom) throw invalid('validUntil', 'Must not be before validFrom');
        const consentId = await insertConsent(trx, {
          organisationId: grant.organisationId,
          clientId: id,
          recipientOrganisationId: input.recipientOrganisationId ?? null,
          recipientUserId: input.recipientUserId ?? null,
          recipientEmployerId: input.recipientEmployerId ?? null,
          categories: input.categories,
          purpose: input.purpose,
          validFrom,
          validUntil: input.validUntil,
          method: input.method,
          evidence: input.evidence,
          recordedBy: scope.me.userId,
        });
        await audit({
          organisationId: grant.organisationId, action: 'consent.given', entity: 'consent', entityId: consentId,
          details: { clientId: id, recipientOrganisationId: recipientOrg, recipientUserId: input.recipientUserId ?? null, recipientEmployerId: input.recipientEmployerId ?? null, categories: input.categories, purpose: input.purpose, method: input.method },
        });
        return (await getConsent(trx, id, consentId))!;
      });
      return c.json(created, 201);
    },
  );

  app.openapi(
    defineRoute('consents.give', {
      method: 'post', path: '/api/clients/{id}/consents/{consentId}/withdraw', tags,
      summary: 'Withdraw a consent (the client or their coach); it stops on the next request',
      request: { params: ConsentParams },
      responses: { 200: json(Consent), 404: { description: 'No such client or consent' }, 409: { description: 'Already withdrawn' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, consentId } = c.req.valid('param');
      const grant = await writeClient(scope, id, { allowSelf: true });
      const withdrawn = await scope.transaction(async (trx, audit) => {
        if (!(await withdrawConsent(trx, id, consentId, scope.me.userId))) {
          if (await getConsent(trx, id, consentId)) throw new HttpProblem(409, 'conflict');
          throw notFound();
        }
        await audit({ organisationId: grant.organisationId, action: 'consent.withdrawn', entity: 'consent', entityId: consentId, details: { clientId: id } });
        return (await getConsent(trx, id, consentId))!;
      });
      return c.json(withdrawn, 200);
    },
  );

  app.openapi(
    defineRoute('consents.give', {
      method: 'get', path: '/api/consent-recipients', tags,
      summary: 'Who a consent can name: the other organisations on the platform and their people who work with client data, and your employer records without Passend accounts',
      responses: { 200: json(ConsentRecipientList) },
    }),
    async (c) => {
      const scope = c.get('db');
      return c.json(await listRecipients(scope.db, scope.organisationId), 200);
    },
  );
}

/** Consents, the access log and the export: what the client controls and sees of their data. */
export function consentRoutes() {
  const app = createRouter();
  registerConsentRoutes(app);
  registerPrivacyRoutes(app);
  return app;
}
