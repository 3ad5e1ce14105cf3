import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { CheckboxField, SelectField, TextField } from '../../ui/forms.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { TableWrap } from '../../ui/page.tsx';
import { employerKey, type Employer, type EmployerContact, type EmployerSite } from './api.ts';
import { fieldId, useIssueMessages } from './EmployerFields.tsx';
import { contactDraft, contactInput, contactIssues, LIMITS, type ContactDraft } from './forms.ts';

const PREFIX = 'contact';
const STATUS_ID = 'contacts-status';
const ADD_ID = 'contact-add';

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; contact: EmployerContact } | { kind: 'remove'; contact: EmployerContact };

/** The employer's contacts, those who decide on hiring first, added, changed and removed in place. */
export function Contacts({ employer, editable }: { employer: Employer; editable: boolean }) {
  const { t } = useTranslation('employers');
  const qc = useQueryClient();
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [removeError, setRemoveError] = useState<unknown>(null);
  const live = useLiveStatus();
  const focusLater = useFocusLater();
  const refresh = () => qc.invalidateQueries({ queryKey: employerKey(employer.id) });
  const siteName = (id: string | null) => employer.sites.find((s) => s.id === id)?.name;
  const done = (text: string) => {
    setMode({ kind: 'list' });
    live.say(<p>{text}</p>);
    focusLater(STATUS_ID);
  };
  const remove = async (contact: EmployerContact) => {
    try {
      await api('DELETE', `/api/employers/${employer.id}/contacts/${contact.id}`, { version: contact.version });
      await refresh();
      setRemoveError(null);
      done(t('contacts.removed', { name: contact.name }));
    } catch (err) {
      setRemoveError(err);
      void refresh();
    }
  };

  return (
    <section aria-labelledby="employer-contacts" className="employer-block">
      <h2 id="employer-contacts">{t('contacts.title')}</h2>
      <LiveStatus message={live.message} id={STATUS_ID} />
      {employer.contacts.length === 0 ? <p>{t('contacts.none')}</p> : (
        <TableWrap label={t('contacts.tableLabel')}>
          <table className="data-table">
            <caption>{t('contacts.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('contacts.name')}</th>
                <th scope="col">{t('contacts.role')}</th>
                <th scope="col">{t('contacts.contact')}</th>
                <th scope="col">{t('contacts.site')}</th>
                {editable ? <th scope="col">{t('contacts.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {employer.contacts.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  <td>
                    {c.jobTitle ? <>{c.jobTitle}<br /></> : null}
                    {c.decidesOnHiring ? <strong>{t('contacts.decides')}</strong> : <span className="muted">{t('contacts.notDecides')}</span>}
                  </td>
                  <td className="break">
                    {c.phone ? <><a href={`tel:${c.phone.replace(/\s/g, '')}`}>{c.phone}</a><br /></> : null}
                    {c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null}
                    {!c.phone && !c.email ? t('list.none') : null}
                  </td>
                  <td>{siteName(c.siteId) ?? t('contacts.siteNone')}</td>
                  {editable ? (
                    <td className="row-actions">
                      <button
                        type="button" id={`contact-edit-${c.id}`} className="button button--secondary button--small"
                        onClick={() => { live.clear(); setMode({ kind: 'edit', contact: c }); focusLater(fieldId(PREFIX, 'name')); }}
                      >
                        {t('contacts.edit')}<span className="visually-hidden"> {c.name}</span>
                      </button>
                      <button
                        type="button" className="button button--danger button--small"
                        onClick={() => { live.clear(); setRemoveError(null); setMode({ kind: 'remove', contact: c }); focusLater('contact-remove-yes'); }}
                      >
                        {t('contacts.remove')}<span className="visually-hidden"> {c.name}</span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {mode.kind === 'remove' ? (
        <div className="confirm" role="group" aria-labelledby="contact-remove-q">
          <p id="contact-remove-q">{t('contacts.removeConfirm', { name: mode.contact.name })}</p>
          {removeError ? <ErrorSummary error={removeError}>{removeError instanceof ApiError && removeError.status === 412 ? <p>{t('stale')}</p> : null}</ErrorSummary> : null}
          <div className="actions">
            <button type="button" id="contact-remove-yes" className="button button--danger" onClick={() => void remove(mode.contact)}>{t('contacts.removeYes')}</button>
            <button type="button" className="button button--secondary" onClick={() => { setMode({ kind: 'list' }); focusLater(`contact-edit-${mode.contact.id}`); }}>{t('core:common.cancel')}</button>
          </div>
        </div>
      ) : null}
      {mode.kind === 'add' || mode.kind === 'edit' ? (
        <ContactForm
          key={mode.kind === 'edit' ? mode.contact.id : 'new'}
          employerId={employer.id}
          sites={employer.sites}
          contact={mode.kind === 'edit' ? mode.contact : undefined}
          onSaved={async (name) => { await refresh(); done(mode.kind === 'edit' ? t('contacts.saved', { name }) : t('contacts.added', { name })); }}
          onCancel={() => { const back = mode.kind === 'edit' ? `contact-edit-${mode.contact.id}` : ADD_ID; setMode({ kind: 'list' }); focusLater(back); }}
        />
      ) : editable ? (
        <div className="actions">
          <button type="button" id={ADD_ID} className="button button--secondary" onClick={() => { live.clear(); setMode({ kind: 'add' }); focusLater(fieldId(PREFIX, 'name')); }}>
            {t('contacts.add')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

function ContactForm({ employerId, sites, contact, onSaved, onCancel }: {
  employerId: string;
  sites: EmployerSite[];
  contact?: EmployerContact;
  onSaved: (name: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('employers');
  const [draft, setDraft] = useState<ContactDraft>(() => contactDraft(contact));
  const [version, setVersion] = useState(contact?.version);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const messages = useIssueMessages(error);
  const headingId = 'contact-form-heading';
  const set = (patch: Partial<ContactDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const labels = {
    name: t('contacts.name'), jobTitle: t('contacts.jobTitle'), phone: t('contacts.phone'), email: t('contacts.email'),
    decidesOnHiring: t('contacts.decidesOnHiring'), siteId: t('contacts.site'),
  };
  const summary = Object.fromEntries((Object.keys(labels) as (keyof ContactDraft)[]).map((f) => [f, { id: fieldId(PREFIX, f), label: labels[f], message: messages[f] }]));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const issues = contactIssues(draft);
    if (issues.length > 0) {
      setError(browserProblem(issues));
      return;
    }
    setPending(true);
    try {
      const body = contactInput(draft);
      if (contact) await api('PUT', `/api/employers/${employerId}/contacts/${contact.id}`, { body, version });
      else await api('POST', `/api/employers/${employerId}/contacts`, { body });
      await onSaved(body.name);
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.status === 412) {
        const current = err.problem.current as EmployerContact | undefined;
        if (current) setVersion(current.version);
      }
      setPending(false);
    }
  };

  const text = (f: 'name' | 'jobTitle' | 'phone' | 'email', extra: { required?: boolean; type?: string; autoComplete?: string } = {}) => (
    <TextField
      id={fieldId(PREFIX, f)} label={labels[f]} error={messages[f]} required={extra.required} type={extra.type ?? 'text'}
      autoComplete={extra.autoComplete ?? 'off'} maxLength={LIMITS[f]} value={draft[f]} onChange={(e) => set({ [f]: e.target.value })}
    />
  );
  return (
    <div className="panel">
      <h3 id={headingId}>{contact ? t('contacts.editTitle', { name: contact.name }) : t('contacts.addTitle')}</h3>
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby={headingId}>
        <ErrorSummary error={error} fields={summary}>{error instanceof ApiError && error.status === 412 ? <p>{t('stale')}</p> : null}</ErrorSummary>
        {text('name', { required: true })}
        {text('jobTitle')}
        {text('phone', { type: 'tel' })}
        {text('email', { type: 'email' })}
        <CheckboxField
          id={fieldId(PREFIX, 'decidesOnHiring')} label={labels.decidesOnHiring} hint={t('contacts.decidesHint')}
          checked={draft.decidesOnHiring} onChange={(e) => set({ decidesOnHiring: e.target.checked })}
        />
        <SelectField id={fieldId(PREFIX, 'siteId')} label={labels.siteId} error={messages.siteId} value={draft.siteId} onChange={(e) => set({ siteId: e.target.value })}>
          <option value="">{t('contacts.siteNone')}</option>
          {sites.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </SelectField>
        <div className="actions">
          <button type="submit" className="button" aria-disabled={pending || undefined}>{pending ? t('core:common.saving') : t('contacts.save')}</button>
          <button type="button" className="button button--secondary" onClick={onCancel}>{t('core:common.cancel')}</button>
        </div>
      </form>
    </div>
  );
}
