import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportContactInput } from '../../../../common/schemas/clients.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { useCan } from '../../api/session.ts';
import { ErrorSummary, LoadError, Loading } from '../../ui/feedback.tsx';
import { CheckboxField, TextField } from '../../ui/forms.tsx';
import { TableWrap } from '../../ui/page.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { clientKey, useDossier } from './dossier.tsx';
import { useSupportContacts, type SupportContact } from './queries.ts';

const STATUS_ID = 'network-status';
const FORM_TITLE = 'network-form-title';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Mode = { kind: 'closed' } | { kind: 'add' } | { kind: 'edit'; contact: SupportContact } | { kind: 'remove'; contact: SupportContact };

const editId = (id: string) => `network-edit-${id}`;

/**
 * The people the client names (family, teachers, friends, other professionals) and whether the
 * client allows contact: list, add, change, remove (after a confirmation).
 */
export function SupportNetwork() {
  const { t } = useTranslation('clients');
  const { client, name } = useDossier();
  const contacts = useSupportContacts(client.id);
  const canUpdate = useCan('clients.update');
  const qc = useQueryClient();
  const [mode, setMode] = useState<Mode>({ kind: 'closed' });
  const live = useLiveStatus();
  const focusLater = useFocusLater();

  const refresh = () => qc.invalidateQueries({ queryKey: clientKey(client.id) });
  const done = async (message: string) => {
    await refresh();
    setMode({ kind: 'closed' });
    live.say(<p>{message}</p>);
    focusLater(STATUS_ID);
  };
  const cancel = () => {
    const back = mode.kind === 'edit' || mode.kind === 'remove' ? editId(mode.contact.id) : 'network-add';
    setMode({ kind: 'closed' });
    focusLater(back);
  };

  return (
    <section aria-labelledby="network-title" className="dossier-block">
      <h2 id="network-title">{t('network.title')}</h2>
      <p className="muted">{t('network.intro')}</p>
      <LiveStatus message={live.message} id={STATUS_ID} />
      {contacts.isPending ? <Loading /> : null}
      {contacts.isError ? <LoadError error={contacts.error} retry={() => void contacts.refetch()} /> : null}
      {contacts.isSuccess && contacts.data.length === 0 ? <p>{t('network.empty')}</p> : null}
      {contacts.isSuccess && contacts.data.length > 0 ? (
        <TableWrap label={t('network.tableLabel')}>
          <table className="data-table">
            <caption>{t('network.caption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('network.name')}</th>
                <th scope="col">{t('network.relation')}</th>
                <th scope="col">{t('network.organisationColumn')}</th>
                <th scope="col">{t('network.phone')}</th>
                <th scope="col">{t('network.email')}</th>
                <th scope="col">{t('network.contactAllowedColumn')}</th>
                {canUpdate ? <th scope="col">{t('network.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {contacts.data.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  <td>{c.relation}</td>
                  <td>{c.organisation}</td>
                  <td>{c.phone}</td>
                  <td className="break">{c.email}</td>
                  <td>{c.contactAllowed ? t('core:common.yes') : t('core:common.no')}</td>
                  {canUpdate ? (
                    <td className="row-actions">
                      <button
                        type="button"
                        id={editId(c.id)}
                        className="button button--secondary button--small"
                        onClick={() => {
                          live.clear();
                          setMode({ kind: 'edit', contact: c });
                          focusLater('network-name');
                        }}
                      >
                        {t('network.edit')}<span className="visually-hidden"> {c.name}</span>
                      </button>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => {
                          live.clear();
                          setMode({ kind: 'remove', contact: c });
                          focusLater('network-remove-title');
                        }}
                      >
                        {t('network.remove')}<span className="visually-hidden"> {c.name}</span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}

      {mode.kind === 'remove' ? (
        <RemoveConfirm
          clientId={client.id}
          contact={contacts.data?.find((c) => c.id === mode.contact.id) ?? mode.contact}
          onDone={() => void done(t('network.removed', { name: mode.contact.name }))}
          onGone={() => void done(t('network.gone'))}
          onCancel={cancel}
          refresh={() => void refresh()}
        />
      ) : null}

      {canUpdate && mode.kind !== 'add' && mode.kind !== 'edit' ? (
        <div className="actions">
          <button
            type="button"
            id="network-add"
            className="button"
            onClick={() => {
              live.clear();
              setMode({ kind: 'add' });
              focusLater('network-name');
            }}
          >
            {t('network.add')}
          </button>
        </div>
      ) : null}

      {mode.kind === 'add' || mode.kind === 'edit' ? (
        <section className="panel" aria-labelledby={FORM_TITLE}>
          <h3 id={FORM_TITLE}>{mode.kind === 'add' ? t('network.addTitle') : t('network.editTitle', { name: mode.contact.name })}</h3>
          <ContactForm
            key={mode.kind === 'edit' ? mode.contact.id : 'new'}
            clientId={client.id}
            contact={mode.kind === 'edit' ? mode.contact : undefined}
            onSaved={(saved) => void done(mode.kind === 'add' ? t('network.added', { name: saved }) : t('network.updated', { name: saved }))}
            onCancel={cancel}
            refresh={() => void refresh()}
          />
        </section>
      ) : null}
    </section>
  );
}

function ContactForm({ clientId, contact, onSaved, onCancel, refresh }: {
  clientId: string;
  contact?: SupportContact;
  onSaved: (name: string) => void;
  onCancel: () => void;
  refresh: () => void;
}) {
  const { t } = useTranslation('clients');
  const [form, setForm] = useState<Required<SupportContactInput>>({
    name: contact?.name ?? '', relation: contact?.relation ?? '', organisation: contact?.organisation ?? '',
    phone: contact?.phone ?? '', email: contact?.email ?? '', contactAllowed: contact?.contactAllowed ?? false,
  });
  const [version, setVersion] = useState(contact?.version);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));

  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};
  const messages = {
    name: fieldErrors.name ? t('errors.required') : undefined,
    email: fieldErrors.email ? t('errors.emailInvalid') : undefined,
    relation: fieldErrors.relation ? t('errors.tooLong') : undefined,
    organisation: fieldErrors.organisation ? t('errors.tooLong') : undefined,
    phone: fieldErrors.phone ? t('errors.tooLong') : undefined,
  };
  const stale = error instanceof ApiError && error.status === 412;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const issues = [
      ...(form.name.trim() ? [] : [{ path: 'name', message: 'required' }]),
      ...(form.email.trim() && !EMAIL.test(form.email.trim()) ? [{ path: 'email', message: 'emailInvalid' }] : []),
    ];
    if (issues.length > 0) {
      setError(browserProblem(issues));
      return;
    }
    setPending(true);
    const body: SupportContactInput = {
      name: form.name.trim(), relation: form.relation.trim(), organisation: form.organisation.trim(), phone: form.phone.trim(),
      email: form.email.trim(), contactAllowed: form.contactAllowed,
    };
    try {
      if (contact) await api('PUT', `/api/clients/${clientId}/support-contacts/${contact.id}`, { body, version });
      else await api('POST', `/api/clients/${clientId}/support-contacts`, { body });
      setError(null);
      onSaved(body.name);
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.status === 412) {
        const current = err.problem.current as { version?: number } | undefined;
        if (typeof current?.version === 'number') setVersion(current.version);
        refresh();
      }
      if (err instanceof ApiError && err.status === 404) refresh();
    } finally {
      setPending(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby={FORM_TITLE}>
      <ErrorSummary
        error={error}
        fields={{
          name: { id: 'network-name', label: t('network.name'), message: messages.name },
          relation: { id: 'network-relation', label: t('network.relation'), message: messages.relation },
          organisation: { id: 'network-organisation', label: t('network.organisation'), message: messages.organisation },
          phone: { id: 'network-phone', label: t('network.phone'), message: messages.phone },
          email: { id: 'network-email', label: t('network.email'), message: messages.email },
        }}
      >
        {stale ? <p>{t('network.stale')}</p> : null}
      </ErrorSummary>
      <TextField id="network-name" label={t('network.name')} required error={messages.name} maxLength={200} autoComplete="off" value={form.name} onChange={(e) => set('name', e.target.value)} />
      <TextField id="network-relation" label={t('network.relation')} hint={t('network.relationHint')} error={messages.relation} maxLength={100} autoComplete="off" value={form.relation} onChange={(e) => set('relation', e.target.value)} />
      <TextField id="network-organisation" label={t('network.organisation')} error={messages.organisation} maxLength={200} autoComplete="off" value={form.organisation} onChange={(e) => set('organisation', e.target.value)} />
      <TextField id="network-phone" label={t('network.phone')} type="tel" inputMode="tel" error={messages.phone} maxLength={50} autoComplete="off" value={form.phone} onChange={(e) => set('phone', e.target.value)} />
      <TextField id="network-email" label={t('network.email')} type="email" inputMode="email" error={messages.email} maxLength={254} autoComplete="off" spellCheck={false} value={form.email} onChange={(e) => set('email', e.target.value)} />
      <CheckboxField id="network-allowed" label={t('network.contactAllowed')} checked={form.contactAllowed} onChange={(e) => set('contactAllowed', e.target.checked)} />
      <div className="actions">
        <button type="submit" className="button" aria-disabled={pending || undefined}>{pending ? t('core:common.saving') : t('core:common.save')}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('core:common.cancel')}</button>
      </div>
    </form>
  );
}

/** "Remove X?" with yes and cancel; focus lands on its heading so a screen reader reads the question. */
function RemoveConfirm({ clientId, contact, onDone, onGone, onCancel, refresh }: {
  clientId: string;
  contact: SupportContact;
  onDone: () => void;
  onGone: () => void;
  onCancel: () => void;
  refresh: () => void;
}) {
  const { t } = useTranslation('clients');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const remove = async () => {
    if (pending) return;
    setPending(true);
    try {
      await api('DELETE', `/api/clients/${clientId}/support-contacts/${contact.id}`, { version: contact.version });
      onDone();
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        onGone();
        return;
      }
      setError(err);
      if (err instanceof ApiError && err.status === 412) refresh();
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="confirm" role="group" aria-labelledby="network-remove-title">
      <h3 id="network-remove-title" tabIndex={-1}>{t('network.removeTitle', { name: contact.name })}</h3>
      <p>{t('network.removeBody')}</p>
      <ErrorSummary error={error} />
      <div className="actions">
        <button type="button" className="button button--danger" aria-disabled={pending || undefined} onClick={() => void remove()}>
          {t('network.removeYes')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('core:common.cancel')}</button>
      </div>
    </div>
  );
}
