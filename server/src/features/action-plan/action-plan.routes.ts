import { z } from 'zod';
import {
  ActionPlan, ActionPlanEvaluationInput, ActionPlanInput, ActionPlanList, ActionPlanParams, ActionPlanQuery, AgreeToActionPlan, NewActionPlan,
} from '../../../../common/schemas/action-plan.ts';
import { readClient, writeClient } from '../../access/clients.ts';
import { HttpProblem, notFound } from '../../lib/errors.ts';
import { IdParam, createRouter, defineRoute, ifMatchVersion, json, jsonBody } from '../../lib/http.ts';
import {
  getPlan, insertEvaluation, insertPlan, latestPlan, listPlans, recordAgreement, today, updateDraft, type PlanRow,
} from './action-plan.queries.ts';
import { agreementIssues, agreementParty, carriedItems, evaluationIssues, toActionPlan, withItemIds } from './action-plan.rules.ts';
import { checkSignature } from './signature.ts';

const tags = ['action plans'];
const IfMatch = z.object({ 'if-match': z.string().optional() });
const base = '/api/clients/{id}/action-plans';

const frozen = () => new HttpProblem(409, 'conflict', { errors: [{ path: 'status', message: 'agreed: this version is frozen; start a new version to change it' }] });
const stale = (current: PlanRow) => new HttpProblem(412, 'stale_version', { current: toActionPlan(current) });

