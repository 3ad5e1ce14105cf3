import { describe, expect, it } from 'vitest';
import { TopK } from './top-k.ts';
import {
  buildCandidateIndex,
  DEFAULT_MATCH_WEIGHTS,
  distanceKm,
  matchWeights,
  rankCandidates,
  rankVacancies,
  type MatchCandidate,
  type MatchReason,
  type MatchVacancy,
} from './score.ts';

/*
 * Hand-computed fixtures. Default weights: competence 60, closable credit 0.5, significant gap
 * −5, occupation exact 20 / isco4 14 / isco3 8 / isco2 4, tasks 12, environment 8, flag −10,
 * near limit (≥ 80 % of the maximum) −2; hours, schedule, distance, environment exclude;
 * contract flags.
 *
 * The vacancy requires lifting 4, accuracy 3, punctuality 2: points to cover
 * (4−1) + (3−1) + (2−1) = 6, so every covered point is worth 60 / 6 = 10.
 */
const GENT = { lat: 51.0543, lon: 3.7174 };
/** 0.1° of latitude = 6371.0088 km × π/180 × 0.1 = 11.1195 km. */
const north = (tenths: number) => ({ lat: GENT.lat + tenths / 10, lon: GENT.lon });

const vacancy: MatchVacancy = {
  id: 'v1',
  escoCode: '9334.1',
  hoursPerWeek: 30,
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  shifts: ['day'],
  contract: 'fixed_term',
  location: GENT,
  environment: ['indoor', 'standing_all_day'],
  tasks: ['Vakken vullen', 'kassa'],
  requirements: { lifting: 4, accuracy: 3, punctuality: 2 },
};

function candidate(id: string, more: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    id,
    capacities: { lifting: 4, accuracy: 3, punctuality: 2 },
    gapClosers: {},
    maxHoursPerWeek: 38,
    availableDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    availableShifts: ['early', 'day'],
    home: GENT,
    maxTravelKm: 20,
    contracts: [],
    excludedEnvironment: [],
    preferredEnvironment: [],
    desiredEscoCodes: [],
    desiredTasks: [],
    ...more,
  };
}

/** A: every level met (6 × 10 = 60), same ESCO occupation (+20), 1 of 2 tasks (12 × 1/2 = 6), prefers indoor, which the job is (8 × 1/1 = 8): 94. */
const A = candidate('A', { desiredEscoCodes: ['9334.1'], desiredTasks: ['vakken vullen'], preferredEnvironment: ['indoor'] });
/** B: lifting 2 (short 2: significant, nothing closes it), accuracy 4, punctuality 2: covered 1 + 2 + 1 = 4 → 40, −5 = 35; 9333.2 shares ISCO minor group 933 (+8): 43. */
const B = candidate('B', { capacities: { lifting: 2, accuracy: 4, punctuality: 2 }, desiredEscoCodes: ['9333.2'] });
/**
 * C: lifting 2 closable by an adaptation (1 + 0.5 × 2 = 2), accuracy 2 closable by training (1 + 0.5 × 1 = 1.5),
 * punctuality 3 (1): 4.5 → 45, no penalty although lifting is short by 2; 9334.2 is the same ISCO unit
 * group (+14); both tasks (+12): 71.
 */
const C = candidate('C', {
  capacities: { lifting: 2, accuracy: 2, punctuality: 3 },
  gapClosers: { lifting: 'adaptation', accuracy: 'training' },
  desiredEscoCodes: ['9334.2'],
  desiredTasks: ['KASSA', 'vakken vullen'],
});
/** D: would score 60 but works at most 24 hours: excluded. */
const D = candidate('D', { maxHoursPerWeek: 24 });
/** E: all 3s: lifting short 1 → covered 2 + 2 + 1 = 5 → 50; only permanent contracts: flagged −10; 9629.2 shares nothing with 9334: 40. */
const E = candidate('E', { capacities: { lifting: 3, accuracy: 3, punctuality: 3 }, contracts: ['permanent'], desiredEscoCodes: ['9629.2'] });

const reasons = (rs: MatchReason[], code: MatchReason['code']) => rs.filter((r) => r.code === code);

