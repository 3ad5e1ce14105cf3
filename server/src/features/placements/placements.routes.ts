import { z } from 'zod';
import { LOCALES } from '../../../../common/roles.ts';
import {
  EvaluationParam, Placement, PlacementCreated, PlacementEvaluation, PlacementEvaluationInput, PlacementInput, PlacementList, PlacementListQuery,
} from '../../../../common/schemas/placements.ts';
import type { Scope } from '../../access/scope.ts';
import { HttpProblem, notFound } from '../../lib/errors.ts';
import { IdParam, createRouter, defineRoute, ifMatchVersion, json, jsonBody } from '../../lib/http.ts';
import { organisationName } from '../pdf/pdf.queries.ts';
import { pdfContent, pdfResponse } from '../pdf/response.ts';
import { AGREEMENT_FILE_NAME, renderPlacementAgreementPdf } from './agreement.pdf.ts';
import {
  getEvaluation, getPlacement, insertEvaluation, insertPlacement, listEvaluations, listPlacements, updateEvaluation, updatePlacement,
} from './placements.queries.ts';
import { checkPlacementInput, coachingTeam, onPaidJob, securesJob, toEvaluation, toPlacement } from './placements.service.ts';

const tags = ['placements'];
const IfMatch = z.object({ 'if-match': z.string().optional() });
const notVisible = { description: 'No such placement, or not yours to see' };
const writeResponses = { 404: notVisible, 412: { description: 'Stale version' }, 428: { description: 'If-Match missing' } };
const PdfLang = z.object({ lang: z.enum(LOCALES).default('nl-BE').describe('Language of the agreement') });

/** The placement when the actor is on its client's coaching team; 404 otherwise. */
async function visible(scope: Scope, id: string, mode: 'read' | 'write') {
  const row = await getPlacement(scope.db, scope.organisationId, id);
  if (!row) throw notFound();
  await coachingTeam(scope, row.client_id, mode);
  return row;
}

async function current(scope: Scope, id: string) {
  const row = (await getPlacement(scope.db, scope.organisationId, id))!;
  return toPlacement(row, await listEvaluations(scope.db, [id]));
}

