import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { APPROACH_AGREEMENTS, APPROACH_METHODS } from '../../../../common/schemas/employers.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { SelectField, TextArea, TextField } from '../../ui/forms.tsx';
import { useFocusLater, useLiveStatus, LiveStatus } from '../../ui/live.tsx';
import { useFormat } from '../clients/format.ts';
import { EMPLOYERS_KEY, employerKey, type Employer, type EmployerApproach } from './api.ts';
import { fieldId, serverIssues, useIssueMessages } from './EmployerFields.tsx';
import {
  approachDraft, approachInput, approachIssues, emptyObjection, LIMITS, objectionRow, todayIso, type ApproachDraft, type FieldIssue,
} from './forms.ts';

const PREFIX = 'approach';
/** The first field of the form, where focus goes when it opens. */
export const APPROACH_FORM_FIRST = fieldId(PREFIX, 'approachedOn');
const HEADING_ID = 'approach-form-heading';
const ADD_OBJECTION_ID = 'approach-add-objection';
const id = (path: string) => fieldId(PREFIX, path);

/**
 * The server counts objections among the rows it was sent (empty rows are left out): put its
 * issues on the form's rows. Our own checks (a browser problem, without detail) use the form's rows already.
 */
function formIssues(error: unknown, draft: ApproachDraft): FieldIssue[] {
  const issues = serverIssues(error);
  if (!(error instanceof ApiError) || error.problem.detail === '') return issues;
  return issues.map((i) => {
    const m = /^objections\.(\d+)\.(objection|response)$/.exec(i.path);
    return m ? { ...i, path: `objections.${objectionRow(draft, Number(m[1]))}.${m[2]}` } : i;
  });
}

