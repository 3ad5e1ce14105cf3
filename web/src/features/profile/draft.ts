import type { z } from 'zod';
import { VocationalProfileInput, type VocationalProfile } from '../../../../common/schemas/vocational-profile.ts';
import { TABLES, type TableKey } from './layout.ts';

/**
 * The form's state: the profile as the person types it. Numbers stay text until saving (so
 * "12a" is kept and pointed at, never lost); every table row carries a `rowKey` for React.
 * Values are addressed by the same dotted paths as the server's field errors.
 */
export type Draft = Record<string, unknown>;
type Obj = Record<string, unknown>;

let nextKey = 0;
const newKey = () => `r${++nextKey}`;

/** A chosen ESCO occupation as the form keeps it: the URI counts, code and label are for people. */
export interface OccupationValue {
  uri: string;
  code?: string;
  preferredLabel?: string;
}

export function emptyRow(table: TableKey): Obj {
  const row: Obj = { rowKey: newKey() };
  for (const c of TABLES[table].columns) row[c.name] = c.kind === 'occupation' ? null : '';
  return row;
}

const withKeys = (rows: readonly Obj[] | undefined, table: TableKey): Obj[] =>
  (rows ?? []).map((r) => {
    const row = emptyRow(table);
    for (const c of TABLES[table].columns) row[c.name] = r[c.name] === null || r[c.name] === undefined ? row[c.name] : c.kind === 'amount' ? String(r[c.name]) : r[c.name];
    return row;
  });

/** The form's state from a saved profile (a category the caller may not see starts empty). */
export function draftFrom(p: Pick<VocationalProfile, 'profile' | 'health' | 'benefits'>): Draft {
  const pr = p.profile;
  const a = pr?.aspirations;
  return {
    profile: {
      personsToConsult: withKeys(pr?.personsToConsult, 'personsToConsult'),
      education: withKeys(pr?.education, 'education'),
      training: withKeys(pr?.training, 'training'),
      otherQualifications: withKeys(pr?.otherQualifications, 'otherQualifications'),
      workExperience: withKeys(pr?.workExperience, 'workExperience'),
      hobbies: pr?.hobbies ?? '',
      aspirations: {
        expectations: a?.expectations ?? '',
        idealCareer: a?.idealCareer ?? '',
        desiredJobs: withKeys(a?.desiredJobs, 'desiredJobs'),
        desiredTasks: a?.desiredTasks ?? '',
        hoursAndShifts: a?.hoursAndShifts ?? '',
        environment: a?.environment ?? '',
        maxTravelKm: a?.maxTravelKm === null || a?.maxTravelKm === undefined ? '' : String(a.maxTravelKm),
        transport: [...(a?.transport ?? [])],
        other: a?.other ?? '',
      },
      competences: { dailyLife: '', communication: '', social: '', weeklyRoutine: '', other: '', additionalInformation: '', ...pr?.competences },
    },
    health: { description: '', impactOnWork: '', additionalSupport: '', ...p.health },
    benefits: { rows: withKeys(p.benefits?.rows, 'benefits') },
  };
}

/** The value at a dotted path ("profile.education.0.school"). */
export function getAt(draft: unknown, path: string): unknown {
  let node: unknown = draft;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Obj)[part];
  }
  return node;
}

/** A copy of `draft` with the value at `path` replaced; only the objects on the way are copied. */
export function setAt<T>(draft: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const copy: Obj | unknown[] = Array.isArray(draft) ? [...(draft as unknown[])] : { ...(draft as Obj) };
  const current = (copy as Obj)[head!];
  (copy as Obj)[head!] = rest.length === 0 ? value : setAt(current ?? {}, rest.join('.'), value);
  return copy as T;
}

export type DraftAction =
  | { type: 'set'; path: string; value: unknown }
  | { type: 'add'; table: TableKey }
  | { type: 'remove'; table: TableKey; index: number }
  | { type: 'load'; draft: Draft };

