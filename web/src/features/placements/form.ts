import {
  calendarDays, checkPlacementDates, needsEndDate, weeksBetween, workingDays,
  type PlacementKind, type PlacementProblem, type PlacementStatus, type PlacementWarning,
} from '../../../../common/placements.ts';
import {
  PLACEMENT_TEXT_MAX, type JobSecuring, type Placement, type PlacementAgreement, type PlacementEvaluation,
  type PlacementEvaluationInput, type PlacementInput,
} from '../../../../common/schemas/placements.ts';
import { VACANCY_HOURS_MAX, WAGE_AMOUNT_MAX, WAGE_PERIODS } from '../../../../common/schemas/vacancies.ts';
import { isCalendarDay } from '../plan/format.ts';

/**
 * The placement form's pure logic: the draft the form holds (strings, as typed) to and from
 * the API's PlacementInput, which fields each kind shows, the date rules of
 * common/placements.ts applied while typing, and the checks made before sending.
 */

export const AGREEMENT_FIELDS = ['goal', 'support', 'responsibilities', 'limits', 'insurance', 'reporting', 'evaluation'] as const satisfies readonly (keyof PlacementAgreement)[];
export type AgreementField = (typeof AGREEMENT_FIELDS)[number];

/** The text agreements of securing the job (003 ~4436–4446), in the seed's order. */
export const SECURING_TEXT_FIELDS = [
  'supportLevel', 'supportBy', 'expectedProductivity', 'expectedQuality',
  'responsibilitiesEmployer', 'responsibilitiesColleagues', 'responsibilitiesClient', 'responsibilitiesCoach', 'evaluationProcedure',
] as const satisfies readonly (keyof JobSecuring)[];
export type SecuringTextField = (typeof SECURING_TEXT_FIELDS)[number];
export type WagePeriod = (typeof WAGE_PERIODS)[number];

export const SUPPORT_BY_MAX = 1_000;
export const EXTENSION_REASON_MAX = 2_000;
export const TITLE_MAX = 200;

export interface PlacementDraft {
  kind: PlacementKind | '';
  employerId: string;
  siteId: string;
  vacancyId: string;
  title: string;
  startDate: string;
  endDate: string;
  /** Hours per week as typed ("19", "19,5"); for a paid job the agreed working hours. */
  hours: string;
  extensionReason: string;
  status: PlacementStatus;
  agreement: Record<AgreementField, string>;
  securing: Record<SecuringTextField, string> & { wageAmount: string; wagePeriod: WagePeriod };
}

const emptyTexts = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, ''])) as Record<K, string>;

export function emptyDraft(): PlacementDraft {
  return {
    kind: '', employerId: '', siteId: '', vacancyId: '', title: '', startDate: '', endDate: '', hours: '', extensionReason: '',
    status: 'planned', agreement: emptyTexts(AGREEMENT_FIELDS), securing: { ...emptyTexts(SECURING_TEXT_FIELDS), wageAmount: '', wagePeriod: 'month' },
  };
}

/** A number as the form shows it: "19.5" becomes "19,5" in Dutch, as people type it. */
export function numberText(n: number | null | undefined, locale: string): string {
  if (n === null || n === undefined) return '';
  return locale.startsWith('nl') ? String(n).replace('.', ',') : String(n);
}

/** The form's state from a stored placement. */
export function draftFromPlacement(p: Placement, locale = 'nl-BE'): PlacementDraft {
  const s = p.securing;
  const securingHours = s?.hoursPerWeek ?? null;
  return {
    kind: p.kind,
    employerId: p.employer.id,
    siteId: p.site?.id ?? '',
    vacancyId: p.vacancy?.id ?? '',
    title: p.title,
    startDate: p.startDate,
    endDate: p.endDate ?? '',
    hours: numberText(p.kind === 'paid_job' && securingHours !== null ? securingHours : p.hoursPerWeek, locale),
    extensionReason: p.extensionReason,
    status: p.status,
    agreement: Object.fromEntries(AGREEMENT_FIELDS.map((f) => [f, p.agreement[f]])) as Record<AgreementField, string>,
    securing: {
      ...(Object.fromEntries(SECURING_TEXT_FIELDS.map((f) => [f, s?.[f] ?? ''])) as Record<SecuringTextField, string>),
      wageAmount: numberText(s?.wage?.amount, locale),
      wagePeriod: s?.wage?.period ?? 'month',
    },
  };
}

