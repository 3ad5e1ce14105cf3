import { COMPETENCE_ITEM_KEYS, type CompetenceItem, type Score } from '../../../../common/competences.ts';
import { postcodeCentroid } from '../../../../common/geo/postcodes.ts';
import { CONTRACT_KINDS, ENVIRONMENT_TAGS, GAP_CLOSERS, WORK_DAYS, WORK_SHIFTS, type GapCloser } from '../../../../common/matching.ts';
import type { CandidateRow, VacancyMatchRow } from './matching.queries.ts';
import type { MatchCandidate, MatchVacancy } from './types.ts';

/**
 * From stored rows to what the score reads (pure: no I/O). Stored values outside the
 * vocabularies (which the CHECK constraints and the schemas keep out) are dropped rather than
 * trusted.
 */

const ITEMS = new Set<string>(COMPETENCE_ITEM_KEYS);
const CLOSERS = new Set<string>(GAP_CLOSERS);
const isScore = (v: unknown): v is Score => v === 1 || v === 2 || v === 3 || v === 4 || v === 5;

function words<T extends string>(vocabulary: readonly T[], values: readonly string[] | null | undefined): T[] {
  return (values ?? []).filter((v): v is T => (vocabulary as readonly string[]).includes(v));
}

/**
 * Item → score of a stored competence or capacity profile: catalogue items scored 1–5 only.
 * A stored object that is already exactly that (the schemas make it so) is used as it is: no
 * copy, which matters when 20,000 profiles are read for the index.
 */
export function scoresOf(stored: Record<string, unknown> | null | undefined): Partial<Record<CompetenceItem, Score>> {
  if (!stored) return {};
  let clean = true;
  for (const item in stored) {
    if (!ITEMS.has(item) || !isScore(stored[item])) {
      clean = false;
      break;
    }
  }
  if (clean) return stored as Partial<Record<CompetenceItem, Score>>;
  const out: Partial<Record<CompetenceItem, Score>> = {};
  for (const item of COMPETENCE_ITEM_KEYS) {
    const score = stored[item];
    if (isScore(score)) out[item] = score;
  }
  return out;
}

function closersOf(stored: Record<string, unknown> | null | undefined): Partial<Record<CompetenceItem, GapCloser>> {
  if (!stored) return {};
  let clean = true;
  for (const item in stored) {
    const closer = stored[item];
    if (!ITEMS.has(item) || typeof closer !== 'string' || !CLOSERS.has(closer)) {
      clean = false;
      break;
    }
  }
  if (clean) return stored as Partial<Record<CompetenceItem, GapCloser>>;
  const out: Partial<Record<CompetenceItem, GapCloser>> = {};
  for (const [item, closer] of Object.entries(stored)) {
    if (ITEMS.has(item) && typeof closer === 'string' && CLOSERS.has(closer)) out[item as CompetenceItem] = closer as GapCloser;
  }
  return out;
}

/**
 * The desired tasks of a vocational profile (free text) as task keywords: split on commas,
 * semicolons, new lines and the words "en" / "and", trimmed, empty ones dropped.
 * "Rekken vullen, kassa en klanten helpen" → ["Rekken vullen", "kassa", "klanten helpen"].
 */
export function desiredTaskKeywords(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/[,;\r\n]+|\s+(?:en|and)\s+/i)
    .map((s) => s.trim().replace(/[.!?]+$/, '').trim())
    .filter((s) => s !== '');
}

/** A candidate from its stored profile; the home is the approximate centre of the postcode (null: not located). */
export function toCandidate(row: CandidateRow, region: 'flanders' | 'netherlands'): MatchCandidate {
  return {
    id: row.id,
    capacities: scoresOf(row.scores),
    gapClosers: closersOf(row.gap_closers),
    maxHoursPerWeek: row.max_hours_per_week === null ? null : Number(row.max_hours_per_week),
    availableDays: words(WORK_DAYS, row.days),
    availableShifts: words(WORK_SHIFTS, row.shifts),
    home: row.postcode.trim() === '' ? null : postcodeCentroid(row.postcode, region),
    maxTravelKm: row.max_travel_km,
    contracts: words(CONTRACT_KINDS, row.contracts),
    excludedEnvironment: words(ENVIRONMENT_TAGS, row.excluded_environment),
    preferredEnvironment: words(ENVIRONMENT_TAGS, row.preferred_environment),
    desiredEscoCodes: (row.desired_codes ?? []).filter((c) => c !== ''),
    desiredTasks: desiredTaskKeywords(row.desired_tasks),
  };
}

/** The task names of a stored job analysis: the vacancy's task keywords. */
export function taskNames(tasks: unknown): string[] {
  if (!Array.isArray(tasks)) return [];
  return tasks.flatMap((t: unknown) => {
    const name = typeof t === 'object' && t !== null && 'task' in t ? (t as { task: unknown }).task : null;
    return typeof name === 'string' && name.trim() !== '' ? [name.trim()] : [];
  });
}

/** A vacancy with its job analysis and the competence profile of the job. */
export function toMatchVacancy(row: VacancyMatchRow): MatchVacancy {
  const contract = (CONTRACT_KINDS as readonly string[]).includes(row.contract_kind) ? (row.contract_kind as MatchVacancy['contract']) : null;
  return {
    id: row.id,
    escoCode: row.esco_code,
    hoursPerWeek: row.hours_per_week === null ? null : Number(row.hours_per_week),
    days: words(WORK_DAYS, row.schedule_days),
    shifts: words(WORK_SHIFTS, row.shifts),
    contract,
    location: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
    environment: words(ENVIRONMENT_TAGS, row.environment_tags),
    tasks: taskNames(row.tasks),
    requirements: scoresOf(row.scores),
  };
}
