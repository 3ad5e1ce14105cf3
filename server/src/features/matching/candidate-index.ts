import { COMPETENCE_ITEMS, type CompetenceItem } from '../../../../common/competences.ts';
import { CONTRACT_KINDS, ENVIRONMENT_TAGS, GAP_CLOSERS, WORK_DAYS, WORK_SHIFTS } from '../../../../common/matching.ts';
import { normaliseLabel } from '../esco/normalise.ts';
import { havOf, toRadians } from './geo.ts';
import type { MatchCandidate } from './types.ts';

/** Number of competence items: one byte per item per candidate. */
export const ITEM_COUNT = COMPETENCE_ITEMS.length;
export const ITEM_COLUMN = new Map<CompetenceItem, number>(COMPETENCE_ITEMS.map((item, i) => [item.key, i]));

const CLOSER_CODE = new Map<string, number>(GAP_CLOSERS.map((c, i) => [c, i + 1]));

/** Bits of `stated`: which constraints the candidate stated. */
export const STATED_HOURS = 1;
export const STATED_SCHEDULE = 2;
export const STATED_DISTANCE = 4;
export const STATED_CONTRACT = 8;

/** Schedule bitmask: days in bits 0–6, shifts in bits 7–10. */
export function scheduleMask(days: readonly string[], shifts: readonly string[]): number {
  return maskOf(WORK_DAYS, days) | (maskOf(WORK_SHIFTS, shifts) << WORK_DAYS.length);
}
export const ALL_SCHEDULE = (1 << (WORK_DAYS.length + WORK_SHIFTS.length)) - 1;
export const ALL_CONTRACTS = (1 << CONTRACT_KINDS.length) - 1;

