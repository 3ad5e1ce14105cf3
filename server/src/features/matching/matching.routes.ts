import { z } from 'zod';
import type { DataCategory } from '../../../../common/consent.ts';
import { ClientMatches, MatchesQuery, MatchWeights, MatchWeightsSettings, VacancyMatches } from '../../../../common/schemas/matching.ts';
import { readClient } from '../../access/clients.ts';
import type { Scope } from '../../access/scope.ts';
import { HttpProblem, notFound } from '../../lib/errors.ts';
import { IdParam, createRouter, defineRoute, ifMatchVersion, json, jsonBody } from '../../lib/http.ts';
import { getVacancy } from '../vacancies/vacancies.queries.ts';
import { candidateCache } from './matching.cache.ts';
import { toCandidate, toMatchVacancy } from './matching.loader.ts';
import {
  candidateRows, checklistsOf, clientRef, clientRefs, consentedCandidates, openVacancies, organisationRegion, resetWeights, saveWeights, teamCandidates,
  vacancyForMatching, weightsRow,
} from './matching.queries.ts';
import { checkedWeights, toClientMatches, toVacancyMatches, toWeightsSettings, weightsInForce } from './matching.service.ts';
import { rankCandidates, rankVacancies } from './score.ts';

/**
 * Rankings (docs/matching.md) and the organisation's weights. Who may be ranked is decided on
 * every request (never cached) and handed to the score as `only`: nobody outside it is scored,
 * counted or listed. Every client shown to someone outside their own coaches is an audited read.
 */

const tags = ['matching'];
const IfMatch = z.object({ 'if-match': z.string().optional() });
const writeResponses = { 400: { description: 'Weights out of range' }, 412: { description: 'Stale version' }, 428: { description: 'If-Match missing' } };
/** What a ranking shows of a client: who they are and their vocational profile. */
const SHOWN: DataCategory[] = ['identity', 'vocational_profile'];

/** Records a read of each client shown, the way readClient does, in one transaction. */
async function auditShown(scope: Scope, clientIds: readonly string[], details: { purpose: 'job_finding' | null; relation: 'recipient' | 'team_lead'; vacancyId: string }) {
  if (clientIds.length === 0) return;
  await scope.transaction(async (_trx, audit) => {
    for (const id of clientIds) {
      await audit({ action: 'client.read', entity: 'client', entityId: id, details: { categories: SHOWN, ...details } });
    }
  });
}

