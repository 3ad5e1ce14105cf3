import { z } from 'zod';
import {
  JobAnalysis, JobAnalysisInput, JobPostingJsonLd, Vacancy, VacancyCompetenceProfile, VacancyCompetenceProfileInput, VacancyCreated, VacancyInput,
  VacancyList, VacancyListQuery,
} from '../../../../common/schemas/vacancies.ts';
import type { Scope } from '../../access/scope.ts';
import { HttpProblem, notFound } from '../../lib/errors.ts';
import { IdParam, createRouter, defineRoute, ifMatchVersion, json, jsonBody } from '../../lib/http.ts';
import { occupationsByUri } from '../esco/esco.queries.ts';
import {
  getCompetenceProfile, getJobAnalysis, getVacancy, insertVacancy, listVacancies, ownEmployerSite, saveCompetenceProfile, saveJobAnalysis, updateVacancy,
} from './vacancies.queries.ts';
import { isOwnVacancy, toCompetenceProfile, toJobAnalysis, toJobPosting, toVacancy } from './vacancies.service.ts';

const tags = ['vacancies'];
const IfMatch = z.object({ 'if-match': z.string().optional() });
const notVisible = { description: 'No such vacancy, or not yours to see' };
const writeResponses = { 404: notVisible, 412: { description: 'Stale version' }, 428: { description: 'If-Match missing' } };

async function visible(scope: Scope, id: string) {
  const row = await getVacancy(scope.db, scope.me, id);
  if (!row) throw notFound();
  return row;
}

/** A vacancy the caller may change: their own organisation's. An employer reading a linked one gets 403. */
async function writable(scope: Scope, id: string) {
  const row = await visible(scope, id);
  if (!isOwnVacancy(scope.me, row)) throw new HttpProblem(403, 'forbidden');
  return row;
}

/** The employer and site must be the organisation's own records; the ESCO occupation must exist. */
async function checkInput(scope: Scope, input: VacancyInput) {
  const { employer, site } = await ownEmployerSite(scope.db, scope.organisationId, input.employerId, input.siteId);
  const errors = [
    ...(employer ? [] : [{ path: 'employerId', message: 'Not an employer of your organisation' }]),
    ...(employer && !site ? [{ path: 'siteId', message: 'Not a site of this employer' }] : []),
  ];
  let esco = null;
  if (input.occupation) {
    esco = (await occupationsByUri(scope.db, [input.occupation.uri])).get(input.occupation.uri) ?? null;
    if (!esco) errors.push({ path: 'occupation.uri', message: 'Not an ESCO occupation' });
  }
  if (errors.length > 0) throw new HttpProblem(400, 'validation', { errors });
  return esco;
}