/** Log an approach in the seed's 5 elements, or change one; optionally for one client (consent checked by the server). */
export function ApproachForm({ employer, approach, clients, onSaved, onCancel }: {
  employer: Employer;
  approach?: EmployerApproach;
  clients: { id: string; name: string }[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('employers');
  const format = useFormat();
  const qc = useQueryClient();
  const focusLater = useFocusLater();
  const live = useLiveStatus();
  const [draft, setDraft] = useState<ApproachDraft>(() => approachDraft(todayIso(), approach));
  const [version, setVersion] = useState(approach?.version);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [sentClient, setSentClient] = useState('');
  const messages = useIssueMessages(null, formIssues(error, draft));
  const set = (patch: Partial<ApproachDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const issues = approachIssues(draft);
    if (issues.length > 0) {
      setError(browserProblem(issues));
      return;
    }
    setPending(true);
    setSentClient(draft.clientId);
    try {
      const body = approachInput(draft);
      if (approach) await api('PUT', `/api/employers/${employer.id}/approaches/${approach.id}`, { body, version });
      else await api('POST', `/api/employers/${employer.id}/approaches`, { body });
      await Promise.all([qc.invalidateQueries({ queryKey: employerKey(employer.id) }), qc.invalidateQueries({ queryKey: EMPLOYERS_KEY })]);
      onSaved();
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.status === 412) {
        const current = err.problem.current as EmployerApproach | undefined;
        if (current) setVersion(current.version);
      }
      setPending(false);
    }
  };

  const consentNeeded = error instanceof ApiError && error.status === 409 && error.fieldErrors().clientId === 'consent_required';
  const labels: Record<string, string> = {
    approachedOn: t('approaches.approachedOn'), clientId: t('approaches.client'), information: t('approaches.information'), method: t('approaches.method'),
    purpose: t('approaches.purpose'), meetingDate: t('approaches.meetingDate'), meetingContactId: t('approaches.meetingContact'),
    meetingWith: t('approaches.meetingWith'), meetingNotes: t('approaches.meetingNotes'), agreements: t('approaches.agreementsLegend'),
    agreementNotes: t('approaches.agreementNotes'), followUpDate: t('approaches.followUpDate'),
  };
  const summary: Record<string, { id: string; label: string; message?: string }> = Object.fromEntries(
    Object.entries(labels).map(([path, label]) => [path, { id: path === 'method' ? id(`method-${APPROACH_METHODS[0]}`) : path === 'agreements' ? id(`agreements-${APPROACH_AGREEMENTS[0]}`) : id(path), label, message: messages[path] }]),
  );
  draft.objections.forEach((_, i) => {
    for (const f of ['objection', 'response'] as const) {
      const path = `objections.${i}.${f}`;
      if (messages[path]) summary[path] = { id: id(path), label: `${t('approaches.objectionN', { n: i + 1 })}: ${t(`approaches.${f}`)}`, message: messages[path] };
    }
  });

  const area = (path: keyof ApproachDraft & string, max: number, hint?: string) => (
    <TextArea
      id={id(path)} label={labels[path]!} hint={hint} error={messages[path]} rows={3} maxLength={max}
      value={draft[path] as string} onChange={(e) => set({ [path]: e.target.value })}
    />
  );

  return (
    <div className="panel approach-form">
      <h3 id={HEADING_ID}>{approach ? t('approaches.editTitle', { date: format.date(approach.approachedOn) }) : t('approaches.addTitle')}</h3>
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby={HEADING_ID}>
        <ErrorSummary error={error} fields={summary}>
          {consentNeeded ? (
            <>
              <p><strong>{t('approaches.consentTitle')}</strong></p>
              <p>{t('approaches.consentText')}</p>
              <p><Link to={`/clients/${sentClient}/consents`}>{t('approaches.consentLink')}</Link></p>
            </>
          ) : null}
          {error instanceof ApiError && error.status === 412 ? <p>{t('stale')}</p> : null}
        </ErrorSummary>
        <TextField
          id={id('approachedOn')} label={labels.approachedOn!} type="date" required error={messages.approachedOn}
          value={draft.approachedOn} onChange={(e) => set({ approachedOn: e.target.value })}
        />
        <SelectField id={id('clientId')} label={labels.clientId!} hint={t('approaches.clientHint')} error={messages.clientId} value={draft.clientId} onChange={(e) => set({ clientId: e.target.value })}>
          <option value="">{t('approaches.clientNone')}</option>
          {draft.clientId && !clients.some((c) => c.id === draft.clientId) ? <option value={draft.clientId}>{t('approaches.clientUnknown')}</option> : null}
          {clients.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </SelectField>

        <fieldset className="fieldset">
          <legend>{t('approaches.step1')}</legend>
          {area('information', LIMITS.information, t('approaches.informationHint'))}
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('approaches.step2')}</legend>
          <fieldset
            className={`check-group${messages.method ? ' field--error' : ''}`}
            aria-describedby={messages.method ? id('method-error') : undefined}
          >
            <legend>{labels.method}</legend>
            {messages.method ? <p id={id('method-error')} className="field__error">{messages.method}</p> : null}
            <div className="check-group__options">
              {APPROACH_METHODS.map((m) => (
                <div key={m} className="radio">
                  <input
                    type="radio" id={id(`method-${m}`)} name="approach-method" value={m} checked={draft.method === m}
                    onChange={() => set({ method: m })}
                  />
                  <label htmlFor={id(`method-${m}`)}>{t(`approaches.methods.${m}`)}</label>
                </div>
              ))}
            </div>
          </fieldset>
          {area('purpose', LIMITS.purpose)}
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('approaches.step3')}</legend>
          <TextField
            id={id('meetingDate')} label={labels.meetingDate!} type="date" error={messages.meetingDate}
            value={draft.meetingDate} onChange={(e) => set({ meetingDate: e.target.value })}
          />
          <SelectField id={id('meetingContactId')} label={labels.meetingContactId!} error={messages.meetingContactId} value={draft.meetingContactId} onChange={(e) => set({ meetingContactId: e.target.value })}>
            <option value="">{t('approaches.meetingContactNone')}</option>
            {employer.contacts.map((c) => <option key={c.id} value={c.id}>{c.jobTitle ? `${c.name} (${c.jobTitle})` : c.name}</option>)}
          </SelectField>
          <TextField
            id={id('meetingWith')} label={labels.meetingWith!} error={messages.meetingWith} maxLength={LIMITS.meetingWith}
            value={draft.meetingWith} onChange={(e) => set({ meetingWith: e.target.value })}
          />
          {area('meetingNotes', LIMITS.meetingNotes)}
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('approaches.step4')}</legend>
          <LiveStatus message={live.message} />
          {draft.objections.length === 0 ? <p>{t('approaches.objectionsNone')}</p> : null}
          {draft.objections.map((o, i) => (
            <fieldset key={o.key} className="approach-objection">
              <legend>{t('approaches.objectionN', { n: i + 1 })}</legend>
              <TextArea
                id={id(`objections.${i}.objection`)} label={t('approaches.objection')} error={messages[`objections.${i}.objection`]} rows={2} maxLength={LIMITS.objection}
                value={o.objection} onChange={(e) => set({ objections: draft.objections.map((x) => (x.key === o.key ? { ...x, objection: e.target.value } : x)) })}
              />
              <TextArea
                id={id(`objections.${i}.response`)} label={t('approaches.response')} error={messages[`objections.${i}.response`]} rows={2} maxLength={LIMITS.response}
                value={o.response} onChange={(e) => set({ objections: draft.objections.map((x) => (x.key === o.key ? { ...x, response: e.target.value } : x)) })}
              />
              <button
                type="button" className="button button--danger button--small"
                onClick={() => {
                  set({ objections: draft.objections.filter((x) => x.key !== o.key) });
                  setError(null);
                  live.say(t('approaches.objectionRemoved', { n: i + 1 }));
                  focusLater(ADD_OBJECTION_ID);
                }}
              >
                {t('approaches.removeObjection', { n: i + 1 })}
              </button>
            </fieldset>
          ))}
          {draft.objections.length < LIMITS.objections ? (
            <button
              type="button" id={ADD_OBJECTION_ID} className="button button--secondary"
              onClick={() => {
                const n = draft.objections.length;
                set({ objections: [...draft.objections, emptyObjection()] });
                live.say(t('approaches.objectionAdded', { n: n + 1 }));
                focusLater(id(`objections.${n}.objection`));
              }}
            >
              {t('approaches.addObjection')}
            </button>
          ) : null}
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('approaches.step5')}</legend>
          <fieldset className="check-group">
            <legend>{labels.agreements}</legend>
            <div className="check-group__options">
              {APPROACH_AGREEMENTS.map((g) => (
                <div key={g} className="checkbox">
                  <input
                    type="checkbox" id={id(`agreements-${g}`)} checked={draft.agreements.includes(g)}
                    onChange={(e) => set({ agreements: e.target.checked ? [...draft.agreements, g] : draft.agreements.filter((x) => x !== g) })}
                  />
                  <label htmlFor={id(`agreements-${g}`)}>{t(`approaches.agreements.${g}`)}</label>
                </div>
              ))}
            </div>
          </fieldset>
          {area('agreementNotes', LIMITS.agreementNotes)}
          <TextField
            id={id('followUpDate')} label={labels.followUpDate!} hint={t('approaches.followUpHint')} type="date" error={messages.followUpDate}
            min={draft.approachedOn || undefined} value={draft.followUpDate} onChange={(e) => set({ followUpDate: e.target.value })}
          />
        </fieldset>

        <div className="actions">
          <button type="submit" className="button" aria-disabled={pending || undefined}>{pending ? t('core:common.saving') : t('approaches.save')}</button>
          <button type="button" className="button button--secondary" onClick={onCancel}>{t('approaches.cancel')}</button>
        </div>
      </form>
    </div>
  );
}
