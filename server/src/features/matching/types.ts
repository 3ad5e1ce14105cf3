import type { CompetenceItem, Score } from '../../../../common/competences.ts';
import type { ContractKind, EnvironmentTag, GapCloser, WorkDay, WorkShift } from '../../../../common/matching.ts';

/** A point on the earth, in decimal degrees (WGS 84). */
export interface GeoPoint {
  lat: number;
  lon: number;
}

/**
 * A vacancy as the score sees it, filled from the vacancy, its job analysis and the competence
 * profile of the job.
 */
export interface MatchVacancy {
  id: string;
  /** ESCO occupation code, e.g. '9334.1'; its first 4 digits are the ISCO unit group. */
  escoCode: string | null;
  hoursPerWeek: number | null;
  /** Days the job needs someone on; empty when not stated. */
  days: readonly WorkDay[];
  /** Parts of the day the job needs; empty when not stated. */
  shifts: readonly WorkShift[];
  contract: ContractKind | null;
  location: GeoPoint | null;
  environment: readonly EnvironmentTag[];
  /** Task keywords of the job analysis (free words, compared after normalisation). */
  tasks: readonly string[];
  /** Competence profile of the job: item → required level. Items left out (or at 1) are not required. */
  requirements: Partial<Record<CompetenceItem, Score>>;
}

/**
 * A candidate as the score sees it, filled from the client's capacity profile and vocational
 * profile. `null` or an empty list means "not stated": that constraint is then not checked
 * (and the explanation says so).
 */
export interface MatchCandidate {
  id: string;
  /** Capacity profile: item → level. Unscored items are absent. */
  capacities: Partial<Record<CompetenceItem, Score>>;
  /** Per item, what could close a shortfall on it. */
  gapClosers: Partial<Record<CompetenceItem, GapCloser>>;
  maxHoursPerWeek: number | null;
  availableDays: readonly WorkDay[];
  availableShifts: readonly WorkShift[];
  home: GeoPoint | null;
  maxTravelKm: number | null;
  /** Empty: every kind of contract is acceptable. */
  contracts: readonly ContractKind[];
  excludedEnvironment: readonly EnvironmentTag[];
  preferredEnvironment: readonly EnvironmentTag[];
  /** ESCO codes of the desired jobs. */
  desiredEscoCodes: readonly string[];
  desiredTasks: readonly string[];
}

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

export interface MatchResult {
  /** Candidate id (rankCandidates) or vacancy id (rankVacancies). */
  id: string;
  rank: number;
  /** Rounded to 0.1; ranking is by this value, ties by id. */
  score: number;
  components: ScoreComponents;
  reasons: MatchReason[];
}

/** Someone (or some vacancy) left out of the ranking by a constraint set to exclude. */
export interface ExcludedResult {
  id: string;
  reasons: MatchReason[];
}

export interface Ranking {
  results: MatchResult[];
  /** How many were looked at (after the `only` filter). */
  considered: number;
  excludedCount: number;
  /** Per constraint, how many were excluded by it (one may be excluded by several). */
  excludedBy: Record<Constraint, number>;
  /** The first excluded ones in id order, up to `excludedLimit`, with why. */
  excluded: ExcludedResult[];
  weights: MatchWeights;
}

export interface RankOptions {
  /** How many excluded ones to list with their reasons (default 50). */
  excludedLimit?: number;
  /** Only these ids take part (e.g. the clients whose consent allows proposing them); the others are not counted anywhere. */
  only?: ReadonlySet<string>;
}