describe('rankCandidates', () => {
  const ranking = rankCandidates(vacancy, [E, D, C, B, A]);

  it('ranks by the hand-computed scores and leaves out the excluded', () => {
    expect(ranking.results.map((r) => [r.id, r.score, r.rank])).toEqual([
      ['A', 94, 1],
      ['C', 71, 2],
      ['B', 43, 3],
      ['E', 40, 4],
    ]);
    expect(ranking.considered).toBe(5);
    expect(ranking.excludedCount).toBe(1);
    expect(ranking.excludedBy).toEqual({ hours: 1, schedule: 0, distance: 0, contract: 0, environment: 0 });
    expect(ranking.excluded).toEqual([
      { id: 'D', reasons: [{ code: 'conflict', effect: 'exclude', points: 0, constraint: 'hours', hoursPerWeek: 30, maxHoursPerWeek: 24 }, { code: 'distance', km: 0, maxKm: 20 }] },
    ]);
    expect(ranking.weights).toBe(DEFAULT_MATCH_WEIGHTS);
  });

  it('splits each score into components that add up to it', () => {
    const byId = Object.fromEntries(ranking.results.map((r) => [r.id, r.components]));
    expect(byId.A).toEqual({ competence: 60, significantGaps: 0, occupation: 20, tasks: 6, environment: 8, flags: 0 });
    expect(byId.B).toEqual({ competence: 40, significantGaps: -5, occupation: 8, tasks: 0, environment: 0, flags: 0 });
    expect(byId.C).toEqual({ competence: 45, significantGaps: 0, occupation: 14, tasks: 12, environment: 0, flags: 0 });
    expect(byId.E).toEqual({ competence: 50, significantGaps: 0, occupation: 0, tasks: 0, environment: 0, flags: -10 });
    for (const r of ranking.results) expect(Object.values(r.components).reduce((a, b) => a + b, 0)).toBeCloseTo(r.score, 6);
  });

  it('explains the strongest fits and the preferences', () => {
    const a = ranking.results[0]!.reasons;
    expect(reasons(a, 'fit')).toEqual([
      { code: 'fit', item: 'lifting', required: 4, capacity: 4 },
      { code: 'fit', item: 'accuracy', required: 3, capacity: 3 },
      { code: 'fit', item: 'punctuality', required: 2, capacity: 2 },
    ]);
    expect(reasons(a, 'gap')).toEqual([]);
    expect(reasons(a, 'occupation')).toEqual([{ code: 'occupation', level: 'exact', desiredCode: '9334.1', vacancyCode: '9334.1', points: 20 }]);
    expect(reasons(a, 'tasks')).toEqual([{ code: 'tasks', matched: ['vakken vullen'], total: 2, points: 6 }]);
    expect(reasons(a, 'environment')).toEqual([{ code: 'environment', matched: ['indoor'], preferred: 1, points: 8 }]);
    expect(reasons(a, 'distance')).toEqual([{ code: 'distance', km: 0, maxKm: 20 }]);
  });

  it('marks a shortfall of 2 or more as significant and names what could close a gap', () => {
    const b = ranking.results.find((r) => r.id === 'B')!.reasons;
    expect(reasons(b, 'gap')).toEqual([{ code: 'gap', item: 'lifting', required: 4, capacity: 2, shortfall: 2, significant: true, closableBy: null }]);
    const c = ranking.results.find((r) => r.id === 'C')!.reasons;
    expect(reasons(c, 'gap')).toEqual([
      { code: 'gap', item: 'lifting', required: 4, capacity: 2, shortfall: 2, significant: true, closableBy: 'adaptation' },
      { code: 'gap', item: 'accuracy', required: 3, capacity: 2, shortfall: 1, significant: false, closableBy: 'training' },
    ]);
    expect(reasons(c, 'occupation')).toEqual([{ code: 'occupation', level: 'isco4', desiredCode: '9334.2', vacancyCode: '9334.1', points: 14 }]);
  });

  it('flags a contract conflict with its penalty', () => {
    const e = ranking.results.find((r) => r.id === 'E')!.reasons;
    expect(reasons(e, 'conflict')).toEqual([{ code: 'conflict', effect: 'flag', points: -10, constraint: 'contract', contract: 'fixed_term', accepted: ['permanent'] }]);
  });

  it('changes the order when an organisation changes the weights', () => {
    // ISCO minor group worth 40: B = 35 + 40 = 75 passes C = 45 + 14 + 12 = 71; contracts now exclude E.
    const w = matchWeights({ occupation: { isco3: 40 }, constraints: { contract: 'exclude', hours: 'flag' } });
    const r = rankCandidates(vacancy, [A, B, C, D, E], w);
    // D flagged for hours instead of excluded: 60 − 10 = 50.
    expect(r.results.map((x) => [x.id, x.score])).toEqual([
      ['A', 94],
      ['B', 75],
      ['C', 71],
      ['D', 50],
    ]);
    expect(r.excluded.map((x) => x.id)).toEqual(['E']);
    expect(r.excludedBy.contract).toBe(1);
  });

  it('gives the ISCO bonus by the closest group of the best desired occupation', () => {
    const codes = { exact: '9334.1', isco4: '9334.3', isco3: '9333.1', isco2: '9312.1', none: '5223.2' };
    const cs = Object.entries(codes).map(([id, code]) => candidate(id, { desiredEscoCodes: ['5223.2', code] }));
    const r = rankCandidates(vacancy, cs);
    // 60 for the competences plus 20 / 14 / 8 / 4 / 0.
    expect(r.results.map((x) => [x.id, x.score])).toEqual([
      ['exact', 80],
      ['isco4', 74],
      ['isco3', 68],
      ['isco2', 64],
      ['none', 60],
    ]);
  });
});

