import { sql, type Kysely, type Transaction } from 'kysely';
import type { CompetenceProfileInput } from '../../../../common/schemas/competences.ts';
import { postcodeCentroid, type LatLon } from '../../../../common/geo/postcodes.ts';
import type { JobAnalysisInput, VacancyInput } from '../../../../common/schemas/vacancies.ts';
import type { Actor } from '../../access/actor.ts';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;
type EscoSnapshot = { uri: string; code: string; preferredLabel: string } | null;

const vacancyColumns = [
  'v.id', 'v.organisation_id', 'v.employer_id', 'e.name as employer_name', 'v.site_id', 's.name as site_name', 's.address as site_address',
  's.postcode as site_postcode', 's.city as site_city', 's.lat as site_lat', 's.lon as site_lon', 'v.title', 'v.esco_uri', 'v.esco_code', 'v.esco_label', 'v.address', 'v.postcode', 'v.city',
  'v.hours_per_week', 'v.schedule_days', 'v.shifts', 'v.environment_tags', 'v.lat', 'v.lon', 'v.wage_amount', 'v.wage_period', 'v.contract_kind', 'v.start_date', 'v.description',
  'v.status', 'v.created_at', 'v.updated_at', 'v.version',
] as const;

function vacancyQuery(db: Q, actor: Actor) {
  return db
    .selectFrom('vacancies as v')
    .innerJoin('employers as e', 'e.id', 'v.employer_id')
    .leftJoin('employer_sites as s', 's.id', 'v.site_id')
    .select(vacancyColumns)
    // Visible: the actor's organisation's own vacancies, and those of an employer record linked to
    // the actor's (employer) organisation. Anything else is not found.
    .where((eb) => eb.or([
      eb('v.organisation_id', '=', actor.organisationId),
      eb('e.linked_organisation_id', '=', actor.organisationId),
    ]));
}

export type VacancyRow = NonNullable<Awaited<ReturnType<typeof getVacancy>>>;

export async function getVacancy(db: Q, actor: Actor, id: string) {
  return vacancyQuery(db, actor).where('v.id', '=', id).executeTakeFirst();
}

export async function listVacancies(db: Q, actor: Actor, filter: { status?: string; employerId?: string }) {
  let q = vacancyQuery(db, actor);
  if (filter.status) q = q.where('v.status', '=', filter.status);
  if (filter.employerId) q = q.where('v.employer_id', '=', filter.employerId);
  return q.orderBy('v.created_at', 'desc').orderBy('v.id').limit(500).execute();
}

/** The employer record and site as the caller's organisation keeps them, or undefined. */
export async function ownEmployerSite(db: Q, organisationId: string, employerId: string, siteId: string | null) {
  const employer = await db.selectFrom('employers').select('id').where('organisation_id', '=', organisationId).where('id', '=', employerId).executeTakeFirst();
  if (!employer) return { employer: false, site: false };
  if (siteId === null) return { employer: true, site: true };
  const site = await db.selectFrom('employer_sites').select('id').where('employer_id', '=', employerId).where('id', '=', siteId).executeTakeFirst();
  return { employer: true, site: site !== undefined };
}

/**
 * Where the work place is, for the distance check of matching: the site's coordinates when a
 * site is given and has them, else the approximate centre of the vacancy's postcode, else of
 * the site's postcode (common/geo/postcodes.ts); null when none is known.
 */
export function workPlaceLocation(
  vacancyPostcode: string, site: { lat: number | null; lon: number | null; postcode: string } | undefined, region: 'flanders' | 'netherlands',
): LatLon | null {
  if (site && site.lat !== null && site.lon !== null) return { lat: site.lat, lon: site.lon };
  return (vacancyPostcode.trim() !== '' ? postcodeCentroid(vacancyPostcode, region) : null) ?? (site ? postcodeCentroid(site.postcode, region) : null);
}

/** The work place's location as it stands in the database (the site of the same organisation). */
async function locate(trx: Transaction<DB>, organisationId: string, input: VacancyInput): Promise<LatLon | null> {
  const org = await trx.selectFrom('organisations').select('region').where('id', '=', organisationId).executeTakeFirstOrThrow();
  const site = input.siteId === null ? undefined : await trx.selectFrom('employer_sites').select(['lat', 'lon', 'postcode'])
    .where('organisation_id', '=', organisationId).where('id', '=', input.siteId).executeTakeFirst();
  return workPlaceLocation(input.postcode, site, org.region);
}

