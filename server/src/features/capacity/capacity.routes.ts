import type { Kysely } from 'kysely';
import { z } from 'zod';
import { Availability, AvailabilityInput, CapacityProfile, CapacityProfileInput, CapacityVersionList } from '../../../../common/schemas/capacity.ts';
import { ProfileReadQuery, VersionParam } from '../../../../common/schemas/vocational-profile.ts';
import { readClient, writeClient } from '../../access/clients.ts';
import type { Trx } from '../../access/scope.ts';
import type { DB } from '../../db/types.ts';
import { HttpProblem, notFound } from '../../lib/errors.ts';
import { IdParam, createRouter, defineRoute, ifMatchVersion, json, jsonBody } from '../../lib/http.ts';
import {
  capacityVersion, currentCapacity, getAvailability, homeAndTravel, listCapacityVersions, saveAvailability, saveCapacity,
} from './capacity.queries.ts';
import { toAvailability, toCapacityProfile } from './capacity.service.ts';

/**
 * The client's capacity profile (capaciteitenprofiel) and availability. Both are in the
 * vocational_profile data category: the client's own team reads them, a recipient (an
 * employer) only through a consent for that category and the `?purpose=` of the read, and
 * every such read is audited. Only the coaching team saves them.
 */

const tags = ['capacity'];
const CATEGORY = ['vocational_profile'] as const;
const IfMatch = z.object({ 'if-match': z.string().optional() });
const notVisible = { description: 'No such client, or its vocational profile may not be seen' };
const writeResponses = { 404: { description: 'No such client' }, 412: { description: 'Stale version' }, 428: { description: 'If-Match missing' } };
const profilePath = '/api/clients/{id}/capacity-profile';
const availabilityPath = '/api/clients/{id}/availability';

export function capacityRoutes() {
  const app = createRouter();

  app.openapi(
    defineRoute('capacity.read', {
      method: 'get', path: profilePath, tags,
      summary: 'The current capacity profile (version 0 and empty while none was saved)',
      request: { params: IdParam, query: ProfileReadQuery },
      responses: { 200: json(CapacityProfile), 404: notVisible },
    }),
    async (c) => {
      const scope = c.get('db');
      const grant = await readClient(scope, c.req.valid('param').id, CATEGORY, c.req.valid('query').purpose);
      return c.json(toCapacityProfile(grant.clientId, await currentCapacity(scope.db, grant.organisationId, grant.clientId)), 200);
    },
  );

  app.openapi(
    defineRoute('capacity.update', {
      method: 'put', path: profilePath, tags,
      summary: 'Save the capacity profile as a new version (If-Match: the current version, "0" for the first)',
      request: { params: IdParam, headers: IfMatch, ...jsonBody(CapacityProfileInput) },
      responses: { 200: json(CapacityProfile), ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const grant = await writeClient(scope, c.req.valid('param').id);
      const expected = ifMatchVersion(c.req.header('if-match'));
      const input = c.req.valid('json');
      await scope.transaction(async (trx, audit) => {
        const version = await saveCapacity(trx, grant.organisationId, grant.clientId, expected, scope.me.userId, input);
        if (version === undefined) {
          throw new HttpProblem(412, 'stale_version', { current: toCapacityProfile(grant.clientId, await currentCapacity(trx, grant.organisationId, grant.clientId)) });
        }
        // How much was scored, never the scores.
        await audit({
          action: 'capacity_profile.saved', entity: 'client', entityId: grant.clientId, organisationId: grant.organisationId,
          details: { version, scored: Object.keys(input.scores).length },
        });
      });
      return c.json(toCapacityProfile(grant.clientId, await currentCapacity(scope.db, grant.organisationId, grant.clientId)), 200);
    },
  );

  app.openapi(
    defineRoute('capacity.read', {
      method: 'get', path: `${profilePath}/versions`, tags,
      summary: 'Every saved version of the capacity profile, newest first',
      request: { params: IdParam, query: ProfileReadQuery },
      responses: { 200: json(CapacityVersionList), 404: notVisible },
    }),
    async (c) => {
      const scope = c.get('db');
      const grant = await readClient(scope, c.req.valid('param').id, CATEGORY, c.req.valid('query').purpose);
      const rows = await listCapacityVersions(scope.db, grant.organisationId, grant.clientId);
      const items = rows.map((r) => ({
        version: r.number, assessedOn: r.assessed_on, savedAt: new Date(r.saved_at).toISOString(), savedBy: { id: r.by_id, name: r.by_name }, scored: r.scored,
      }));
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    defineRoute('capacity.read', {
      method: 'get', path: `${profilePath}/versions/{n}`, tags,
      summary: 'One saved version of the capacity profile',
      request: { params: VersionParam, query: ProfileReadQuery },
      responses: { 200: json(CapacityProfile), 404: notVisible },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, n } = c.req.valid('param');
      const grant = await readClient(scope, id, CATEGORY, c.req.valid('query').purpose);
      const row = await capacityVersion(scope.db, grant.organisationId, grant.clientId, n);
      if (!row) throw notFound();
      return c.json(toCapacityProfile(grant.clientId, row), 200);
    },
  );

  app.openapi(
    defineRoute('capacity.read', {
      method: 'get', path: availabilityPath, tags,
      summary: 'What the client can work and accepts, with the home and travel limit matching uses',
      request: { params: IdParam, query: ProfileReadQuery },
      responses: { 200: json(Availability), 404: notVisible },
    }),
    async (c) => {
      const scope = c.get('db');
      const grant = await readClient(scope, c.req.valid('param').id, CATEGORY, c.req.valid('query').purpose);
      const row = await getAvailability(scope.db, grant.organisationId, grant.clientId);
      return c.json(toAvailability(grant, row, await homeAndTravel(scope.db, grant.organisationId, grant.clientId)), 200);
    },
  );

  app.openapi(
    defineRoute('capacity.update', {
      method: 'put', path: availabilityPath, tags,
      summary: 'Save the availability (If-Match: its version, "0" for the first save)',
      request: { params: IdParam, headers: IfMatch, ...jsonBody(AvailabilityInput) },
      responses: { 200: json(Availability), ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const grant = await writeClient(scope, c.req.valid('param').id);
      const expected = ifMatchVersion(c.req.header('if-match'));
      const input = c.req.valid('json');
      const current = async (db: Kysely<DB> | Trx) => toAvailability(
        grant, await getAvailability(db, grant.organisationId, grant.clientId), await homeAndTravel(db, grant.organisationId, grant.clientId),
      );
      await scope.transaction(async (trx, audit) => {
        const version = await saveAvailability(trx, grant.organisationId, grant.clientId, expected, scope.me.userId, input);
        if (version === undefined) throw new HttpProblem(412, 'stale_version', { current: await current(trx) });
        await audit({ action: 'availability.saved', entity: 'client', entityId: grant.clientId, organisationId: grant.organisationId, details: { version } });
      });
      return c.json(await current(scope.db), 200);
    },
  );

  return app;
}
