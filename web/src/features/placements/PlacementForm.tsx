import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { JOB_TASTER_MAX_WORKING_DAYS, PLACEMENT_KINDS, PLACEMENT_STATUSES, type PlacementProblem } from '../../../../common/placements.ts';
import type { Placement, PlacementInput } from '../../../../common/schemas/placements.ts';
import { WAGE_PERIODS } from '../../../../common/schemas/vacancies.ts';
import { ApiError, browserProblem } from '../../api/client.ts';
import { ErrorSummary, LoadError, Loading } from '../../ui/feedback.tsx';
import { SelectField, TextArea, TextField } from '../../ui/forms.tsx';
import { staleCurrent } from '../contact/live.tsx';
import {
  AGREEMENT_FIELDS, draftIssues, draftToInput, FIELD_IDS, fieldOfPath, fieldsFor, limitOf, liveRules, numberText, reasonAsked,
  ruleProblemAt, SECURING_TEXT_FIELDS, type PlacementDraft, type WagePeriod,
} from './form.ts';
import { PlacementAgreements, PlacementFacts } from './PlacementView.tsx';
import { useEmployer, useEmployers, useEmployerVacancies } from './queries.ts';

type T = (key: string, options?: Record<string, unknown>) => string;

const OUR_CODES = new Set(['required', 'date', 'future', 'tooLong', 'hoursRange', 'wageRange', 'end_before_start', 'end_date_required', 'taster_too_long', 'reason_required']);
const RULES_ID = 'pl-rules';

/**
 * A new or changed placement: the kind (with what each means), employer, site and vacancy,
 * the job, the period with the date rules applied while typing (announced politely), the
 * agreement, for a paid job securing the job, and the status. What was typed stays on any
 * error; on a 412 the newest stored version is shown and the next save is based on it.
 */
