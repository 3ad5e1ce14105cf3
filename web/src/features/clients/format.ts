import { useTranslation } from 'react-i18next';

/**
 * A calendar date ("2025-03-04", no time zone) in the locale's words. Formatted in UTC so the
 * day never shifts with the browser's time zone. A full timestamp is accepted too.
 */
export function formatDate(locale: string, iso: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(iso);
  if (Number.isNaN(day.getTime())) return iso;
  const utc = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? { timeZone: 'UTC' } : {};
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...utc }).format(day);
}

/** A moment (ISO timestamp) as date and time in the locale, in the browser's time zone. */
export function formatDateTime(locale: string, iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** Date and date-time formatters in the interface language. */
export function useFormat() {
  const { i18n } = useTranslation();
  return {
    date: (iso: string) => formatDate(i18n.language, iso),
    dateTime: (iso: string) => formatDateTime(i18n.language, iso),
    list: (items: string[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(items),
  };
}