describe('hard constraints', () => {
  it('excludes by straight-line distance and flags a distance near the limit', () => {
    // 0.2° north = 22.24 km: within 25 km but at 89 % of it (≥ 80 %): 60 − 2 = 58. 0.3° north = 33.36 km > 25: excluded.
    const near = candidate('near', { home: north(2), maxTravelKm: 25 });
    const far = candidate('far', { home: north(3), maxTravelKm: 25 });
    expect(distanceKm(GENT, north(2))).toBeCloseTo(22.239, 2);
    const r = rankCandidates(vacancy, [near, far]);
    expect(r.results.map((x) => [x.id, x.score])).toEqual([['near', 58]]);
    expect(reasons(r.results[0]!.reasons, 'distance_near_limit')).toEqual([{ code: 'distance_near_limit', km: 22.2, maxKm: 25, points: -2 }]);
    expect(r.excluded[0]!.reasons[0]).toEqual({ code: 'conflict', effect: 'exclude', points: 0, constraint: 'distance', km: 33.4, maxKm: 25 });
  });

  it('does not flag a client who lives at the work place as near a limit of 0 km', () => {
    const r = rankCandidates(vacancy, [candidate('x', { maxTravelKm: 0 })]);
    expect(r.results.map((x) => [x.id, x.score])).toEqual([['x', 60]]);
  });

  it('excludes for days or shifts the client cannot work, and names them', () => {
    const r = rankCandidates(vacancy, [candidate('x', { availableDays: ['mon', 'tue', 'wed', 'thu'], availableShifts: ['late'] })]);
    expect(r.results).toEqual([]);
    expect(r.excluded[0]!.reasons[0]).toEqual({ code: 'conflict', effect: 'exclude', points: 0, constraint: 'schedule', missingDays: ['fri'], missingShifts: ['day'] });
  });

  it('excludes an environment the client excludes', () => {
    const r = rankCandidates(vacancy, [candidate('x', { excludedEnvironment: ['cold', 'standing_all_day'] })]);
    expect(r.excludedBy.environment).toBe(1);
    expect(r.excluded[0]!.reasons[0]).toEqual({ code: 'conflict', effect: 'exclude', points: 0, constraint: 'environment', tags: ['standing_all_day'] });
  });

  it('counts several conflicts of one candidate under each constraint, once in the total', () => {
    const r = rankCandidates(vacancy, [candidate('x', { maxHoursPerWeek: 20, excludedEnvironment: ['indoor'] })]);
    expect(r.excludedCount).toBe(1);
    expect(r.excludedBy).toEqual({ hours: 1, schedule: 0, distance: 0, contract: 0, environment: 1 });
  });

  it('checks nothing the client did not state, and says so', () => {
    const x = candidate('x', { maxHoursPerWeek: null, availableDays: [], availableShifts: [], maxTravelKm: null, home: null });
    const r = rankCandidates(vacancy, [x]);
    expect(r.results[0]!.score).toBe(60);
    expect(reasons(r.results[0]!.reasons, 'not_stated').map((n) => 'constraint' in n && n.constraint)).toEqual(['hours', 'schedule', 'distance']);
  });

  it('checks only the stated half of a schedule', () => {
    const r = rankCandidates(vacancy, [candidate('x', { availableDays: [], availableShifts: ['late'] })]);
    expect(r.excluded[0]!.reasons[0]).toMatchObject({ constraint: 'schedule', missingDays: [], missingShifts: ['day'] });
  });
});

describe('competence fit', () => {
  it('gives an unscored item no points and lists it as unassessed, not as a gap', () => {
    // lifting unscored: covered 0 + 2 + 1 = 3 → 30.
    const r = rankCandidates(vacancy, [candidate('x', { capacities: { accuracy: 3, punctuality: 2 } })]);
    expect(r.results[0]!.score).toBe(30);
    expect(reasons(r.results[0]!.reasons, 'unassessed')).toEqual([{ code: 'unassessed', item: 'lifting', required: 4 }]);
    expect(reasons(r.results[0]!.reasons, 'gap')).toEqual([]);
  });

  it('gives no competence points for a vacancy without requirements, and says so', () => {
    const r = rankCandidates({ ...vacancy, requirements: { lifting: 1 } }, [A]);
    expect(r.results[0]!.components.competence).toBe(0);
    // 20 + 6 + 8
    expect(r.results[0]!.score).toBe(34);
    expect(reasons(r.results[0]!.reasons, 'no_requirements')).toHaveLength(1);
  });

  it('does not count capacity above the requirement', () => {
    const r = rankCandidates(vacancy, [candidate('x', { capacities: { lifting: 5, accuracy: 5, punctuality: 5 } })]);
    expect(r.results[0]!.components.competence).toBe(60);
  });
});

