import { COMPETENCE_ITEMS, type CompetenceItem } from '../../../../common/competences.ts';
import { CONTRACT_KINDS, ENVIRONMENT_TAGS, GAP_CLOSERS, WORK_DAYS, WORK_SHIFTS } from '../../../../common/matching.ts';
import { ITEM_COUNT, STATED_DISTANCE, STATED_HOURS, STATED_SCHEDULE, wordsOf, type CandidateIndex } from './candidate-index.ts';
import { CONFLICT_BIT, NEAR_LIMIT_BIT, SIGNIFICANT_SHORTFALL, itemPoints, occupationLevel, popcount, roundScore, type PreparedVacancy } from './evaluate.ts';
import { haversineTerm, kmOf } from './geo.ts';
import { CONSTRAINTS, type ConflictDetail, type Constraint, type MatchReason, type ScoreComponents } from './types.ts';

/** How many strongest fits a result lists (every gap is listed). */
export const STRONGEST_FITS_SHOWN = 5;
const OCCUPATION_LEVELS = [null, 'isco2', 'isco3', 'isco4', 'exact'] as const;

type Reason<C extends MatchReason['code']> = Extract<MatchReason, { code: C }>;

const round1 = roundScore;

function conflictDetail(c: Constraint, p: PreparedVacancy, x: CandidateIndex, i: number, km: number): ConflictDetail {
  switch (c) {
    case 'hours':
      return { constraint: c, hoursPerWeek: p.hours, maxHoursPerWeek: x.maxHours[i]! };
    case 'schedule': {
      const missing = p.schedule & ~x.schedule[i]!;
      return { constraint: c, missingDays: wordsOf(WORK_DAYS, missing), missingShifts: wordsOf(WORK_SHIFTS, missing >>> WORK_DAYS.length) };
    }
    case 'distance':
      return { constraint: c, km: round1(km), maxKm: x.maxKm[i]! };
    case 'contract':
      return { constraint: c, contract: p.vacancy.contract!, accepted: wordsOf(CONTRACT_KINDS, x.contracts[i]!) };
    case 'environment':
      return { constraint: c, tags: wordsOf(ENVIRONMENT_TAGS, p.env & x.envExcluded[i]!) };
  }
}

/** The constraint reasons of candidate i; `p.conflicts` must hold its conflicts (set by `evaluate`). */
export function constraintReasons(p: PreparedVacancy, x: CandidateIndex, i: number): MatchReason[] {
  const reasons: MatchReason[] = [];
  const hasDistance = p.lat === p.lat && x.lat[i] === x.lat[i];
  const km = hasDistance ? kmOf(haversineTerm(p.lat, p.lon, p.cosLat, x.lat[i]!, x.lon[i]!, x.cosLat[i]!)) : Number.NaN;
  for (const c of CONSTRAINTS) {
    if ((p.conflicts & CONFLICT_BIT[c]) === 0) continue;
    const effect = p.weights.constraints[c];
    reasons.push({ code: 'conflict', effect, points: effect === 'flag' ? -p.weights.flagPenalty : 0, ...conflictDetail(c, p, x, i, km) });
  }
  if (p.conflicts & NEAR_LIMIT_BIT) {
    reasons.push({ code: 'distance_near_limit', km: round1(km), maxKm: x.maxKm[i]!, points: -p.weights.distanceNearLimitPenalty });
  } else if (hasDistance && (p.conflicts & CONFLICT_BIT.distance) === 0) {
    const max = x.maxKm[i]!;
    reasons.push({ code: 'distance', km: round1(km), maxKm: max === max ? max : null });
  }
  const stated = x.stated[i]!;
  if (p.hours === p.hours && !(stated & STATED_HOURS)) reasons.push({ code: 'not_stated', constraint: 'hours' });
  if (p.schedule !== 0 && !(stated & STATED_SCHEDULE)) reasons.push({ code: 'not_stated', constraint: 'schedule' });
  if (p.lat === p.lat && !(stated & STATED_DISTANCE)) reasons.push({ code: 'not_stated', constraint: 'distance' });
  return reasons;
}

