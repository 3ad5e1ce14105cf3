import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NATIONAL_ID_KINDS, type NationalIdKind } from '../../../../common/national-id.ts';
import { ApiError, browserProblem } from '../../api/client.ts';
import { SelectField, TextArea, TextField } from '../../ui/forms.tsx';
import {
  checkIdentity, fieldId, IDENTITY_FIELDS, MAX_LENGTH, SALUTATIONS, serverIssue, type IdentityErrorCode, type IdentityField, type IdentityForm,
} from './identity-form.ts';

/** The labels of the identity fields, for the form and the error summary. */
export function useIdentityLabels() {
  const { t } = useTranslation('clients');
  return (field: IdentityField, kind: string): string => {
    const [group, key] = field.split('.') as [string, string | undefined];
    if (field === 'nationalId.kind') return t('fields.nationalIdKind');
    if (field === 'nationalId.value') return t(`fields.nationalId.${kind === 'nl_bsn' ? 'nl_bsn' : 'be_rrn'}`);
    if (key) return `${t(`fields.${group}`)}: ${t(`fields.${key}`)}`;
    return t(`fields.${field}`);
  };
}

/**
 * The "persoonlijke gegevens" of the beroepsoriënteringsschema as form fields, for a new
 * client and for changing one. The caller keeps the state and the error messages.
 */
export function IdentityFields({ prefix, form, errors, onChange }: {
  prefix: string;
  form: IdentityForm;
  errors: Partial<Record<IdentityField, string>>;
  onChange: (field: IdentityField, value: string) => void;
}) {
  const { t } = useTranslation('clients');
  const kind = (form['nationalId.kind'] === 'nl_bsn' ? 'nl_bsn' : 'be_rrn') satisfies NationalIdKind;
  const text = (field: IdentityField, label: string, extra: { type?: string; autoComplete?: string; hint?: string; required?: boolean; inputMode?: 'tel' | 'email' | 'numeric' } = {}) => (
    <TextField
      id={fieldId(prefix, field)}
      label={label}
      hint={extra.hint}
      error={errors[field]}
      required={extra.required}
      type={extra.type ?? 'text'}
      inputMode={extra.inputMode}
      autoComplete={extra.autoComplete ?? 'off'}
      maxLength={MAX_LENGTH[field]}
      value={form[field]}
      onChange={(e) => onChange(field, e.target.value)}
    />
  );
  return (
    <>
      <SelectField id={fieldId(prefix, 'salutation')} label={t('fields.salutation')} value={form.salutation} onChange={(e) => onChange('salutation', e.target.value)}>
        {SALUTATIONS.map((s) => (
          <option key={s || 'none'} value={s}>{t(`fields.salutations.${s || 'none'}`)}</option>
        ))}
      </SelectField>
      {text('givenName', t('fields.givenName'), { required: true })}
      {text('familyName', t('fields.familyName'), { required: true })}
      {text('birthDate', t('fields.birthDate'), { type: 'date' })}
      <fieldset className="fieldset">
        <legend>{t('fields.nationalIdGroup')}</legend>
        <SelectField
          id={fieldId(prefix, 'nationalId.kind')}
          label={t('fields.nationalIdKind')}
          required
          value={kind}
          onChange={(e) => onChange('nationalId.kind', e.target.value)}
        >
          {NATIONAL_ID_KINDS.map((k) => (
            <option key={k} value={k}>{t(`fields.kinds.${k}`)}</option>
          ))}
        </SelectField>
        {text('nationalId.value', t(`fields.nationalId.${kind}`), { hint: t(`fields.nationalIdHint.${kind}`), inputMode: 'numeric' })}
      </fieldset>
      {text('address', t('fields.address'))}
      {text('postcode', t('fields.postcode'))}
      {text('city', t('fields.city'))}
      {text('phoneHome', t('fields.phoneHome'), { type: 'tel', inputMode: 'tel' })}
      {text('phoneMobile', t('fields.phoneMobile'), { type: 'tel', inputMode: 'tel' })}
      {text('email', t('fields.email'), { type: 'email', inputMode: 'email' })}
      <fieldset className="fieldset">
        <legend>{t('fields.nextOfKin')}</legend>
        {text('nextOfKin.relation', t('fields.relation'))}
        {text('nextOfKin.name', t('fields.name'))}
        {text('nextOfKin.address', t('fields.address'))}
        {text('nextOfKin.postcode', t('fields.postcode'))}
        {text('nextOfKin.phone', t('fields.phone'), { type: 'tel', inputMode: 'tel' })}
      </fieldset>
      {text('emergencyPhone', t('fields.emergencyPhone'), { type: 'tel', inputMode: 'tel' })}
      <fieldset className="fieldset">
        <legend>{t('fields.professionalNetwork')}</legend>
        {text('professionalNetwork.name', t('fields.name'))}
        {text('professionalNetwork.address', t('fields.address'))}
        {text('professionalNetwork.phone', t('fields.phone'), { type: 'tel', inputMode: 'tel' })}
      </fieldset>
      <TextArea
        id={fieldId(prefix, 'religionCulture')}
        label={t('fields.religionCulture')}
        hint={t('fields.religionCultureHint')}
        error={errors.religionCulture}
        maxLength={MAX_LENGTH.religionCulture}
        value={form.religionCulture}
        onChange={(e) => onChange('religionCulture', e.target.value)}
      />
      {text('referrer', t('fields.referrer'), { hint: t('fields.referrerHint') })}
    </>
  );
}

type FieldCodes = Partial<Record<IdentityField, IdentityErrorCode>>;


/** The field codes of a server answer (400 with `errors`), or none. */
export function serverFieldCodes(error: unknown, kind: string): FieldCodes {
  if (!(error instanceof ApiError)) return {};
  const codes: FieldCodes = {};
  for (const e of error.problem.errors ?? []) {
    const issue = serverIssue(e.path, kind);
    if (issue && !codes[issue.field]) codes[issue.field] = issue.code;
  }
  return codes;
}

/**
 * State of the identity form's errors: the codes per field and the error for the summary.
 * `check(form)` runs the browser's checks and says whether the form may be sent.
 */
export function useIdentityErrors(prefix: string, form: IdentityForm) {
  const { t } = useTranslation('clients');
  const label = useIdentityLabels();
  const [codes, setCodes] = useState<FieldCodes>({});
  const [error, setError] = useState<unknown>(null);
  const kind = form['nationalId.kind'];
  const messages: Partial<Record<IdentityField, string>> = {};
  for (const [field, code] of Object.entries(codes) as [IdentityField, IdentityErrorCode][]) {
    messages[field] = code === 'required' && (field === 'givenName' || field === 'familyName') ? t(`errors.${field}`) : t(`errors.${code}`);
  }
  const summary = Object.fromEntries(
    IDENTITY_FIELDS.map((f) => [f, { id: fieldId(prefix, f), label: label(f, kind), message: messages[f] }]),
  );
  return {
    messages,
    summary,
    error,
    check: (): boolean => {
      const issues = checkIdentity(form);
      setCodes(Object.fromEntries(issues.map((i) => [i.path, i.message])));
      setError(issues.length > 0 ? browserProblem(issues) : null);
      return issues.length === 0;
    },
    fail: (err: unknown) => {
      setCodes(serverFieldCodes(err, kind));
      setError(err);
    },
    clear: () => {
      setCodes({});
      setError(null);
    },
  };
}