describe('determinism and ties', () => {
  const twins = ['m', 'b', 'z', 'a'].map((id) => candidate(id));

  it('breaks ties by id and gives the same answer for any input order', () => {
    const r1 = rankCandidates(vacancy, twins);
    const r2 = rankCandidates(vacancy, twins.toReversed());
    expect(r1.results.map((r) => [r.id, r.score])).toEqual([
      ['a', 60],
      ['b', 60],
      ['m', 60],
      ['z', 60],
    ]);
    expect(r2).toEqual(r1);
  });

  it('keeps the best `limit` and the tie-break at the cut', () => {
    const r = rankCandidates(vacancy, [...twins, A], DEFAULT_MATCH_WEIGHTS, 2);
    expect(r.results.map((x) => x.id)).toEqual(['A', 'a']);
  });

  it('answers the same from a prebuilt index as from the list', () => {
    const index = buildCandidateIndex([A, B, C, D, E]);
    expect(rankCandidates(vacancy, index)).toEqual(rankCandidates(vacancy, [A, B, C, D, E]));
  });

  it('refuses an id that appears twice', () => {
    expect(() => buildCandidateIndex([A, A])).toThrow(/twice/);
  });

  it('counts and lists only the candidates in `only` (consent)', () => {
    const r = rankCandidates(vacancy, [A, B, C, D, E], DEFAULT_MATCH_WEIGHTS, 20, { only: new Set(['B', 'E', 'unknown']) });
    expect(r.results.map((x) => x.id)).toEqual(['B', 'E']);
    expect(r.considered).toBe(2);
    expect(r.excludedCount).toBe(0);
  });

  it('lists at most `excludedLimit` excluded ones but counts them all', () => {
    const many = ['p', 'q', 'r'].map((id) => candidate(id, { maxHoursPerWeek: 10 }));
    const r = rankCandidates(vacancy, many, DEFAULT_MATCH_WEIGHTS, 20, { excludedLimit: 2 });
    expect(r.excludedCount).toBe(3);
    expect(r.excluded.map((x) => x.id)).toEqual(['p', 'q']);
  });
});

describe('rankVacancies', () => {
  it('ranks vacancies for a client with the same score', () => {
    // v1: 60 + 20 + 6 + 8 = 94 (as A above). v2: same job 38 h/week: excluded for A (max 30).
    // v3: 9333.1 (isco3 +8), outdoor only (A prefers indoor: 0), no tasks, requires lifting 5: 3 of 4 → 30 + accuracy 2 + punctuality 1 = 6 of 7 points → 60 × 6/7 = 51.43; total 59.4.
    const client = { ...A, maxHoursPerWeek: 30 };
    const v2 = { ...vacancy, id: 'v2', hoursPerWeek: 38 };
    const v3: MatchVacancy = { ...vacancy, id: 'v3', escoCode: '9333.1', environment: ['outdoor'], tasks: [], requirements: { lifting: 5, accuracy: 3, punctuality: 2 } };
    const r = rankVacancies(client, [v3, v2, vacancy]);
    expect(r.results.map((x) => [x.id, x.score])).toEqual([
      ['v1', 94],
      ['v3', 59.4],
    ]);
    expect(r.excluded.map((x) => [x.id, x.reasons[0]!.code])).toEqual([['v2', 'conflict']]);
    expect(reasons(r.results[1]!.reasons, 'gap')).toEqual([{ code: 'gap', item: 'lifting', required: 5, capacity: 4, shortfall: 1, significant: false, closableBy: null }]);
  });
});

describe('weights', () => {
  it('fills an organisation’s overrides from the defaults and refuses nonsense', () => {
    expect(matchWeights({ tasks: 20 }).occupation).toEqual(DEFAULT_MATCH_WEIGHTS.occupation);
    expect(() => matchWeights({ competence: -1 })).toThrow(RangeError);
    expect(() => matchWeights({ closableCredit: 2 })).toThrow(RangeError);
  });
});

describe('TopK', () => {
  it('keeps the same best k as a full sort', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const scores = Array.from({ length: 500 }, () => Math.round(rand() * 50));
    const top = new TopK(25);
    scores.forEach((s, i) => top.offer(s, i));
    const expected = scores
      .map((score, position) => ({ score, position }))
      .toSorted((a, b) => b.score - a.score || a.position - b.position)
      .slice(0, 25);
    expect(top.sorted()).toEqual(expected);
  });
});
