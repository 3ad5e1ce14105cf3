import { displayValue } from './display.ts';
import { isTransport, type Translate } from './format.ts';
import { TABLES, type FieldKind, type TableKey } from './layout.ts';

/** How a changed field is shown in the history: its label in the form and how to show its values. */
export interface ChangeField {
  label: string;
  kind: FieldKind | 'km' | 'transport';
}

const SEP = ' – ';

function tableField(key: TableKey, rest: string[], t: Translate): ChangeField | null {
  const spec = TABLES[key];
  const section = key === 'desiredJobs' ? t('fields.aspirations.desiredJobs') : t(`sections.${key}`);
  const [n, column, sub] = rest;
  const index = Number(n);
  if (n === undefined || !Number.isInteger(index)) return { label: section, kind: 'text' };
  const row = t(`rowNames.${key}`, { n: index + 1 });
  const col = spec.columns.find((c) => c.name === column);
  if (!col) return { label: row, kind: 'text' };
  const label = `${row}${SEP}${t(`fields.${spec.group}.${col.name}`)}`;
  if (col.kind !== 'occupation') return { label, kind: col.kind };
  // An occupation changes as uri, code and label together: the URI says nothing to a person.
  if (sub === 'uri') return null;
  if (sub === 'code') return { label: `${label} (${t('history.code')})`, kind: 'line' };
  return { label, kind: 'line' };
}

/**
 * The form's label of a field path of the vocational profile, as the server names changes
 * ("profile.workExperience.0.from" → "Werkervaring 1 – Datum van"); null for parts not worth
 * showing (an occupation's URI). Unknown paths are shown as they are.
 */
export function changeField(path: string, t: Translate): ChangeField | null {
  const [category, ...parts] = path.split('.');
  if (category === 'health' && parts.length === 1) {
    return { label: `${t('sections.health')}${SEP}${t(`fields.health.${parts[0]}`)}`, kind: 'text' };
  }
  if (category === 'benefits' && parts[0] === 'rows') return tableField('benefits', parts.slice(1), t);
  if (category !== 'profile') return { label: path, kind: 'text' };
  const [section, field, ...rest] = parts;
  if (section === 'hobbies' && field === undefined) return { label: t('sections.hobbies'), kind: 'text' };
  if (section && section in TABLES && section !== 'benefits' && section !== 'desiredJobs') {
    return tableField(section as TableKey, [field, ...rest].filter((p) => p !== undefined), t);
  }
  if (section === 'aspirations' && field) {
    if (field === 'desiredJobs') return tableField('desiredJobs', rest, t);
    const label = `${t('sections.aspirations')}${SEP}${t(`fields.aspirations.${field}`)}`;
    if (field === 'transport') return { label, kind: 'transport' };
    if (field === 'maxTravelKm') return { label, kind: 'km' };
    return { label, kind: 'text' };
  }
  if (section === 'competences' && field) return { label: `${t('sections.competences')}${SEP}${t(`fields.competences.${field}`)}`, kind: 'text' };
  return { label: path, kind: 'text' };
}

/** A value before or after a change, as text ("(leeg)" when there was none). */
export function changeValue(field: ChangeField, value: unknown, t: Translate, locale: string): string {
  const empty = t('history.empty');
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return empty;
  if (field.kind === 'transport') return isTransport(value) ? t(`transport.${value}`) : String(value);
  if (field.kind === 'km') return t('view.km', { km: value });
  return displayValue(field.kind, value, t, locale) ?? empty;
}
