import { COMPETENCE_ITEMS } from '../../../../common/competences.ts';
import { CONTRACT_KINDS, ENVIRONMENT_TAGS } from '../../../../common/matching.ts';
import { ALL_SCHEDULE, ITEM_COUNT, iscoOf, maskOf, normaliseTask, scheduleMask, type CandidateIndex } from './candidate-index.ts';
import { haversineTerm, kmOf, toRadians } from './geo.ts';
import { CONSTRAINTS, type Constraint, type MatchVacancy, type MatchWeights } from './types.ts';

/** Bit of each constraint in a conflict set, in CONSTRAINTS order. */
export const CONFLICT_BIT: Record<Constraint, number> = Object.fromEntries(CONSTRAINTS.map((c, i) => [c, 1 << i])) as Record<Constraint, number>;
/** Not a constraint conflict: the straight-line distance is near the limit. */
export const NEAR_LIMIT_BIT = 1 << CONSTRAINTS.length;
/** A shortfall of this many points or more is significant (issue 4, "Matching"). */
export const SIGNIFICANT_SHORTFALL = 2;
/** Bytes of one item cell: capacity (3 bits) and gap closer (2 bits). */
const CELL_VALUES = 32;

/**
 * A vacancy compiled against one candidate index and one set of weights: everything the loop
 * needs as numbers. The competence table holds, per required level (2–5) and per item cell
 * (capacity + closer), the points that item gives, penalty included, so scoring an item is
 * one lookup.
 */
export interface PreparedVacancy {
  vacancy: MatchVacancy;
  weights: MatchWeights;
  /** Column and table offset of each required item (level ≥ 2), in catalogue order. */
  reqCols: Int32Array;
  reqOffsets: Int32Array;
  reqLevels: Uint8Array;
  /** Σ (required − 1) over the required items: the points to cover. */
  toCover: number;
  table: Float64Array;
  hours: number;
  schedule: number;
  contractBit: number;
  env: number;
  lat: number;
  lon: number;
  cosLat: number;
  escoId: number;
  isco: number;
  /** Occupation points by level: 0 none, 1 isco2, 2 isco3, 3 isco4, 4 exact. */
  occPoints: Float64Array;
  taskMark: Uint8Array;
  taskTotal: number;
  excludeMask: number;
  /** Set by `evaluate`: conflicts of the last candidate (CONFLICT_BIT | NEAR_LIMIT_BIT). */
  conflicts: number;
}

/** The points one required item gives: coverage share of the competence weight, minus the significance penalty. */
export function itemPoints(required: number, capacity: number, closable: boolean, toCover: number, w: MatchWeights): number {
  if (capacity === 0) return 0;
  const shortfall = Math.max(0, required - capacity);
  const covered = Math.min(capacity, required) - 1 + (closable ? w.closableCredit * shortfall : 0);
  const penalty = shortfall >= SIGNIFICANT_SHORTFALL && !closable ? w.significantGapPenalty : 0;
  return (w.competence * covered) / toCover - penalty;
}

/** Memo for preparing many vacancies with the same weights (rankVacancies): tables by points to cover, normalised task words. */
export interface PrepareCache {
  tables: Map<number, Float64Array>;
  words: Map<string, string>;
}

export function newPrepareCache(): PrepareCache {
  return { tables: new Map(), words: new Map() };
}

function competenceTable(toCover: number, weights: MatchWeights): Float64Array {
  const table = new Float64Array(4 * CELL_VALUES);
  if (toCover === 0) return table;
  for (let level = 2; level <= 5; level++) {
    for (let cell = 0; cell < CELL_VALUES; cell++) {
      table[(level - 2) * CELL_VALUES + cell] = itemPoints(level, cell & 7, cell >> 3 !== 0, toCover, weights);
    }
  }
  return table;
}

