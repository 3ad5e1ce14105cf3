import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LOCALES, type Locale } from '../../../../common/roles.ts';
import type { ClientDossier, PortalAccount } from '../../../../common/schemas/clients.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { useCan } from '../../api/session.ts';
import { useDemo } from '../admin/api.ts';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { SelectField, TextField } from '../../ui/forms.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { clientKey } from './dossier.tsx';

const STATUS_ID = 'portal-status';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The client's own account for the portal: whether they have one, and for their coaching team
 * a form to invite them (or send the invitation again while it is not accepted).
 */
export function PortalAccess({ client }: { client: ClientDossier }) {
  const { t } = useTranslation('clients');
  const canUpdate = useCan('clients.update');
  const account = client.portalAccount ?? null;
  const [open, setOpen] = useState(false);
  const live = useLiveStatus();
  const focusLater = useFocusLater();
  const demo = useDemo();
  const mayInvite = canUpdate && (account === null || account.status === 'invited');

  return (
    <section className="dossier-block" aria-labelledby="portal-title">
      <h2 id="portal-title">{t('portal.title')}</h2>
      <p>{statusText(t, account)}</p>
      <LiveStatus message={live.message} id={STATUS_ID} />
      {mayInvite ? (
        <>
          <div className="actions">
            <button
              type="button"
              id="portal-toggle"
              className="button button--secondary"
              aria-expanded={open}
              aria-controls={open ? 'portal-form' : undefined}
              onClick={() => {
                live.clear();
                setOpen(!open);
                if (!open) focusLater('portal-email');
              }}
            >
              {account ? t('portal.resend') : t('portal.invite')}
            </button>
          </div>
          {open ? (
            <PortalInviteForm
              client={client}
              account={account}
              onDone={(sent) => {
                setOpen(false);
                live.say(
                  <>
                    <p>{t('portal.sent', { email: sent.email })}</p>
                    {demo.data?.demoMode ? <p><Link to="/dev/mailbox">{t('portal.openMailbox')}</Link></p> : null}
                  </>,
                );
                focusLater(STATUS_ID);
              }}
              onCancel={() => {
                setOpen(false);
                focusLater('portal-toggle');
              }}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function statusText(t: (key: string, opts?: Record<string, string>) => string, account: PortalAccount | null): string {
  if (!account) return t('portal.none');
  return t(`portal.status.${account.status}`, { email: account.email });
}

function PortalInviteForm({ client, account, onDone, onCancel }: {
  client: ClientDossier; account: PortalAccount | null; onDone: (sent: PortalAccount) => void; onCancel: () => void;
}) {
  const { t } = useTranslation('clients');
  const qc = useQueryClient();
  const [email, setEmail] = useState(account?.email ?? client.identity?.email ?? '');
  const [locale, setLocale] = useState<Locale>(currentLocale());
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const codes = error instanceof ApiError ? error.fieldErrors() : {};
  const emailError = codes.email === 'email_taken' || (error instanceof ApiError && error.code === 'email_taken')
    ? t('portal.errors.taken')
    : codes.email ? t('portal.errors.email') : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    if (!EMAIL.test(email.trim())) {
      setError(browserProblem([{ path: 'email', message: 'invalid' }]));
      return;
    }
    setPending(true);
    try {
      const sent = await api<PortalAccount>('POST', `/api/clients/${client.id}/portal-account`, { body: { email: email.trim(), locale } });
      setError(null);
      await qc.invalidateQueries({ queryKey: clientKey(client.id) });
      onDone(sent);
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.status === 409 && err.code === 'conflict') void qc.invalidateQueries({ queryKey: clientKey(client.id) });
    } finally {
      setPending(false);
    }
  };

  return (
    <form id="portal-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="portal-title" className="dossier-form">
      <ErrorSummary error={error} fields={{ email: { id: 'portal-email', label: t('portal.email'), message: emailError } }} />
      <p className="field__hint">{t('portal.intro')}</p>
      <TextField id="portal-email" type="email" autoComplete="off" label={t('portal.email')} required error={emailError} value={email} onChange={(e) => setEmail(e.target.value)} />
      <SelectField id="portal-locale" label={t('portal.language')} hint={t('portal.languageHint')} required value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
        {LOCALES.map((l) => <option key={l} value={l} lang={l}>{t(`core:language.${l}`)}</option>)}
      </SelectField>
      <div className="actions">
        <button type="submit" className="button" aria-disabled={pending || undefined}>{pending ? t('portal.sending') : account ? t('portal.resend') : t('portal.invite')}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('core:common.cancel')}</button>
      </div>
    </form>
  );
}
