import { z } from 'zod';
import { Branch, BranchInput, BranchList } from '../../../../common/schemas/admin.ts';
import { HttpProblem } from '../../lib/errors.ts';
import { IdParam, createRouter, defineRoute, ifMatchVersion, json, jsonBody } from '../../lib/http.ts';
import { getBranch, insertBranch, listBranches, nameTaken, updateBranch } from './branches.queries.ts';

const tags = ['branches'];
const nameConflict = () => new HttpProblem(409, 'conflict', { errors: [{ path: 'name', message: 'conflict' }] });

export function branchRoutes() {
  const app = createRouter();

  app.openapi(
    defineRoute('branches.read', { method: 'get', path: '/api/branches', tags, summary: 'Branches (vestigingen) of your organisation', responses: { 200: json(BranchList) } }),
    async (c) => {
      const scope = c.get('db');
      return c.json({ items: await listBranches(scope.db, scope.organisationId) }, 200);
    },
  );

  app.openapi(
    defineRoute('branches.manage', {
      method: 'post', path: '/api/branches', tags, summary: 'Add a branch',
      request: jsonBody(BranchInput), responses: { 201: json(Branch, 'Created'), 409: { description: 'Name in use' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const input = c.req.valid('json');
      const created = await scope.transaction(async (trx, audit) => {
        if (await nameTaken(trx, scope.organisationId, input.name)) throw nameConflict();
        const row = await insertBranch(trx, scope.organisationId, input);
        await audit({ action: 'branch.created', entity: 'branch', entityId: row.id, details: { name: row.name } });
        return row;
      });
      return c.json(created, 201);
    },
  );

  app.openapi(
    defineRoute('branches.manage', {
      method: 'put', path: '/api/branches/{id}', tags, summary: 'Change a branch',
      request: { params: IdParam, headers: z.object({ 'if-match': z.string().optional() }), ...jsonBody(BranchInput) },
      responses: { 200: json(Branch), 404: { description: 'Not in your organisation' }, 412: { description: 'Stale version' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const version = ifMatchVersion(c.req.header('if-match'));
      const updated = await scope.transaction(async (trx, audit) => {
        const current = await getBranch(trx, scope.organisationId, id);
        if (!current) throw new HttpProblem(404, 'not_found');
        if (await nameTaken(trx, scope.organisationId, input.name, id)) throw nameConflict();
        const row = await updateBranch(trx, scope.organisationId, id, version, input);
        if (!row) throw new HttpProblem(412, 'stale_version', { current });
        await audit({ action: 'branch.updated', entity: 'branch', entityId: id, details: { name: row.name, active: row.active } });
        return row;
      });
      return c.json(updated, 200);
    },
  );

  return app;
}
