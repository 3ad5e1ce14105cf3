import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { PROBLEM_MESSAGES } from '../../../common/i18n/problems.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../common/roles.ts';
import { core, type Catalogue } from './core.ts';
import { featureCatalogues } from './features.ts';

const STORAGE_KEY = 'passend.locale';

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return (LOCALES as readonly string[]).includes(stored ?? '') ? (stored as Locale) : DEFAULT_LOCALE;
}

function resources(): Resource {
  const all: Resource = {};
  for (const locale of LOCALES) {
    all[locale] = { core: core[locale], problems: PROBLEM_MESSAGES[locale] };
    for (const [ns, catalogue] of Object.entries(featureCatalogues)) {
      all[locale][ns] = (catalogue as Record<Locale, Catalogue>)[locale];
    }
  }
  return all;
}

void i18next.use(initReactI18next).init({
  resources: resources(),
  lng: initialLocale(),
  fallbackLng: 'nl-BE',
  defaultNS: 'core',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18next.language;

export const i18n = i18next;

export function currentLocale(): Locale {
  return (i18next.language as Locale) ?? DEFAULT_LOCALE;
}

/** Switches the interface language; remembered on this device, and on the account when signed in. */
export async function setLocale(locale: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  await i18next.changeLanguage(locale);
}
