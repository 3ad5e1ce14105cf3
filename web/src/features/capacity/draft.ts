import type { z } from 'zod';
import { COMPETENCE_ITEM_KEYS, isCompetenceItem, SCALE, type CompetenceItem, type Score } from '../../../../common/competences.ts';
import { STARR_STEPS, type StarrStep } from '../../../../common/competences.labels.ts';
import {
  CONTRACT_KINDS, ENVIRONMENT_TAGS, GAP_CLOSERS, WORK_DAYS, WORK_SHIFTS,
  type ContractKind, type EnvironmentTag, type GapCloser, type WorkDay, type WorkShift,
} from '../../../../common/matching.ts';
import {
  AvailabilityInput, CapacityProfileInput, type Availability, type CapacityProfile,
} from '../../../../common/schemas/capacity.ts';
import { VACANCY_HOURS_MAX } from '../../../../common/schemas/vacancies.ts';
import { capacityIds } from './ids.ts';

/**
 * The capacity and availability forms' state and the step to what the server takes. Numbers
 * stay text until saving (so "24,5u" is kept and pointed at, never lost); every STARR example
 * carries a `key` for React and for its field ids. Problems are message keys with values,
 * addressed by the same dotted paths as the server's field errors.
 */

export interface FieldIssue {
  path: string;
  /** A key of the catalogue's `errors` group. */
  key: string;
  values?: Record<string, unknown>;
}

export type StarrDraft = { key: string; item: CompetenceItem | '' } & Record<StarrStep, string>;

export interface CapacityDraft {
  assessedOn: string;
  scores: Partial<Record<CompetenceItem, Score>>;
  notes: Partial<Record<CompetenceItem, string>>;
  gapClosers: Partial<Record<CompetenceItem, GapCloser>>;
  otherNotes: string;
  starr: StarrDraft[];
}

let nextKey = 0;
const newKey = () => `s${++nextKey}`;

export function emptyStarr(): StarrDraft {
  return { key: newKey(), item: '', situation: '', task: '', action: '', result: '', reflection: '' };
}

const isItem = (k: string): k is CompetenceItem => (COMPETENCE_ITEM_KEYS as readonly string[]).includes(k);
const isScore = (v: unknown): v is Score => (SCALE as readonly unknown[]).includes(v);
const isCloser = (v: unknown): v is GapCloser => (GAP_CLOSERS as readonly unknown[]).includes(v);

/** The form's state from a saved version; a profile never scored starts on `today`. */
export function capacityDraftFrom(p: Pick<CapacityProfile, 'assessedOn' | 'scores' | 'notes' | 'gapClosers' | 'otherNotes' | 'starr'>, today: string): CapacityDraft {
  const scores: CapacityDraft['scores'] = {};
  for (const [k, v] of Object.entries(p.scores)) if (isItem(k) && isScore(v)) scores[k] = v;
  const notes: CapacityDraft['notes'] = {};
  for (const [k, v] of Object.entries(p.notes)) if (isItem(k) && typeof v === 'string' && v !== '') notes[k] = v;
  const gapClosers: CapacityDraft['gapClosers'] = {};
  for (const [k, v] of Object.entries(p.gapClosers)) if (isItem(k) && isCloser(v)) gapClosers[k] = v;
  return {
    assessedOn: p.assessedOn ?? today,
    scores,
    notes,
    gapClosers,
    otherNotes: p.otherNotes,
    starr: p.starr.map((s) => ({ ...emptyStarr(), ...s, item: s.item ?? '' })),
  };
}

export type CapacityAction =
  | { type: 'field'; field: 'assessedOn' | 'otherNotes'; value: string }
  | { type: 'score'; item: CompetenceItem; score: Score | null }
  | { type: 'note'; item: CompetenceItem; value: string }
  | { type: 'closer'; item: CompetenceItem; closer: GapCloser | null }
  | { type: 'starrAdd'; example: StarrDraft }
  | { type: 'starrRemove'; key: string }
  | { type: 'starrField'; key: string; field: StarrStep | 'item'; value: string }
  | { type: 'load'; draft: CapacityDraft };