export function PlacementForm({ clientId, initial, version, submitLabel, label, onSubmit, onCancel }: {
  clientId: string;
  initial: PlacementDraft;
  /** The version a change is based on; none for a new placement. */
  version?: number;
  submitLabel: string;
  label: string;
  /** Saves; throws ApiError on failure. */
  onSubmit: (input: PlacementInput, version: number | undefined) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation('placements');
  const [draft, setDraft] = useState(initial);
  const [base, setBase] = useState(version);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [newer, setNewer] = useState<Placement | null>(null);
  const employers = useEmployers();
  const employer = useEmployer(draft.employerId);
  const vacancies = useEmployerVacancies(draft.employerId);

  const fields = fieldsFor(draft.kind);
  const rules = liveRules(draft);
  const asked = reasonAsked(draft);
  const set = (patch: Partial<PlacementDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setText = (field: 'title' | 'startDate' | 'endDate' | 'hours' | 'extensionReason') => (e: { target: { value: string } }) => set({ [field]: e.target.value });

  const messages = fieldMessages(error, draft, t);
  const summaryFields = Object.fromEntries(
    Object.entries(messages).map(([path, message]) => [path, { id: FIELD_IDS[path] ?? 'pl-kind-job_taster', label: labelOf(path, t), message }]),
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const issues = draftIssues(draft);
    if (issues.length > 0) {
      setError(browserProblem(issues));
      return;
    }
    setPending(true);
    try {
      await onSubmit(draftToInput(draft, clientId), base);
      setError(null);
      setNewer(null);
    } catch (err) {
      const current = staleCurrent<Placement>(err);
      if (current) {
        setBase(current.version);
        setNewer(current);
      }
      setError(err);
    } finally {
      setPending(false);
    }
  };

  const chooseVacancy = (vacancyId: string) => {
    const v = vacancies.data?.find((x) => x.id === vacancyId);
    setDraft((d) => ({
      ...d,
      vacancyId,
      title: v && !d.title.trim() ? v.title : d.title,
      siteId: v?.site ? v.site.id : d.siteId,
      hours: v && d.hours.trim() === '' && v.hoursPerWeek !== null ? numberText(v.hoursPerWeek, i18n.language) : d.hours,
    }));
  };

  const ruleTexts: { key: string; kind: 'problem' | 'warning' | 'note'; text: string }[] = [];
  const weeks = rules.weeks === null ? '' : rules.weeks.toLocaleString(i18n.language);
  for (const p of rules.problems) {
    if (p === 'taster_too_long') ruleTexts.push({ key: p, kind: 'problem', text: t('rules.taster_too_long', { days: rules.workingDays, max: JOB_TASTER_MAX_WORKING_DAYS }) });
    if (p === 'end_before_start') ruleTexts.push({ key: p, kind: 'problem', text: t('rules.end_before_start') });
  }
  if (rules.warnings.includes('longer_than_12_weeks')) ruleTexts.push({ key: 'longer', kind: 'warning', text: t('rules.longer_than_12_weeks', { weeks }) });
  if (rules.warnings.includes('shorter_than_8_weeks')) ruleTexts.push({ key: 'shorter', kind: 'note', text: t('rules.shorter_than_8_weeks', { weeks }) });

  const describedBy = (id: string, hint: boolean, err: string | undefined) =>
    [hint ? `${id}-hint` : '', err ? `${id}-error` : '', RULES_ID].filter(Boolean).join(' ');

  const hoursField = (labelKey: 'form.hours' | 'form.workingHours') => (
    <TextField
      id="pl-hours" label={t(labelKey)} hint={labelKey === 'form.hours' ? t('form.hoursHint') : undefined} inputMode="decimal" autoComplete="off"
      error={messages.hoursPerWeek} value={draft.hours} onChange={setText('hours')}
    />
  );

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={label} className="placement-form">
      <ErrorSummary error={error} fields={summaryFields}>
        {newer ? <p>{t('form.stale')}</p> : null}
      </ErrorSummary>
      {newer ? (
        <details className="placement-newer" open>
          <summary>{t('form.staleHeading')}</summary>
          <PlacementFacts placement={newer} />
          <PlacementAgreements placement={newer} headingLevel={3} />
        </details>
      ) : null}

      <fieldset className={`fieldset${messages.kind ? ' field--error' : ''}`} aria-describedby={messages.kind ? 'pl-kind-error' : undefined}>
        <legend>{t('form.kindLegend')}</legend>
        {messages.kind ? <p id="pl-kind-error" className="field__error">{messages.kind}</p> : null}
        {PLACEMENT_KINDS.map((k) => (
          <div className="checkbox" key={k}>
            <input
              type="radio" id={`pl-kind-${k}`} name="pl-kind" value={k} checked={draft.kind === k}
              aria-describedby={`pl-kind-${k}-hint`} onChange={() => set({ kind: k })}
            />
            <label htmlFor={`pl-kind-${k}`}>{t(`kinds.${k}`)}</label>
            <p id={`pl-kind-${k}-hint`} className="field__hint">{t(`kindHints.${k}`)}</p>
          </div>
        ))}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('form.whereLegend')}</legend>
        {employers.isPending ? <Loading /> : employers.isError ? (
          <LoadError error={employers.error} retry={() => void employers.refetch()} />
        ) : employers.data.length === 0 ? (
          <p className="notice">{t('form.employersNone')} <Link to="/employers">{t('form.employersLink')}</Link></p>
        ) : (
          <SelectField
            id="pl-employerId" label={t('form.employer')} hint={t('form.employerHint')} required error={messages.employerId}
            value={draft.employerId} onChange={(e) => set({ employerId: e.target.value, siteId: '', vacancyId: '' })}
          >
            <option value="">{t('form.employerChoose')}</option>
            {employers.data.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
          </SelectField>
        )}
        {draft.employerId && employer.data && employer.data.sites.length > 0 ? (
          <SelectField id="pl-siteId" label={t('form.site')} error={messages.siteId} value={draft.siteId} onChange={(e) => set({ siteId: e.target.value })}>
            <option value="">{t('form.siteNone')}</option>
            {employer.data.sites.map((s) => <option key={s.id} value={s.id}>{s.city ? `${s.name} (${s.city})` : s.name}</option>)}
          </SelectField>
        ) : null}
        {draft.employerId && vacancies.data && (vacancies.data.length > 0 || draft.vacancyId) ? (
          <SelectField
            id="pl-vacancyId" label={t('form.vacancy')} hint={t('form.vacancyHint')} error={messages.vacancyId}
            value={draft.vacancyId} onChange={(e) => chooseVacancy(e.target.value)}
          >
            <option value="">{t('form.vacancyNone')}</option>
            {vacancies.data.map((v) => <option key={v.id} value={v.id}>{v.site ? `${v.title} (${v.site.name})` : v.title}</option>)}
          </SelectField>
        ) : null}
        {employer.isError ? <LoadError error={employer.error} retry={() => void employer.refetch()} /> : null}
        <TextField
          id="pl-title" label={t('form.title')} hint={t('form.titleHint')} required error={messages.title} autoComplete="off"
          value={draft.title} onChange={setText('title')}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('form.periodLegend')}</legend>
        <div className="placement-dates">
          <TextField
            id="pl-startDate" type="date" label={t('form.startDate')} required error={messages.startDate}
            aria-describedby={describedBy('pl-startDate', false, messages.startDate)} value={draft.startDate} onChange={setText('startDate')}
          />
          <TextField
            id="pl-endDate" type="date" label={t('form.endDate')} hint={t(fields.endDateRequired ? 'form.endDateHint' : 'form.endDatePaidHint')}
            required={fields.endDateRequired} error={messages.endDate} min={draft.startDate || undefined}
            aria-describedby={describedBy('pl-endDate', true, messages.endDate)} value={draft.endDate} onChange={setText('endDate')}
          />
        </div>
        {rules.weeks !== null && rules.workingDays !== null ? (
          <p className="placement-duration">{t('rules.duration', { weeks, days: rules.workingDays })}</p>
        ) : null}
        <div role="status" id={RULES_ID} className="placement-rules">
          {ruleTexts.map((r) => <p key={r.key} className={`placement-${r.kind}`}>{r.text}</p>)}
        </div>
        {asked ? (
          <TextArea
            id="pl-extensionReason" label={t('form.extensionReason')} hint={t('form.extensionReasonHint')} required rows={3}
            error={messages.extensionReason} value={draft.extensionReason} onChange={setText('extensionReason')}
          />
        ) : null}
        {fields.hoursInSecuring ? null : hoursField('form.hours')}
      </fieldset>

      {fields.securing ? (
        <fieldset className="fieldset">
          <legend>{t('form.securingLegend')}</legend>
          <p className="field__hint">{t('form.securingIntro')}</p>
          {hoursField('form.workingHours')}
          <fieldset className="fieldset">
            <legend>{t('form.wageLegend')}</legend>
            <div className="placement-dates">
              <TextField
                id="pl-wageAmount" label={t('form.wageAmount')} hint={t('form.wageAmountHint')} inputMode="decimal" autoComplete="off"
                error={messages['securing.wage.amount']} value={draft.securing.wageAmount}
                onChange={(e) => set({ securing: { ...draft.securing, wageAmount: e.target.value } })}
              />
              <SelectField
                id="pl-wagePeriod" label={t('form.wagePeriod')} required error={messages['securing.wage.period']} value={draft.securing.wagePeriod}
                onChange={(e) => set({ securing: { ...draft.securing, wagePeriod: e.target.value as WagePeriod } })}
              >
                {WAGE_PERIODS.map((p) => <option key={p} value={p}>{t(`form.wagePeriods.${p}`)}</option>)}
              </SelectField>
            </div>
          </fieldset>
          {SECURING_TEXT_FIELDS.filter((f) => !f.startsWith('responsibilities') && f !== 'evaluationProcedure').map((f) => securingField(f))}
          <fieldset className="fieldset">
            <legend>{t('form.responsibilitiesLegend')}</legend>
            {SECURING_TEXT_FIELDS.filter((f) => f.startsWith('responsibilities')).map((f) => securingField(f))}
          </fieldset>
          {securingField('evaluationProcedure')}
        </fieldset>
      ) : null}

      <fieldset className="fieldset">
        <legend>{t('form.agreementLegend')}</legend>
        <p className="field__hint">{t('form.agreementIntro')}</p>
        {AGREEMENT_FIELDS.map((f) => (
          <TextArea
            key={f} id={`pl-agreement-${f}`} label={t(`form.agreement.${f}`)} hint={t(`form.agreementHints.${f}`)} rows={2}
            error={messages[`agreement.${f}`]} value={draft.agreement[f]}
            onChange={(e) => set({ agreement: { ...draft.agreement, [f]: e.target.value } })}
          />
        ))}
      </fieldset>

      <SelectField id="pl-status" label={t('form.status')} required error={messages.status} value={draft.status} onChange={(e) => set({ status: e.target.value as PlacementDraft['status'] })}>
        {PLACEMENT_STATUSES.map((s) => <option key={s} value={s}>{t(`statuses.${s}`)}</option>)}
      </SelectField>

      <div className="actions">
        <button type="submit" className="button" aria-disabled={pending || undefined}>{pending ? t('form.saving') : submitLabel}</button>
        {onCancel ? <button type="button" className="button button--secondary" onClick={onCancel}>{t('form.cancel')}</button> : null}
      </div>
    </form>
  );

  function securingField(f: (typeof SECURING_TEXT_FIELDS)[number]) {
    const common = {
      id: `pl-securing-${f}`, label: t(`form.securing.${f}`), error: messages[`securing.${f}`], value: draft.securing[f],
      onChange: (e: { target: { value: string } }) => set({ securing: { ...draft.securing, [f]: e.target.value } }),
    };
    return f === 'supportBy' ? <TextField key={f} {...common} autoComplete="off" /> : <TextArea key={f} {...common} rows={2} />;
  }
}