export function maskOf(vocabulary: readonly string[], values: readonly string[]): number {
  let mask = 0;
  for (const v of values) {
    const bit = vocabulary.indexOf(v);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask >>> 0;
}

/** The words of a bitmask, in vocabulary order. */
export function wordsOf<T extends string>(vocabulary: readonly T[], mask: number): T[] {
  return vocabulary.filter((_, bit) => (mask >>> bit) & 1);
}

/** ISCO unit group of an ESCO code ('9334.1' → 9334), or -1. */
export function iscoOf(escoCode: string): number {
  return /^\d{4}/.test(escoCode) ? Number(escoCode.slice(0, 4)) : -1;
}

/** Task keywords are compared in ESCO's search form: accents and case ignored. */
export const normaliseTask = normaliseLabel;

/**
 * Candidates packed for the ranking loop (docs/decisions/016-matching-engine.md): one row per
 * candidate in id order (so "lower index" is the tie-break "lower id"), typed arrays instead of
 * objects, bitmasks for schedule, contracts and environments, integers for ESCO codes and task
 * words. Built once and read by many rankings; never changed in place.
 */
export interface CandidateIndex {
  readonly size: number;
  readonly ids: readonly string[];
  /** Per candidate × item: capacity 1–5 in bits 0–2 (0 = not scored), gap closer 1–3 (GAP_CLOSERS + 1) in bits 3–4. */
  readonly items: Uint8Array;
  readonly stated: Uint8Array;
  readonly maxHours: Float32Array;
  readonly schedule: Uint16Array;
  readonly contracts: Uint8Array;
  readonly envExcluded: Uint32Array;
  readonly envPreferred: Uint32Array;
  /** Home in radians and cos(latitude); NaN without a home. */
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly cosLat: Float64Array;
  readonly maxKm: Float32Array;
  /** Haversine term of maxKm, NaN when the distance is not checked. */
  readonly havMax: Float64Array;
  /** Desired occupations of candidate i: occ*[occStart[i] .. occStart[i+1]). */
  readonly occStart: Int32Array;
  readonly occEsco: Int32Array;
  readonly occIsco: Int16Array;
  readonly escoCodes: readonly string[];
  readonly escoIds: ReadonlyMap<string, number>;
  /** Desired task words of candidate i: taskIds[taskStart[i] .. taskStart[i+1]). */
  readonly taskStart: Int32Array;
  readonly taskIds: Int32Array;
  readonly taskWords: readonly string[];
  readonly taskWordIds: ReadonlyMap<string, number>;
}

/** Packs candidates; duplicates of an id are refused. */
export function buildCandidateIndex(input: Iterable<MatchCandidate>): CandidateIndex {
  const candidates = [...input].toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = candidates.length;
  const items = new Uint8Array(n * ITEM_COUNT);
  const stated = new Uint8Array(n);
  const maxHours = new Float32Array(n);
  const schedule = new Uint16Array(n);
  const contracts = new Uint8Array(n);
  const envExcluded = new Uint32Array(n);
  const envPreferred = new Uint32Array(n);
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  const cosLat = new Float64Array(n);
  const maxKm = new Float32Array(n);
  const havMax = new Float64Array(n);
  const occStart = new Int32Array(n + 1);
  const taskStart = new Int32Array(n + 1);
  const occEsco: number[] = [];
  const occIsco: number[] = [];
  const taskIds: number[] = [];
  const escoCodes: string[] = [];
  const escoIds = new Map<string, number>();
  const taskWords: string[] = [];
  const taskWordIds = new Map<string, number>();
  const ids: string[] = [];
  const normalised = new Map<string, string>();
  const normalise = (t: string) => {
    let word = normalised.get(t);
    if (word === undefined) normalised.set(t, (word = normaliseTask(t)));
    return word;
  };

  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    if (i > 0 && ids[i - 1] === c.id) throw new Error(`Candidate ${c.id} appears twice`);
    ids.push(c.id);
    const row = i * ITEM_COUNT;
    const capacities = c.capacities as Record<string, number>;
    for (const key in capacities) {
      const col = ITEM_COLUMN.get(key as CompetenceItem);
      const level = capacities[key]!;
      if (col !== undefined && level >= 1 && level <= 5) items[row + col] = level;
    }
    const closers = c.gapClosers as Record<string, string>;
    for (const key in closers) {
      const col = ITEM_COLUMN.get(key as CompetenceItem);
      const code = CLOSER_CODE.get(closers[key]!);
      if (col !== undefined && code !== undefined && items[row + col]! > 0) items[row + col] = items[row + col]! | (code << 3);
    }
    let s = 0;
    maxHours[i] = c.maxHoursPerWeek ?? Number.NaN;
    if (c.maxHoursPerWeek !== null) s |= STATED_HOURS;
    const sched = scheduleMask(c.availableDays, c.availableShifts);
    const daysStated = c.availableDays.length > 0;
    const shiftsStated = c.availableShifts.length > 0;
    // A half-stated schedule constrains only the half that was stated.
    const dayBits = (1 << WORK_DAYS.length) - 1;
    schedule[i] = (daysStated ? sched & dayBits : dayBits) | (shiftsStated ? sched & ~dayBits : ALL_SCHEDULE & ~dayBits);
    if (daysStated || shiftsStated) s |= STATED_SCHEDULE;
    contracts[i] = c.contracts.length > 0 ? maskOf(CONTRACT_KINDS, c.contracts) : ALL_CONTRACTS;
    if (c.contracts.length > 0) s |= STATED_CONTRACT;
    envExcluded[i] = maskOf(ENVIRONMENT_TAGS, c.excludedEnvironment);
    envPreferred[i] = maskOf(ENVIRONMENT_TAGS, c.preferredEnvironment);
    if (c.home) {
      lat[i] = toRadians(c.home.lat);
      lon[i] = toRadians(c.home.lon);
      cosLat[i] = Math.cos(lat[i]!);
    } else {
      lat[i] = lon[i] = cosLat[i] = Number.NaN;
    }
    maxKm[i] = c.maxTravelKm ?? Number.NaN;
    havMax[i] = c.home && c.maxTravelKm !== null ? havOf(c.maxTravelKm) : Number.NaN;
    if (c.home && c.maxTravelKm !== null) s |= STATED_DISTANCE;
    stated[i] = s;

    occStart[i] = occEsco.length;
    for (const code of new Set(c.desiredEscoCodes)) {
      let id = escoIds.get(code);
      if (id === undefined) {
        id = escoCodes.push(code) - 1;
        escoIds.set(code, id);
      }
      occEsco.push(id);
      occIsco.push(iscoOf(code));
    }
    taskStart[i] = taskIds.length;
    for (const word of new Set(c.desiredTasks.map(normalise))) {
      if (!word) continue;
      let id = taskWordIds.get(word);
      if (id === undefined) {
        id = taskWords.push(word) - 1;
        taskWordIds.set(word, id);
      }
      taskIds.push(id);
    }
  }
  occStart[n] = occEsco.length;
  taskStart[n] = taskIds.length;
  return {
    size: n,
    ids,
    items,
    stated,
    maxHours,
    schedule,
    contracts,
    envExcluded,
    envPreferred,
    lat,
    lon,
    cosLat,
    maxKm,
    havMax,
    occStart,
    occEsco: Int32Array.from(occEsco),
    occIsco: Int16Array.from(occIsco),
    escoCodes,
    escoIds,
    taskStart,
    taskIds: Int32Array.from(taskIds),
    taskWords,
    taskWordIds,
  };
}

/** Approximate bytes held by the index's typed arrays (ids and word tables not counted). */
export function indexBytes(index: CandidateIndex): number {
  const arrays = [index.items, index.stated, index.maxHours, index.schedule, index.contracts, index.envExcluded, index.envPreferred, index.lat, index.lon, index.cosLat, index.maxKm, index.havMax, index.occStart, index.occEsco, index.occIsco, index.taskStart, index.taskIds];
  return arrays.reduce((sum, a) => sum + a.byteLength, 0);
}
