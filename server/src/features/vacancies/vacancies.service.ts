import type { Region } from '../../../../common/roles.ts';
import { JobAnalysisInput, type JobAnalysis, type Vacancy, type VacancyCompetenceProfile } from '../../../../common/schemas/vacancies.ts';
import type { Actor } from '../../access/actor.ts';
import type { getCompetenceProfile, getJobAnalysis, VacancyRow } from './vacancies.queries.ts';

const num = (v: string | null) => (v === null ? null : Number(v));
const iso = (d: Date | string) => new Date(d).toISOString();

/** Only the coaching organisation that keeps the vacancy changes it (the route's policy says who there). */
export const isOwnVacancy = (actor: Actor, row: VacancyRow) => row.organisation_id === actor.organisationId;

export function toVacancy(row: VacancyRow, actor: Actor): Vacancy {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    employer: { id: row.employer_id, name: row.employer_name },
    site: row.site_id && row.site_name !== null ? { id: row.site_id, name: row.site_name } : null,
    title: row.title,
    occupation: row.esco_uri ? { uri: row.esco_uri, code: row.esco_code ?? '', preferredLabel: row.esco_label ?? '' } : null,
    address: row.address, postcode: row.postcode, city: row.city,
    hoursPerWeek: num(row.hours_per_week),
    scheduleDays: row.schedule_days as Vacancy['scheduleDays'],
    shifts: row.shifts as Vacancy['shifts'],
    environmentTags: row.environment_tags as Vacancy['environmentTags'],
    located: (row.lat !== null && row.lon !== null) || (row.site_lat !== null && row.site_lon !== null),
    wage: row.wage_amount !== null && row.wage_period !== null ? { amount: Number(row.wage_amount), period: row.wage_period as NonNullable<Vacancy['wage']>['period'] } : null,
    contractKind: row.contract_kind as Vacancy['contractKind'],
    startDate: row.start_date,
    description: row.description,
    status: row.status as Vacancy['status'],
    createdAt: iso(row.created_at), updatedAt: iso(row.updated_at), version: row.version,
    editable: isOwnVacancy(actor, row),
  };
}

type AnalysisRow = NonNullable<Awaited<ReturnType<typeof getJobAnalysis>>>;

export function toJobAnalysis(vacancyId: string, row: AnalysisRow | undefined): JobAnalysis {
  if (!row) return { vacancyId, ...JobAnalysisInput.parse({}), version: 0, updatedAt: null, updatedBy: null };
  return {
    vacancyId,
    tasks: row.tasks as JobAnalysis['tasks'],
    keyCharacteristics: { physical: '', cognitive: '', emotional: '', environment: '', other: '', ...row.key_characteristics },
    requiredProductivity: row.required_productivity, qualityStandards: row.quality_standards, wage: row.wage,
    hoursPerDay: num(row.hours_per_day), accessibility: row.accessibility, healthAndSafety: row.health_and_safety,
    companyCulture: row.company_culture, workEnvironment: row.work_environment, socialAspects: row.social_aspects,
    supportOnTheJob: row.support_on_the_job, naturalSupport: row.natural_support, transport: row.transport,
    version: row.version, updatedAt: iso(row.updated_at), updatedBy: { id: row.updated_by, name: row.by_name },
  };
}

type ProfileRow = NonNullable<Awaited<ReturnType<typeof getCompetenceProfile>>>;

export function toCompetenceProfile(vacancyId: string, row: ProfileRow | undefined): VacancyCompetenceProfile {
  if (!row) return { vacancyId, scores: {}, notes: {}, otherNotes: '', version: 0, updatedAt: null, updatedBy: null };
  return {
    vacancyId,
    scores: row.scores as VacancyCompetenceProfile['scores'],
    notes: row.notes as VacancyCompetenceProfile['notes'],
    otherNotes: row.other_notes,
    version: row.version, updatedAt: iso(row.updated_at), updatedBy: { id: row.updated_by, name: row.by_name },
  };
}

/** schema.org employmentType for a contract kind; a permanent job under 36 h a week is part-time. */
export function employmentType(kind: Vacancy['contractKind'], hoursPerWeek: number | null): string {
  switch (kind) {
    case 'permanent': return hoursPerWeek !== null && hoursPerWeek < FULL_TIME_HOURS ? 'PART_TIME' : 'FULL_TIME';
    case 'fixed_term':
    case 'temp_agency': return 'TEMPORARY';
    case 'ibo_training': return 'INTERN';
    default: return 'OTHER';
  }
}
/** Below this many hours a week a job counts as part-time (a Belgian full-time week is 38 h). */
export const FULL_TIME_HOURS = 36;

const UNIT: Record<string, string> = { hour: 'HOUR', day: 'DAY', week: 'WEEK', month: 'MONTH', year: 'YEAR' };

/** The vacancy as a schema.org JobPosting (JSON-LD); the site's address unless the vacancy has its own. */
export function toJobPosting(row: VacancyRow, v: Vacancy, region: Region) {
  const own = v.address !== '' || v.city !== '';
  const address = {
    '@type': 'PostalAddress',
    streetAddress: own ? v.address : row.site_address ?? '',
    postalCode: own ? v.postcode : row.site_postcode ?? '',
    addressLocality: own ? v.city : row.site_city ?? '',
    addressCountry: region === 'netherlands' ? 'NL' : 'BE',
  };
  const hours = [v.hoursPerWeek !== null ? `${v.hoursPerWeek} h/week` : '', v.scheduleDays.join(', '), v.shifts.join(', ')].filter((s) => s !== '');
  return {
    '@context': 'https://schema.org' as const,
    '@type': 'JobPosting' as const,
    identifier: v.id,
    title: v.title,
    description: v.description,
    datePosted: v.createdAt.slice(0, 10),
    employmentType: employmentType(v.contractKind, v.hoursPerWeek),
    hiringOrganization: { '@type': 'Organization' as const, name: v.employer.name },
    jobLocation: { '@type': 'Place' as const, address },
    ...(v.startDate ? { jobStartDate: v.startDate } : {}),
    ...(v.wage ? { baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', value: v.wage.amount, unitText: UNIT[v.wage.period] } } } : {}),
    ...(hours.length > 0 ? { workHours: hours.join('; ') } : {}),
    ...(v.occupation ? { occupationalCategory: v.occupation.code } : {}),
  };
}
