import { z } from 'zod';
import { MatchChecklist, MatchChecklistInput, MatchPairParam } from '../../../../common/schemas/matching.ts';
import type { Scope } from '../../access/scope.ts';
import { HttpProblem, notFound } from '../../lib/errors.ts';
import { createRouter, defineRoute, ifMatchVersion, json, jsonBody } from '../../lib/http.ts';
import { getVacancy } from '../vacancies/vacancies.queries.ts';
import { isOwnVacancy } from '../vacancies/vacancies.service.ts';
import { getChecklist, saveChecklist, type ChecklistRow } from './checklist.queries.ts';
import { coachingTeam } from './placements.service.ts';
import { scorePair } from '../matching/matching.pair.ts';

const tags = ['matching'];
const IfMatch = z.object({ 'if-match': z.string().optional() });
const notVisible = { description: 'No such vacancy or client, or not yours to see' };

/** The saved checklist, or an empty one at version 0. */
export function toChecklist(vacancyId: string, clientId: string, row: ChecklistRow | undefined): MatchChecklist {
  if (!row) return { vacancyId, clientId, ...MatchChecklistInput.parse({}), scoreAtSave: null, version: 0, updatedAt: null, updatedBy: null };
  // Items added to the checklist later read as unknown in checklists saved before.
  const { answers } = MatchChecklistInput.parse({ answers: {} });
  return {
    vacancyId, clientId,
    answers: { ...answers, ...row.answers } as MatchChecklist['answers'],
    durationKind: row.duration_kind as MatchChecklist['durationKind'],
    decision: row.decision as MatchChecklist['decision'],
    decisionNote: row.decision_note,
    scoreAtSave: row.score_at_save === null ? null : Number(row.score_at_save),
    version: row.version, updatedAt: new Date(row.updated_at).toISOString(), updatedBy: { id: row.updated_by, name: row.by_name },
  };
}

/**
 * The pair as the checklist needs it: the vacancy is the organisation's own (a linked
 * employer's view of it does not count) and the actor is on the client's coaching team.
 */
async function pair(scope: Scope, vacancyId: string, clientId: string, mode: 'read' | 'write') {
  const vacancy = await getVacancy(scope.db, scope.me, vacancyId);
  if (!vacancy || !isOwnVacancy(scope.me, vacancy)) throw notFound();
  await coachingTeam(scope, clientId, mode);
  return vacancy;
}

/** The job-match checklist (003 ~4403–4430) of one vacancy and one client. */
export function checklistRoutes() {
  const app = createRouter();
  const path = '/api/vacancies/{id}/matches/{clientId}/checklist';

  app.openapi(
    defineRoute('matching.read', {
      method: 'get', path, tags, summary: 'The job-match checklist of this vacancy and client (version 0 and all unknown while none was saved)',
      request: { params: MatchPairParam }, responses: { 200: json(MatchChecklist), 404: notVisible },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, clientId } = c.req.valid('param');
      await pair(scope, id, clientId, 'read');
      return c.json(toChecklist(id, clientId, await getChecklist(scope.db, id, clientId)), 200);
    },
  );

  app.openapi(
    defineRoute('matching.write', {
      method: 'put', path, tags, summary: 'Save the job-match checklist (If-Match: its version, "0" for the first save); the current score is kept with it',
      request: { params: MatchPairParam, headers: IfMatch, ...jsonBody(MatchChecklistInput) },
      responses: { 200: json(MatchChecklist), 404: notVisible, 412: { description: 'Stale version' }, 428: { description: 'If-Match missing' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, clientId } = c.req.valid('param');
      const input = c.req.valid('json');
      const expected = ifMatchVersion(c.req.header('if-match'));
      await pair(scope, id, clientId, 'write');
      const now = await scorePair(scope.db, scope.organisationId, id, clientId);
      const scored = { score: now?.score ?? null, reasons: now?.reasons ?? null };
      await scope.transaction(async (trx, audit) => {
        const version = await saveChecklist(trx, { organisationId: scope.organisationId, vacancyId: id, clientId }, expected, scope.me.userId, input, scored);
        if (version === undefined) throw new HttpProblem(412, 'stale_version', { current: toChecklist(id, clientId, await getChecklist(trx, id, clientId)) });
        await audit({ action: 'match_checklist.saved', entity: 'vacancy', entityId: id, details: { clientId, version, decision: input.decision } });
      });
      return c.json(toChecklist(id, clientId, await getChecklist(scope.db, id, clientId)), 200);
    },
  );

  return app;
}
