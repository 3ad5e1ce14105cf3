import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../common/roles.ts';

/** Roles in words, as a list in the interface language ("Jobcoach en Teamverantwoordelijke"). */
export function useRoleWords() {
  const { t, i18n } = useTranslation();
  return (roles: readonly Role[]) =>
    new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(roles.map((r) => t(`core:roles.${r}`)));
}

/** A date and time in the interface language. */
export function useDateTime() {
  const { i18n } = useTranslation();
  return (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
