import { buildCandidateIndex, type CandidateIndex } from './candidate-index.ts';
import { evaluate, newPrepareCache, prepareVacancy, roundScore, type PreparedVacancy } from './evaluate.ts';
import { constraintReasons, explain } from './explain.ts';
import { TopK } from './top-k.ts';
import { CONSTRAINTS, type Constraint, type ExcludedResult, type MatchCandidate, type MatchResult, type MatchVacancy, type MatchWeights, type RankOptions, type Ranking } from './types.ts';
import { DEFAULT_MATCH_WEIGHTS } from './weights.ts';

/**
 * The explainable matching score (docs/matching.md). Pure: no I/O, no clock, no randomness;
 * the same input gives the same ranking. How candidates reach it in the server:
 * docs/decisions/016-matching-engine.md.
 */

export { buildCandidateIndex, type CandidateIndex } from './candidate-index.ts';
export { distanceKm } from './geo.ts';
export { DEFAULT_MATCH_WEIGHTS, matchWeights, type MatchWeightsOverride } from './weights.ts';
export * from './types.ts';

export const DEFAULT_LIMIT = 20;
export const DEFAULT_EXCLUDED_LIMIT = 50;

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function isIndex(x: CandidateIndex | readonly MatchCandidate[]): x is CandidateIndex {
  return !Array.isArray(x);
}

/** Positions in the (id-sorted) list of the ids in `only`. */
function onlyMask(ids: readonly string[], only: ReadonlySet<string>): Uint8Array {
  const mask = new Uint8Array(ids.length);
  for (const id of only) {
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = compareIds(ids[mid]!, id);
      if (c === 0) {
        mask[mid] = 1;
        break;
      }
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return mask;
}

function emptyCounts(): Record<Constraint, number> {
  return Object.fromEntries(CONSTRAINTS.map((c) => [c, 0])) as Record<Constraint, number>;
}

class Collector {
  readonly top: TopK;
  /** Excluded per constraint, by bit (CONSTRAINTS order). */
  private readonly counts = new Int32Array(CONSTRAINTS.length);
  readonly excludedAt: number[] = [];
  considered = 0;
  excludedCount = 0;

  constructor(
    limit: number,
    private readonly excludedLimit: number,
  ) {
    this.top = new TopK(Math.max(0, Math.floor(limit)));
  }

  add(p: PreparedVacancy, score: number, position: number): void {
    this.considered++;
    if (score === score) {
      this.top.offer(roundScore(score), position);
      return;
    }
    this.excludedCount++;
    const excluding = p.conflicts & p.excludeMask;
    for (let b = 0; b < CONSTRAINTS.length; b++) this.counts[b]! += (excluding >>> b) & 1;
    if (this.excludedAt.length < this.excludedLimit) this.excludedAt.push(position);
  }

  get excludedBy(): Record<Constraint, number> {
    const by = emptyCounts();
    CONSTRAINTS.forEach((c, b) => (by[c] = this.counts[b]!));
    return by;
  }
}

function result(id: string, rank: number, score: number, p: PreparedVacancy, x: CandidateIndex, i: number): MatchResult {
  evaluate(p, x, i);
  return { id, rank, score, ...explain(p, x, i) };
}

function excludedResult(id: string, p: PreparedVacancy, x: CandidateIndex, i: number): ExcludedResult {
  evaluate(p, x, i);
  return { id, reasons: constraintReasons(p, x, i) };
}

/**
 * Ranks candidates for one vacancy: the best `limit` with score and reasons, and the ones a
 * constraint excluded (counted, the first `excludedLimit` listed with why). Pass a
 * `CandidateIndex` when ranking the same candidates more than once.
 */
export function rankCandidates(
  vacancy: MatchVacancy,
  candidates: CandidateIndex | readonly MatchCandidate[],
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
  limit = DEFAULT_LIMIT,
  options: RankOptions = {},
): Ranking {
  const x = isIndex(candidates) ? candidates : buildCandidateIndex(candidates);
  const p = prepareVacancy(vacancy, weights, x);
  const only = options.only ? onlyMask(x.ids, options.only) : null;
  const acc = new Collector(limit, options.excludedLimit ?? DEFAULT_EXCLUDED_LIMIT);
  for (let i = 0; i < x.size; i++) {
    if (only !== null && only[i] === 0) continue;
    acc.add(p, evaluate(p, x, i), i);
  }
  return {
    results: acc.top.sorted().map((r, n) => result(x.ids[r.position]!, n + 1, r.score, p, x, r.position)),
    considered: acc.considered,
    excludedCount: acc.excludedCount,
    excludedBy: acc.excludedBy,
    excluded: acc.excludedAt.map((i) => excludedResult(x.ids[i]!, p, x, i)),
    weights,
  };
}

/** Ranks vacancies for one candidate, with the same score and reasons as `rankCandidates`. */
export function rankVacancies(
  candidate: MatchCandidate,
  vacancies: readonly MatchVacancy[],
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
  limit = DEFAULT_LIMIT,
  options: RankOptions = {},
): Ranking {
  const x = buildCandidateIndex([candidate]);
  const sorted = vacancies.toSorted((a, b) => compareIds(a.id, b.id));
  for (let v = 1; v < sorted.length; v++) if (sorted[v]!.id === sorted[v - 1]!.id) throw new Error(`Vacancy ${sorted[v]!.id} appears twice`);
  const acc = new Collector(limit, options.excludedLimit ?? DEFAULT_EXCLUDED_LIMIT);
  const cache = newPrepareCache();
  sorted.forEach((v, position) => {
    if (options.only && !options.only.has(v.id)) return;
    const p = prepareVacancy(v, weights, x, cache);
    acc.add(p, evaluate(p, x, 0), position);
  });
  const prepared = (position: number) => prepareVacancy(sorted[position]!, weights, x, cache);
  return {
    results: acc.top.sorted().map((r, n) => result(sorted[r.position]!.id, n + 1, r.score, prepared(r.position), x, 0)),
    considered: acc.considered,
    excludedCount: acc.excludedCount,
    excludedBy: acc.excludedBy,
    excluded: acc.excludedAt.map((v) => excludedResult(sorted[v]!.id, prepared(v), x, 0)),
    weights,
  };
}
