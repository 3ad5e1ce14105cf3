import { z } from 'zod';
import { CompetenceNotes, CompetenceProfileInput, CompetenceScores } from './competences.ts';
import { EscoRef, EscoRefInput, PersonRef } from './vocational-profile.ts';

/**
 * Vacancies, their job analysis (jobanalyse, seed 003 ~4212–4399) and the job's competence
 * profile (competentieprofiel, seed 002 ~1257–1422), kept by the coaching organisation.
 */

export const VACANCY_TITLE_MAX = 200;
export const VACANCY_LINE_MAX = 300;
export const VACANCY_TEXT_MAX = 8_000;
/** Hours per week a vacancy can ask: above the legal maximum nobody can be placed. */
export const VACANCY_HOURS_MAX = 60;
export const WAGE_AMOUNT_MAX = 1_000_000;
/** Tasks of one job analysis, and steps of one task. */
export const JOB_TASKS_MAX = 50;
export const TASK_STEPS_MAX = 50;

export const VACANCY_STATUSES = ['open', 'filled', 'closed'] as const;
export const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** Shifts of the schedule: early (vroege), day, late, night, weekend work. */
export const SHIFTS = ['early', 'day', 'late', 'night', 'weekend'] as const;
export const WAGE_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
/** Contract kinds: permanent (onbepaalde duur), fixed term, temp agency (interim), IBO (individuele beroepsopleiding), other. */
export const CONTRACT_KINDS = ['permanent', 'fixed_term', 'temp_agency', 'ibo_training', 'other'] as const;
/**
 * Features of a work place that a client may exclude ("never in the cold") or prefer
 * ("outdoors"). At most 32 (one bitmask).
 */
export const ENVIRONMENT_TAGS = [
  'indoor',
  'outdoor',
  'noisy',
  'quiet',
  'cold',
  'heat',
  'wet',
  'dust',
  'fumes',
  'heights',
  'machines',
  'vehicles',
  'night_work',
  'weekend_work',
  'customer_contact',
  'teamwork',
  'working_alone',
  'crowds',
  'animals',
  'food',
  'standing_all_day',
  'heavy_lifting',
] as const;

const CalendarDate = z.iso.date().refine((d) => !d.startsWith('0000-'), { message: 'Invalid ISO date' });
const line = (max = VACANCY_LINE_MAX) => z.string().trim().max(max).default('');
const text = (max = VACANCY_TEXT_MAX) => z.string().trim().max(max).default('');
const uniqueList = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values))
    // Each value once (so never more than there are). zod runs checks on a value of the wrong type
    // too: the guard keeps that to one error per field.
    .refine((a: unknown) => !Array.isArray(a) || new Set(a).size === a.length, 'Each value once').default([]);

export const Wage = z
  .strictObject({ amount: z.number().positive().max(WAGE_AMOUNT_MAX).multipleOf(0.01), period: z.enum(WAGE_PERIODS) })
  .meta({ id: 'Wage' });

/** A vacancy as the form sends it. Without a site, the address fields say where the job is. */
export const VacancyInput = z
  .strictObject({
    employerId: z.uuid().describe('An employer record of your organisation'),
    siteId: z.uuid().nullable().default(null).describe('One of that employer\'s sites, or null'),
    title: z.string().trim().min(1).max(VACANCY_TITLE_MAX),
    occupation: EscoRefInput.nullable().default(null).describe('ESCO occupation; code and label are filled in by the server'),
    address: line(),
    postcode: line(20),
    city: line(100),
    hoursPerWeek: z.number().min(0).max(VACANCY_HOURS_MAX).multipleOf(0.01).nullable().default(null),
    scheduleDays: uniqueList(WEEK_DAYS),
    shifts: uniqueList(SHIFTS),
    environmentTags: uniqueList(ENVIRONMENT_TAGS).describe('Features of the work place (matching: excluded and preferred environments)'),
    wage: Wage.nullable().default(null),
    contractKind: z.enum(CONTRACT_KINDS).default('other'),
    startDate: CalendarDate.nullable().default(null),
    description: text(),
    status: z.enum(VACANCY_STATUSES).default('open'),
  })
  .meta({ id: 'VacancyInput' });
export type VacancyInput = z.infer<typeof VacancyInput>;

const NamedRef = z.object({ id: z.uuid(), name: z.string() });

export const Vacancy = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    employer: NamedRef,
    site: NamedRef.nullable(),
    title: z.string(),
    occupation: EscoRef.nullable(),
    address: z.string(),
    postcode: z.string(),
    city: z.string(),
    hoursPerWeek: z.number().nullable(),
    scheduleDays: z.array(z.enum(WEEK_DAYS)),
    shifts: z.array(z.enum(SHIFTS)),
    environmentTags: z.array(z.enum(ENVIRONMENT_TAGS)),
    /** Whether Passend knows where the work place is (site coordinates, or the postcode): needed for the distance check. */
    located: z.boolean(),
    wage: Wage.nullable(),
    contractKind: z.enum(CONTRACT_KINDS),
    startDate: z.string().nullable(),
    description: z.string(),
    status: z.enum(VACANCY_STATUSES),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    /** Whether the caller may change it (their own organisation's, and a coach). */
    editable: z.boolean(),
  })
  .meta({ id: 'Vacancy' });
