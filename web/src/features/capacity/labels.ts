import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../../common/roles.ts';

/** The interface language as a Locale of the competence catalogue (common/competences.labels.ts). */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return (LOCALES as readonly string[]).includes(i18n.language) ? (i18n.language as Locale) : DEFAULT_LOCALE;
}
