import { formatEuro, formatPartialDate, isFrequency, type Translate } from './format.ts';
import type { FieldKind } from './layout.ts';

/** One value of the schema as text, or null when it is empty. */
export function displayValue(kind: FieldKind, value: unknown, t: Translate, locale: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'date':
      return formatPartialDate(String(value), locale);
    case 'amount':
      return typeof value === 'number' ? formatEuro(value, locale) : String(value);
    case 'frequency':
      return isFrequency(value) ? t(`frequency.${value}`) : String(value);
    case 'occupation': {
      const o = value as { preferredLabel?: string; code?: string };
      return o.preferredLabel ? `${o.preferredLabel} (${t('view.code', { code: o.code ?? '' })})` : null;
    }
    default:
      return String(value);
  }
}

