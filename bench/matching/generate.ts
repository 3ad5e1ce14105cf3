import { COMPETENCE_ITEMS, type CompetenceItem, type Score } from '../../common/competences.ts';
import { CONTRACT_KINDS, ENVIRONMENT_TAGS, GAP_CLOSERS, WORK_DAYS, type ContractKind, type EnvironmentTag, type GapCloser, type WorkDay, type WorkShift } from '../../common/matching.ts';
import type { MatchCandidate, MatchVacancy } from '../../server/src/features/matching/score.ts';

/**
 * Deterministic data for the matching benchmark: the same seed gives the same candidates and
 * vacancies on every machine. Distributions are plausible for supported employment in
 * Flanders, not measured: scores mostly 2–4, homes around Gent, Antwerpen and Mechelen,
 * part-time hours common, desired jobs in elementary, service and production occupations.
 */

/** mulberry32: a small, fast 32-bit PRNG; plenty for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;

function pick<T>(r: Rand, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}
function weighted<T>(r: Rand, xs: readonly (readonly [T, number])[]): T {
  const total = xs.reduce((s, [, w]) => s + w, 0);
  let u = r() * total;
  for (const [x, w] of xs) if ((u -= w) < 0) return x;
  return xs[xs.length - 1]![0];
}
function sample<T>(r: Rand, xs: readonly T[], n: number): T[] {
  const copy = [...xs];
  const out: T[] = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]!);
  return out;
}
function gaussian(r: Rand): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

const CITIES = [
  ['Gent', 51.0543, 3.7174, 0.4],
  ['Antwerpen', 51.2194, 4.4025, 0.4],
  ['Mechelen', 51.0259, 4.4776, 0.2],
] as const;

/** Real ESCO codes of jobs that supported-employment clients often want. */
export const BENCH_ESCO_CODES = [
  '9334.1', '9333.2', '9333.1', '9412.1', '9411.1', '9111.1', '9112.1', '9112.3', '9122.1', '9214.2', '9613.1',
  '9321.1', '9629.2', '9629.3', '8160.2', '8160.14', '8160.28', '8183.6', '5223.2', '5223.7.37', '5223.7.30',
  '5230.2', '5322.1', '5414.1.5', '4110.1.1', '4412.2', '8322.6', '7119.1', '6113.2', '9329.2',
] as const;

export const BENCH_TASKS = [
  'vakken vullen', 'kassa', 'schoonmaken', 'afwassen', 'groenten snijden', 'inpakken', 'sorteren', 'etiketteren',
  'magazijn', 'orderpicking', 'klanten helpen', 'telefoon', 'post rondbrengen', 'koffie zetten', 'tafels dekken',
  'strijken', 'wassen', 'tuinonderhoud', 'gras maaien', 'snoeien', 'dieren verzorgen', 'poetsen', 'vloeren dweilen',
  'afval sorteren', 'fietsen herstellen', 'auto wassen', 'kopiëren', 'scannen', 'archiveren', 'data invoeren',
  'bakken', 'broodjes smeren', 'afruimen', 'stockbeheer', 'leveringen controleren', 'rekken aanvullen',
  'montage', 'schroeven', 'verpakken', 'lassen', 'schilderen', 'verhuizen', 'boodschappen', 'begeleiden',
  'onthaal', 'rondleiden', 'kuisen', 'ramen wassen', 'bedden opmaken', 'linnen vouwen',
] as const;

