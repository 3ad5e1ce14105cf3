import { PhaseChange, PurposeQuery, Trajectory, TrajectoryClose, TrajectoryReopen } from '../../../../common/schemas/clients.ts';
import { readClient, writeClient } from '../../access/clients.ts';
import type { Scope, Trx } from '../../access/scope.ts';
import { HttpProblem, notFound } from '../../lib/errors.ts';
import { IdParam, createRouter, defineRoute, ifMatchVersion, json, jsonBody } from '../../lib/http.ts';
import { IfMatch, writeResponses } from '../clients/clients.routes.ts';
import { addEvent, currentTrajectory, getTrajectory, openTrajectory, updateTrajectory } from './trajectory.queries.ts';

const tags = ['trajectory'];
const responses = { 200: json(Trajectory), ...writeResponses, 409: { description: 'Not possible in the trajectory\'s state' } };

type Current = NonNullable<Awaited<ReturnType<typeof currentTrajectory>>>;

/**
 * Runs one transition on the client's latest trajectory, locked, at the version the caller
 * saw (If-Match); the change, its event and the audit row commit together.
 */
async function transition(
  scope: Scope, clientId: string, version: number, action: string,
  fn: (trx: Trx, current: Current) => Promise<Record<string, unknown>>,
) {
  await writeClient(scope, clientId);
  return scope.transaction(async (trx, audit) => {
    const current = await currentTrajectory(trx, clientId, true);
    if (!current) throw notFound();
    if (current.version !== version) throw new HttpProblem(412, 'stale_version', { current: await getTrajectory(trx, clientId) });
    const details = await fn(trx, current);
    await audit({ action, entity: 'client', entityId: clientId, details: { trajectoryId: current.id, ...details } });
    return (await getTrajectory(trx, clientId))!;
  });
}

const stale = async (trx: Trx, clientId: string) => new HttpProblem(412, 'stale_version', { current: await getTrajectory(trx, clientId) });

/** The trajectory through the EUSE phases 1–5 (category action_plan). */
export function trajectoryRoutes() {
  const app = createRouter();

  app.openapi(
    defineRoute('clients.read', {
      method: 'get', path: '/api/clients/{id}/trajectory', tags, summary: 'Phase, status and every transition with who, when and why',
      request: { params: IdParam, query: PurposeQuery }, responses: { 200: json(Trajectory), 404: writeResponses[404] },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      await readClient(scope, id, ['action_plan'], c.req.valid('query').purpose);
      const trajectory = await getTrajectory(scope.db, id);
      if (!trajectory) throw notFound();
      return c.json(trajectory, 200);
    },
  );

  app.openapi(
    defineRoute('clients.update', {
      method: 'post', path: '/api/clients/{id}/trajectory/phase', tags, summary: 'Move the open trajectory to another phase, with the reason',
      request: { params: IdParam, headers: IfMatch, ...jsonBody(PhaseChange) }, responses,
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const version = ifMatchVersion(c.req.header('if-match'));
      const result = await transition(scope, id, version, 'client.phase_changed', async (trx, current) => {
        if (current.status !== 'open' || current.phase === input.phase) throw new HttpProblem(409, 'conflict');
        if (!(await updateTrajectory(trx, current.id, version, { phase: input.phase }))) throw await stale(trx, id);
        await addEvent(trx, current.organisation_id, current.id, { kind: 'phase_changed', fromPhase: current.phase, toPhase: input.phase, reason: input.reason, byUserId: scope.me.userId });
        return { from: current.phase, to: input.phase };
      });
      return c.json(result, 200);
    },
  );

  app.openapi(
    defineRoute('clients.update', {
      method: 'post', path: '/api/clients/{id}/trajectory/close', tags,
      summary: 'Close the trajectory with its outcome: paid work, other work, referred elsewhere (where) or stopped (why)',
      request: { params: IdParam, headers: IfMatch, ...jsonBody(TrajectoryClose) }, responses,
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const version = ifMatchVersion(c.req.header('if-match'));
      const result = await transition(scope, id, version, 'client.trajectory_closed', async (trx, current) => {
        if (current.status !== 'open') throw new HttpProblem(409, 'conflict');
        const closed = await updateTrajectory(trx, current.id, version, { status: 'closed', outcome: input.outcome, outcome_detail: input.detail, closed_at: new Date() });
        if (!closed) throw await stale(trx, id);
        await addEvent(trx, current.organisation_id, current.id, { kind: 'closed', fromPhase: current.phase, reason: input.detail, byUserId: scope.me.userId });
        return { outcome: input.outcome };
      });
      return c.json(result, 200);
    },
  );

  app.openapi(
    defineRoute('clients.update', {
      method: 'post', path: '/api/clients/{id}/trajectory/reopen', tags,
      summary: 'The client comes back: a new trajectory opens (If-Match: the closed one\'s version)',
      request: { params: IdParam, headers: IfMatch, ...jsonBody(TrajectoryReopen) }, responses,
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const version = ifMatchVersion(c.req.header('if-match'));
      const result = await transition(scope, id, version, 'client.trajectory_reopened', async (trx, current) => {
        if (current.status !== 'closed') throw new HttpProblem(409, 'conflict');
        // The closed trajectory keeps its outcome; bumping its version makes a second reopen stale.
        if (!(await updateTrajectory(trx, current.id, version, {}))) throw await stale(trx, id);
        const next = await openTrajectory(trx, current.organisation_id, id, input.phase);
        await addEvent(trx, current.organisation_id, next.id, { kind: 'reopened', toPhase: input.phase, reason: input.reason, byUserId: scope.me.userId });
        return { previousTrajectoryId: current.id, newTrajectoryId: next.id };
      });
      return c.json(result, 200);
    },
  );

  return app;
}