export function vacancyRoutes() {
  const app = createRouter();

  app.openapi(
    defineRoute('vacancies.read', {
      method: 'get', path: '/api/vacancies', tags, summary: 'Vacancies of your organisation (employers: those kept about you), newest first',
      request: { query: VacancyListQuery }, responses: { 200: json(VacancyList) },
    }),
    async (c) => {
      const scope = c.get('db');
      const rows = await listVacancies(scope.db, scope.me, c.req.valid('query'));
      const items = rows.map((r) => {
        const v = toVacancy(r, scope.me);
        return { id: v.id, employer: v.employer, site: v.site, title: v.title, occupation: v.occupation, city: v.city, hoursPerWeek: v.hoursPerWeek, status: v.status, startDate: v.startDate, version: v.version };
      });
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    defineRoute('vacancies.write', {
      method: 'post', path: '/api/vacancies', tags, summary: 'Record a vacancy at one of your employers',
      request: jsonBody(VacancyInput), responses: { 201: json(VacancyCreated, 'Created') },
    }),
    async (c) => {
      const scope = c.get('db');
      const input = c.req.valid('json');
      const esco = await checkInput(scope, input);
      const created = await scope.transaction(async (trx, audit) => {
        const row = await insertVacancy(trx, scope.organisationId, scope.me.userId, input, esco);
        await audit({ action: 'vacancy.created', entity: 'vacancy', entityId: row.id, details: { employerId: input.employerId } });
        return row;
      });
      return c.json(created, 201);
    },
  );

  app.openapi(
    defineRoute('vacancies.read', {
      method: 'get', path: '/api/vacancies/{id}', tags, summary: 'One vacancy',
      request: { params: IdParam }, responses: { 200: json(Vacancy), 404: notVisible },
    }),
    async (c) => {
      const scope = c.get('db');
      return c.json(toVacancy(await visible(scope, c.req.valid('param').id), scope.me), 200);
    },
  );

  app.openapi(
    defineRoute('vacancies.write', {
      method: 'put', path: '/api/vacancies/{id}', tags, summary: 'Change a vacancy (If-Match: its version)',
      request: { params: IdParam, headers: IfMatch, ...jsonBody(VacancyInput) }, responses: { 200: json(Vacancy), ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const expected = ifMatchVersion(c.req.header('if-match'));
      await writable(scope, id);
      const esco = await checkInput(scope, input);
      await scope.transaction(async (trx, audit) => {
        const version = await updateVacancy(trx, scope.organisationId, id, expected, input, esco);
        if (version === undefined) throw new HttpProblem(412, 'stale_version', { current: toVacancy((await getVacancy(trx, scope.me, id))!, scope.me) });
        await audit({ action: 'vacancy.updated', entity: 'vacancy', entityId: id, details: { version, status: input.status } });
      });
      return c.json(toVacancy((await getVacancy(scope.db, scope.me, id))!, scope.me), 200);
    },
  );

  app.openapi(
    defineRoute('vacancies.read', {
      method: 'get', path: '/api/vacancies/{id}/job-analysis', tags, summary: 'The job analysis (version 0 and empty while none was saved)',
      request: { params: IdParam }, responses: { 200: json(JobAnalysis), 404: notVisible },
    }),
    async (c) => {
      const scope = c.get('db');
      const row = await visible(scope, c.req.valid('param').id);
      return c.json(toJobAnalysis(row.id, await getJobAnalysis(scope.db, row.id)), 200);
    },
  );

  app.openapi(
    defineRoute('vacancies.write', {
      method: 'put', path: '/api/vacancies/{id}/job-analysis', tags, summary: 'Save the job analysis (If-Match: its version, "0" for the first save)',
      request: { params: IdParam, headers: IfMatch, ...jsonBody(JobAnalysisInput) }, responses: { 200: json(JobAnalysis), ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const expected = ifMatchVersion(c.req.header('if-match'));
      await writable(scope, id);
      await scope.transaction(async (trx, audit) => {
        const version = await saveJobAnalysis(trx, scope.organisationId, id, expected, scope.me.userId, input);
        if (version === undefined) throw new HttpProblem(412, 'stale_version', { current: toJobAnalysis(id, await getJobAnalysis(trx, id)) });
        await audit({ action: 'vacancy.job_analysis_saved', entity: 'vacancy', entityId: id, details: { version, tasks: input.tasks.length } });
      });
      return c.json(toJobAnalysis(id, await getJobAnalysis(scope.db, id)), 200);
    },
  );

  app.openapi(
    defineRoute('vacancies.read', {
      method: 'get', path: '/api/vacancies/{id}/competence-profile', tags, summary: 'The competence profile of the job (version 0 and empty while none was saved)',
      request: { params: IdParam }, responses: { 200: json(VacancyCompetenceProfile), 404: notVisible },
    }),
    async (c) => {
      const scope = c.get('db');
      const row = await visible(scope, c.req.valid('param').id);
      return c.json(toCompetenceProfile(row.id, await getCompetenceProfile(scope.db, row.id)), 200);
    },
  );

  app.openapi(
    defineRoute('vacancies.write', {
      method: 'put', path: '/api/vacancies/{id}/competence-profile', tags,
      summary: 'Score the job on the competence items, 1–5 (If-Match: its version, "0" for the first save)',
      request: { params: IdParam, headers: IfMatch, ...jsonBody(VacancyCompetenceProfileInput) }, responses: { 200: json(VacancyCompetenceProfile), ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const expected = ifMatchVersion(c.req.header('if-match'));
      await writable(scope, id);
      await scope.transaction(async (trx, audit) => {
        const version = await saveCompetenceProfile(trx, scope.organisationId, id, expected, scope.me.userId, input);
        if (version === undefined) throw new HttpProblem(412, 'stale_version', { current: toCompetenceProfile(id, await getCompetenceProfile(trx, id)) });
        await audit({ action: 'vacancy.competence_profile_saved', entity: 'vacancy', entityId: id, details: { version, scored: Object.keys(input.scores).length } });
      });
      return c.json(toCompetenceProfile(id, await getCompetenceProfile(scope.db, id)), 200);
    },
  );

  app.openapi(
    defineRoute('vacancies.read', {
      method: 'get', path: '/api/vacancies/{id}/job-posting', tags, summary: 'The vacancy as a schema.org JobPosting (JSON-LD)',
      request: { params: IdParam },
      responses: { 200: { description: 'JSON-LD', content: { 'application/ld+json': { schema: JobPostingJsonLd } } }, 404: notVisible },
    }),
    async (c) => {
      const scope = c.get('db');
      const row = await visible(scope, c.req.valid('param').id);
      const posting = toJobPosting(row, toVacancy(row, scope.me), scope.me.region);
      return c.body(JSON.stringify(posting), 200, { 'content-type': 'application/ld+json; charset=utf-8' });
    },
  );

  return app;
}