const LEVELS: readonly (readonly [Score, number])[] = [[1, 5], [2, 20], [3, 40], [4, 25], [5, 10]];
const REQUIRED: readonly (readonly [Score, number])[] = [[2, 30], [3, 40], [4, 22], [5, 8]];
const MAX_HOURS = [[19, 15], [24, 20], [30, 30], [38, 35]] as const;
const VACANCY_HOURS = [[16, 10], [19, 20], [24, 25], [30, 25], [38, 20]] as const;
const WEEKDAYS: WorkDay[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

function around(r: Rand, spreadKm: number): { lat: number; lon: number } {
  const [, lat, lon] = weighted(r, CITIES.map((c) => [c, c[3]] as const));
  return { lat: lat + (gaussian(r) * spreadKm) / 111, lon: lon + (gaussian(r) * spreadKm) / 70 };
}

function shiftsOf(r: Rand, night: number): WorkShift[] {
  const s: WorkShift[] = ['day'];
  if (r() < 0.5) s.push('early');
  if (r() < 0.3) s.push('late');
  if (r() < night) s.push('night');
  return s;
}

export function generateCandidate(r: Rand, n: number): MatchCandidate {
  const capacities: Partial<Record<CompetenceItem, Score>> = {};
  const gapClosers: Partial<Record<CompetenceItem, GapCloser>> = {};
  const ability = gaussian(r) * 0.5;
  for (const { key } of COMPETENCE_ITEMS) {
    if (r() < 0.03) continue;
    const level = Math.min(5, Math.max(1, weighted(r, LEVELS) + Math.round(ability))) as Score;
    capacities[key] = level;
    if (level <= 2 && r() < 0.3) gapClosers[key] = pick(r, GAP_CLOSERS);
  }
  const stated = (p: number) => r() >= p;
  const days = r() < 0.7 ? WEEKDAYS : r() < 0.5 ? [...WORK_DAYS] : sample(r, WEEKDAYS, 3 + Math.floor(r() * 2));
  return {
    id: `c${String(n).padStart(6, '0')}`,
    capacities,
    gapClosers,
    maxHoursPerWeek: stated(0.05) ? weighted(r, MAX_HOURS) : null,
    availableDays: stated(0.05) ? days : [],
    availableShifts: stated(0.05) ? shiftsOf(r, 0.05) : [],
    home: stated(0.02) ? around(r, 8) : null,
    maxTravelKm: stated(0.05) ? pick(r, [5, 10, 10, 15, 15, 20, 25, 30, 40]) : null,
    contracts: r() < 0.7 ? [] : sample(r, CONTRACT_KINDS, 1 + Math.floor(r() * 3)),
    excludedEnvironment: sample(r, ENVIRONMENT_TAGS, weighted(r, [[0, 50], [1, 35], [2, 15]])),
    preferredEnvironment: sample(r, ENVIRONMENT_TAGS, weighted(r, [[0, 30], [1, 30], [2, 25], [3, 15]])),
    desiredEscoCodes: sample(r, BENCH_ESCO_CODES, weighted(r, [[1, 50], [2, 35], [3, 15]])),
    desiredTasks: sample(r, BENCH_TASKS, weighted(r, [[0, 15], [2, 35], [3, 30], [5, 20]])),
  };
}

export function generateVacancy(r: Rand, n: number): MatchVacancy {
  const requirements: Partial<Record<CompetenceItem, Score>> = {};
  const count = 15 + Math.floor(r() * 26);
  for (const { key } of sample(r, COMPETENCE_ITEMS, count)) requirements[key] = weighted(r, REQUIRED);
  const weekend = r() < 0.15;
  return {
    id: `v${String(n).padStart(5, '0')}`,
    escoCode: pick(r, BENCH_ESCO_CODES),
    hoursPerWeek: weighted(r, VACANCY_HOURS),
    days: weekend ? sample(r, WORK_DAYS, 5) : sample(r, WEEKDAYS, 3 + Math.floor(r() * 3)),
    shifts: r() < 0.7 ? ['day'] : [weighted<WorkShift>(r, [['early', 50], ['late', 40], ['night', 5]])],
    contract: weighted<ContractKind>(r, [['permanent', 35], ['fixed_term', 30], ['temp_agency', 20], ['ibo_training', 10], ['other', 5]]),
    location: around(r, 6),
    environment: sample(r, ENVIRONMENT_TAGS, 1 + Math.floor(r() * 3)) as EnvironmentTag[],
    tasks: sample(r, BENCH_TASKS, 2 + Math.floor(r() * 4)),
    requirements,
  };
}

export function generateCandidates(count: number, seed = 4): MatchCandidate[] {
  const r = prng(seed);
  return Array.from({ length: count }, (_, n) => generateCandidate(r, n));
}

export function generateVacancies(count: number, seed = 40): MatchVacancy[] {
  const r = prng(seed);
  return Array.from({ length: count }, (_, n) => generateVacancy(r, n));
}
