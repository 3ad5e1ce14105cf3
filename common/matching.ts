import type { CompetenceItem } from './competences.ts';
import { CONTRACT_KINDS, ENVIRONMENT_TAGS, SHIFTS, WEEK_DAYS } from './schemas/vacancies.ts';

/**
 * The closed vocabularies of the matching score (docs/matching.md): what a vacancy needs and
 * what a client can do or wants, in words both sides pick from a list, so they can be compared
 * exactly. The UI translates every key. Keys are stored and sent in payloads: never rename
 * one, only add at the end (the engine packs each list into a bitmask in this order).
 */

/** Days of the week a vacancy needs or a client can work: the vacancy form's list. */
export const WORK_DAYS = WEEK_DAYS;
export type WorkDay = (typeof WORK_DAYS)[number];

/** Parts of the day (early, day, late, night) and weekend work: the vacancy form's list. */
export const WORK_SHIFTS = SHIFTS;
export type WorkShift = (typeof WORK_SHIFTS)[number];

/** Kinds of contract a vacancy offers and a client accepts: the vacancy form's list. */
export { CONTRACT_KINDS };
export type ContractKind = (typeof CONTRACT_KINDS)[number];

/** Features of a work place that a client may exclude or prefer: the vacancy form's list. */
export { ENVIRONMENT_TAGS };
export type EnvironmentTag = (typeof ENVIRONMENT_TAGS)[number];

/** What a client (with the coach) marks as able to close a shortfall on one item. */
export const GAP_CLOSERS = ['adaptation', 'training', 'coaching'] as const;
export type GapCloser = (typeof GAP_CLOSERS)[number];

/** The hard constraints: each either excludes the candidate from the ranking or flags it. */
export const CONSTRAINTS = ['hours', 'schedule', 'distance', 'contract', 'environment'] as const;
export type Constraint = (typeof CONSTRAINTS)[number];
export type ConstraintEffect = 'exclude' | 'flag';

/**
 * The weights of the score, visible and set per organisation. Points: a candidate who meets
 * every requirement and every preference scores `competence + occupation.exact + tasks +
 * environment` (100 with the defaults). Defaults and reasoning in docs/matching.md.
 */
export interface MatchWeights {
  /** Points for covering every required competence level. */
  competence: number;
  /** Share (0–1) of a shortfall counted as covered when an adaptation, training or coaching could close it. */
  closableCredit: number;
  /** Points taken off per significant shortfall (≥ 2 points) that nothing is marked to close. */
  significantGapPenalty: number;
  /** Points for the best desired occupation: same ESCO occupation, same ISCO unit (4 digits), minor (3), sub-major (2) group. */
  occupation: { exact: number; isco4: number; isco3: number; isco2: number };
  /** Points when every task keyword of the vacancy is a desired task (pro rata). */
  tasks: number;
  /** Points when the vacancy has every environment the candidate prefers (pro rata). */
  environment: number;
  /** Per constraint: exclude from the ranking, or flag and take off `flagPenalty` points. */
  constraints: Record<Constraint, ConstraintEffect>;
  /** Points taken off per flagged constraint conflict. */
  flagPenalty: number;
  /** Straight-line distance at or above this share (0–1) of the client's maximum is flagged "near the limit". */
  distanceNearLimitShare: number;
  /** Points taken off for a distance near the limit. */
  distanceNearLimitPenalty: number;
}

/** A constraint conflict with its parameters. */
export type ConflictDetail =
  | { constraint: 'hours'; hoursPerWeek: number; maxHoursPerWeek: number }
  | { constraint: 'schedule'; missingDays: WorkDay[]; missingShifts: WorkShift[] }
  | { constraint: 'distance'; km: number; maxKm: number }
  | { constraint: 'contract'; contract: ContractKind; accepted: ContractKind[] }
  | { constraint: 'environment'; tags: EnvironmentTag[] };

/**
 * One reason of a result: a code with parameters, never a sentence (the UI words it).
 * Points are rounded to 0.1.
 */
export type MatchReason =
  | ({ code: 'conflict'; effect: ConstraintEffect; points: number } & ConflictDetail)
  | { code: 'distance_near_limit'; km: number; maxKm: number; points: number }
  | { code: 'distance'; km: number; maxKm: number | null }
  | { code: 'not_stated'; constraint: 'hours' | 'schedule' | 'distance' }
  | { code: 'no_requirements' }
  | { code: 'fit'; item: CompetenceItem; required: number; capacity: number }
  | {
      code: 'gap';
      item: CompetenceItem;
      required: number;
      capacity: number;
      shortfall: number;
      significant: boolean;
      closableBy: GapCloser | null;
    }
  | { code: 'unassessed'; item: CompetenceItem; required: number }
  | { code: 'occupation'; level: 'exact' | 'isco4' | 'isco3' | 'isco2'; desiredCode: string; vacancyCode: string; points: number }
  | { code: 'tasks'; matched: string[]; total: number; points: number }
  | { code: 'environment'; matched: EnvironmentTag[]; preferred: number; points: number };

/** The points of a result by part; they add up to the score (each rounded to 0.1). */
export interface ScoreComponents {
  competence: number;
  significantGaps: number;
  occupation: number;
  tasks: number;
  environment: number;
  flags: number;
}

