import { useTranslation } from 'react-i18next';
import { DATA_CATEGORIES, healthIsSeparate, type DataCategory } from '../../../../common/consent.ts';
import type { Role } from '../../../../common/roles.ts';
import { CheckboxField, SelectField } from '../../ui/forms.tsx';
import type { ConsentRecipients } from './api.ts';
import { upperFirst, useConsentLabels } from './labels.ts';

/**
 * The recipient: an organisation as a whole, or one of its people, grouped per organisation;
 * then, in a group of their own (`employersGroup`), the employers kept without a Passend account.
 * Values are "organisation:<id>", "person:<id>" and "employer:<id>" (see parseRecipient).
 */
export function RecipientSelect({ id, label, hint, error, choose, employersGroup, recipients, value, onChange }: {
  id: string; label: string; hint?: string; error?: string; choose: string; employersGroup: string;
  recipients: ConsentRecipients; value: string; onChange: (value: string) => void;
}) {
  const { t } = useTranslation('consent');
  const { t: tc } = useTranslation();
  return (
    <SelectField id={id} label={label} hint={hint} error={error} required value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{choose}</option>
      {recipients.items.map((org) => (
        <optgroup key={org.id} label={`${org.name} (${tc(`kinds.${org.kind}`)})`}>
          <option value={`organisation:${org.id}`}>{t('labels.wholeOrganisation', { organisation: org.name })}</option>
          {org.people.map((p) => (
            <option key={p.id} value={`person:${p.id}`}>
              {p.name} – {p.roles.map((r) => tc(`roles.${r as Role}`)).join(', ')}
            </option>
          ))}
        </optgroup>
      ))}
      {recipients.employers.length > 0 ? (
        <optgroup label={employersGroup}>
          {recipients.employers.map((e) => <option key={e.id} value={`employer:${e.id}`}>{e.name}</option>)}
        </optgroup>
      ) : null}
    </SelectField>
  );
}

export const categoryBoxId = (prefix: string, c: DataCategory) => `${prefix}-category-${c}`;

/**
 * The data categories as checkboxes. Health carries its rule as a hint, and when it is ticked
 * together with something else the fieldset says so at once (the server refuses that mix).
 */
export function CategoryFieldset({ prefix, legend, hint, healthHint, mixedNow, error, wording, value, onChange }: {
  prefix: string; legend: string; hint: string; healthHint: string; mixedNow: string; error?: string;
  wording: 'coach' | 'plain'; value: DataCategory[]; onChange: (value: DataCategory[]) => void;
}) {
  const labels = useConsentLabels();
  const hintId = `${prefix}-categories-hint`;
  const errorId = `${prefix}-categories-error`;
  const mixed = !healthIsSeparate(value);
  const toggle = (c: DataCategory, on: boolean) =>
    onChange(on ? DATA_CATEGORIES.filter((x) => x === c || value.includes(x)) : value.filter((x) => x !== c));
  return (
    <fieldset className={`fieldset${error ? ' field--error' : ''}`} aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}>
      <legend>{legend}</legend>
      <p id={hintId} className="field__hint">{hint}</p>
      {error ? <p id={errorId} className="field__error">{error}</p> : null}
      {DATA_CATEGORIES.map((c) => (
        <CheckboxField
          key={c}
          id={categoryBoxId(prefix, c)}
          label={upperFirst(labels.category(c, wording))}
          hint={c === 'health' ? healthHint : undefined}
          checked={value.includes(c)}
          onChange={(e) => toggle(c, e.target.checked)}
        />
      ))}
      <div role="status">
        {mixed ? <p className="consent-warning">{mixedNow}</p> : null}
      </div>
    </fieldset>
  );
}

export const radioId = (prefix: string, value: string) => `${prefix}-${value}`;

/** A question with a few answers, as radio buttons in a fieldset. */
export function RadioFieldset<V extends string>({ prefix, legend, hint, error, options, value, onChange }: {
  prefix: string; legend: string; hint?: string; error?: string;
  options: readonly { value: V; label: string }[]; value: V | ''; onChange: (value: V) => void;
}) {
  const hintId = hint ? `${prefix}-hint` : '';
  const errorId = error ? `${prefix}-error` : '';
  return (
    <fieldset className={`fieldset${error ? ' field--error' : ''}`} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend>{legend}</legend>
      {hint ? <p id={hintId} className="field__hint">{hint}</p> : null}
      {error ? <p id={errorId} className="field__error">{error}</p> : null}
      {options.map((o) => (
        <div className="checkbox" key={o.value}>
          <input type="radio" id={radioId(prefix, o.value)} name={prefix} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          <label htmlFor={radioId(prefix, o.value)}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