export function placementRoutes() {
  const app = createRouter();

  app.openapi(
    defineRoute('placements.read', {
      method: 'get', path: '/api/placements', tags, summary: 'Placements of the clients you coach, newest start first; filter by client, employer or status',
      request: { query: PlacementListQuery }, responses: { 200: json(PlacementList), 404: { description: 'No such client, or not yours to see' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const filter = c.req.valid('query');
      if (filter.clientId) await coachingTeam(scope, filter.clientId, 'read');
      const rows = await listPlacements(scope.db, scope.me, filter);
      const evaluations = await listEvaluations(scope.db, rows.map((r) => r.id));
      const items = rows.map((r) => {
        const p = toPlacement(r, evaluations);
        const next = p.evaluations.find((e) => e.heldOn === null);
        return {
          id: p.id, client: p.client, employer: p.employer, kind: p.kind, title: p.title, startDate: p.startDate, endDate: p.endDate,
          status: p.status, warnings: p.warnings, version: p.version, nextEvaluationDue: next?.dueOn ?? null,
        };
      });
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    defineRoute('placements.write', {
      method: 'post', path: '/api/placements', tags,
      summary: 'Record a placement (job taster, work experience, exploratory internship or paid job) with its agreement; a paid job moves the trajectory to phase 5',
      request: jsonBody(PlacementInput), responses: { 201: json(PlacementCreated, 'Created'), 404: { description: 'No such client, or not yours to see' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const input = c.req.valid('json');
      await coachingTeam(scope, input.clientId, 'write');
      await checkPlacementInput(scope, input);
      const created = await scope.transaction(async (trx, audit) => {
        const row = await insertPlacement(trx, scope.organisationId, scope.me.userId, input);
        await audit({ action: 'placement.created', entity: 'placement', entityId: row.id, details: { clientId: input.clientId, kind: input.kind, employerId: input.employerId } });
        let phaseChanged = false;
        if (securesJob(input)) {
          const placement = (await getPlacement(trx, scope.organisationId, row.id))!;
          phaseChanged = await onPaidJob(scope, trx, audit, {
            id: row.id, clientId: input.clientId, title: input.title, employerName: placement.employer_name, startDate: input.startDate, vacancyId: input.vacancyId,
          });
        }
        return { ...row, phaseChanged };
      });
      return c.json(created, 201);
    },
  );

  app.openapi(
    defineRoute('placements.read', {
      method: 'get', path: '/api/placements/{id}', tags, summary: 'One placement with its agreement, securing the job, warnings and evaluations',
      request: { params: IdParam }, responses: { 200: json(Placement), 404: notVisible },
    }),
    async (c) => {
      const scope = c.get('db');
      const row = await visible(scope, c.req.valid('param').id, 'read');
      return c.json(toPlacement(row, await listEvaluations(scope.db, [row.id])), 200);
    },
  );

  app.openapi(
    defineRoute('placements.write', {
      method: 'put', path: '/api/placements/{id}', tags, summary: 'Change a placement (If-Match: its version); a paid job that starts moves the trajectory to phase 5',
      request: { params: IdParam, headers: IfMatch, ...jsonBody(PlacementInput) }, responses: { 200: json(Placement), ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const expected = ifMatchVersion(c.req.header('if-match'));
      const before = await visible(scope, id, 'write');
      if (input.clientId !== before.client_id) throw new HttpProblem(400, 'validation', { errors: [{ path: 'clientId', message: 'A placement stays with its client' }] });
      await checkPlacementInput(scope, input);
      await scope.transaction(async (trx, audit) => {
        const version = await updatePlacement(trx, scope.organisationId, id, expected, input);
        if (version === undefined) {
          throw new HttpProblem(412, 'stale_version', { current: toPlacement((await getPlacement(trx, scope.organisationId, id))!, await listEvaluations(trx, [id])) });
        }
        await audit({ action: 'placement.updated', entity: 'placement', entityId: id, details: { version, clientId: before.client_id, kind: input.kind, status: input.status } });
        if (securesJob(input)) {
          const placement = (await getPlacement(trx, scope.organisationId, id))!;
          await onPaidJob(scope, trx, audit, {
            id, clientId: before.client_id, title: input.title, employerName: placement.employer_name, startDate: input.startDate, vacancyId: input.vacancyId,
          });
        }
      });
      return c.json(await current(scope, id), 200);
    },
  );

  app.openapi(
    defineRoute('placements.write', {
      method: 'post', path: '/api/placements/{id}/evaluations', tags, summary: 'Plan or record an evaluation of the placement (held ones carry an outcome)',
      request: { params: IdParam, ...jsonBody(PlacementEvaluationInput) }, responses: { 201: json(PlacementEvaluation, 'Created'), 404: notVisible },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const placement = await visible(scope, id, 'write');
      const evaluationId = await scope.transaction(async (trx, audit) => {
        const row = await insertEvaluation(trx, { organisationId: scope.organisationId, placementId: id, clientId: placement.client_id }, input, { userId: scope.me.userId, automatic: false });
        await audit({ action: 'placement.evaluation_created', entity: 'placement', entityId: id, details: { evaluationId: row.id, clientId: placement.client_id, outcome: input.outcome } });
        return row.id;
      });
      return c.json(toEvaluation((await getEvaluation(scope.db, id, evaluationId))!), 201);
    },
  );

  app.openapi(
    defineRoute('placements.write', {
      method: 'put', path: '/api/placements/{id}/evaluations/{evaluationId}', tags, summary: 'Change or record an evaluation (If-Match: its version)',
      request: { params: EvaluationParam, headers: IfMatch, ...jsonBody(PlacementEvaluationInput) }, responses: { 200: json(PlacementEvaluation), ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, evaluationId } = c.req.valid('param');
      const input = c.req.valid('json');
      const expected = ifMatchVersion(c.req.header('if-match'));
      const placement = await visible(scope, id, 'write');
      if (!(await getEvaluation(scope.db, id, evaluationId))) throw notFound();
      await scope.transaction(async (trx, audit) => {
        const version = await updateEvaluation(trx, id, evaluationId, expected, scope.me.userId, input);
        if (version === undefined) throw new HttpProblem(412, 'stale_version', { current: toEvaluation((await getEvaluation(trx, id, evaluationId))!) });
        await audit({
          action: 'placement.evaluation_updated', entity: 'placement', entityId: id,
          details: { evaluationId, version, clientId: placement.client_id, outcome: input.outcome },
        });
      });
      return c.json(toEvaluation((await getEvaluation(scope.db, id, evaluationId))!), 200);
    },
  );

  app.openapi(
    defineRoute('placements.read', {
      method: 'get', path: '/api/placements/{id}/agreement.pdf', tags,
      summary: 'The placement agreement (PDF) to sign by client, employer and job coach; for a paid job with the securing-the-job agreements',
      request: { params: IdParam, query: PdfLang }, responses: { 200: pdfContent('The placement agreement'), 404: notVisible },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const { lang } = c.req.valid('query');
      const row = await visible(scope, id, 'read');
      const placement = toPlacement(row, await listEvaluations(scope.db, [id]));
      const bytes = await renderPlacementAgreementPdf({ placement, organisationName: await organisationName(scope.db, scope.organisationId) }, lang);
      return pdfResponse(c, bytes, AGREEMENT_FILE_NAME[lang](placement.kind));
    },
  );

  return app;
}
