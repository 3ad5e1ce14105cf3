import { COMPETENCE_GROUPS, COMPETENCE_ITEMS, type CompetenceGroup, type CompetenceItem, type Score } from '../../../../common/competences.ts';
import type { GapCloser } from '../../../../common/matching.ts';

/**
 * The side-by-side comparison of a job's competence profile with a client's capacity profile,
 * in the words of docs/matching.md (step 2): only items the job requires at level 2 or more
 * count; a shortfall is required − capacity; 2 or more is significant; a shortfall can be
 * marked closable by an adaptation, training or coaching; an item the client was not scored
 * on is "not assessed" (neither a gap nor met).
 */

type Levels = Partial<Record<CompetenceItem, number>>;

export type RowStatus = 'met' | 'shortfall' | 'unassessed';

export interface ComparisonRow {
  item: CompetenceItem;
  group: CompetenceGroup;
  required: Score;
  /** The client's score, or null when not assessed. */
  capacity: Score | null;
  status: RowStatus;
  /** required − capacity when short, else 0. */
  shortfall: number;
  significant: boolean;
  /** What could close the shortfall; null when nothing is marked (or there is no shortfall). */
  closableBy: GapCloser | null;
}

export interface Comparison {
  /** The groups that have a required item, in the forms' order, each with its rows in the forms' order. */
  groups: { group: CompetenceGroup; rows: ComparisonRow[] }[];
  /** Required items where the client scores above the requirement, largest margin first. */
  stronger: ComparisonRow[];
  counts: { required: number; met: number; shortfall: number; significant: number; closable: number; unassessed: number };
}

/** The lowest level that counts as a requirement ("beperkt"); "niet" asks nothing of the client. */
export const MIN_REQUIRED = 2;
/** A shortfall of this many points or more is significant. */
export const SIGNIFICANT_SHORTFALL = 2;

const asScore = (v: number | undefined): Score | null => (v !== undefined && Number.isInteger(v) && v >= 1 && v <= 5 ? (v as Score) : null);

export function compareProfiles(requirements: Levels, capacities: Levels, gapClosers: Partial<Record<CompetenceItem, GapCloser>>): Comparison {
  const rows: ComparisonRow[] = [];
  for (const { key: item, group } of COMPETENCE_ITEMS) {
    const required = asScore(requirements[item]);
    if (required === null || required < MIN_REQUIRED) continue;
    const capacity = asScore(capacities[item]);
    const shortfall = capacity === null ? 0 : Math.max(0, required - capacity);
    rows.push({
      item, group, required, capacity,
      status: capacity === null ? 'unassessed' : shortfall > 0 ? 'shortfall' : 'met',
      shortfall,
      significant: shortfall >= SIGNIFICANT_SHORTFALL,
      closableBy: shortfall > 0 ? (gapClosers[item] ?? null) : null,
    });
  }
  const groups = COMPETENCE_GROUPS.map((group) => ({ group, rows: rows.filter((r) => r.group === group) })).filter((g) => g.rows.length > 0);
  const stronger = rows
    .filter((r) => r.capacity !== null && r.capacity > r.required)
    .toSorted((a, b) => (b.capacity! - b.required) - (a.capacity! - a.required));
  return {
    groups,
    stronger,
    counts: {
      required: rows.length,
      met: rows.filter((r) => r.status === 'met').length,
      shortfall: rows.filter((r) => r.status === 'shortfall').length,
      significant: rows.filter((r) => r.significant).length,
      closable: rows.filter((r) => r.closableBy !== null).length,
      unassessed: rows.filter((r) => r.status === 'unassessed').length,
    },
  };
}
