import { useTranslation } from 'react-i18next';
import {
  CONTRACT_KINDS, ENVIRONMENT_TAGS, SHIFTS, VACANCY_STATUSES, WAGE_PERIODS, WEEK_DAYS,
} from '../../../../common/schemas/vacancies.ts';
import { ApiError } from '../../api/client.ts';
import { SelectField, TextArea, TextField } from '../../ui/forms.tsx';
import { EscoCombobox } from '../profile/EscoCombobox.tsx';
import { useEmployerSites, useKeptEmployers } from './api.ts';
import { issueCodes, VACANCY_LIMITS, type FieldIssue, type VacancyDraft } from './forms.ts';

/** The control id of a vacancy field: "vacancy-title", "vacancy-wage-amount", "vacancy-scheduleDays-mon". */
export const fieldId = (path: string) => `vacancy-${path.replace(/\./g, '-')}`;

/** The field issues of an API failure (our browser checks included), as codes. */
export const serverIssues = (error: unknown): FieldIssue[] => (error instanceof ApiError ? issueCodes(error.problem.errors ?? []) : []);

/** Messages by field path, in the page's words. */
export function useVacancyMessages(error: unknown): Record<string, string> {
  const { t } = useTranslation('vacancies');
  const out: Record<string, string> = {};
  for (const i of serverIssues(error)) {
    if (out[i.path]) continue;
    if (i.message === 'required' && i.path === 'employerId') out[i.path] = t('errors.employerRequired');
    else if (i.message === 'required' && i.path === 'title') out[i.path] = t('errors.titleRequired');
    else out[i.path] = t(`errors.${i.message}`);
  }
  return out;
}

const LIST_FIELDS = ['scheduleDays', 'shifts', 'environmentTags'] as const;

/** The error summary's entries: each field's label and the id its link goes to. */
export function useVacancySummary(messages: Record<string, string>) {
  const { t } = useTranslation('vacancies');
  const labels: Record<string, [string, string]> = {
    employerId: [t('fields.employer'), fieldId('employerId')],
    siteId: [t('fields.site'), fieldId('siteId')],
    title: [t('fields.title'), fieldId('title')],
    occupation: [t('fields.occupation'), fieldId('occupation')],
    address: [t('fields.address'), fieldId('address')],
    postcode: [t('fields.postcode'), fieldId('postcode')],
    city: [t('fields.city'), fieldId('city')],
    hoursPerWeek: [t('fields.hoursPerWeek'), fieldId('hoursPerWeek')],
    scheduleDays: [t('fields.scheduleDays'), fieldId(`scheduleDays.${WEEK_DAYS[0]}`)],
    shifts: [t('fields.shifts'), fieldId(`shifts.${SHIFTS[0]}`)],
    environmentTags: [t('fields.environmentTags'), fieldId(`environmentTags.${ENVIRONMENT_TAGS[0]}`)],
    'wage.amount': [`${t('fields.wageLegend')}: ${t('fields.wageAmount')}`, fieldId('wage.amount')],
    'wage.period': [`${t('fields.wageLegend')}: ${t('fields.wagePeriod')}`, fieldId('wage.period')],
    contractKind: [t('fields.contractKind'), fieldId('contractKind')],
    startDate: [t('fields.startDate'), fieldId('startDate')],
    description: [t('fields.description'), fieldId('description')],
    status: [t('fields.status'), fieldId('status')],
  };
  return Object.fromEntries(Object.entries(labels).map(([path, [label, id]]) => [path, { id, label, message: messages[path] }]));
}