export function matchingRoutes() {
  const app = createRouter();

  app.openapi(
    defineRoute('matching.read', {
      method: 'get', path: '/api/vacancies/{id}/matches', tags,
      summary: 'Candidates for a vacancy, best first, with their reasons: your own clients in phase 3–4, or (employers, intermediaries) those whose consent allows proposing them to you',
      request: { params: IdParam, query: MatchesQuery },
      responses: { 200: json(VacancyMatches), 404: { description: 'No such vacancy, or not yours to see' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const me = scope.me;
      const { id } = c.req.valid('param');
      const { limit } = c.req.valid('query');
      const visible = await getVacancy(scope.db, me, id);
      if (!visible) throw notFound();
      const organisationId = visible.organisation_id;
      const team = organisationId === me.organisationId;
      // Who may be ranked, decided now: never from a cache.
      const [allowed, vacancy, weights, cached] = await Promise.all([
        team ? teamCandidates(scope.db, me, organisationId) : consentedCandidates(scope.db, me, organisationId),
        vacancyForMatching(scope.db, id),
        weightsRow(scope.db, organisationId).then(weightsInForce),
        candidateCache.get(scope.db, organisationId),
      ]);
      if (!vacancy) throw notFound();
      const only = new Set(allowed.map((a) => a.id));
      const ranking = rankCandidates(toMatchVacancy(vacancy), cached.index, weights, limit, { only });
      const shown = [...ranking.results.map((r) => r.id), ...ranking.excluded.map((e) => e.id)];
      const [refs, checklists] = await Promise.all([
        clientRefs(scope.db, organisationId, shown),
        team ? checklistsOf(scope.db, id, ranking.results.map((r) => r.id)) : null,
      ]);
      if (team) {
        const led = new Set(allowed.flatMap((a) => ('coached' in a && !a.coached ? [a.id] : [])));
        await auditShown(scope, shown.filter((cid) => led.has(cid)), { purpose: null, relation: 'team_lead', vacancyId: id });
      } else {
        await auditShown(scope, shown, { purpose: 'job_finding', relation: 'recipient', vacancyId: id });
      }
      return c.json(toVacancyMatches({ id: vacancy.id, title: vacancy.title }, ranking, refs, checklists), 200);
    },
  );

  app.openapi(
    defineRoute('matching.read', {
      method: 'get', path: '/api/clients/{id}/matches', tags,
      summary: 'Open vacancies of your organisation for one of your clients, best first, with their reasons',
      request: { params: IdParam, query: MatchesQuery },
      responses: { 200: json(ClientMatches), 404: { description: 'No such client, or not one your team coaches' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const { limit } = c.req.valid('query');
      // The client's own coaching team only (a team lead's read is audited by readClient); anyone else: not found.
      const grant = await readClient(scope, id, SHOWN);
      if (grant.relation !== 'coach' && grant.relation !== 'team_lead') throw notFound();
      const [ref, rows, region, vacancies, weights] = await Promise.all([
        clientRef(scope.db, id),
        candidateRows(scope.db, grant.organisationId, id),
        organisationRegion(scope.db, grant.organisationId),
        openVacancies(scope.db, grant.organisationId),
        weightsRow(scope.db, grant.organisationId).then(weightsInForce),
      ]);
      if (!ref || !rows[0]) throw notFound();
      const ranking = rankVacancies(toCandidate(rows[0], region), vacancies.map(toMatchVacancy), weights, limit);
      return c.json(toClientMatches(ref, ranking, new Map(vacancies.map((v) => [v.id, v]))), 200);
    },
  );

  app.openapi(
    defineRoute('matching.read', {
      method: 'get', path: '/api/matching/weights', tags,
      summary: 'The weights your organisation ranks with, and the defaults (version 0 while the defaults are in force)',
      responses: { 200: json(MatchWeightsSettings) },
    }),
    async (c) => {
      const scope = c.get('db');
      return c.json(toWeightsSettings(await weightsRow(scope.db, scope.organisationId)), 200);
    },
  );

  app.openapi(
    defineRoute('matching.weights', {
      method: 'put', path: '/api/matching/weights', tags,
      summary: 'Set your organisation\'s weights, every field (If-Match: the current version, "0" while the defaults are in force)',
      request: { headers: IfMatch, ...jsonBody(MatchWeights) },
      responses: { 200: json(MatchWeightsSettings), ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const expected = ifMatchVersion(c.req.header('if-match'));
      const weights = checkedWeights(c.req.valid('json'));
      await scope.transaction(async (trx, audit) => {
        const version = await saveWeights(trx, scope.organisationId, expected, scope.me.userId, weights);
        if (version === undefined) throw new HttpProblem(412, 'stale_version', { current: toWeightsSettings(await weightsRow(trx, scope.organisationId)) });
        await audit({ action: 'matching.weights_saved', entity: 'organisation', entityId: scope.organisationId, details: { version, weights } });
      });
      return c.json(toWeightsSettings(await weightsRow(scope.db, scope.organisationId)), 200);
    },
  );

  app.openapi(
    defineRoute('matching.weights', {
      method: 'delete', path: '/api/matching/weights', tags,
      summary: 'Back to the default weights (If-Match: the current version)',
      request: { headers: IfMatch },
      responses: { 200: json(MatchWeightsSettings), ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const expected = ifMatchVersion(c.req.header('if-match'));
      await scope.transaction(async (trx, audit) => {
        if (!(await resetWeights(trx, scope.organisationId, expected))) {
          throw new HttpProblem(412, 'stale_version', { current: toWeightsSettings(await weightsRow(trx, scope.organisationId)) });
        }
        await audit({ action: 'matching.weights_reset', entity: 'organisation', entityId: scope.organisationId, details: { from: expected } });
      });
      return c.json(toWeightsSettings(await weightsRow(scope.db, scope.organisationId)), 200);
    },
  );

  return app;
}