/** Which parts of the form a kind shows. */
export interface KindFields {
  /** The end date is required (all but a paid job, which may be open-ended). */
  endDateRequired: boolean;
  /** The hours per week are asked in the securing-the-job section (paid job) rather than with the dates. */
  hoursInSecuring: boolean;
  /** Securing the job: hours and wage, support, productivity, quality, responsibilities, evaluation. */
  securing: boolean;
  /** The reason for a work experience placement longer than 12 weeks can be asked. */
  extensionReason: boolean;
}

export function fieldsFor(kind: PlacementKind | ''): KindFields {
  const paid = kind === 'paid_job';
  return {
    endDateRequired: kind === '' ? true : needsEndDate(kind),
    hoursInSecuring: paid,
    securing: paid,
    extensionReason: kind === 'work_experience',
  };
}

/** "19,5" or "19.5" → 19.5; '' → null; anything else → NaN. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

const hasCents = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;

/**
 * What the date rules say about the draft while typing: nothing until the kind and a valid
 * start date are there, then the problems and warnings of checkPlacementDates plus the
 * length, for the messages ("14 weeks", "6 working days").
 */
export interface LiveRules {
  problems: PlacementProblem[];
  warnings: PlacementWarning[];
  /** Length in weeks (rounded to one decimal) and working days, when both dates are valid and in order. */
  weeks: number | null;
  workingDays: number | null;
  calendarDays: number | null;
}

export function liveRules(d: Pick<PlacementDraft, 'kind' | 'startDate' | 'endDate' | 'extensionReason'>): LiveRules {
  const none: LiveRules = { problems: [], warnings: [], weeks: null, workingDays: null, calendarDays: null };
  if (d.kind === '' || !isCalendarDay(d.startDate)) return none;
  if (d.endDate !== '' && !isCalendarDay(d.endDate)) return none;
  const endDate = d.endDate === '' ? null : d.endDate;
  const { problems, warnings } = checkPlacementDates({ kind: d.kind, startDate: d.startDate, endDate, extensionReason: d.extensionReason });
  const ordered = endDate !== null && endDate >= d.startDate;
  return {
    problems,
    warnings,
    weeks: ordered ? Math.round(weeksBetween(d.startDate, endDate) * 10) / 10 : null,
    workingDays: ordered ? workingDays(d.startDate, endDate) : null,
    calendarDays: ordered ? calendarDays(d.startDate, endDate) : null,
  };
}

/** Whether the reason for the longer duration is asked (and sent): a work experience placement longer than 12 weeks. */
export const reasonAsked = (d: Pick<PlacementDraft, 'kind' | 'startDate' | 'endDate' | 'extensionReason'>) =>
  liveRules(d).warnings.includes('longer_than_12_weeks');

const orNull = (s: string) => (s === '' ? null : s);

/**
 * The body of POST /api/placements and PUT /api/placements/{id}. Only what the kind uses is
 * sent: securing for a paid job (its hours are the placement's hours), the reason only while
 * the placement is longer than 12 weeks. Call after draftIssues found nothing.
 */
export function draftToInput(d: PlacementDraft, clientId: string): PlacementInput {
  if (d.kind === '') throw new Error('draftToInput: no kind chosen');
  const fields = fieldsFor(d.kind);
  const hours = parseNumber(d.hours);
  const amount = parseNumber(d.securing.wageAmount);
  const securing: JobSecuring | null = fields.securing
    ? {
        hoursPerWeek: hours,
        wage: amount === null ? null : { amount, period: d.securing.wagePeriod },
        ...(Object.fromEntries(SECURING_TEXT_FIELDS.map((f) => [f, d.securing[f].trim()])) as Record<SecuringTextField, string>),
      }
    : null;
  return {
    clientId,
    employerId: d.employerId,
    siteId: orNull(d.siteId),
    vacancyId: orNull(d.vacancyId),
    kind: d.kind,
    title: d.title.trim(),
    startDate: d.startDate,
    endDate: orNull(d.endDate),
    hoursPerWeek: hours,
    extensionReason: reasonAsked(d) ? d.extensionReason.trim() : '',
    status: d.status,
    agreement: Object.fromEntries(AGREEMENT_FIELDS.map((f) => [f, d.agreement[f].trim()])) as PlacementAgreement,
    securing,
  };
}

export interface FieldIssue {
  path: string;
  message: string;
}