function without<K extends string, V>(record: Partial<Record<K, V>>, key: K): Partial<Record<K, V>> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export function capacityReducer(draft: CapacityDraft, action: CapacityAction): CapacityDraft {
  switch (action.type) {
    case 'field':
      return { ...draft, [action.field]: action.value };
    case 'score':
      return action.score === null
        // An unscored item has nothing to close: its "could be closed by" goes with the score.
        ? { ...draft, scores: without(draft.scores, action.item), gapClosers: without(draft.gapClosers, action.item) }
        : { ...draft, scores: { ...draft.scores, [action.item]: action.score } };
    case 'note':
      return { ...draft, notes: { ...draft.notes, [action.item]: action.value } };
    case 'closer':
      return { ...draft, gapClosers: action.closer === null ? without(draft.gapClosers, action.item) : { ...draft.gapClosers, [action.item]: action.closer } };
    case 'starrAdd':
      return { ...draft, starr: [...draft.starr, action.example] };
    case 'starrRemove':
      return { ...draft, starr: draft.starr.filter((s) => s.key !== action.key) };
    case 'starrField':
      return { ...draft, starr: draft.starr.map((s) => (s.key === action.key ? { ...s, [action.field]: action.value } : s)) };
    case 'load':
      return action.draft;
  }
}

/** What the person entered, as the server takes it, or the fields to correct. */
export function toCapacityInput(draft: CapacityDraft): { ok: true; input: CapacityProfileInput } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  if (draft.assessedOn.trim() === '') issues.push({ path: 'assessedOn', key: 'assessedOnRequired' });
  const notes: Partial<Record<CompetenceItem, string>> = {};
  for (const [k, v] of Object.entries(draft.notes)) if (isItem(k) && v.trim() !== '') notes[k] = v.trim();
  const gapClosers: Partial<Record<CompetenceItem, GapCloser>> = {};
  for (const [k, v] of Object.entries(draft.gapClosers)) if (isItem(k) && draft.scores[k] !== undefined) gapClosers[k] = v;
  draft.starr.forEach((s, i) => {
    if (!s.item && STARR_STEPS.every((step) => s[step].trim() === '')) issues.push({ path: `starr.${i}.situation`, key: 'starrEmpty', values: { n: i + 1 } });
  });
  const candidate = {
    assessedOn: draft.assessedOn.trim(),
    scores: { ...draft.scores },
    notes,
    gapClosers,
    otherNotes: draft.otherNotes,
    starr: draft.starr.map(({ key: _key, item, ...steps }) => ({ item: item === '' ? null : item, ...steps })),
  };
  const parsed = CapacityProfileInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      if (!issues.some((i) => i.path === path)) issues.push(issueOf(path, issue));
    }
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, input: parsed.data };
}

/** Where the error summary's link for a field goes. */
export function capacityFieldId(path: string, draft: CapacityDraft): string | undefined {
  const [head, second, third] = path.split('.');
  if (head === 'assessedOn') return capacityIds.assessedOn;
  if (head === 'otherNotes') return capacityIds.otherNotes;
  if (second && isCompetenceItem(second)) {
    if (head === 'notes') return capacityIds.note(second);
    if (head === 'gapClosers') return capacityIds.closer(second);
    if (head === 'scores') return capacityIds.score(second, 'unset');
  }
  if (head === 'starr' && second !== undefined) {
    const example = draft.starr[Number(second)];
    if (example) return capacityIds.starr(example.key, third && (third === 'item' || (STARR_STEPS as readonly string[]).includes(third)) ? third : 'situation');
  }
  return undefined;
}

/** A zod issue as a message key of our own: the schema's English texts are never shown. */
function issueOf(path: string, issue: z.core.$ZodIssue): FieldIssue {
  if (path === 'assessedOn') return { path, key: 'date' };
  if (issue.code === 'too_big') {
    if (issue.origin === 'array') return { path, key: 'tooMany', values: { max: Number(issue.maximum) } };
    return { path, key: 'tooLong', values: { max: Number(issue.maximum) } };
  }
  return { path, key: 'invalid' };
}

