import { useTranslation } from 'react-i18next';
import { DATA_CATEGORIES, type ConsentMethod, type ConsentPurpose, type DataCategory } from '../../../../common/consent.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../../common/roles.ts';
import { CONSENT_MESSAGES } from './messages.ts';

/**
 * The names of data categories and purposes, in one place for every screen that shows them
 * (the consents pages, the access log, the shared-client view). `coach` is the professional
 * wording ("Beroepsgericht profiel"); `plain` is easy language (B1) that fits in a sentence
 * ("je beroepsprofiel").
 */
export type Wording = 'coach' | 'plain';

function toLocale(locale: string): Locale {
  return (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : DEFAULT_LOCALE;
}

export function isDataCategory(value: string): value is DataCategory {
  return (DATA_CATEGORIES as readonly string[]).includes(value);
}

/** A data category's name; an unknown code (an old audit row) is shown as it is. */
export function categoryLabel(category: string, locale: string, wording: Wording = 'coach'): string {
  if (!isDataCategory(category)) return category;
  const labels = CONSENT_MESSAGES[toLocale(locale)].labels;
  return (wording === 'plain' ? labels.categoryPlain : labels.category)[category];
}

/** A purpose's name (coach), or the plain clause "om werk voor je te zoeken" (plain). */
export function purposeLabel(purpose: ConsentPurpose, locale: string, wording: Wording = 'coach'): string {
  const labels = CONSENT_MESSAGES[toLocale(locale)].labels;
  return (wording === 'plain' ? labels.purposePlain : labels.purpose)[purpose];
}

export function methodLabel(method: ConsentMethod, locale: string): string {
  return CONSENT_MESSAGES[toLocale(locale)].labels.method[method];
}

/** Several categories as one phrase in the language: "je naam en contactgegevens en je beroepsprofiel". */
export function categoryList(categories: readonly string[], locale: string, wording: Wording = 'coach'): string {
  const ordered = categories.toSorted((a, b) => order(a) - order(b));
  const names = ordered.map((c, i) => {
    const label = categoryLabel(c, locale, wording);
    // In a list of coach labels only the first keeps its capital ("Identiteit en contactgegevens, beroepsgericht profiel").
    return wording === 'coach' && i > 0 && isDataCategory(c) ? lowerFirst(label) : label;
  });
  if (names.length === 0) {
    const labels = CONSENT_MESSAGES[toLocale(locale)].labels;
    return wording === 'plain' ? labels.noCategoriesPlain : labels.noCategories;
  }
  return new Intl.ListFormat(toLocale(locale), { type: 'conjunction' }).format(names);
}

const order = (c: string) => {
  const i = (DATA_CATEGORIES as readonly string[]).indexOf(c);
  return i === -1 ? DATA_CATEGORIES.length : i;
};

export function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase() + s.slice(1);
}

/** A calendar date ("2027-05-12") as "12 mei 2027", the same day everywhere. */
export function formatDay(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(toLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A moment ("2026-05-12T08:15:00Z") in the person's own time zone: "12 mei 2026 om 10:15". */
export function formatMoment(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(toLocale(locale), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** The label functions bound to the interface language. */
export function useConsentLabels() {
  const { i18n } = useTranslation('consent');
  const locale = i18n.language;
  return {
    locale,
    category: (c: string, wording: Wording = 'coach') => categoryLabel(c, locale, wording),
    categories: (cs: readonly string[], wording: Wording = 'coach') => categoryList(cs, locale, wording),
    purpose: (p: ConsentPurpose, wording: Wording = 'coach') => purposeLabel(p, locale, wording),
    method: (m: ConsentMethod) => methodLabel(m, locale),
    day: (d: string) => formatDay(d, locale),
    moment: (iso: string) => formatMoment(iso, locale),
  };
}
