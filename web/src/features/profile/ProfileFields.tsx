import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BENEFIT_FREQUENCIES, TRANSPORT_MODES } from '../../../../common/schemas/vocational-profile.ts';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/forms.tsx';
import { getAt, type Draft, type DraftAction } from './draft.ts';
import { EscoCombobox, type EscoValue } from './EscoCombobox.tsx';
import { TABLES, TEXT_FIELDS, type FieldKind, type SectionKey, type TableKey } from './layout.ts';

/** The id of the control of a field path: "profile.education.0.school" → "pf-profile-education-0-school". */
export const fieldId = (path: string) => `pf-${path.replace(/\./g, '-')}`;
export const addButtonId = (table: TableKey) => `pf-add-${table}`;
export const sectionId = (key: SectionKey) => `pf-section-${key}`;

export interface FormContextValue {
  draft: Draft;
  dispatch: (action: DraftAction) => void;
  /** Messages by field path. */
  errors: Record<string, string>;
  addRow: (table: TableKey) => void;
  removeRow: (table: TableKey, index: number) => void;
}
export const FormContext = createContext<FormContextValue | null>(null);
function useForm(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('ProfileFields outside the profile form');
  return value;
}

/** One field of the schema, bound to the draft by its path. */
function Field({ path, kind, label, hint, required }: { path: string; kind: FieldKind; label: string; hint?: string; required?: boolean }) {
  const { t } = useTranslation('profile');
  const { draft, dispatch, errors } = useForm();
  const id = fieldId(path);
  const error = errors[path];
  const value = getAt(draft, path);
  const set = (v: unknown) => dispatch({ type: 'set', path, value: v });
  const text = typeof value === 'string' ? value : '';
  switch (kind) {
    case 'text':
      return <div className="field--wide"><TextArea id={id} label={label} hint={hint} error={error} required={required} rows={3} value={text} onChange={(e) => set(e.target.value)} /></div>;
    case 'date':
      return <TextField id={id} label={label} hint={hint ? `${hint} ${t('dateHint')}` : t('dateHint')} error={error} value={text} onChange={(e) => set(e.target.value)} />;
    case 'amount':
    case 'integer':
      return <TextField id={id} label={label} hint={hint} error={error} inputMode={kind === 'amount' ? 'decimal' : 'numeric'} value={text} onChange={(e) => set(e.target.value)} />;
    case 'frequency':
      return (
        <SelectField id={id} label={label} error={error} value={text} onChange={(e) => set(e.target.value)}>
          <option value="">{t('frequency.none')}</option>
          {BENEFIT_FREQUENCIES.map((f) => <option key={f} value={f}>{t(`frequency.${f}`)}</option>)}
        </SelectField>
      );
    case 'occupation':
      return (
        <div className="field--wide">
          <EscoCombobox id={id} label={label} hint={t('esco.hint')} error={error} required={required} value={(value as EscoValue | null) ?? null} onChange={set} />
        </div>
      );
    default:
      return <TextField id={id} label={label} hint={hint} error={error} required={required} value={text} onChange={(e) => set(e.target.value)} />;
  }
}

