import { z } from 'zod';
import { COMPETENCE_ITEM_KEYS } from '../competences.ts';
import { CONSTRAINTS, ENVIRONMENT_TAGS, GAP_CLOSERS, type MatchReason as MatchReasonType, type MatchWeights as MatchWeightsType } from '../matching.ts';
import { PersonRef } from './vocational-profile.ts';

/**
 * The matching API (docs/matching.md): rankings with their reasons and the weights they were
 * computed with, the organisation's weights, and the job-match checklist per proposed match
 * (seed 003 ~4403–4430).
 */

const points = z.number().min(0).max(1000);
const share = z.number().min(0).max(1);
const effect = z.enum(['exclude', 'flag']);

/** The weights of the score, whole (a PUT sends every field). */
export const MatchWeights = z
  .strictObject({
    competence: points,
    closableCredit: share,
    significantGapPenalty: points,
    occupation: z.strictObject({ exact: points, isco4: points, isco3: points, isco2: points }),
    tasks: points,
    environment: points,
    constraints: z.strictObject(Object.fromEntries(CONSTRAINTS.map((c) => [c, effect])) as Record<(typeof CONSTRAINTS)[number], typeof effect>),
    flagPenalty: points,
    distanceNearLimitShare: share,
    distanceNearLimitPenalty: points,
  })
  .meta({ id: 'MatchWeights' }) satisfies z.ZodType<MatchWeightsType>;

export const MatchWeightsSettings = z
  .object({
    weights: MatchWeights.describe('In force for the organisation'),
    defaults: MatchWeights,
    version: z.number().int().describe('0 while the defaults are in force; send it as If-Match'),
    updatedAt: z.string().nullable(),
    updatedBy: PersonRef.nullable(),
  })
  .meta({ id: 'MatchWeightsSettings' });
export type MatchWeightsSettings = z.infer<typeof MatchWeightsSettings>;

const item = z.enum(COMPETENCE_ITEM_KEYS);
/** One reason: a code with parameters (docs/matching.md, "Reasons"); the UI words it. */
export const MatchReason = z
  .union([
    z.object({ code: z.literal('conflict'), constraint: z.enum(CONSTRAINTS), effect, points: z.number() }).loose()
      .describe('Per constraint also: hoursPerWeek + maxHoursPerWeek; missingDays + missingShifts; km + maxKm; contract + accepted; tags'),
    z.object({ code: z.literal('distance_near_limit'), km: z.number(), maxKm: z.number(), points: z.number() }),
    z.object({ code: z.literal('distance'), km: z.number(), maxKm: z.number().nullable() }),
    z.object({ code: z.literal('not_stated'), constraint: z.enum(['hours', 'schedule', 'distance']) }),
    z.object({ code: z.literal('no_requirements') }),
    z.object({ code: z.literal('fit'), item, required: z.number(), capacity: z.number() }),
    z.object({
      code: z.literal('gap'), item, required: z.number(), capacity: z.number(), shortfall: z.number(), significant: z.boolean(),
      closableBy: z.enum(GAP_CLOSERS).nullable(),
    }),
    z.object({ code: z.literal('unassessed'), item, required: z.number() }),
    z.object({ code: z.literal('occupation'), level: z.enum(['exact', 'isco4', 'isco3', 'isco2']), desiredCode: z.string(), vacancyCode: z.string(), points: z.number() }),
    z.object({ code: z.literal('tasks'), matched: z.array(z.string()), total: z.number(), points: z.number() }),
    z.object({ code: z.literal('environment'), matched: z.array(z.enum(ENVIRONMENT_TAGS)), preferred: z.number(), points: z.number() }),
  ])
  .meta({ id: 'MatchReason' });
/** The precise type (the schema above documents it; the conflict details are in common/matching.ts). */
export type MatchReason = MatchReasonType;

export const ScoreComponents = z
  .object({ competence: z.number(), significantGaps: z.number(), occupation: z.number(), tasks: z.number(), environment: z.number(), flags: z.number() })
  .meta({ id: 'ScoreComponents' });

const excludedBy = z.object(Object.fromEntries(CONSTRAINTS.map((c) => [c, z.number().int()])) as Record<(typeof CONSTRAINTS)[number], z.ZodNumber>);

/** What every ranking answers besides its results. */
const rankingBase = {
  considered: z.number().int().describe('How many were looked at: only those the caller may see'),
  excludedCount: z.number().int(),
  excludedBy,
  weights: MatchWeights,
};

export const MatchClientRef = z.object({ id: z.uuid(), name: z.string(), phase: z.number().int().min(1).max(5) }).meta({ id: 'MatchClientRef' });
export const MatchVacancyRef = z
  .object({ id: z.uuid(), title: z.string(), employer: z.object({ id: z.uuid(), name: z.string() }), city: z.string(), status: z.string() })
  .meta({ id: 'MatchVacancyRef' });

