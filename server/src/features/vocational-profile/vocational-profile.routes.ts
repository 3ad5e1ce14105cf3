import { z } from 'zod';
import { IdParam, createRouter, defineRoute, ifMatchVersion, json, jsonBody } from '../../lib/http.ts';
import { writeClient } from '../../access/clients.ts';
import {
  ProfileReadQuery, ProfileVersion, ProfileVersionList, VersionParam, VocationalProfile, VocationalProfileInput,
} from '../../../../common/schemas/vocational-profile.ts';
import { HttpProblem, notFound } from '../../lib/errors.ts';
import { listProfileVersions, profileVersion, saveProfile } from './vocational-profile.queries.ts';
import { PROFILE_CATEGORIES, changesBetween, currentProfile, resolveOccupations, visibleCategories } from './vocational-profile.service.ts';

const tags = ['vocational-profile'];
const path = '/api/clients/{id}/vocational-profile';
const notVisible = { description: 'No such client, or none of its profile categories may be seen' };

export function vocationalProfileRoutes() {
  const app = createRouter();

  app.openapi(
    defineRoute('vocational_profile.read', {
      method: 'get', path, tags,
      summary: 'The vocational profile (beroepsoriënteringsschema): only the categories the caller may see',
      request: { params: IdParam, query: ProfileReadQuery },
      responses: { 200: json(VocationalProfile), 404: notVisible },
    }),
    async (c) => {
      const scope = c.get('db');
      const { grant, categories } = await visibleCategories(scope, c.req.valid('param').id, c.req.valid('query').purpose);
      return c.json(await currentProfile(scope, grant, categories), 200);
    },
  );

  app.openapi(
    defineRoute('vocational_profile.update', {
      method: 'put', path, tags,
      summary: 'Save the whole profile as a new version (the client may save their own)',
      request: { params: IdParam, headers: z.object({ 'if-match': z.string().optional() }), ...jsonBody(VocationalProfileInput) },
      responses: {
        200: json(VocationalProfile), 404: { description: 'No such client' }, 412: { description: 'Stale version' }, 428: { description: 'If-Match missing' },
      },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      // The client owns their profile (003 ~3233, "eigendom van de klant"): they may edit it too.
      const grant = await writeClient(scope, id, { allowSelf: true });
      const expected = ifMatchVersion(c.req.header('if-match'));
      const input = c.req.valid('json');
      const content = { profile: await resolveOccupations(scope, input.profile), health: input.health, benefits: input.benefits };
      const all = new Set(PROFILE_CATEGORIES);
      await scope.transaction(async (trx, audit) => {
        const previous = expected > 0 ? await profileVersion(trx, grant.organisationId, id, expected, all) : undefined;
        const saved = await saveProfile(trx, grant.organisationId, id, expected, scope.me.userId, content);
        if (saved === undefined) throw new HttpProblem(412, 'stale_version', { current: await currentProfile(scope, grant, all) });
        const changed = PROFILE_CATEGORIES.filter((cat) => changesBetween(previous?.parts, content, new Set([cat])).length > 0);
        // What changed, never the values: health and benefits stay out of the audit trail.
        await audit({ action: 'vocational_profile.saved', entity: 'client', entityId: id, organisationId: grant.organisationId, details: { version: saved, categories: changed } });
      });
      return c.json(await currentProfile(scope, grant, all), 200);
    },
  );

  app.openapi(
    defineRoute('vocational_profile.read', {
      method: 'get', path: `${path}/versions`, tags,
      summary: 'Every saved version of the profile, newest first: who saved it and when',
      request: { params: IdParam, query: ProfileReadQuery },
      responses: { 200: json(ProfileVersionList), 404: notVisible },
    }),
    async (c) => {
      const scope = c.get('db');
      const { grant } = await visibleCategories(scope, c.req.valid('param').id, c.req.valid('query').purpose);
      const rows = await listProfileVersions(scope.db, grant.organisationId, grant.clientId);
      const items = rows.map((r) => ({ version: r.version, savedAt: new Date(r.saved_at).toISOString(), savedBy: { id: r.by_id, name: r.by_name } }));
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    defineRoute('vocational_profile.read', {
      method: 'get', path: `${path}/versions/{n}`, tags,
      summary: 'One saved version, with the fields that changed since the version before it',
      request: { params: VersionParam, query: ProfileReadQuery },
      responses: { 200: json(ProfileVersion), 404: notVisible },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, n } = c.req.valid('param');
      const { grant, categories } = await visibleCategories(scope, id, c.req.valid('query').purpose);
      const version = await profileVersion(scope.db, grant.organisationId, id, n, categories);
      if (!version) throw notFound();
      const previous = n > 1 ? await profileVersion(scope.db, grant.organisationId, id, n - 1, categories) : undefined;
      return c.json({
        clientId: id,
        categories: PROFILE_CATEGORIES.filter((cat) => categories.has(cat)),
        version: version.version,
        savedAt: new Date(version.savedAt).toISOString(),
        savedBy: version.savedBy,
        ...version.parts,
        changes: changesBetween(previous?.parts, version.parts, categories),
      }, 200);
    },
  );

  return app;
}
