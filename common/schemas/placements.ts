import { z } from 'zod';
import { PLACEMENT_KINDS, PLACEMENT_STATUSES } from '../placements.ts';
import { Wage, VACANCY_HOURS_MAX } from './vacancies.ts';
import { PersonRef } from './vocational-profile.ts';

/**
 * Placements and securing the job (seed 003 ~1127–1230, ~4430–4446). Rules on dates and length:
 * common/placements.ts (checkPlacementDates). A paid job moves the open trajectory to phase 5
 * and creates the first evaluation, due a month after the start.
 */

export const PLACEMENT_TEXT_MAX = 4_000;
const CalendarDate = z.iso.date().refine((d) => !d.startsWith('0000-'), { message: 'Invalid ISO date' });
const text = (max = PLACEMENT_TEXT_MAX) => z.string().trim().max(max).default('');

/**
 * The agreement of every placement with client and employer: goal, support to provide,
 * responsibilities, limits, insurance, reporting and evaluation (003 ~1181–1185).
 */
export const PlacementAgreement = z
  .strictObject({
    goal: text(), support: text(), responsibilities: text(), limits: text(), insurance: text(), reporting: text(), evaluation: text(),
  })
  .meta({ id: 'PlacementAgreement' });
export type PlacementAgreement = z.infer<typeof PlacementAgreement>;
export const EMPTY_AGREEMENT: PlacementAgreement = { goal: '', support: '', responsibilities: '', limits: '', insurance: '', reporting: '', evaluation: '' };

/**
 * Securing the job (de job verzekeren, 003 ~4432–4446): what is agreed once the job is
 * obtained. Only for a paid job.
 */
export const JobSecuring = z
  .strictObject({
    hoursPerWeek: z.number().min(0).max(VACANCY_HOURS_MAX).multipleOf(0.01).nullable().default(null),
    wage: Wage.nullable().default(null),
    supportLevel: text().describe('De mate van begeleiding'),
    supportBy: text(1_000).describe('Wie instaat voor de begeleiding'),
    expectedProductivity: text(),
    expectedQuality: text(),
    responsibilitiesEmployer: text(),
    responsibilitiesColleagues: text(),
    responsibilitiesClient: text(),
    responsibilitiesCoach: text(),
    evaluationProcedure: text(),
  })
  .meta({ id: 'JobSecuring' });
export type JobSecuring = z.infer<typeof JobSecuring>;

export const PlacementInput = z
  .strictObject({
    clientId: z.uuid(),
    employerId: z.uuid().describe('An employer record of your organisation'),
    siteId: z.uuid().nullable().default(null),
    vacancyId: z.uuid().nullable().default(null).describe('The vacancy it fills, if any (of the same employer)'),
    kind: z.enum(PLACEMENT_KINDS),
    title: z.string().trim().min(1).max(200).describe('The job or tasks, e.g. "Magazijnmedewerker"'),
    startDate: CalendarDate,
    endDate: CalendarDate.nullable().default(null).describe('Required except for a paid job'),
    hoursPerWeek: z.number().min(0).max(VACANCY_HOURS_MAX).multipleOf(0.01).nullable().default(null),
    extensionReason: text(2_000).describe('Required for a work experience placement longer than 12 weeks'),
    status: z.enum(PLACEMENT_STATUSES).default('planned'),
    agreement: PlacementAgreement.prefault({}),
    securing: JobSecuring.nullable().default(null).describe('Paid job only'),
  })
  .meta({ id: 'PlacementInput' });
export type PlacementInput = z.infer<typeof PlacementInput>;

export const EVALUATION_OUTCOMES = ['on_track', 'adjust', 'stop'] as const;

export const PlacementEvaluation = z
  .object({
    id: z.uuid(),
    placementId: z.uuid(),
    dueOn: z.string(),
    heldOn: z.string().nullable(),
    outcome: z.enum(EVALUATION_OUTCOMES).nullable(),
    clientView: z.string(),
    employerView: z.string(),
    coachView: z.string(),
    nextSteps: z.string(),
    participants: z.string(),
    /** Created automatically (the first evaluation of a paid job) or planned by the coach. */
    automatic: z.boolean(),
    version: z.number().int(),
    updatedAt: z.string(),
    updatedBy: PersonRef.nullable(),
  })
  .meta({ id: 'PlacementEvaluation' });
export type PlacementEvaluation = z.infer<typeof PlacementEvaluation>;

export const PlacementEvaluationInput = z
  .strictObject({
    dueOn: CalendarDate,
    heldOn: CalendarDate.nullable().default(null),
    outcome: z.enum(EVALUATION_OUTCOMES).nullable().default(null),
    clientView: text(), employerView: text(), coachView: text(), nextSteps: text(), participants: text(1_000),
  })
  .refine((e) => (e.heldOn === null) === (e.outcome === null), { message: 'A held evaluation has an outcome, and only a held one', path: ['outcome'] })
  .meta({ id: 'PlacementEvaluationInput' });
export type PlacementEvaluationInput = z.infer<typeof PlacementEvaluationInput>;

const Ref = z.object({ id: z.uuid(), name: z.string() });

export const Placement = z
  .object({
    id: z.uuid(),
    client: Ref,
    employer: Ref,
    site: Ref.nullable(),
    vacancy: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    kind: z.enum(PLACEMENT_KINDS),
    title: z.string(),
    startDate: z.string(),
    endDate: z.string().nullable(),
    hoursPerWeek: z.number().nullable(),
    extensionReason: z.string(),
    status: z.enum(PLACEMENT_STATUSES),
    agreement: PlacementAgreement,
    securing: JobSecuring.nullable(),
    /** From checkPlacementDates, e.g. longer_than_12_weeks. */
    warnings: z.array(z.enum(['longer_than_12_weeks', 'shorter_than_8_weeks'])),
    evaluations: z.array(PlacementEvaluation).describe('By due date'),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Placement' });
export type Placement = z.infer<typeof Placement>;

export const PlacementList = z
  .object({
    items: z.array(
      Placement.pick({ id: true, client: true, employer: true, kind: true, title: true, startDate: true, endDate: true, status: true, warnings: true, version: true })
        .extend({ nextEvaluationDue: z.string().nullable() }),
    ),
  })
  .meta({ id: 'PlacementList' });

export const PlacementListQuery = z.object({
  clientId: z.uuid().optional(),
  employerId: z.uuid().optional(),
  status: z.enum(PLACEMENT_STATUSES).optional(),
});

export const PlacementCreated = z
  .object({ id: z.uuid(), version: z.number().int(), phaseChanged: z.boolean().describe('The trajectory moved to phase 5 (paid job)') })
  .meta({ id: 'PlacementCreated' });

export const EvaluationParam = z.object({ id: z.uuid(), evaluationId: z.uuid() });