/** The label of a field by its server path, for the error summary. */
function labelOf(path: string, t: T): string {
  if (path === 'kind') return t('form.kindLegend');
  if (path === 'employerId') return t('form.employer');
  if (path === 'siteId') return t('form.site');
  if (path === 'vacancyId') return t('form.vacancy');
  if (path === 'title') return t('form.title');
  if (path === 'startDate') return t('form.startDate');
  if (path === 'endDate') return t('form.endDate');
  if (path === 'hoursPerWeek') return t('form.hours');
  if (path === 'extensionReason') return t('form.extensionReason');
  if (path === 'status') return t('form.status');
  if (path === 'securing.wage.amount') return t('form.wageAmount');
  if (path === 'securing.wage.period') return t('form.wagePeriod');
  const [group, field] = path.split('.');
  if (group === 'agreement' && field) return t(`form.agreement.${field}`);
  if (group === 'securing' && field) return t(`form.securing.${field}`);
  return path;
}

/**
 * One sentence per field from our own checks or the server's answer. The server's English is
 * never shown: a date-rule error is explained from the draft with the same rules.
 */
function fieldMessages(error: unknown, draft: PlacementDraft, t: T): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.problem.errors ?? []) {
    const path = fieldOfPath(issue.path);
    if (!path || out[path]) continue;
    const rules = liveRules(draft);
    const code = OUR_CODES.has(issue.message) ? issue.message : serverCode(path, draft);
    out[path] = sentence(path, code, rules.workingDays, t);
  }
  return out;
}