/** The server's path of each form field, and the id of its control (for the error summary links). */
export const FIELD_IDS: Record<string, string> = {
  kind: 'pl-kind-job_taster',
  employerId: 'pl-employerId',
  siteId: 'pl-siteId',
  vacancyId: 'pl-vacancyId',
  title: 'pl-title',
  startDate: 'pl-startDate',
  endDate: 'pl-endDate',
  hoursPerWeek: 'pl-hours',
  'securing.hoursPerWeek': 'pl-hours',
  extensionReason: 'pl-extensionReason',
  status: 'pl-status',
  'securing.wage.amount': 'pl-wageAmount',
  'securing.wage': 'pl-wageAmount',
  'securing.wage.period': 'pl-wagePeriod',
  ...Object.fromEntries(AGREEMENT_FIELDS.map((f) => [`agreement.${f}`, `pl-agreement-${f}`])),
  ...Object.fromEntries(SECURING_TEXT_FIELDS.map((f) => [`securing.${f}`, `pl-securing-${f}`])),
};

/** The form field a server path belongs to ("securing.wage.amount" → the wage amount), or undefined. */
export function fieldOfPath(path: string): string | undefined {
  if (FIELD_IDS[path]) return path === 'securing.hoursPerWeek' ? 'hoursPerWeek' : path === 'securing.wage' ? 'securing.wage.amount' : path;
  return undefined;
}

/** The longest text a field takes. */
export function limitOf(path: string): number | undefined {
  if (path === 'title') return TITLE_MAX;
  if (path === 'extensionReason') return EXTENSION_REASON_MAX;
  if (path === 'securing.supportBy') return SUPPORT_BY_MAX;
  if (path.startsWith('agreement.') || path.startsWith('securing.')) return PLACEMENT_TEXT_MAX;
  return undefined;
}

/**
 * What the server would refuse, found before sending, with the server's paths and a code the
 * form turns into a sentence: required, date, number, hoursRange, wageRange, tooLong, or a
 * date-rule problem of common/placements.ts (end_before_start, end_date_required,
 * taster_too_long, reason_required).
 */
export function draftIssues(d: PlacementDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (d.kind === '') issues.push({ path: 'kind', message: 'required' });
  if (d.employerId === '') issues.push({ path: 'employerId', message: 'required' });
  const title = d.title.trim();
  if (!title) issues.push({ path: 'title', message: 'required' });
  else if (title.length > TITLE_MAX) issues.push({ path: 'title', message: 'tooLong' });
  if (!isCalendarDay(d.startDate)) issues.push({ path: 'startDate', message: d.startDate === '' ? 'required' : 'date' });
  if (d.endDate !== '' && !isCalendarDay(d.endDate)) issues.push({ path: 'endDate', message: 'date' });
  const fields = fieldsFor(d.kind);
  const hours = parseNumber(d.hours);
  if (hours !== null && (Number.isNaN(hours) || hours > VACANCY_HOURS_MAX || !hasCents(hours))) {
    issues.push({ path: 'hoursPerWeek', message: 'hoursRange' });
  }
  if (fields.securing) {
    const amount = parseNumber(d.securing.wageAmount);
    if (amount !== null && (Number.isNaN(amount) || amount <= 0 || amount > WAGE_AMOUNT_MAX || !hasCents(amount))) {
      issues.push({ path: 'securing.wage.amount', message: 'wageRange' });
    }
    for (const f of SECURING_TEXT_FIELDS) {
      if (d.securing[f].trim().length > limitOf(`securing.${f}`)!) issues.push({ path: `securing.${f}`, message: 'tooLong' });
    }
  }
  for (const f of AGREEMENT_FIELDS) {
    if (d.agreement[f].trim().length > PLACEMENT_TEXT_MAX) issues.push({ path: `agreement.${f}`, message: 'tooLong' });
  }
  const rules = liveRules(d);
  for (const p of rules.problems) issues.push({ path: p === 'reason_required' ? 'extensionReason' : 'endDate', message: p });
  if (reasonAsked(d) && d.extensionReason.trim().length > EXTENSION_REASON_MAX) issues.push({ path: 'extensionReason', message: 'tooLong' });
  return issues;
}

/** The date-rule problem behind a server error on endDate or extensionReason, from the draft as typed. */
export function ruleProblemAt(path: string, d: PlacementDraft): PlacementProblem | undefined {
  const problems = liveRules(d).problems;
  if (path === 'extensionReason') return problems.includes('reason_required') ? 'reason_required' : undefined;
  if (path === 'endDate') return problems.find((p) => p !== 'reason_required');
  return undefined;
}

// ── evaluations ────────────────────────────────────────────────────────────────────────