function vacancyValues(input: VacancyInput, esco: EscoSnapshot, at: LatLon | null) {
  return {
    employer_id: input.employerId, site_id: input.siteId, title: input.title,
    esco_uri: esco?.uri ?? null, esco_code: esco?.code ?? null, esco_label: esco?.preferredLabel ?? null,
    address: input.address, postcode: input.postcode, city: input.city, hours_per_week: input.hoursPerWeek,
    schedule_days: input.scheduleDays, shifts: input.shifts, environment_tags: input.environmentTags, lat: at?.lat ?? null, lon: at?.lon ?? null,
    wage_amount: input.wage?.amount ?? null, wage_period: input.wage?.period ?? null,
    contract_kind: input.contractKind, start_date: input.startDate, description: input.description, status: input.status,
  };
}

export async function insertVacancy(trx: Transaction<DB>, organisationId: string, userId: string, input: VacancyInput, esco: EscoSnapshot) {
  return trx.insertInto('vacancies')
    .values({ organisation_id: organisationId, created_by: userId, ...vacancyValues(input, esco, await locate(trx, organisationId, input)) })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}

/** Answers the new version, or undefined when `expected` is not the current one. */
export async function updateVacancy(trx: Transaction<DB>, organisationId: string, id: string, expected: number, input: VacancyInput, esco: EscoSnapshot) {
  const row = await trx.updateTable('vacancies')
    .set({ ...vacancyValues(input, esco, await locate(trx, organisationId, input)), updated_at: new Date(), version: sql<number>`version + 1` })
    .where('organisation_id', '=', organisationId).where('id', '=', id).where('version', '=', expected)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

export async function getJobAnalysis(db: Q, vacancyId: string) {
  return db.selectFrom('job_analyses as j').innerJoin('users as u', 'u.id', 'j.updated_by')
    .selectAll('j').select(['u.name as by_name'])
    .where('j.vacancy_id', '=', vacancyId).executeTakeFirst();
}

function analysisValues(a: JobAnalysisInput) {
  return {
    tasks: JSON.stringify(a.tasks), key_characteristics: JSON.stringify(a.keyCharacteristics), required_productivity: a.requiredProductivity,
    quality_standards: a.qualityStandards, wage: a.wage, hours_per_day: a.hoursPerDay, accessibility: a.accessibility,
    health_and_safety: a.healthAndSafety, company_culture: a.companyCulture, work_environment: a.workEnvironment, social_aspects: a.socialAspects,
    support_on_the_job: a.supportOnTheJob, natural_support: a.naturalSupport, transport: a.transport,
  };
}

/** Saves when `expected` is the current version (0: none yet); answers the new one or undefined. */
export async function saveJobAnalysis(trx: Transaction<DB>, organisationId: string, vacancyId: string, expected: number, userId: string, a: JobAnalysisInput) {
  const values = { ...analysisValues(a), updated_by: userId, updated_at: new Date() };
  const row = expected === 0
    ? await trx.insertInto('job_analyses').values({ organisation_id: organisationId, vacancy_id: vacancyId, ...values })
      .onConflict((oc) => oc.column('vacancy_id').doNothing()).returning('version').executeTakeFirst()
    : await trx.updateTable('job_analyses').set({ ...values, version: sql<number>`version + 1` })
      .where('organisation_id', '=', organisationId).where('vacancy_id', '=', vacancyId).where('version', '=', expected)
      .returning('version').executeTakeFirst();
  return row?.version;
}

export async function getCompetenceProfile(db: Q, vacancyId: string) {
  return db.selectFrom('vacancy_competence_profiles as p').innerJoin('users as u', 'u.id', 'p.updated_by')
    .selectAll('p').select(['u.name as by_name'])
    .where('p.vacancy_id', '=', vacancyId).executeTakeFirst();
}

export async function saveCompetenceProfile(
  trx: Transaction<DB>, organisationId: string, vacancyId: string, expected: number, userId: string, p: CompetenceProfileInput,
) {
  const values = { scores: JSON.stringify(p.scores), notes: JSON.stringify(p.notes), other_notes: p.otherNotes, updated_by: userId, updated_at: new Date() };
  const row = expected === 0
    ? await trx.insertInto('vacancy_competence_profiles').values({ organisation_id: organisationId, vacancy_id: vacancyId, ...values })
      .onConflict((oc) => oc.column('vacancy_id').doNothing()).returning('version').executeTakeFirst()
    : await trx.updateTable('vacancy_competence_profiles').set({ ...values, version: sql<number>`version + 1` })
      .where('organisation_id', '=', organisationId).where('vacancy_id', '=', vacancyId).where('version', '=', expected)
      .returning('version').executeTakeFirst();
  return row?.version;
}