export type Vacancy = z.infer<typeof Vacancy>;

export const VacancyList = z
  .object({ items: z.array(Vacancy.pick({ id: true, employer: true, site: true, title: true, occupation: true, city: true, hoursPerWeek: true, status: true, startDate: true, version: true })) })
  .meta({ id: 'VacancyList' });

export const VacancyListQuery = z.object({
  status: z.enum(VACANCY_STATUSES).optional(),
  employerId: z.uuid().optional(),
});

export const VacancyCreated = z.object({ id: z.uuid(), version: z.number().int() }).meta({ id: 'VacancyCreated' });

/**
 * One task of the job with its task analysis (003 ~4684–4694): the steps in their order,
 * the task's place in the work process, the meeting points with colleagues, the normal
 * time it takes; and the materials, the quality criterion and the problems to expect.
 */
export const JobTask = z
  .strictObject({
    task: z.string().trim().min(1).max(VACANCY_LINE_MAX),
    steps: z.array(z.string().trim().min(1).max(VACANCY_LINE_MAX)).max(TASK_STEPS_MAX).default([]).describe('In the order they are done'),
    processContent: text(2_000).describe('Wat is de inhoud van de taak in het werkproces?'),
    meetingPoints: text(2_000).describe('Waar zijn er ontmoetingspunten met collega’s?'),
    normalTime: line().describe('Het normale tijdsframe, e.g. "20 minuten per rolcontainer"'),
    materials: text(2_000),
    qualityCriterion: text(2_000),
    likelyProblems: text(2_000),
  })
  .meta({ id: 'JobTask' });

/** Sleutelkenmerken voor de job (fysieke, cognitieve, emotionele, omgeving …). */
export const KeyCharacteristics = z
  .strictObject({ physical: text(2_000), cognitive: text(2_000), emotional: text(2_000), environment: text(2_000), other: text(2_000) })
  .meta({ id: 'KeyCharacteristics' });

/** Every field of the seed's job analysis (003 ~4216–4395), in its order. */
export const JobAnalysisInput = z
  .strictObject({
    tasks: z.array(JobTask).max(JOB_TASKS_MAX).default([]),
    keyCharacteristics: KeyCharacteristics.default({ physical: '', cognitive: '', emotional: '', environment: '', other: '' }),
    requiredProductivity: text(2_000),
    qualityStandards: text(2_000),
    wage: text(2_000).describe('Het beschikbare loon, as the employer describes it'),
    hoursPerDay: z.number().min(0).max(24).multipleOf(0.01).nullable().default(null),
    accessibility: text(2_000),
    healthAndSafety: text(2_000),
    companyCulture: text(2_000),
    workEnvironment: text(2_000),
    socialAspects: text(2_000),
    supportOnTheJob: text(2_000).describe('De mogelijkheden om begeleiding op de werkvloer te geven'),
    naturalSupport: text(2_000).describe('Het potentieel om natuurlijke ondersteuning te organiseren (a possible mentor)'),
    transport: text(2_000),
  })
  .meta({ id: 'JobAnalysisInput' });
export type JobAnalysisInput = z.infer<typeof JobAnalysisInput>;

export const JobAnalysis = JobAnalysisInput.extend({
  vacancyId: z.uuid(),
  version: z.number().int().describe('0 while nothing was saved'),
  updatedAt: z.string().nullable(),
  updatedBy: PersonRef.nullable(),
}).meta({ id: 'JobAnalysis' });
export type JobAnalysis = z.infer<typeof JobAnalysis>;

export const VacancyCompetenceProfileInput = CompetenceProfileInput.meta({ id: 'VacancyCompetenceProfileInput' });

export const VacancyCompetenceProfile = z
  .object({
    vacancyId: z.uuid(),
    scores: CompetenceScores,
    notes: CompetenceNotes,
    otherNotes: z.string(),
    version: z.number().int().describe('0 while nothing was saved'),
    updatedAt: z.string().nullable(),
    updatedBy: PersonRef.nullable(),
  })
  .meta({ id: 'VacancyCompetenceProfile' });
export type VacancyCompetenceProfile = z.infer<typeof VacancyCompetenceProfile>;

/** schema.org JobPosting as JSON-LD: https://schema.org/JobPosting */
export const JobPostingJsonLd = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('JobPosting'),
    title: z.string(),
    description: z.string(),
    datePosted: z.string(),
    employmentType: z.string(),
    hiringOrganization: z.object({ '@type': z.literal('Organization'), name: z.string() }),
    jobLocation: z.object({ '@type': z.literal('Place'), address: z.record(z.string(), z.string()) }),
  })
  .loose()
  .meta({ id: 'JobPostingJsonLd' });
