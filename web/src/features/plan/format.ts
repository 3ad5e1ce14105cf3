/** The translate function of react-i18next, as far as these helpers use it. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A key of the plan catalogue in the client's plain-language wording when `easy` is set:
 * "view.what" becomes "easy.view.what" where that exists, so the portal and the coach's page
 * share one component.
 */
export function pick(t: Translate, easy: boolean | undefined): Translate {
  if (!easy) return t;
  return (key, options) => t(`easy.${key}`, { ...options, defaultValue: t(key, options) });
}

/** "2025-03-04" as a date in `locale` ("4 mrt 2025"), read as a calendar day (no time-zone shift). */
export function formatDay(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A moment (ISO timestamp) in `locale`, in the browser's time zone. */
export function formatMoment(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today as a calendar day (YYYY-MM-DD) in the browser's time zone. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether a string is a real calendar day as PostgreSQL takes it (YYYY-MM-DD, no year 0000). */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || m[1] === '0000') return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * Where a version stands with its evaluation on `today`: 'done' once recorded, 'due' from the
 * follow-up date on (003 ~3510: the follow-up conversation evaluates the plan), 'early' before
 * it (a conversation can come sooner), 'none' while the version is not agreed (only an agreed
 * version is evaluated).
 */
export type EvaluationState = 'none' | 'early' | 'due' | 'done';
export function evaluationState(
  plan: { status: 'draft' | 'agreed'; followUpDate: string | null; evaluation: unknown },
  today: string,
): EvaluationState {
  if (plan.evaluation) return 'done';
  if (plan.status !== 'agreed') return 'none';
  if (plan.followUpDate === null || plan.followUpDate <= today) return 'due';
  return 'early';
}