/** The availability form's state: hours as typed, the lists in the vocabulary's order. */
export interface AvailabilityDraft {
  maxHoursPerWeek: string;
  days: WorkDay[];
  shifts: WorkShift[];
  contracts: ContractKind[];
  excludedEnvironment: EnvironmentTag[];
  preferredEnvironment: EnvironmentTag[];
  note: string;
}

export type ListField = 'days' | 'shifts' | 'contracts' | 'excludedEnvironment' | 'preferredEnvironment';

/** Every list of the availability form with its vocabulary, in the form's order. */
export const AVAILABILITY_LISTS: { field: ListField; values: readonly string[] }[] = [
  { field: 'days', values: WORK_DAYS },
  { field: 'shifts', values: WORK_SHIFTS },
  { field: 'contracts', values: CONTRACT_KINDS },
  { field: 'excludedEnvironment', values: ENVIRONMENT_TAGS },
  { field: 'preferredEnvironment', values: ENVIRONMENT_TAGS },
];

/** "24", "24,5", "24.5" → 24.5; undefined when it is not a number. */
export function parseNumber(text: string): number | undefined {
  const s = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : undefined;
}

const hoursText = (n: number | null) => (n === null ? '' : String(n));

export function availabilityDraftFrom(a: Pick<Availability, 'maxHoursPerWeek' | ListField | 'note'>): AvailabilityDraft {
  return {
    maxHoursPerWeek: hoursText(a.maxHoursPerWeek),
    days: [...a.days],
    shifts: [...a.shifts],
    contracts: [...a.contracts],
    excludedEnvironment: [...a.excludedEnvironment],
    preferredEnvironment: [...a.preferredEnvironment],
    note: a.note,
  };
}

/** `list` with `value` added or taken out, kept in the order of `vocabulary`. */
export function toggle<T extends string>(list: readonly T[], value: T, on: boolean, vocabulary: readonly string[]): T[] {
  const set = new Set(list);
  if (on) set.add(value);
  else set.delete(value);
  return vocabulary.filter((v): v is T => set.has(v as T));
}

/** The environments that are ticked as both excluded and preferred, in the vocabulary's order. */
export function environmentConflicts(d: Pick<AvailabilityDraft, 'excludedEnvironment' | 'preferredEnvironment'>): EnvironmentTag[] {
  return ENVIRONMENT_TAGS.filter((t) => d.excludedEnvironment.includes(t) && d.preferredEnvironment.includes(t));
}

export function toAvailabilityInput(draft: AvailabilityDraft): { ok: true; input: AvailabilityInput } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  let maxHoursPerWeek: number | null = null;
  const text = draft.maxHoursPerWeek.trim();
  if (text !== '') {
    const n = parseNumber(text);
    if (n === undefined) issues.push({ path: 'maxHoursPerWeek', key: 'number' });
    else if (n < 0 || n > VACANCY_HOURS_MAX) issues.push({ path: 'maxHoursPerWeek', key: 'hoursRange', values: { max: VACANCY_HOURS_MAX } });
    else if (Math.round(n * 100) !== n * 100) issues.push({ path: 'maxHoursPerWeek', key: 'hoursCents' });
    else maxHoursPerWeek = n;
  }
  const both = environmentConflicts(draft);
  if (both.length > 0) issues.push({ path: 'preferredEnvironment', key: 'bothEnvironments', values: { tags: both } });
  const candidate = {
    maxHoursPerWeek,
    days: draft.days,
    shifts: draft.shifts,
    contracts: draft.contracts,
    excludedEnvironment: draft.excludedEnvironment,
    preferredEnvironment: draft.preferredEnvironment,
    note: draft.note,
  };
  const parsed = AvailabilityInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      if (!issues.some((i) => i.path === path)) issues.push(issueOf(path, issue));
    }
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, input: parsed.data };
}
