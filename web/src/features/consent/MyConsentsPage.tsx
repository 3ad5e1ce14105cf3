import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../../common/schemas/consent.ts';
import { api, ApiError } from '../../api/client.ts';
import { LoadError, Loading, useProblemMessage } from '../../ui/feedback.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { PortalPage, usePortal } from '../portal/portal.tsx';
import { useConsents, useRefreshClient } from './api.ts';
import { GiveConsentForm } from './GiveConsentForm.tsx';
import { useConsentLabels } from './labels.ts';
import { localToday, splitConsents, type WithStatus } from './rules.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './consent.css';

const STATUS_ID = 'my-consents-status';

/** Plain sentences about one consent: "Groenhof Supermarkten mag je beroepsprofiel zien, om werk voor je te zoeken." */
function usePlain() {
  const { t } = useTranslation('consent');
  const labels = useConsentLabels();
  const recipient = (c: Consent) =>
    c.recipient.employer ? c.recipient.employer.name
      : c.recipient.person ? t('my.accessLog.whoOf', { person: c.recipient.person.name, organisation: c.recipient.organisation?.name ?? '' })
        : c.recipient.organisation?.name ?? '';
  const what = (c: Consent) => labels.categories(c.categories, 'plain');
  const why = (c: Consent) => labels.purpose(c.purpose, 'plain');
  return { recipient, what, why, day: labels.day };
}

/** "Wie mag wat zien": the client's consents in plain words; stop sharing, share something new. */
export function MyConsentsPage() {
  const { t } = useTranslation('consent');
  const { t: tp } = useTranslation('portal');
  const { client } = usePortal();
  const consents = useConsents(client.id);
  const refresh = useRefreshClient();
  const live = useLiveStatus();
  const focusLater = useFocusLater();
  const plain = usePlain();
  const split = consents.data ? splitConsents(consents.data, localToday()) : null;

  const changed = (c: Consent, text: string) => {
    refresh(client.id, c);
    live.say(<p>{text}</p>);
    focusLater(STATUS_ID);
  };

  return (
    <PortalPage title={tp('nav.consents')} intro={<p>{t('my.consents.intro')}</p>}>
      <LiveStatus message={live.message} id={STATUS_ID} />
      <section aria-labelledby="my-current-title">
        <h2 id="my-current-title">{t('my.consents.currentTitle')}</h2>
        {consents.isPending ? <Loading /> : consents.isError ? <LoadError error={consents.error} retry={() => void consents.refetch()} /> : null}
        {split && split.current.length === 0 ? <p>{t('my.consents.currentEmpty')}</p> : null}
        {split && split.current.length > 0 ? (
          <ul className="consent-list">
            {split.current.map((item) => (
              <li key={item.consent.id}>
                <MyConsent item={item} onStopped={changed} onOpen={() => live.clear()} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="give-title" className="consent-form">
        <h2 id="give-title">{t('my.give.title')}</h2>
        <p>{t('my.give.intro')}</p>
        <GiveConsentForm clientId={client.id} onGiven={(c) => changed(c, t('my.give.saved', { recipient: plain.recipient(c), what: plain.what(c) }))} />
      </section>

      {split ? (
        <section aria-labelledby="my-ended-title">
          <h2 id="my-ended-title">{t('my.consents.endedTitle')}</h2>
          {split.ended.length === 0 ? <p>{t('my.consents.endedEmpty')}</p> : (
            <ul className="consent-list">
              {split.ended.map(({ consent: c, status }) => (
                <li key={c.id} className="card my-consent consent-card--ended">
                  <p>{t('my.consents.endedSentence', { recipient: plain.recipient(c), what: plain.what(c), why: plain.why(c) })}</p>
                  <p>
                    {status === 'withdrawn' && c.withdrawnAt
                      ? t('my.consents.endedWithdrawn', { date: plain.day(c.withdrawnAt.slice(0, 10)) })
                      : t('my.consents.endedExpired', { date: plain.day(c.validUntil ?? c.validFrom) })}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </PortalPage>
  );
}

/** One thing the client shares, in a sentence, with the big "Stop met delen" and its question. */
function MyConsent({ item, onStopped, onOpen }: { item: WithStatus; onStopped: (c: Consent, text: string) => void; onOpen: () => void }) {
  const { t } = useTranslation('consent');
  const plain = usePlain();
  const problem = useProblemMessage();
  const focusLater = useFocusLater();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { consent: c, status } = item;
  const recipient = plain.recipient(c);
  const what = plain.what(c);
  const buttonId = `my-consent-${c.id}-stop`;
  const questionId = `my-consent-${c.id}-question`;

  const stop = async () => {
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      const updated = await api<Consent>('POST', `/api/clients/${c.clientId}/consents/${c.id}/withdraw`);
      onStopped(updated, t('my.consents.stopped', { recipient, what }));
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        onStopped({ ...c, withdrawnAt: c.withdrawnAt ?? new Date().toISOString() }, t('my.consents.alreadyStopped'));
      } else {
        setError(problem(err));
        setPending(false);
      }
    }
  };

  return (
    <div className="card my-consent">
      <p><strong>{t('my.consents.sentence', { recipient, what, why: plain.why(c) })}</strong></p>
      {c.recipient.employer && !c.recipient.employer.passendAccount ? <p>{t('my.consents.employerNote')}</p> : null}
      {status === 'not_yet_valid' ? <p>{t('my.consents.from', { date: plain.day(c.validFrom) })}</p> : null}
      <p>{c.validUntil ? t('my.consents.until', { date: plain.day(c.validUntil) }) : t('my.consents.untilOpen')}</p>
      {confirming ? (
        <div className="consent-confirm">
          <p id={questionId} tabIndex={-1}><strong>{t('my.consents.confirmQuestion', { recipient, what })}</strong></p>
          {error ? <p className="field__error" role="alert">{error}</p> : null}
          <div className="actions">
            <button type="button" className="button button--danger button--big" aria-disabled={pending || undefined} onClick={() => void stop()}>
              {pending ? t('my.consents.stopping') : t('my.consents.confirmYes')}
            </button>
            <button
              type="button"
              className="button button--secondary button--big"
              onClick={() => {
                setConfirming(false);
                setError(null);
                focusLater(buttonId);
              }}
            >
              {t('my.consents.confirmNo')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button
            type="button"
            id={buttonId}
            className="button button--danger button--big"
            onClick={() => {
              onOpen();
              setConfirming(true);
              focusLater(questionId);
            }}
          >
            {t('my.consents.stop')}
            <span className="visually-hidden"> {t('my.consents.stopContext', { recipient, what })}</span>
          </button>
        </div>
      )}
    </div>
  );
}
