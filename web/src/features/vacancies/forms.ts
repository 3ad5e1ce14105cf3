import {
  CONTRACT_KINDS, ENVIRONMENT_TAGS, SHIFTS, VACANCY_HOURS_MAX, VACANCY_LINE_MAX, VACANCY_STATUSES, VACANCY_TEXT_MAX, VACANCY_TITLE_MAX, WAGE_AMOUNT_MAX,
  WAGE_PERIODS, WEEK_DAYS, type Vacancy, type VacancyInput,
} from '../../../../common/schemas/vacancies.ts';

/**
 * The vacancy form as the browser holds it (strings, '' for nothing) and the API body it
 * becomes, with the server's checks, so the form answers before sending. Issues carry the
 * server's field path and a code the page words (errors.<code>).
 */

export const ERROR_CODES = ['required', 'tooLong', 'date', 'number', 'range', 'decimals', 'wagePeriod', 'wageAmount', 'occupation', 'invalid'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  path: string;
  message: ErrorCode;
}

/** The server's field errors as codes: its English texts are never shown; known paths get their own words. */
export function issueCodes(errors: readonly { path: string; message: string }[]): FieldIssue[] {
  return errors.map((e) => {
    if (/^occupation(\.uri)?$/.test(e.path)) return { path: 'occupation', message: 'occupation' };
    const code = (ERROR_CODES as readonly string[]).includes(e.message) ? (e.message as ErrorCode) : 'invalid';
    return { path: e.path.replace(/^wage$/, 'wage.amount'), message: code };
  });
}

/** Whether a string is a real calendar day as PostgreSQL takes it (YYYY-MM-DD, no year 0000). */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || m[1] === '0000') return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** A decimal number as typed, with a point or a comma; undefined when empty, NaN when not a number. */
export function parseNumber(value: string): number | undefined {
  const v = value.trim().replace(',', '.');
  if (v === '') return undefined;
  return /^\d+(\.\d+)?$/.test(v) ? Number(v) : Number.NaN;
}

const hasMoreThanTwoDecimals = (value: string) => /[.,]\d{3,}$/.test(value.trim());

function checkNumber(issues: FieldIssue[], path: string, value: string, min: number, max: number) {
  const n = parseNumber(value);
  if (n === undefined) return;
  if (Number.isNaN(n)) issues.push({ path, message: 'number' });
  else if (n < min || n > max) issues.push({ path, message: 'range' });
  else if (hasMoreThanTwoDecimals(value)) issues.push({ path, message: 'decimals' });
}

function tooLong(issues: FieldIssue[], path: string, value: string, max: number) {
  if (value.trim().length > max && !issues.some((i) => i.path === path)) issues.push({ path, message: 'tooLong' });
}

// ── the vacancy ──────────────────────────────────────────────────────────────────────────

export type WeekDay = (typeof WEEK_DAYS)[number];
export type Shift = (typeof SHIFTS)[number];
export type EnvironmentTag = (typeof ENVIRONMENT_TAGS)[number];
export type WagePeriod = (typeof WAGE_PERIODS)[number];
export type ContractKind = (typeof CONTRACT_KINDS)[number];
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

export interface Occupation {
  uri: string;
  code?: string;
  preferredLabel?: string;
}

export interface VacancyDraft {
  employerId: string;
  siteId: string;
  title: string;
  occupation: Occupation | null;
  address: string;
  postcode: string;
  city: string;
  hoursPerWeek: string;
  scheduleDays: WeekDay[];
  shifts: Shift[];
  environmentTags: EnvironmentTag[];
  wageAmount: string;
  wagePeriod: WagePeriod | '';
  contractKind: ContractKind;
  startDate: string;
  description: string;
  status: VacancyStatus;
}

export const VACANCY_LIMITS = { title: VACANCY_TITLE_MAX, address: VACANCY_LINE_MAX, postcode: 20, city: 100, description: VACANCY_TEXT_MAX } as const;

const numberText = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function vacancyDraft(v?: Vacancy, employerId = ''): VacancyDraft {
  return {
    employerId: v?.employer.id ?? employerId,
    siteId: v?.site?.id ?? '',
    title: v?.title ?? '',
    occupation: v?.occupation ? { ...v.occupation } : null,
    address: v?.address ?? '',
    postcode: v?.postcode ?? '',
    city: v?.city ?? '',
    hoursPerWeek: numberText(v?.hoursPerWeek),
    scheduleDays: [...(v?.scheduleDays ?? [])],
    shifts: [...(v?.shifts ?? [])],
    environmentTags: [...(v?.environmentTags ?? [])],
    wageAmount: numberText(v?.wage?.amount),
    wagePeriod: v?.wage?.period ?? '',
    contractKind: v?.contractKind ?? 'other',
    startDate: v?.startDate ?? '',
    description: v?.description ?? '',
    status: v?.status ?? 'open',
  };
}

/** Keeps a list in its vocabulary's order, each value once. */
const ordered = <T extends string>(vocabulary: readonly T[], chosen: readonly T[]): T[] => vocabulary.filter((v) => chosen.includes(v));

/** The body of POST /api/vacancies and PUT /api/vacancies/{id}. Call only when vacancyIssues is empty. */
export function vacancyInput(d: VacancyDraft): VacancyInput {
  const hours = parseNumber(d.hoursPerWeek);
  const amount = parseNumber(d.wageAmount);
  return {
    employerId: d.employerId,
    siteId: d.siteId === '' ? null : d.siteId,
    title: d.title.trim(),
    occupation: d.occupation ? { uri: d.occupation.uri } : null,
    address: d.address.trim(),
    postcode: d.postcode.trim(),
    city: d.city.trim(),
    hoursPerWeek: hours === undefined ? null : hours,
    scheduleDays: ordered(WEEK_DAYS, d.scheduleDays),
    shifts: ordered(SHIFTS, d.shifts),
    environmentTags: ordered(ENVIRONMENT_TAGS, d.environmentTags),
    wage: amount === undefined || d.wagePeriod === '' ? null : { amount, period: d.wagePeriod },
    contractKind: d.contractKind,
    startDate: d.startDate === '' ? null : d.startDate,
    description: d.description.trim(),
    status: d.status,
  };
}

export function vacancyIssues(d: VacancyDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (d.employerId === '') issues.push({ path: 'employerId', message: 'required' });
  if (!d.title.trim()) issues.push({ path: 'title', message: 'required' });
  checkNumber(issues, 'hoursPerWeek', d.hoursPerWeek, 0, VACANCY_HOURS_MAX);
  checkNumber(issues, 'wage.amount', d.wageAmount, 0.01, WAGE_AMOUNT_MAX);
  if (d.wageAmount.trim() !== '' && d.wagePeriod === '') issues.push({ path: 'wage.period', message: 'wagePeriod' });
  if (d.wageAmount.trim() === '' && d.wagePeriod !== '') issues.push({ path: 'wage.amount', message: 'wageAmount' });
  if (d.startDate !== '' && !isCalendarDay(d.startDate)) issues.push({ path: 'startDate', message: 'date' });
  for (const f of ['title', 'address', 'postcode', 'city', 'description'] as const) tooLong(issues, f, d[f], VACANCY_LIMITS[f]);
  return issues;
}