/** What a server error on this path most likely means, from the draft as typed. */
function serverCode(path: string, draft: PlacementDraft): string {
  const problem: PlacementProblem | undefined = ruleProblemAt(path, draft);
  if (problem) return problem;
  if (path === 'endDate' && draft.endDate === '') return 'end_date_required';
  if (path === 'kind') return 'required';
  if (path === 'employerId') return draft.employerId === '' ? 'required' : 'employerInvalid';
  if (path === 'siteId') return 'siteInvalid';
  if (path === 'vacancyId') return 'vacancyInvalid';
  if (path === 'title') return draft.title.trim() === '' ? 'required' : 'tooLong';
  if (path === 'startDate' || path === 'endDate') return 'date';
  if (path === 'hoursPerWeek') return 'hoursRange';
  if (path.startsWith('securing.wage')) return 'wageRange';
  const max = limitOf(path);
  return max !== undefined ? 'tooLong' : 'invalid';
}

function sentence(path: string, code: string, days: number | null, t: T): string {
  if (code === 'required') return t(`errors.required.${path}`, { defaultValue: t('errors.invalid') });
  if (code === 'tooLong') return t('errors.tooLong', { max: limitOf(path) });
  if (code === 'taster_too_long') return t('errors.taster_too_long', { max: JOB_TASTER_MAX_WORKING_DAYS, days: days ?? '' });
  return t(`errors.${code}`);
}