/** How close a due date is, in days from today (negative: past). */
export function daysUntil(due: string, today: string): number {
  return calendarDays(today, due) - 1;
}

/**
 * Where an evaluation stands on `today`: held; overdue (due date passed, not held); soon (due
 * within 7 days, today included); planned (later).
 */
export type DueState = 'held' | 'overdue' | 'soon' | 'planned';
export const SOON_DAYS = 7;

export function dueState(e: Pick<PlacementEvaluation, 'dueOn' | 'heldOn'>, today: string): DueState {
  if (e.heldOn !== null) return 'held';
  const days = daysUntil(e.dueOn, today);
  if (days < 0) return 'overdue';
  return days <= SOON_DAYS ? 'soon' : 'planned';
}

/** For a list row's next due date (null: none planned). */
export function nextDueState(nextDue: string | null, today: string): Exclude<DueState, 'held'> | null {
  return nextDue === null ? null : (dueState({ dueOn: nextDue, heldOn: null }, today) as Exclude<DueState, 'held'>);
}

export interface EvaluationDraft {
  dueOn: string;
  heldOn: string;
  outcome: PlacementEvaluationInput['outcome'] | '';
  clientView: string;
  employerView: string;
  coachView: string;
  nextSteps: string;
  participants: string;
}

export const EVALUATION_TEXTS = ['clientView', 'employerView', 'coachView', 'nextSteps', 'participants'] as const;

/** Recording an evaluation: held today by default, the rest as stored. */
export function evaluationDraft(e: PlacementEvaluation | null, today: string): EvaluationDraft {
  return {
    dueOn: e?.dueOn ?? today,
    heldOn: e?.heldOn ?? today,
    outcome: e?.outcome ?? '',
    clientView: e?.clientView ?? '',
    employerView: e?.employerView ?? '',
    coachView: e?.coachView ?? '',
    nextSteps: e?.nextSteps ?? '',
    participants: e?.participants ?? '',
  };
}

export function evaluationToInput(d: EvaluationDraft): PlacementEvaluationInput {
  const held = d.heldOn !== '';
  return {
    dueOn: d.dueOn,
    heldOn: held ? d.heldOn : null,
    outcome: held && d.outcome !== '' ? d.outcome : null,
    clientView: d.clientView.trim(),
    employerView: d.employerView.trim(),
    coachView: d.coachView.trim(),
    nextSteps: d.nextSteps.trim(),
    participants: d.participants.trim(),
  };
}

/** What the server would refuse in a recorded evaluation (held on a real day not in the future, with an outcome). */
export function evaluationIssues(d: EvaluationDraft, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isCalendarDay(d.dueOn)) issues.push({ path: 'dueOn', message: 'date' });
  if (!isCalendarDay(d.heldOn)) issues.push({ path: 'heldOn', message: d.heldOn === '' ? 'required' : 'date' });
  else if (d.heldOn > today) issues.push({ path: 'heldOn', message: 'future' });
  if (d.outcome === '') issues.push({ path: 'outcome', message: 'required' });
  for (const f of EVALUATION_TEXTS) {
    const max = f === 'participants' ? SUPPORT_BY_MAX : PLACEMENT_TEXT_MAX;
    if (d[f].trim().length > max) issues.push({ path: f, message: 'tooLong' });
  }
  return issues;
}

/** Adds days to a calendar day. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// ── the dossier overview ───────────────────────────────────────────────────────────────

interface ListRow {
  status: PlacementStatus;
  startDate: string;
  endDate: string | null;
  nextEvaluationDue: string | null;
}

/**
 * The placement the overview shows: the ongoing one that started last, else the planned one
 * that starts first (from today on), else none.
 */
export function currentPlacement<P extends ListRow>(items: readonly P[], today: string): P | null {
  const ongoing = items.filter((p) => p.status === 'ongoing').toSorted((a, b) => b.startDate.localeCompare(a.startDate));
  if (ongoing[0]) return ongoing[0];
  const planned = items.filter((p) => p.status === 'planned' && (p.endDate === null || p.endDate >= today)).toSorted((a, b) => a.startDate.localeCompare(b.startDate));
  return planned[0] ?? null;
}

/** The earliest evaluation due over the placements that are not over (overdue ones included). */
export function nextEvaluationDue(items: readonly ListRow[]): string | null {
  const dates = items.filter((p) => p.status === 'planned' || p.status === 'ongoing').map((p) => p.nextEvaluationDue).filter((d): d is string => d !== null);
  return dates.toSorted()[0] ?? null;
}
