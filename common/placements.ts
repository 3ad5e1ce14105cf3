/**
 * Placements (seed 003 ~1127–1230 and ~4430): a job taster (proefdag, at most a week), a work
 * experience placement (werkervaringsstage, 8 to 12 weeks), an exploratory internship
 * (snuffelstage) and a paid job. The rules on their length live here, so the form warns while
 * typing and the server refuses or records the same.
 */

export const PLACEMENT_KINDS = ['job_taster', 'work_experience', 'exploratory_internship', 'paid_job'] as const;
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];

export const PLACEMENT_STATUSES = ['planned', 'ongoing', 'ended', 'stopped'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

/** A job taster lasts at most this many working days ("doorgaans niet langer dan een week"). */
export const JOB_TASTER_MAX_WORKING_DAYS = 5;
/** "8 tot 12 weken moet voldoende tijd zijn". */
export const WORK_EXPERIENCE_MIN_WEEKS = 8;
export const WORK_EXPERIENCE_MAX_WEEKS = 12;

/** The first evaluation of a paid job is due this many months after its start. */
export const FIRST_EVALUATION_MONTHS = 1;

/** Kinds that end on a date fixed in advance. A paid job may have none (open-ended contract). */
export const needsEndDate = (kind: PlacementKind) => kind !== 'paid_job';

/** Days from a to b, both ISO dates (YYYY-MM-DD), b included: 2026-01-05 → 2026-01-09 is 5. */
export function calendarDays(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Monday to Friday from start to end, both included. */
export function workingDays(start: string, end: string): number {
  const days = calendarDays(start, end);
  if (days <= 0) return 0;
  const first = new Date(`${start}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  let count = 0;
  for (let i = 0; i < days; i++) {
    const dow = (first + i) % 7;
    if (dow !== 0 && dow !== 6) count++;
  }
  return count;
}

/** Weeks from start to end (end included), e.g. 84 days → 12. */
export const weeksBetween = (start: string, end: string) => calendarDays(start, end) / 7;

/** The first evaluation's due date: a month after the start, on the last day of a shorter month (31 Jan → 28/29 Feb). */
export function firstEvaluationDue(startDate: string): string {
  const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
  const targetMonth = m - 1 + FIRST_EVALUATION_MONTHS;
  const lastDay = new Date(Date.UTC(y, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, targetMonth, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** What the rules say about a placement's dates: problems refuse the save, warnings are shown and stored. */
export type PlacementProblem = 'end_before_start' | 'end_date_required' | 'taster_too_long' | 'reason_required';
export type PlacementWarning = 'longer_than_12_weeks' | 'shorter_than_8_weeks';

export interface PlacementDates {
  kind: PlacementKind;
  startDate: string;
  endDate: string | null;
  /** Why a work experience placement lasts longer than 12 weeks. */
  extensionReason: string;
}

export function checkPlacementDates(p: PlacementDates): { problems: PlacementProblem[]; warnings: PlacementWarning[] } {
  const problems: PlacementProblem[] = [];
  const warnings: PlacementWarning[] = [];
  if (p.endDate === null) {
    if (needsEndDate(p.kind)) problems.push('end_date_required');
    return { problems, warnings };
  }
  if (p.endDate < p.startDate) return { problems: ['end_before_start'], warnings };
  if (p.kind === 'job_taster' && workingDays(p.startDate, p.endDate) > JOB_TASTER_MAX_WORKING_DAYS) problems.push('taster_too_long');
  if (p.kind === 'work_experience') {
    const weeks = weeksBetween(p.startDate, p.endDate);
    if (weeks > WORK_EXPERIENCE_MAX_WEEKS) {
      warnings.push('longer_than_12_weeks');
      if (p.extensionReason.trim() === '') problems.push('reason_required');
    } else if (weeks < WORK_EXPERIENCE_MIN_WEEKS) warnings.push('shorter_than_8_weeks');
  }
  return { problems, warnings };
}