export function draftReducer(draft: Draft, action: DraftAction): Draft {
  switch (action.type) {
    case 'set':
      return setAt(draft, action.path, action.value);
    case 'add': {
      const path = TABLES[action.table].path;
      return setAt(draft, path, [...((getAt(draft, path) as Obj[] | undefined) ?? []), emptyRow(action.table)]);
    }
    case 'remove': {
      const path = TABLES[action.table].path;
      return setAt(draft, path, ((getAt(draft, path) as Obj[] | undefined) ?? []).filter((_, i) => i !== action.index));
    }
    case 'load':
      return action.draft;
  }
}

export interface FieldIssue {
  path: string;
  /** A key of the `errors` catalogue group, with its values. */
  key: string;
  values?: Record<string, unknown>;
}

/** "1250,50", "1.250,50", "1250.50" → 1250.5; undefined when it is not a number. */
export function parseAmount(text: string): number | undefined {
  let s = text.trim().replace(/\s|€/g, '');
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : undefined;
}

const strip = (rows: unknown): Obj[] =>
  ((rows as Obj[] | undefined) ?? []).map((r) => {
    const row: Obj = Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'rowKey'));
    if (row.occupation && typeof row.occupation === 'object') row.occupation = { uri: (row.occupation as OccupationValue).uri };
    for (const k of ['date', 'obtained', 'from', 'to', 'frequency']) if (row[k] === '') row[k] = null;
    return row;
  });

/** What the person typed, as the server takes it, or the fields to correct. */
export function toInput(draft: Draft): { ok: true; input: VocationalProfileInput } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const profile = draft.profile as Obj;
  const aspirations = profile.aspirations as Obj;
  const km = String(aspirations.maxTravelKm ?? '').trim();
  let maxTravelKm: number | null = null;
  if (km !== '') {
    const n = parseAmount(km);
    if (n === undefined || !Number.isInteger(n)) issues.push({ path: 'profile.aspirations.maxTravelKm', key: 'wholeNumber' });
    else maxTravelKm = n;
  }
  const benefits = strip((draft.benefits as Obj).rows).map((row, i) => {
    const text = String(row.amount ?? '').trim();
    if (text === '') return { ...row, amount: null };
    const n = parseAmount(text);
    if (n === undefined) issues.push({ path: `benefits.rows.${i}.amount`, key: 'number' });
    return { ...row, amount: n ?? null };
  });
  const candidate = {
    profile: {
      ...profile,
      personsToConsult: strip(profile.personsToConsult),
      education: strip(profile.education),
      training: strip(profile.training),
      otherQualifications: strip(profile.otherQualifications),
      workExperience: strip(profile.workExperience),
      aspirations: { ...aspirations, maxTravelKm, desiredJobs: strip(aspirations.desiredJobs) },
    },
    health: draft.health,
    benefits: { rows: benefits },
  };
  const parsed = VocationalProfileInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      if (!issues.some((i) => i.path === path)) issues.push(issueOf(path, issue));
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, input: parsed.data! };
}

/** A zod issue as a message key of our own: the schema's English texts are never shown. */
function issueOf(path: string, issue: z.core.$ZodIssue): FieldIssue {
  const last = path.split('.').at(-1) ?? '';
  if (last === 'occupation' || path.endsWith('occupation.uri')) return { path: path.replace(/\.uri$/, ''), key: 'occupation' };
  if (['date', 'obtained', 'from', 'to'].includes(last)) {
    return { path, key: issue.code === 'custom' && issue.message === 'Ends before it starts' ? 'dateOrder' : 'date' };
  }
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return { path, key: 'required' };
    return { path, key: 'min', values: { min: Number(issue.minimum) } };
  }
  if (issue.code === 'too_big') {
    if (issue.origin === 'string') return { path, key: 'tooLong', values: { max: Number(issue.maximum) } };
    if (issue.origin === 'array') return { path, key: 'tooMany', values: { max: Number(issue.maximum) } };
    return { path, key: 'max', values: { max: Number(issue.maximum) } };
  }
  if (issue.code === 'custom' && last === 'amount') return { path, key: 'cents' };
  return { path, key: 'invalid' };
}