/** Compiles a vacancy for scoring against `index` with `weights`; `cache` only when the weights stay the same. */
export function prepareVacancy(vacancy: MatchVacancy, weights: MatchWeights, index: CandidateIndex, cache?: PrepareCache): PreparedVacancy {
  const cols: number[] = [];
  const offsets: number[] = [];
  const levels: number[] = [];
  let toCover = 0;
  for (let col = 0; col < ITEM_COUNT; col++) {
    const level = vacancy.requirements[COMPETENCE_ITEMS[col]!.key];
    if (level !== undefined && level >= 2 && level <= 5) {
      cols.push(col);
      offsets.push((level - 2) * CELL_VALUES);
      levels.push(level);
      toCover += level - 1;
    }
  }
  let table = cache?.tables.get(toCover);
  if (!table) {
    table = competenceTable(toCover, weights);
    cache?.tables.set(toCover, table);
  }
  const sched = scheduleMask(vacancy.days, vacancy.shifts);
  const taskMark = new Uint8Array(index.taskWords.length);
  const normalise = (t: string) => {
    let word = cache?.words.get(t);
    if (word === undefined) {
      word = normaliseTask(t);
      cache?.words.set(t, word);
    }
    return word;
  };
  const words = new Set(vacancy.tasks.map(normalise).filter(Boolean));
  for (const w of words) {
    const id = index.taskWordIds.get(w);
    if (id !== undefined) taskMark[id] = 1;
  }
  const o = weights.occupation;
  const lat = vacancy.location ? toRadians(vacancy.location.lat) : Number.NaN;
  let excludeMask = 0;
  for (const c of CONSTRAINTS) if (weights.constraints[c] === 'exclude') excludeMask |= CONFLICT_BIT[c];
  return {
    vacancy,
    weights,
    reqCols: Int32Array.from(cols),
    reqOffsets: Int32Array.from(offsets),
    reqLevels: Uint8Array.from(levels),
    toCover,
    table,
    hours: vacancy.hoursPerWeek ?? Number.NaN,
    schedule: sched & ALL_SCHEDULE,
    contractBit: vacancy.contract ? maskOf(CONTRACT_KINDS, [vacancy.contract]) : 0,
    env: maskOf(ENVIRONMENT_TAGS, vacancy.environment),
    lat,
    lon: vacancy.location ? toRadians(vacancy.location.lon) : Number.NaN,
    cosLat: Math.cos(lat),
    escoId: vacancy.escoCode !== null ? (index.escoIds.get(vacancy.escoCode) ?? -1) : -1,
    isco: vacancy.escoCode !== null ? iscoOf(vacancy.escoCode) : -1,
    occPoints: Float64Array.of(0, o.isco2, o.isco3, o.isco4, o.exact),
    taskMark,
    taskTotal: words.size,
    excludeMask,
    conflicts: 0,
  };
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** How close the best desired occupation is: 4 same ESCO code, 3 same ISCO unit, 2 minor, 1 sub-major group, 0 none. */
export function occupationLevel(escoIdA: number, iscoA: number, escoIdB: number, iscoB: number): number {
  if (escoIdA >= 0 && escoIdA === escoIdB) return 4;
  if (iscoA < 0 || iscoB < 0) return 0;
  if (iscoA === iscoB) return 3;
  if (Math.trunc(iscoA / 10) === Math.trunc(iscoB / 10)) return 2;
  if (Math.trunc(iscoA / 100) === Math.trunc(iscoB / 100)) return 1;
  return 0;
}

/**
 * The unrounded score of candidate `i` for the prepared vacancy, or NaN when a constraint set
 * to exclude is violated. Leaves the conflicts in `p.conflicts`. The one scoring path: the
 * ranking loop and the explanations both use it.
 */
export function evaluate(p: PreparedVacancy, x: CandidateIndex, i: number): number {
  let conflicts = 0;
  if (p.hours > x.maxHours[i]!) conflicts |= CONFLICT_BIT.hours;
  if ((p.schedule & ~x.schedule[i]!) !== 0) conflicts |= CONFLICT_BIT.schedule;
  if ((p.contractBit & x.contracts[i]!) !== p.contractBit) conflicts |= CONFLICT_BIT.contract;
  if ((p.env & x.envExcluded[i]!) !== 0) conflicts |= CONFLICT_BIT.environment;
  const havMax = x.havMax[i]!;
  if (havMax === havMax && p.lat === p.lat) {
    const h = haversineTerm(p.lat, p.lon, p.cosLat, x.lat[i]!, x.lon[i]!, x.cosLat[i]!);
    if (h > havMax) conflicts |= CONFLICT_BIT.distance;
    else if (h > 0 && kmOf(h) >= p.weights.distanceNearLimitShare * x.maxKm[i]!) conflicts |= NEAR_LIMIT_BIT;
  }
  p.conflicts = conflicts;
  if ((conflicts & p.excludeMask) !== 0) return Number.NaN;

  const w = p.weights;
  let score = 0;
  const row = i * ITEM_COUNT;
  const cols = p.reqCols;
  const offsets = p.reqOffsets;
  const table = p.table;
  const items = x.items;
  for (let j = 0; j < cols.length; j++) score += table[offsets[j]! + items[row + cols[j]!]!]!;

  let occ = 0;
  for (let k = x.occStart[i]!, end = x.occStart[i + 1]!; k < end && occ < 4; k++) {
    const level = occupationLevel(p.escoId, p.isco, x.occEsco[k]!, x.occIsco[k]!);
    if (level > occ) occ = level;
  }
  score += p.occPoints[occ]!;

  if (p.taskTotal > 0) {
    let hits = 0;
    for (let k = x.taskStart[i]!, end = x.taskStart[i + 1]!; k < end; k++) hits += p.taskMark[x.taskIds[k]!]!;
    score += (w.tasks * hits) / p.taskTotal;
  }
  const pref = x.envPreferred[i]!;
  if (pref !== 0) score += (w.environment * popcount(pref & p.env)) / popcount(pref);

  if (conflicts !== 0) {
    const flagged = conflicts & ~NEAR_LIMIT_BIT;
    score -= w.flagPenalty * popcount(flagged);
    if (conflicts & NEAR_LIMIT_BIT) score -= w.distanceNearLimitPenalty;
  }
  return score;
}

/** Rounding of the shown and ranked score: 0.1 point. */
export function roundScore(score: number): number {
  return Math.round(score * 10) / 10 || 0;
}
