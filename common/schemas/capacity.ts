import { z } from 'zod';
import { COMPETENCE_ITEM_KEYS } from '../competences.ts';
import { STARR_STEPS } from '../competences.labels.ts';
import { CONTRACT_KINDS, ENVIRONMENT_TAGS, GAP_CLOSERS, WORK_DAYS, WORK_SHIFTS } from '../matching.ts';
import { CompetenceProfileInput, CompetenceScores, CompetenceNotes, perItem } from './competences.ts';
import { VACANCY_HOURS_MAX } from './vacancies.ts';
import { PersonRef } from './vocational-profile.ts';

/**
 * The client's capacity profile (capaciteitenprofiel, seed 002 ~1257–1422): the items of the
 * job's competence profile on the same 1–5 scale, scored with the client, dated and versioned
 * (every save is a new version; older ones stay readable). With the structured availability
 * below it is part of the `vocational_profile` data category.
 */

export const STARR_EXAMPLES_MAX = 20;
export const STARR_TEXT_MAX = 2_000;
export const AVAILABILITY_NOTE_MAX = 2_000;

const CalendarDate = z.iso.date().refine((d) => !d.startsWith('0000-'), { message: 'Invalid ISO date' });
const uniqueList = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values))
    .refine((a: unknown) => !Array.isArray(a) || new Set(a).size === a.length, 'Each value once').default([]);

/** Item key → what could close a shortfall on it: an adaptation, training or coaching. */
export const GapClosers = perItem(z.enum(GAP_CLOSERS)).describe('Item key → adaptation | training | coaching; items without one absent');
export type GapClosers = z.infer<typeof GapClosers>;

/**
 * One example told in the STARR steps (situation, task, action, result, reflection) that
 * supports a score: the behavioural interview of seed 002 ~1139–1166.
 */
export const StarrExample = z
  .strictObject({
    item: z.enum(COMPETENCE_ITEM_KEYS).nullable().default(null).describe('The item the example is about, or null'),
    ...Object.fromEntries(STARR_STEPS.map((s) => [s, z.string().trim().max(STARR_TEXT_MAX).default('')])) as {
      [K in (typeof STARR_STEPS)[number]]: z.ZodDefault<z.ZodString>;
    },
  })
  .meta({ id: 'StarrExample' });
export type StarrExample = z.infer<typeof StarrExample>;

/** A save of the capacity profile: a new version. */
export const CapacityProfileInput = CompetenceProfileInput.extend({
  assessedOn: CalendarDate.describe('The day it was scored with the client'),
  gapClosers: GapClosers.default({}),
  starr: z.array(StarrExample).max(STARR_EXAMPLES_MAX).default([]),
}).meta({ id: 'CapacityProfileInput' });
export type CapacityProfileInput = z.infer<typeof CapacityProfileInput>;

export const CapacityProfile = z
  .object({
    clientId: z.uuid(),
    version: z.number().int().describe('0 while nothing was saved; send it as If-Match'),
    assessedOn: z.string().nullable(),
    scores: CompetenceScores,
    notes: CompetenceNotes,
    gapClosers: GapClosers,
    otherNotes: z.string(),
    starr: z.array(StarrExample),
    updatedAt: z.string().nullable(),
    updatedBy: PersonRef.nullable(),
  })
  .meta({ id: 'CapacityProfile' });
export type CapacityProfile = z.infer<typeof CapacityProfile>;

export const CapacityVersionSummary = z
  .object({ version: z.number().int(), assessedOn: z.string(), savedAt: z.string(), savedBy: PersonRef, scored: z.number().int() })
  .meta({ id: 'CapacityVersionSummary' });
export const CapacityVersionList = z.object({ items: z.array(CapacityVersionSummary) }).meta({ id: 'CapacityVersionList' });

/**
 * What the client can work and accepts, in the closed vocabularies of the matching score
 * (common/matching.ts). Empty lists and null mean "not stated": the score then does not check
 * it. Home (from the client's postcode) and the travel limit (vocational profile,
 * aspirations.maxTravelKm) are not repeated here.
 */
export const AvailabilityInput = z
  .strictObject({
    maxHoursPerWeek: z.number().min(0).max(VACANCY_HOURS_MAX).multipleOf(0.01).nullable().default(null),
    days: uniqueList(WORK_DAYS),
    shifts: uniqueList(WORK_SHIFTS),
    contracts: uniqueList(CONTRACT_KINDS).describe('Accepted contract kinds; empty: any'),
    excludedEnvironment: uniqueList(ENVIRONMENT_TAGS),
    preferredEnvironment: uniqueList(ENVIRONMENT_TAGS),
    note: z.string().trim().max(AVAILABILITY_NOTE_MAX).default(''),
  })
  .refine((a) => !a.excludedEnvironment.some((t) => a.preferredEnvironment.includes(t)), {
    message: 'An environment cannot be both excluded and preferred',
    path: ['preferredEnvironment'],
  })
  .meta({ id: 'AvailabilityInput' });
export type AvailabilityInput = z.infer<typeof AvailabilityInput>;

export const Availability = z
  .object({
    clientId: z.uuid(),
    version: z.number().int().describe('0 while nothing was saved'),
    maxHoursPerWeek: z.number().nullable(),
    days: z.array(z.enum(WORK_DAYS)),
    shifts: z.array(z.enum(WORK_SHIFTS)),
    contracts: z.array(z.enum(CONTRACT_KINDS)),
    excludedEnvironment: z.array(z.enum(ENVIRONMENT_TAGS)),
    preferredEnvironment: z.array(z.enum(ENVIRONMENT_TAGS)),
    note: z.string(),
    /** Where the distance is measured from: the client's postcode, and whether Passend knows where it is. */
    home: z.object({ postcode: z.string(), located: z.boolean() }),
    /** From the vocational profile (aspirations), shown here read-only. */
    maxTravelKm: z.number().nullable(),
    updatedAt: z.string().nullable(),
    updatedBy: PersonRef.nullable(),
  })
  .meta({ id: 'Availability' });
export type Availability = z.infer<typeof Availability>;