/** A table of the schema as a list of rows, each a group of fields with its own remove button. */
export function TableFields({ table }: { table: TableKey }) {
  const { t } = useTranslation('profile');
  const { draft, addRow, removeRow } = useForm();
  const spec = TABLES[table];
  const rows = (getAt(draft, spec.path) as { rowKey: string }[] | undefined) ?? [];
  return (
    <>
      {rows.length === 0 ? <p className="muted">{t('view.noRows')}</p> : null}
      {rows.map((row, i) => {
        const name = t(`rowNames.${table}`, { n: i + 1 });
        return (
          <fieldset key={row.rowKey} className="profile-fieldset">
            <legend>{name}</legend>
            <div className="profile-row-fields">
              {spec.columns.map((c) => (
                <Field
                  key={c.name}
                  path={`${spec.path}.${i}.${c.name}`}
                  kind={c.kind}
                  label={t(`fields.${spec.group}.${c.name}`)}
                  hint={'hint' in c && c.hint ? t(`fields.${spec.group}.${c.name}Hint`) : undefined}
                  required={'required' in c ? c.required : undefined}
                />
              ))}
            </div>
            <button type="button" className="button button--secondary" onClick={() => removeRow(table, i)}>
              {t('form.remove', { row: name })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" id={addButtonId(table)} className="button button--secondary" onClick={() => addRow(table)}>
        {t(`form.add.${table}`)}
      </button>
    </>
  );
}

function TextFields({ group, fields }: { group: string; fields: readonly (readonly [string, boolean])[] }) {
  const { t } = useTranslation('profile');
  const prefix = group === 'health' ? 'health' : `profile.${group}`;
  return (
    <>
      {fields.map(([name, hint]) => (
        <Field key={name} path={`${prefix}.${name}`} kind="text" label={t(`fields.${group}.${name}`)} hint={hint ? t(`fields.${group}.${name}Hint`) : undefined} />
      ))}
    </>
  );
}

function Transport() {
  const { t } = useTranslation('profile');
  const { draft, dispatch } = useForm();
  const path = 'profile.aspirations.transport';
  const chosen = (getAt(draft, path) as string[] | undefined) ?? [];
  return (
    <fieldset className="profile-fieldset" id={fieldId(path)}>
      <legend>{t('fields.aspirations.transport')}</legend>
      <div className="profile-checks">
        {TRANSPORT_MODES.map((m) => (
          <CheckboxField
            key={m}
            id={`${fieldId(path)}-${m}`}
            label={t(`transport.${m}`)}
            checked={chosen.includes(m)}
            onChange={(e) => dispatch({ type: 'set', path, value: e.target.checked ? TRANSPORT_MODES.filter((x) => x === m || chosen.includes(x)) : chosen.filter((x) => x !== m) })}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** The fields of one section of the schema. */
export function SectionFields({ section }: { section: SectionKey }) {
  const { t } = useTranslation('profile');
  switch (section) {
    case 'health':
      return <TextFields group="health" fields={TEXT_FIELDS.health} />;
    case 'hobbies':
      return <Field path="profile.hobbies" kind="text" label={t('fields.hobbies')} />;
    case 'competences':
      return <TextFields group="competences" fields={TEXT_FIELDS.competences} />;
    case 'aspirations':
      return (
        <>
          <TextFields group="aspirations" fields={TEXT_FIELDS.aspirationsBefore} />
          <h3>{t('fields.aspirations.desiredJobs')}</h3>
          <TableFields table="desiredJobs" />
          <h3>{t('fields.aspirations.conditions')}</h3>
          <TextFields group="aspirations" fields={TEXT_FIELDS.aspirationsAfter} />
          <Field path="profile.aspirations.maxTravelKm" kind="integer" label={t('fields.aspirations.maxTravelKm')} />
          <Transport />
          <Field path="profile.aspirations.other" kind="text" label={t('fields.aspirations.other')} />
        </>
      );
    default:
      return <TableFields table={section} />;
  }
}

/** A section of the form: h2, a sensitivity notice for health, then its fields. */
export function FormSection({ section, children }: { section: SectionKey; children?: ReactNode }) {
  const { t } = useTranslation('profile');
  const sensitive = section === 'health';
  return (
    <section id={sectionId(section)} aria-labelledby={`${sectionId(section)}-h`} className={`profile-form-section${sensitive ? ' profile-form-section--sensitive' : ''}`}>
      <h2 id={`${sectionId(section)}-h`}>{t(`sections.${section}`)}</h2>
      {sensitive ? <p className="profile-sensitive">{t('sensitive.text')}</p> : null}
      {children}
      <SectionFields section={section} />
    </section>
  );
}
