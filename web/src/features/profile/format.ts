import { BENEFIT_FREQUENCIES, TRANSPORT_MODES } from '../../../../common/schemas/vocational-profile.ts';

/** The translate function of react-i18next, as far as this feature uses it. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A key of the profile catalogue in the client's plain-language wording when `easy` is set:
 * "sections.health" becomes "easy.sections.health" where that exists.
 */
export function pick(t: Translate, easy: boolean | undefined): Translate {
  if (!easy) return t;
  return (key, options) => t(`easy.${key}`, { ...options, defaultValue: t(key, options) });
}

/**
 * A partial date as people remember it (2019, 2019-09, 2019-09-01) in `locale`:
 * "2019", "september 2019", "1 september 2019". Anything else is shown as typed.
 */
export function formatPartialDate(value: string, locale: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d ?? 1)));
  if (Number.isNaN(date.getTime())) return value;
  const options: Intl.DateTimeFormatOptions = d ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** An amount in euro in `locale` ("€ 1.250,50"). */
export function formatEuro(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(amount);
}

/** A moment (ISO timestamp) in `locale`, in the browser's time zone. */
export function formatMoment(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

export const isFrequency = (v: unknown): v is (typeof BENEFIT_FREQUENCIES)[number] =>
  typeof v === 'string' && (BENEFIT_FREQUENCIES as readonly string[]).includes(v);
export const isTransport = (v: unknown): v is (typeof TRANSPORT_MODES)[number] =>
  typeof v === 'string' && (TRANSPORT_MODES as readonly string[]).includes(v);
