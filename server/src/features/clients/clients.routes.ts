import { z } from 'zod';
import { DATA_CATEGORIES } from '../../../../common/consent.ts';
import {
  Assignments, AssignmentsInput, ClientCreated, ClientDossier, ClientIdentityInput, ClientList, PurposeQuery,
} from '../../../../common/schemas/clients.ts';
import { clientGrant, readClient, writeClient } from '../../access/clients.ts';
import { HttpProblem, forbidden, notFound } from '../../lib/errors.ts';
import { IdParam, createRouter, defineRoute, ifMatchVersion, json, jsonBody } from '../../lib/http.ts';
import { getEngagement } from '../trajectory/engagement.queries.ts';
import { getTrajectory } from '../trajectory/trajectory.queries.ts';
import {
  bumpClientVersion, clientVersion, coachesAmong, getIdentity, insertClient, isResponsibleCoach, listCoaches, listVisibleClients, portalAccountOf,
  replaceAssignments, toIdentity, updateIdentity,
} from './clients.queries.ts';
import { listAppointments, listNotes } from './notes.queries.ts';
import { listSupportContacts } from './support-contacts.queries.ts';

const tags = ['clients'];
export const IfMatch = z.object({ 'if-match': z.string().optional() });
const notFoundResponse = { description: 'No such client, or not yours to see' };
export const writeResponses = { 404: notFoundResponse, 412: { description: 'Stale version' }, 428: { description: 'If-Match missing' } };