export function actionPlanRoutes() {
  const app = createRouter();

  app.openapi(
    defineRoute('action_plans.read', {
      method: 'get', path: base, tags, summary: 'Every version of the client\'s action plan (actieplan), newest first',
      request: { params: IdParam, query: ActionPlanQuery },
      responses: { 200: json(ActionPlanList), 404: { description: 'No such client, or not yours to see' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      await readClient(scope, id, ['action_plan'], c.req.valid('query').purpose);
      return c.json({ items: (await listPlans(scope.db, id)).map(toActionPlan) }, 200);
    },
  );

  app.openapi(
    defineRoute('action_plans.write', {
      method: 'post', path: base, tags, summary: 'Start a new version as a draft, empty or copied from the newest',
      request: { params: IdParam, ...jsonBody(NewActionPlan) },
      responses: { 201: json(ActionPlan, 'Created'), 404: { description: 'No such client' }, 409: { description: 'A draft exists already' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const grant = await writeClient(scope, id);
      const { copyFromLatest } = c.req.valid('json');
      const created = await scope.transaction(async (trx, audit) => {
        const latest = await latestPlan(trx, id);
        if (latest?.status === 'draft') {
          throw new HttpProblem(409, 'conflict', { errors: [{ path: 'status', message: 'A draft exists: change it, or have it agreed first' }] });
        }
        const from = copyFromLatest && latest ? toActionPlan(latest) : null;
        const planId = await insertPlan(trx, grant.organisationId, id, scope.me.userId, {
          planDate: await today(trx),
          followUpDate: null, // the previous one has passed: client and coach set the next together
          providerName: from?.providerName ?? scope.me.name,
          items: from ? carriedItems(from.items, from.evaluation) : [],
        });
        const row = (await getPlan(trx, id, planId))!;
        await audit({ action: 'action_plan.created', entity: 'action_plan', entityId: planId, details: { clientId: id, number: row.number, copiedFrom: from?.id ?? null } });
        return row;
      });
      return c.json(toActionPlan(created), 201);
    },
  );

  app.openapi(
    defineRoute('action_plans.write', {
      method: 'put', path: `${base}/{planId}`, tags, summary: 'Change a draft; an agreement already given ends, as the content changed',
      request: { params: ActionPlanParams, headers: IfMatch, ...jsonBody(ActionPlanInput) },
      responses: {
        200: json(ActionPlan), 404: { description: 'No such plan' }, 409: { description: 'Agreed by both: frozen' },
        412: { description: 'Stale version' }, 428: { description: 'If-Match missing' },
      },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, planId } = c.req.valid('param');
      await writeClient(scope, id);
      const version = ifMatchVersion(c.req.header('if-match'));
      const input = c.req.valid('json');
      const updated = await scope.transaction(async (trx, audit) => {
        const current = await getPlan(trx, id, planId);
        if (!current) throw notFound();
        if (current.status === 'agreed') throw frozen();
        const items = withItemIds(input.items);
        const row = await updateDraft(trx, id, planId, version, { ...input, items });
        if (!row) throw stale(current);
        await audit({ action: 'action_plan.updated', entity: 'action_plan', entityId: planId, details: { clientId: id, number: current.number, items: items.length } });
        return (await getPlan(trx, id, planId))!;
      });
      return c.json(toActionPlan(updated), 200);
    },
  );

  app.openapi(
    defineRoute('action_plans.agree', {
      method: 'post', path: `${base}/{planId}/agree`, tags,
      summary: 'Agree to this version, as the client or as SE-dienstverlener: name, time, and a drawn signature if wanted',
      description: 'If-Match names the version the person saw. Once both parties agreed, the version is frozen.',
      request: { params: ActionPlanParams, headers: IfMatch, ...jsonBody(AgreeToActionPlan) },
      responses: {
        200: json(ActionPlan), 404: { description: 'No such plan' },
        409: { description: 'Frozen, agreed already by this party, or not ready (follow-up date and an item needed)' },
        412: { description: 'Stale version' }, 428: { description: 'If-Match missing' },
      },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, planId } = c.req.valid('param');
      const grant = await writeClient(scope, id, { allowSelf: true });
      const party = agreementParty(grant.relation);
      if (!party) throw new HttpProblem(403, 'forbidden');
      const version = ifMatchVersion(c.req.header('if-match'));
      const input = c.req.valid('json');
      const checked = input.signature ? checkSignature(input.signature) : null;
      if (checked?.issue) throw new HttpProblem(400, 'validation', { errors: [{ path: 'signature', message: checked.issue }] });
      const signature = checked?.dataUrl ?? null;
      const updated = await scope.transaction(async (trx, audit) => {
        const current = await getPlan(trx, id, planId);
        if (!current) throw notFound();
        const plan = toActionPlan(current);
        if (plan.status === 'agreed') throw frozen();
        if (plan.agreements[party]) throw new HttpProblem(409, 'conflict', { errors: [{ path: party, message: 'Agreed already' }] });
        const missing = agreementIssues(plan);
        if (missing.length > 0) throw new HttpProblem(409, 'conflict', { errors: missing });
        const row = await recordAgreement(trx, id, planId, version, party, { name: input.name, userId: scope.me.userId, signature });
        if (!row) throw stale(current);
        await audit({
          action: 'action_plan.agreed', entity: 'action_plan', entityId: planId,
          details: { clientId: id, number: plan.number, party, signed: signature !== null, frozen: row.status === 'agreed' },
        });
        return (await getPlan(trx, id, planId))!;
      });
      return c.json(toActionPlan(updated), 200);
    },
  );

  app.openapi(
    defineRoute('action_plans.write', {
      method: 'post', path: `${base}/{planId}/evaluation`, tags,
      summary: 'Record the evaluation at the follow-up date: how each item went, the outcome and the next step',
      request: { params: ActionPlanParams, ...jsonBody(ActionPlanEvaluationInput) },
      responses: { 201: json(ActionPlan, 'Recorded'), 404: { description: 'No such plan' }, 409: { description: 'Not agreed yet, or evaluated already' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, planId } = c.req.valid('param');
      const grant = await writeClient(scope, id);
      const input = c.req.valid('json');
      const evaluated = await scope.transaction(async (trx, audit) => {
        const current = await getPlan(trx, id, planId);
        if (!current) throw notFound();
        const plan = toActionPlan(current);
        if (plan.status !== 'agreed') throw new HttpProblem(409, 'conflict', { errors: [{ path: 'status', message: 'Only an agreed version is evaluated' }] });
        if (plan.evaluation) throw new HttpProblem(409, 'conflict', { errors: [{ path: 'evaluation', message: 'Evaluated already' }] });
        const day = await today(trx);
        const evaluatedOn = input.evaluatedOn ?? day;
        const issues = evaluationIssues(plan, { ...input, evaluatedOn }, day);
        if (issues.length > 0) throw new HttpProblem(400, 'validation', { errors: issues });
        await insertEvaluation(trx, grant.organisationId, id, planId, { ...input, evaluatedOn, recordedBy: scope.me.userId });
        await audit({ action: 'action_plan.evaluated', entity: 'action_plan', entityId: planId, details: { clientId: id, number: plan.number, outcome: input.outcome } });
        return (await getPlan(trx, id, planId))!;
      });
      return c.json(toActionPlan(evaluated), 201);
    },
  );

  return app;
}
