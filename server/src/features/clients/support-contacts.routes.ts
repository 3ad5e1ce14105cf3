import { PurposeQuery, SupportContact, SupportContactInput, SupportContactList, SupportContactParams } from '../../../../common/schemas/clients.ts';
import { readClient, writeClient } from '../../access/clients.ts';
import { HttpProblem, notFound } from '../../lib/errors.ts';
import { IdParam, createRouter, defineRoute, ifMatchVersion, json, jsonBody } from '../../lib/http.ts';
import { IfMatch, writeResponses } from './clients.routes.ts';
import { deleteSupportContact, getSupportContact, insertSupportContact, listSupportContacts, updateSupportContact } from './support-contacts.queries.ts';

const tags = ['clients'];

/** The support network: people the client names (003 ~2831, category identity). */
export function supportContactRoutes() {
  const app = createRouter();

  app.openapi(
    defineRoute('clients.read', {
      method: 'get', path: '/api/clients/{id}/support-contacts', tags, summary: 'The support network the client named',
      request: { params: IdParam, query: PurposeQuery }, responses: { 200: json(SupportContactList), 404: { description: 'No such client, or not yours to see' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      await readClient(scope, id, ['identity'], c.req.valid('query').purpose);
      return c.json({ items: await listSupportContacts(scope.db, id) }, 200);
    },
  );

  app.openapi(
    defineRoute('clients.update', {
      method: 'post', path: '/api/clients/{id}/support-contacts', tags, summary: 'Add a person to the support network',
      request: { params: IdParam, ...jsonBody(SupportContactInput) }, responses: { 201: json(SupportContact, 'Created'), 404: writeResponses[404] },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const grant = await writeClient(scope, id);
      const created = await scope.transaction(async (trx, audit) => {
        const row = await insertSupportContact(trx, grant.organisationId, id, input);
        await audit({ action: 'client.support_contact_added', entity: 'client', entityId: id, details: { supportContactId: row.id } });
        return row;
      });
      return c.json(created, 201);
    },
  );

  app.openapi(
    defineRoute('clients.update', {
      method: 'put', path: '/api/clients/{id}/support-contacts/{contactId}', tags, summary: 'Change a person of the support network',
      request: { params: SupportContactParams, headers: IfMatch, ...jsonBody(SupportContactInput) }, responses: { 200: json(SupportContact), ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, contactId } = c.req.valid('param');
      const input = c.req.valid('json');
      const version = ifMatchVersion(c.req.header('if-match'));
      await writeClient(scope, id);
      const updated = await scope.transaction(async (trx, audit) => {
        const current = await getSupportContact(trx, id, contactId);
        if (!current) throw notFound();
        const row = await updateSupportContact(trx, id, contactId, version, input);
        if (!row) throw new HttpProblem(412, 'stale_version', { current });
        await audit({ action: 'client.support_contact_changed', entity: 'client', entityId: id, details: { supportContactId: contactId } });
        return row;
      });
      return c.json(updated, 200);
    },
  );

  app.openapi(
    defineRoute('clients.update', {
      method: 'delete', path: '/api/clients/{id}/support-contacts/{contactId}', tags, summary: 'Remove a person from the support network',
      request: { params: SupportContactParams, headers: IfMatch }, responses: { 204: { description: 'Removed' }, ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, contactId } = c.req.valid('param');
      const version = ifMatchVersion(c.req.header('if-match'));
      await writeClient(scope, id);
      await scope.transaction(async (trx, audit) => {
        const current = await getSupportContact(trx, id, contactId);
        if (!current) throw notFound();
        if (!(await deleteSupportContact(trx, id, contactId, version))) throw new HttpProblem(412, 'stale_version', { current });
        await audit({ action: 'client.support_contact_removed', entity: 'client', entityId: id, details: { supportContactId: contactId } });
      });
      return c.body(null, 204);
    },
  );

  return app;
}