export const CHECKLIST_DECISIONS = ['open', 'propose', 'not_a_match'] as const;

/** GET /api/vacancies/{id}/matches: the candidates for one vacancy. */
export const VacancyMatches = z
  .object({
    vacancy: z.object({ id: z.uuid(), title: z.string() }),
    results: z.array(
      z.object({
        rank: z.number().int(),
        score: z.number(),
        components: ScoreComponents,
        reasons: z.array(MatchReason),
        client: MatchClientRef,
        /** The job-match checklist of this pair, when one was started (coaching team only). */
        checklist: z.object({ decision: z.enum(CHECKLIST_DECISIONS), updatedAt: z.string() }).nullable(),
      }),
    ),
    excluded: z.array(z.object({ client: MatchClientRef, reasons: z.array(MatchReason) })),
    ...rankingBase,
  })
  .meta({ id: 'VacancyMatches' });
export type VacancyMatches = z.infer<typeof VacancyMatches>;

/** GET /api/clients/{id}/matches: open vacancies for one client. */
export const ClientMatches = z
  .object({
    client: MatchClientRef,
    results: z.array(z.object({ rank: z.number().int(), score: z.number(), components: ScoreComponents, reasons: z.array(MatchReason), vacancy: MatchVacancyRef })),
    excluded: z.array(z.object({ vacancy: MatchVacancyRef, reasons: z.array(MatchReason) })),
    ...rankingBase,
  })
  .meta({ id: 'ClientMatches' });
export type ClientMatches = z.infer<typeof ClientMatches>;

export const MatchesQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });

/**
 * The job-match checklist (seed 003 ~4403–4430): the questions to weigh before proposing a
 * client for a job, each answered and explained. Keys are stored: never rename, only add.
 */
export const CHECKLIST_ITEMS = [
  'tasks',                  // Kan de klant de taken uitvoeren, of zijn aanpassingen of opleiding nodig?
  'ambitions',              // Voldoet de job aan de ambities van de klant?
  'tools_and_adaptations',  // Aangepast gereedschap of werkomgeving nodig? Subsidieerbaar, BTOM?
  'hours',                  // Is de klant beschikbaar tijdens de gevraagde uren?
  'culture',                // Past de klant in de organisatiecultuur?
  'benefits_effect',        // Aanvaardt de klant de effecten op uitkeringen, kort en lang?
  'duration',               // Job van korte of lange termijn of onbepaalde duur?
  'expectations_trial',     // Verwachtingen van de werkgever; proefperiode, proefdagen of stage?
  'support_available',      // Is er ondersteuning beschikbaar voor klant en werkgever?
  'accessibility_transport',// Toegankelijkheid of vervoersmogelijkheden?
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
/** yes; yes with measures (adaptation, training, support…: say which in the note); no; not known yet. */
export const CHECKLIST_ANSWERS = ['yes', 'with_measures', 'no', 'unknown'] as const;
export const CHECKLIST_NOTE_MAX = 2_000;

const checklistAnswer = z.strictObject({
  answer: z.enum(CHECKLIST_ANSWERS).default('unknown'),
  note: z.string().trim().max(CHECKLIST_NOTE_MAX).default(''),
});
const answers = z.strictObject(
  Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, checklistAnswer.prefault({})])) as Record<ChecklistItem, z.ZodPrefault<typeof checklistAnswer>>,
);

export const MatchChecklistInput = z
  .strictObject({
    answers: answers.prefault({}),
    durationKind: z.enum(['short_term', 'long_term', 'indefinite']).nullable().default(null).describe('For "duration"'),
    decision: z.enum(CHECKLIST_DECISIONS).default('open'),
    decisionNote: z.string().trim().max(CHECKLIST_NOTE_MAX).default(''),
  })
  .meta({ id: 'MatchChecklistInput' });
export type MatchChecklistInput = z.infer<typeof MatchChecklistInput>;

export const MatchChecklist = MatchChecklistInput.extend({
  vacancyId: z.uuid(),
  clientId: z.uuid(),
  /** The score and reasons when the checklist was last saved, so the record shows what was weighed. */
  scoreAtSave: z.number().nullable(),
  version: z.number().int().describe('0 while nothing was saved'),
  updatedAt: z.string().nullable(),
  updatedBy: PersonRef.nullable(),
}).meta({ id: 'MatchChecklist' });
export type MatchChecklist = z.infer<typeof MatchChecklist>;

export const MatchPairParam = z.object({ id: z.uuid(), clientId: z.uuid() });