export function clientRoutes() {
  const app = createRouter();

  app.openapi(
    defineRoute('clients.read', {
      method: 'get', path: '/api/clients', tags, summary: 'Your caseload: the clients you coach, your team\'s, or those shared with you for a purpose',
      request: { query: PurposeQuery }, responses: { 200: json(ClientList) },
    }),
    async (c) => {
      const scope = c.get('db');
      const { purpose } = c.req.valid('query');
      const rows = await listVisibleClients(scope.db, scope.me, purpose);
      const items = [];
      for (const r of rows) {
        // Own clients and the client themself see everything; anyone else only what is shared.
        const grant = r.is_self || r.is_coach ? undefined : await clientGrant(scope.db, scope.me, r.id, purpose);
        const relation = r.is_self ? 'self' : r.is_coach ? 'coach' : grant?.relation;
        if (!relation) continue;
        const sees = (cat: 'identity' | 'action_plan') => !grant || grant.categories.has(cat);
        items.push({
          id: r.id, relation,
          ...(sees('identity') ? { givenName: r.given_name, familyName: r.family_name } : {}),
          ...(sees('action_plan') ? { phase: r.phase, status: r.status } : {}),
        });
      }
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    defineRoute('clients.create', {
      method: 'post', path: '/api/clients', tags, summary: 'Take on a new client: you become the responsible coach and phase 1 starts',
      request: jsonBody(ClientIdentityInput), responses: { 201: json(ClientCreated, 'Created') },
    }),
    async (c) => {
      const scope = c.get('db');
      const input = c.req.valid('json');
      const created = await scope.transaction(async (trx, audit) => {
        const row = await insertClient(trx, scope.organisationId, scope.me.userId, input);
        await audit({ action: 'client.created', entity: 'client', entityId: row.id, details: { trajectoryId: row.trajectoryId } });
        return row;
      });
      return c.json({ id: created.id, version: created.version }, 201);
    },
  );

  app.openapi(
    defineRoute('clients.read', {
      method: 'get', path: '/api/clients/{id}', tags,
      summary: 'The dossier, holding only the categories you may see; recipients name the purpose of their read',
      request: { params: IdParam, query: PurposeQuery }, responses: { 200: json(ClientDossier), 404: notFoundResponse },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const { purpose } = c.req.valid('query');
      const seen = await clientGrant(scope.db, scope.me, id, purpose);
      if (!seen) throw notFound();
      const categories = DATA_CATEGORIES.filter((cat) => seen.categories.has(cat));
      const grant = await readClient(scope, id, categories, purpose);
      const has = (cat: (typeof categories)[number]) => grant.categories.has(cat);
      const dossier: ClientDossier = { id, relation: grant.relation, purpose: grant.purpose, categories };
      if (has('identity')) {
        const row = (await getIdentity(scope.db, id))!;
        const identity = toIdentity(row);
        // The national register number stays with the client and their own coaching team.
        if (grant.relation === 'recipient') delete identity.nationalId;
        Object.assign(dossier, { identity, version: row.version, coaches: await listCoaches(scope.db, id), supportContacts: await listSupportContacts(scope.db, id) });
        if (grant.relation !== 'recipient') {
          const account = await portalAccountOf(scope.db, id);
          dossier.portalAccount = account ? { email: account.email, status: account.status } : null;
        }
      }
      if (has('action_plan')) {
        Object.assign(dossier, { trajectory: await getTrajectory(scope.db, id), engagement: (await getEngagement(scope.db, id)).engagement });
      }
      if (has('notes')) {
        Object.assign(dossier, { notes: await listNotes(scope.db, id), appointments: await listAppointments(scope.db, id) });
      }
      return c.json(dossier, 200);
    },
  );

  app.openapi(
    defineRoute('clients.update', {
      method: 'put', path: '/api/clients/{id}', tags, summary: 'Change identity and contact details',
      request: { params: IdParam, headers: IfMatch, ...jsonBody(ClientIdentityInput) },
      responses: { 200: json(ClientDossier.pick({ id: true, identity: true, version: true })), ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const version = ifMatchVersion(c.req.header('if-match'));
      await writeClient(scope, id);
      const row = await scope.transaction(async (trx, audit) => {
        const updated = await updateIdentity(trx, id, version, input);
        if (!updated) throw new HttpProblem(412, 'stale_version', { current: { id, identity: toIdentity((await getIdentity(trx, id))!), version: await clientVersion(trx, id) } });
        await audit({ action: 'client.updated', entity: 'client', entityId: id, details: { nationalIdKind: input.nationalId?.kind ?? null } });
        return updated;
      });
      return c.json({ id, identity: toIdentity(row), version: row.version }, 200);
    },
  );

  app.openapi(
    defineRoute('clients.update', {
      method: 'put', path: '/api/clients/{id}/assignments', tags,
      summary: 'Assign the responsible coach and co-coaches (If-Match: the client version)',
      request: { params: IdParam, headers: IfMatch, ...jsonBody(AssignmentsInput) },
      responses: { 200: json(Assignments), ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const version = ifMatchVersion(c.req.header('if-match'));
      const grant = await writeClient(scope, id);
      // A co-coach does not hand the client over: the responsible coach or a team lead does.
      if (grant.relation !== 'team_lead' && !(await isResponsibleCoach(scope.db, id, scope.me.userId))) throw forbidden();
      const wanted = [input.responsible, ...input.coCoaches];
      const coaches = await coachesAmong(scope.db, grant.organisationId, wanted);
      const errors = [
        ...(coaches.has(input.responsible) ? [] : [{ path: 'responsible', message: 'not_a_coach' }]),
        ...input.coCoaches.flatMap((u, i) => (coaches.has(u) ? [] : [{ path: `coCoaches.${i}`, message: 'not_a_coach' }])),
      ];
      if (errors.length > 0) throw new HttpProblem(400, 'validation', { errors });
      const result = await scope.transaction(async (trx, audit) => {
        const next = await bumpClientVersion(trx, id, version);
        if (next === undefined) throw new HttpProblem(412, 'stale_version', { current: { coaches: await listCoaches(trx, id), version: await clientVersion(trx, id) } });
        await replaceAssignments(trx, grant.organisationId, id, input.responsible, input.coCoaches);
        await audit({ action: 'client.assignments_changed', entity: 'client', entityId: id, details: { responsible: input.responsible, coCoaches: input.coCoaches } });
        return { coaches: await listCoaches(trx, id), version: next };
      });
      return c.json(result, 200);
    },
  );

  return app;
}