/** Score components and every reason of candidate i, after `evaluate` ran for it. */
export function explain(p: PreparedVacancy, x: CandidateIndex, i: number): { components: ScoreComponents; reasons: MatchReason[] } {
  const w = p.weights;
  const reasons = constraintReasons(p, x, i);
  const flags = reasons.reduce((sum, r) => sum + ('points' in r && (r.code === 'conflict' || r.code === 'distance_near_limit') ? r.points : 0), 0);

  let competence = 0;
  let significantGaps = 0;
  const gaps: Reason<'gap'>[] = [];
  const fits: Reason<'fit'>[] = [];
  const unassessed: Reason<'unassessed'>[] = [];
  for (let j = 0; j < p.reqCols.length; j++) {
    const col = p.reqCols[j]!;
    const item = COMPETENCE_ITEMS[col]!.key as CompetenceItem;
    const required = p.reqLevels[j]!;
    const cell = x.items[i * ITEM_COUNT + col]!;
    const capacity = cell & 7;
    const closer = cell >> 3;
    if (capacity === 0) {
      unassessed.push({ code: 'unassessed', item, required });
      continue;
    }
    const points = itemPoints(required, capacity, closer !== 0, p.toCover, w);
    const shortfall = Math.max(0, required - capacity);
    const significant = shortfall >= SIGNIFICANT_SHORTFALL;
    if (significant && closer === 0) {
      significantGaps -= w.significantGapPenalty;
      competence += points + w.significantGapPenalty;
    } else competence += points;
    if (shortfall > 0) gaps.push({ code: 'gap', item, required, capacity, shortfall, significant, closableBy: closer ? GAP_CLOSERS[closer - 1]! : null });
    else fits.push({ code: 'fit', item, required, capacity });
  }
  const byShortfall = gaps.toSorted((a, b) => b.shortfall - a.shortfall || b.required - a.required);
  const strongest = fits.toSorted((a, b) => b.required - a.required || b.capacity - a.capacity);
  reasons.push(...byShortfall, ...unassessed, ...strongest.slice(0, STRONGEST_FITS_SHOWN));
  if (p.reqCols.length === 0) reasons.push({ code: 'no_requirements' });

  let occupation = 0;
  let best = 0;
  let bestCode = '';
  for (let k = x.occStart[i]!; k < x.occStart[i + 1]!; k++) {
    const level = occupationLevel(p.escoId, p.isco, x.occEsco[k]!, x.occIsco[k]!);
    if (level > best) {
      best = level;
      bestCode = x.escoCodes[x.occEsco[k]!]!;
    }
  }
  if (best > 0) {
    occupation = p.occPoints[best]!;
    reasons.push({ code: 'occupation', level: OCCUPATION_LEVELS[best]!, desiredCode: bestCode, vacancyCode: p.vacancy.escoCode!, points: round1(occupation) });
  }

  let tasks = 0;
  if (p.taskTotal > 0) {
    const matched: string[] = [];
    for (let k = x.taskStart[i]!; k < x.taskStart[i + 1]!; k++) if (p.taskMark[x.taskIds[k]!]) matched.push(x.taskWords[x.taskIds[k]!]!);
    if (matched.length > 0) {
      tasks = (w.tasks * matched.length) / p.taskTotal;
      reasons.push({ code: 'tasks', matched: matched.toSorted(), total: p.taskTotal, points: round1(tasks) });
    }
  }

  let environment = 0;
  const pref = x.envPreferred[i]!;
  const hits = pref & p.env;
  if (hits !== 0) {
    environment = (w.environment * popcount(hits)) / popcount(pref);
    reasons.push({ code: 'environment', matched: wordsOf(ENVIRONMENT_TAGS, hits), preferred: popcount(pref), points: round1(environment) });
  }

  return {
    components: {
      competence: round1(competence),
      significantGaps: round1(significantGaps),
      occupation: round1(occupation),
      tasks: round1(tasks),
      environment: round1(environment),
      flags: round1(flags),
    },
    reasons,
  };
}
