import { isDeepStrictEqual } from 'node:util';
import { Engagement, EngagementInput, PurposeQuery } from '../../../../common/schemas/clients.ts';
import { readClient, writeClient } from '../../access/clients.ts';
import { HttpProblem } from '../../lib/errors.ts';
import { IdParam, createRouter, defineRoute, ifMatchVersion, json, jsonBody } from '../../lib/http.ts';
import { IfMatch, writeResponses } from '../clients/clients.routes.ts';
import { contentOf, ensureEngagement, getEngagement, recordAgreement, saveEngagement } from './engagement.queries.ts';

const tags = ['trajectory'];

/**
 * Phase 1, klantbetrokkenheid (003 ~2600–3000): first contact, first appointment, planning
 * conversation, support network, the client's informed decision, and the report of the initial
 * dialogue that both parties agree to (003 ~2847). Category action_plan.
 */
export function engagementRoutes() {
  const app = createRouter();

  app.openapi(
    defineRoute('clients.read', {
      method: 'get', path: '/api/clients/{id}/engagement', tags, summary: 'Phase 1: engagement and the report of the initial dialogue',
      request: { params: IdParam, query: PurposeQuery }, responses: { 200: json(Engagement), 404: writeResponses[404] },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      await readClient(scope, id, ['action_plan'], c.req.valid('query').purpose);
      return c.json((await getEngagement(scope.db, id)).engagement, 200);
    },
  );

  app.openapi(
    defineRoute('clients.update', {
      method: 'put', path: '/api/clients/{id}/engagement', tags,
      summary: 'Save the engagement record; a change after someone agreed clears the agreements',
      request: { params: IdParam, headers: IfMatch, ...jsonBody(EngagementInput) }, responses: { 200: json(Engagement), ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const version = ifMatchVersion(c.req.header('if-match'));
      const grant = await writeClient(scope, id);
      const saved = await scope.transaction(async (trx, audit) => {
        await ensureEngagement(trx, grant.organisationId, id);
        const { engagement, row } = await getEngagement(trx, id, true);
        if (engagement.version !== version) throw new HttpProblem(412, 'stale_version', { current: engagement });
        const changed = !isDeepStrictEqual(contentOf(row!), input);
        const agreed = engagement.agreements.client !== null || engagement.agreements.coach !== null;
        const result = (await saveEngagement(trx, id, version, scope.me.userId, input, changed && agreed))!;
        await audit({ action: 'client.engagement_saved', entity: 'client', entityId: id, details: { changed, agreementsCleared: changed && agreed } });
        return result;
      });
      return c.json(saved, 200);
    },
  );

  app.openapi(
    defineRoute('clients.agree', {
      method: 'post', path: '/api/clients/{id}/engagement/agree', tags,
      summary: 'Agree to the report of the initial dialogue as it stands (If-Match): as the client, or as their coach',
      request: { params: IdParam, headers: IfMatch },
      responses: { 200: json(Engagement), ...writeResponses, 409: { description: 'There is no report to agree to yet' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const version = ifMatchVersion(c.req.header('if-match'));
      const grant = await writeClient(scope, id, { allowSelf: true });
      const party = grant.relation === 'self' ? 'client' : 'coach';
      const agreed = await scope.transaction(async (trx, audit) => {
        const { engagement } = await getEngagement(trx, id, true);
        if (engagement.version !== version) throw new HttpProblem(412, 'stale_version', { current: engagement });
        if (engagement.dialogueReport === '') throw new HttpProblem(409, 'conflict');
        const result = (await recordAgreement(trx, id, version, party, scope.me.name))!;
        await audit({ action: 'client.engagement_agreed', entity: 'client', entityId: id, details: { party } });
        return result;
      });
      return c.json(agreed, 200);
    },
  );

  return app;
}