function CheckGroup<T extends string>({ name, legend, hint, values, chosen, label, onChange }: {
  name: (typeof LIST_FIELDS)[number];
  legend: string;
  hint?: string;
  values: readonly T[];
  chosen: readonly T[];
  label: (v: T) => string;
  onChange: (next: T[]) => void;
}) {
  const hintId = `${fieldId(name)}-hint`;
  return (
    <fieldset className="check-group" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint ? <p id={hintId} className="field__hint">{hint}</p> : null}
      <div className="check-group__options">
        {values.map((v) => (
          <div key={v} className="checkbox">
            <input
              type="checkbox" id={fieldId(`${name}.${v}`)} checked={chosen.includes(v)}
              onChange={(e) => onChange(e.target.checked ? [...chosen, v] : chosen.filter((x) => x !== v))}
            />
            <label htmlFor={fieldId(`${name}.${v}`)}>{label(v)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** Every field of the vacancy, for a new one and for changing one. `fixedEmployer` hides the employer choice. */
export function VacancyFields({ draft, messages, onChange, fixedEmployer }: {
  draft: VacancyDraft;
  messages: Record<string, string>;
  onChange: (patch: Partial<VacancyDraft>) => void;
  fixedEmployer?: string;
}) {
  const { t } = useTranslation('vacancies');
  const employers = useKeptEmployers();
  const sites = useEmployerSites(draft.employerId);
  const text = (f: 'title' | 'address' | 'postcode' | 'city', extra: { required?: boolean; autoComplete?: string } = {}) => (
    <TextField
      id={fieldId(f)} label={t(`fields.${f}`)} error={messages[f]} required={extra.required} autoComplete={extra.autoComplete ?? 'off'}
      maxLength={VACANCY_LIMITS[f]} value={draft[f]} onChange={(e) => onChange({ [f]: e.target.value })}
    />
  );
  return (
    <>
      {fixedEmployer === undefined ? (
        <SelectField
          id={fieldId('employerId')} label={t('fields.employer')} required error={messages.employerId} value={draft.employerId}
          onChange={(e) => onChange({ employerId: e.target.value, siteId: '' })}
        >
          <option value="">{t('fields.employerChoose')}</option>
          {(employers.data ?? []).map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
        </SelectField>
      ) : null}
      <SelectField
        id={fieldId('siteId')} label={t('fields.site')} hint={t('fields.siteHint')} error={messages.siteId} value={draft.siteId}
        onChange={(e) => onChange({ siteId: e.target.value })}
      >
        <option value="">{t('fields.siteNone')}</option>
        {(sites.data ?? []).map((s) => <option key={s.id} value={s.id}>{[s.name, s.city].filter(Boolean).join(', ')}</option>)}
      </SelectField>
      {draft.siteId === '' ? (
        <fieldset className="fieldset" aria-describedby="vacancy-place-hint">
          <legend>{t('fields.placeLegend')}</legend>
          <p id="vacancy-place-hint" className="field__hint">{t('fields.placeHint')}</p>
          {text('address', { autoComplete: 'street-address' })}
          {text('postcode', { autoComplete: 'postal-code' })}
          {text('city', { autoComplete: 'address-level2' })}
        </fieldset>
      ) : null}
      {text('title', { required: true })}
      <EscoCombobox
        id={fieldId('occupation')} label={t('fields.occupation')} hint={t('fields.occupationHint')} error={messages.occupation}
        value={draft.occupation} onChange={(occupation) => onChange({ occupation })}
      />
      <TextField
        id={fieldId('hoursPerWeek')} label={t('fields.hoursPerWeek')} hint={t('fields.hoursHint')} error={messages.hoursPerWeek} inputMode="decimal"
        value={draft.hoursPerWeek} onChange={(e) => onChange({ hoursPerWeek: e.target.value })}
      />
      <CheckGroup name="scheduleDays" legend={t('fields.scheduleDays')} values={WEEK_DAYS} chosen={draft.scheduleDays} label={(d) => t(`fields.days.${d}`)} onChange={(scheduleDays) => onChange({ scheduleDays })} />
      <CheckGroup name="shifts" legend={t('fields.shifts')} values={SHIFTS} chosen={draft.shifts} label={(s) => t(`fields.shiftNames.${s}`)} onChange={(shifts) => onChange({ shifts })} />
      <fieldset className="fieldset">
        <legend>{t('fields.wageLegend')}</legend>
        <div className="vacancy-wage">
          <TextField
            id={fieldId('wage.amount')} label={t('fields.wageAmount')} hint={t('fields.wageAmountHint')} error={messages['wage.amount']} inputMode="decimal"
            value={draft.wageAmount} onChange={(e) => onChange({ wageAmount: e.target.value })}
          />
          <SelectField
            id={fieldId('wage.period')} label={t('fields.wagePeriod')} error={messages['wage.period']} value={draft.wagePeriod}
            onChange={(e) => onChange({ wagePeriod: e.target.value as VacancyDraft['wagePeriod'] })}
          >
            <option value="">{t('fields.wagePeriodNone')}</option>
            {WAGE_PERIODS.map((p) => <option key={p} value={p}>{t(`fields.periods.${p}`)}</option>)}
          </SelectField>
        </div>
      </fieldset>
      <SelectField
        id={fieldId('contractKind')} label={t('fields.contractKind')} required error={messages.contractKind} value={draft.contractKind}
        onChange={(e) => onChange({ contractKind: e.target.value as VacancyDraft['contractKind'] })}
      >
        {CONTRACT_KINDS.map((k) => <option key={k} value={k}>{t(`fields.contracts.${k}`)}</option>)}
      </SelectField>
      <TextField id={fieldId('startDate')} label={t('fields.startDate')} type="date" error={messages.startDate} value={draft.startDate} onChange={(e) => onChange({ startDate: e.target.value })} />
      <TextArea
        id={fieldId('description')} label={t('fields.description')} error={messages.description} rows={5} maxLength={VACANCY_LIMITS.description}
        value={draft.description} onChange={(e) => onChange({ description: e.target.value })}
      />
      <CheckGroup
        name="environmentTags" legend={t('fields.environmentTags')} hint={t('fields.environmentHint')} values={ENVIRONMENT_TAGS} chosen={draft.environmentTags}
        label={(g) => t(`fields.tags.${g}`)} onChange={(environmentTags) => onChange({ environmentTags })}
      />
      <SelectField
        id={fieldId('status')} label={t('fields.status')} required error={messages.status} value={draft.status}
        onChange={(e) => onChange({ status: e.target.value as VacancyDraft['status'] })}
      >
        {VACANCY_STATUSES.map((s) => <option key={s} value={s}>{t(`fields.statuses.${s}`)}</option>)}
      </SelectField>
    </>
  );
}
