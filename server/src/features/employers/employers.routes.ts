import { z } from 'zod';
import {
  Employer, EmployerApproach, EmployerApproachInput, EmployerApproachList, EmployerApproachParams, EmployerContact, EmployerContactInput,
  EmployerContactList, EmployerContactParams, EmployerInput, EmployerList, EmployerListQuery, EmployerSite, EmployerSiteInput, EmployerSiteList,
  EmployerSiteParams,
} from '../../../../common/schemas/employers.ts';
import { writeClient } from '../../access/clients.ts';
import type { Scope, Trx } from '../../access/scope.ts';
import { HttpProblem, notFound } from '../../lib/errors.ts';
import { IdParam, createRouter, defineRoute, ifMatchVersion, json, jsonBody } from '../../lib/http.ts';
import {
  clientOf, deleteContact, deleteSite, findEmployer, getApproach, getContact, getEmployer, getSite, insertApproach, insertContact, insertEmployer,
  insertSite, isEmployerOrganisation, jobFindingConsent, linkTaken, listApproaches, listContacts, listEmployers, listSites, updateApproach, updateContact, updateEmployer,
  updateSite,
} from './employers.queries.ts';

const tags = ['employers'];
const IfMatch = z.object({ 'if-match': z.string().optional() });
const notYours = { description: 'No such employer, or not one your organisation keeps' };
const writeResponses = {
  400: { description: 'Invalid input' }, 404: notYours, 412: { description: 'Stale version; `current` holds the record as it is' },
  428: { description: 'If-Match missing' },
} as const;

const invalid = (path: string, message = 'not_found') => new HttpProblem(400, 'validation', { errors: [{ path, message }] });

/** The record for reading: kept by the caller's organisation or linked to it (HR officers); else 404. */
async function readable(scope: Scope, id: string) {
  const found = await findEmployer(scope.db, scope.me, id);
  if (!found) throw notFound();
  return found;
}

/** The record for writing, and for the approach log: only the organisation that keeps it; anyone else 404. */
async function kept(scope: Scope, id: string) {
  const found = await findEmployer(scope.db, scope.me, id);
  if (!found || found.relation !== 'keeper') throw notFound();
  return found;
}

async function checkLink(trx: Trx, organisationId: string, linkedOrganisationId: string | null, exceptId?: string) {
  if (linkedOrganisationId === null) return;
  if (!(await isEmployerOrganisation(trx, linkedOrganisationId))) throw invalid('linkedOrganisationId');
  if (await linkTaken(trx, organisationId, linkedOrganisationId, exceptId)) {
    throw new HttpProblem(409, 'conflict', { errors: [{ path: 'linkedOrganisationId', message: 'conflict' }] });
  }
}

/**
 * An approach made for one client: the caller must be on the client's coaching team, and the
 * client must have consented to sharing for job finding with the employer: with its own Passend
 * organisation when it has one, else with the employer record (a consent naming it).
 */
async function checkClient(scope: Scope, trx: Trx, employerId: string, organisationId: string, clientId: string | null) {
  if (clientId === null) return;
  if (!(await clientOf(trx, organisationId, clientId))) throw invalid('clientId');
  await writeClient(scope, clientId).catch(() => { throw invalid('clientId'); });
  if (!(await jobFindingConsent(trx, employerId, clientId))) throw new HttpProblem(409, 'conflict', { errors: [{ path: 'clientId', message: 'consent_required' }] });
}

