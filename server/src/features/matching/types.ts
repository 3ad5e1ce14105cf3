import type { CompetenceItem, Score } from '../../../../common/competences.ts';
import type { ContractKind, EnvironmentTag, GapCloser, MatchReason, MatchWeights, ScoreComponents, WorkDay, WorkShift, Constraint } from '../../../../common/matching.ts';

export {
  CONSTRAINTS, type ConflictDetail, type Constraint, type ConstraintEffect, type MatchReason, type MatchWeights, type ScoreComponents,
} from '../../../../common/matching.ts';

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