export function employerRoutes() {
  const app = createRouter();

  // ── the record ───────────────────────────────────────────────────────────────────────

  app.openapi(
    defineRoute('employers.read', {
      method: 'get', path: '/api/employers', tags, summary: 'Employers your organisation keeps (or, for an employer, those linked to it), with follow-ups due',
      request: { query: EmployerListQuery }, responses: { 200: json(EmployerList) },
    }),
    async (c) => {
      const scope = c.get('db');
      return c.json({ items: await listEmployers(scope.db, scope.me, c.req.valid('query')) }, 200);
    },
  );

  app.openapi(
    defineRoute('employers.write', {
      method: 'post', path: '/api/employers', tags, summary: 'Add an employer record',
      request: jsonBody(EmployerInput), responses: { 201: json(Employer, 'Created'), 400: writeResponses[400], 409: { description: 'Already linked to that organisation' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const input = c.req.valid('json');
      const id = await scope.transaction(async (trx, audit) => {
        await checkLink(trx, scope.organisationId, input.linkedOrganisationId);
        const newId = await insertEmployer(trx, scope.organisationId, input);
        await audit({ action: 'employer.created', entity: 'employer', entityId: newId, details: { name: input.name, linkedOrganisationId: input.linkedOrganisationId } });
        return newId;
      });
      return c.json((await getEmployer(scope.db, id, 'keeper'))!, 201);
    },
  );

  app.openapi(
    defineRoute('employers.read', {
      method: 'get', path: '/api/employers/{id}', tags, summary: 'An employer record with its sites and contacts',
      request: { params: IdParam }, responses: { 200: json(Employer), 404: notYours },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const found = await readable(scope, id);
      return c.json((await getEmployer(scope.db, id, found.relation))!, 200);
    },
  );

  app.openapi(
    defineRoute('employers.write', {
      method: 'put', path: '/api/employers/{id}', tags, summary: 'Change an employer record',
      request: { params: IdParam, headers: IfMatch, ...jsonBody(EmployerInput) },
      responses: { 200: json(Employer), ...writeResponses, 409: { description: 'Already linked to that organisation' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const version = ifMatchVersion(c.req.header('if-match'));
      const found = await kept(scope, id);
      await scope.transaction(async (trx, audit) => {
        await checkLink(trx, found.organisationId, input.linkedOrganisationId, id);
        if (!(await updateEmployer(trx, found.organisationId, id, version, input))) {
          throw new HttpProblem(412, 'stale_version', { current: await getEmployer(trx, id, 'keeper') });
        }
        await audit({ action: 'employer.updated', entity: 'employer', entityId: id, details: { name: input.name, linkedOrganisationId: input.linkedOrganisationId } });
      });
      return c.json((await getEmployer(scope.db, id, 'keeper'))!, 200);
    },
  );

  // ── sites ────────────────────────────────────────────────────────────────────────────

  app.openapi(
    defineRoute('employers.read', {
      method: 'get', path: '/api/employers/{id}/sites', tags, summary: "The employer's sites (vestigingen)",
      request: { params: IdParam }, responses: { 200: json(EmployerSiteList), 404: notYours },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      await readable(scope, id);
      return c.json({ items: await listSites(scope.db, id) }, 200);
    },
  );

  app.openapi(
    defineRoute('employers.write', {
      method: 'post', path: '/api/employers/{id}/sites', tags, summary: 'Add a site',
      request: { params: IdParam, ...jsonBody(EmployerSiteInput) }, responses: { 201: json(EmployerSite, 'Created'), 400: writeResponses[400], 404: notYours },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const found = await kept(scope, id);
      const saved = await scope.transaction(async (trx, audit) => {
        const row = await insertSite(trx, found.organisationId, id, input);
        await audit({ action: 'employer.site_added', entity: 'employer', entityId: id, details: { siteId: row.id, name: row.name } });
        return row;
      });
      return c.json(saved, 201);
    },
  );

  app.openapi(
    defineRoute('employers.write', {
      method: 'put', path: '/api/employers/{id}/sites/{siteId}', tags, summary: 'Change a site',
      request: { params: EmployerSiteParams, headers: IfMatch, ...jsonBody(EmployerSiteInput) }, responses: { 200: json(EmployerSite), ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, siteId } = c.req.valid('param');
      const input = c.req.valid('json');
      const version = ifMatchVersion(c.req.header('if-match'));
      await kept(scope, id);
      const saved = await scope.transaction(async (trx, audit) => {
        const current = await getSite(trx, id, siteId);
        if (!current) throw notFound();
        const row = await updateSite(trx, id, siteId, version, input);
        if (!row) throw new HttpProblem(412, 'stale_version', { current });
        await audit({ action: 'employer.site_changed', entity: 'employer', entityId: id, details: { siteId } });
        return row;
      });
      return c.json(saved, 200);
    },
  );

  app.openapi(
    defineRoute('employers.write', {
      method: 'delete', path: '/api/employers/{id}/sites/{siteId}', tags, summary: 'Remove a site (its contacts stay, without a site)',
      request: { params: EmployerSiteParams, headers: IfMatch }, responses: { 204: { description: 'Removed' }, ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, siteId } = c.req.valid('param');
      const version = ifMatchVersion(c.req.header('if-match'));
      await kept(scope, id);
      await scope.transaction(async (trx, audit) => {
        const current = await getSite(trx, id, siteId);
        if (!current) throw notFound();
        if (!(await deleteSite(trx, id, siteId, version))) throw new HttpProblem(412, 'stale_version', { current });
        await audit({ action: 'employer.site_removed', entity: 'employer', entityId: id, details: { siteId } });
      });
      return c.body(null, 204);
    },
  );

  // ── contacts ─────────────────────────────────────────────────────────────────────────

  app.openapi(
    defineRoute('employers.read', {
      method: 'get', path: '/api/employers/{id}/contacts', tags, summary: "The employer's contacts, those who decide on hiring first",
      request: { params: IdParam }, responses: { 200: json(EmployerContactList), 404: notYours },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      await readable(scope, id);
      return c.json({ items: await listContacts(scope.db, id) }, 200);
    },
  );

  app.openapi(
    defineRoute('employers.write', {
      method: 'post', path: '/api/employers/{id}/contacts', tags, summary: 'Add a contact',
      request: { params: IdParam, ...jsonBody(EmployerContactInput) }, responses: { 201: json(EmployerContact, 'Created'), 400: writeResponses[400], 404: notYours },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const found = await kept(scope, id);
      const saved = await scope.transaction(async (trx, audit) => {
        if (input.siteId !== null && !(await getSite(trx, id, input.siteId))) throw invalid('siteId');
        const row = await insertContact(trx, found.organisationId, id, input);
        await audit({ action: 'employer.contact_added', entity: 'employer', entityId: id, details: { contactId: row.id } });
        return row;
      });
      return c.json(saved, 201);
    },
  );

  app.openapi(
    defineRoute('employers.write', {
      method: 'put', path: '/api/employers/{id}/contacts/{contactId}', tags, summary: 'Change a contact',
      request: { params: EmployerContactParams, headers: IfMatch, ...jsonBody(EmployerContactInput) }, responses: { 200: json(EmployerContact), ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, contactId } = c.req.valid('param');
      const input = c.req.valid('json');
      const version = ifMatchVersion(c.req.header('if-match'));
      await kept(scope, id);
      const saved = await scope.transaction(async (trx, audit) => {
        const current = await getContact(trx, id, contactId);
        if (!current) throw notFound();
        if (input.siteId !== null && !(await getSite(trx, id, input.siteId))) throw invalid('siteId');
        const row = await updateContact(trx, id, contactId, version, input);
        if (!row) throw new HttpProblem(412, 'stale_version', { current });
        await audit({ action: 'employer.contact_changed', entity: 'employer', entityId: id, details: { contactId } });
        return row;
      });
      return c.json(saved, 200);
    },
  );

  app.openapi(
    defineRoute('employers.write', {
      method: 'delete', path: '/api/employers/{id}/contacts/{contactId}', tags, summary: 'Remove a contact',
      request: { params: EmployerContactParams, headers: IfMatch }, responses: { 204: { description: 'Removed' }, ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, contactId } = c.req.valid('param');
      const version = ifMatchVersion(c.req.header('if-match'));
      await kept(scope, id);
      await scope.transaction(async (trx, audit) => {
        const current = await getContact(trx, id, contactId);
        if (!current) throw notFound();
        if (!(await deleteContact(trx, id, contactId, version))) throw new HttpProblem(412, 'stale_version', { current });
        await audit({ action: 'employer.contact_removed', entity: 'employer', entityId: id, details: { contactId } });
      });
      return c.body(null, 204);
    },
  );

  // ── the approach log: the keeping organisation's only ──────────────────────────────────

  app.openapi(
    defineRoute('employers.read', {
      method: 'get', path: '/api/employers/{id}/approaches', tags, summary: 'The approach log, latest first (never shown to the employer)',
      request: { params: IdParam }, responses: { 200: json(EmployerApproachList), 404: notYours },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      await kept(scope, id);
      return c.json({ items: await listApproaches(scope.db, id) }, 200);
    },
  );

  app.openapi(
    defineRoute('employers.write', {
      method: 'post', path: '/api/employers/{id}/approaches', tags, summary: 'Log an approach',
      request: { params: IdParam, ...jsonBody(EmployerApproachInput) },
      responses: { 201: json(EmployerApproach, 'Created'), 400: writeResponses[400], 404: notYours, 409: { description: 'The client has not consented to sharing with this employer' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const found = await kept(scope, id);
      const saved = await scope.transaction(async (trx, audit) => {
        if (input.meetingContactId !== null && !(await getContact(trx, id, input.meetingContactId))) throw invalid('meetingContactId');
        await checkClient(scope, trx, id, found.organisationId, input.clientId);
        const approachId = await insertApproach(trx, found.organisationId, id, scope.me.userId, input);
        await audit({ action: 'employer.approach_logged', entity: 'employer', entityId: id, details: { approachId, method: input.method, clientId: input.clientId } });
        return (await getApproach(trx, id, approachId))!;
      });
      return c.json(saved, 201);
    },
  );

  app.openapi(
    defineRoute('employers.write', {
      method: 'put', path: '/api/employers/{id}/approaches/{approachId}', tags, summary: 'Change a logged approach',
      request: { params: EmployerApproachParams, headers: IfMatch, ...jsonBody(EmployerApproachInput) },
      responses: { 200: json(EmployerApproach), ...writeResponses, 409: { description: 'The client has not consented to sharing with this employer' } },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, approachId } = c.req.valid('param');
      const input = c.req.valid('json');
      const version = ifMatchVersion(c.req.header('if-match'));
      const found = await kept(scope, id);
      const saved = await scope.transaction(async (trx, audit) => {
        const current = await getApproach(trx, id, approachId);
        if (!current) throw notFound();
        if (input.meetingContactId !== null && !(await getContact(trx, id, input.meetingContactId))) throw invalid('meetingContactId');
        if (input.clientId !== current.clientId) await checkClient(scope, trx, id, found.organisationId, input.clientId);
        if (!(await updateApproach(trx, id, approachId, version, input))) throw new HttpProblem(412, 'stale_version', { current });
        await audit({ action: 'employer.approach_changed', entity: 'employer', entityId: id, details: { approachId } });
        return (await getApproach(trx, id, approachId))!;
      });
      return c.json(saved, 200);
    },
  );

  return app;
}
