import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../../common/schemas/consent.ts';
import { api, ApiError } from '../../api/client.ts';
import { useCan } from '../../api/session.ts';
import { LoadError, Loading, useProblemMessage } from '../../ui/feedback.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { useDossier } from '../clients/dossier.tsx';
import { DossierPage } from '../clients/dossier.tsx';
import { useConsents, useRefreshClient } from './api.ts';
import { ConsentForm } from './ConsentForm.tsx';
import { useConsentLabels } from './labels.ts';
import { groupByRecipient, localToday, splitConsents, type WithStatus } from './rules.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './consent.css';

const STATUS_ID = 'consents-status';

/** "Els Janssens (Groenhof Supermarkten)", "Groenhof Supermarkten" or "Vrachtwerk Gent (werkgever zonder eigen account)". */
export function useRecipientName() {
  const { t } = useTranslation('consent');
  return (r: Consent['recipient']) => {
    if (r.employer) return r.employer.passendAccount ? r.employer.name : t('labels.employerWithoutAccount', { employer: r.employer.name });
    const organisation = r.organisation?.name ?? '';
    return r.person ? t('labels.personOf', { person: r.person.name, organisation }) : organisation;
  };
}

/** The coach's overview of what is shared with whom, withdrawing, and recording a new consent. */
export function ConsentsPage() {
  const { t } = useTranslation('consent');
  const { t: tc } = useTranslation();
  const { client, purpose } = useDossier();
  const consents = useConsents(client.id, purpose);
  const canGive = useCan('consents.give') && client.relation !== 'recipient';
  const labels = useConsentLabels();
  const recipientName = useRecipientName();
  const refresh = useRefreshClient();
  const live = useLiveStatus();
  const focusLater = useFocusLater();

  const recorded = (c: Consent) => {
    refresh(client.id, c);
    live.say(<p>{t('coach.form.saved', { recipient: recipientName(c.recipient), categories: labels.categories(c.categories), purpose: labels.purpose(c.purpose) })}</p>);
    focusLater(STATUS_ID);
  };
  const withdrawn = (c: Consent, text: string) => {
    refresh(client.id, c);
    live.say(<p>{text}</p>);
    focusLater(STATUS_ID);
  };

  const today = localToday();
  const split = consents.data ? splitConsents(consents.data, today) : null;

  return (
    <DossierPage section={tc('clients:dossier.sections.consents')} intro={<p>{t('coach.consents.intro')}</p>}>
      <LiveStatus message={live.message} id={STATUS_ID} />
      <section aria-labelledby="consents-current-title">
        <h2 id="consents-current-title">{t('coach.consents.currentTitle')}</h2>
        {consents.isPending ? <Loading /> : consents.isError ? <LoadError error={consents.error} retry={() => void consents.refetch()} /> : null}
        {split && split.current.length === 0 ? <p>{t('coach.consents.currentEmpty')}</p> : null}
        {split
          ? groupByRecipient(split.current).map((g) => (
            <section key={g.key} className="consent-recipient" aria-labelledby={`recipient-${g.key}`}>
              <h3 id={`recipient-${g.key}`}>
                {g.employer ? g.employer.name : g.person ? t('labels.personOf', { person: g.person.name, organisation: g.organisation?.name ?? '' }) : g.organisation?.name}
                <span className="muted"> – {g.organisation ? tc(`kinds.${g.organisation.kind}`) : t('labels.employerKind')}</span>
              </h3>
              <ul className="consent-list">
                {g.items.map((item) => (
                  <li key={item.consent.id}>
                    <ConsentCard item={item} canWithdraw={canGive} onWithdrawn={withdrawn} onCancelled={() => live.clear()} />
                  </li>
                ))}
              </ul>
            </section>
          ))
          : null}
      </section>

      {split ? (
        <section aria-labelledby="consents-ended-title">
          <h2 id="consents-ended-title">{t('coach.consents.endedTitle')}</h2>
          {split.ended.length === 0 ? <p>{t('coach.consents.endedEmpty')}</p> : (
            <ul className="consent-list">
              {split.ended.map((item) => (
                <li key={item.consent.id}>
                  <ConsentCard item={item} canWithdraw={false} showRecipient onWithdrawn={withdrawn} onCancelled={() => live.clear()} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {canGive ? (
        <section aria-labelledby="consent-form-title" className="consent-form">
          <h2 id="consent-form-title">{t('coach.form.title')}</h2>
          <p className="muted">{t('coach.form.intro')}</p>
          <ConsentForm clientId={client.id} onRecorded={recorded} />
        </section>
      ) : null}
    </DossierPage>
  );
}

/** One consent: everything about it, and withdrawing it after a confirmation. */
function ConsentCard({ item, canWithdraw, showRecipient, onWithdrawn, onCancelled }: {
  item: WithStatus; canWithdraw: boolean; showRecipient?: boolean;
  onWithdrawn: (c: Consent, message: string) => void; onCancelled: () => void;
}) {
  const { t } = useTranslation('consent');
  const labels = useConsentLabels();
  const recipientName = useRecipientName();
  const problem = useProblemMessage();
  const focusLater = useFocusLater();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { consent: c, status } = item;
  // Under a recipient's h3 in the overview; straight under the h2 in the list of ended ones.
  const Heading = showRecipient ? 'h3' : 'h4';
  const recipient = recipientName(c.recipient);
  const purpose = labels.purpose(c.purpose);
  const headingId = `consent-${c.id}-title`;
  const buttonId = `consent-${c.id}-withdraw`;
  const questionId = `consent-${c.id}-question`;

  const withdraw = async () => {
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      const updated = await api<Consent>('POST', `/api/clients/${c.clientId}/consents/${c.id}/withdraw`);
      onWithdrawn(updated, t('coach.consents.withdrawn', { recipient, purpose }));
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        onWithdrawn({ ...c, withdrawnAt: c.withdrawnAt ?? new Date().toISOString() }, t('coach.consents.alreadyWithdrawn'));
      } else {
        setError(problem(err));
        setPending(false);
      }
    }
  };

  return (
    <article className={`card consent-card consent-card--${status}`} aria-labelledby={headingId}>
      <Heading id={headingId}>
        {showRecipient ? `${recipient}: ` : ''}{purpose}
      </Heading>
      <dl className="details">
        <dt>{t('coach.consents.status')}</dt>
        <dd><span className={`tag consent-status consent-status--${status}`}>{t(`labels.status.${status}`)}</span></dd>
        <dt>{t('coach.consents.categories')}</dt>
        <dd>
          <ul className="consent-categories">
            {c.categories.map((cat) => <li key={cat}>{labels.category(cat)}</li>)}
          </ul>
        </dd>
        <dt>{t('coach.consents.validity')}</dt>
        <dd>
          {c.validUntil
            ? t('coach.consents.validFromUntil', { from: labels.day(c.validFrom), until: labels.day(c.validUntil) })
            : t('coach.consents.validFromOpen', { from: labels.day(c.validFrom) })}
        </dd>
        <dt>{t('coach.consents.method')}</dt>
        <dd>{labels.method(c.method)}</dd>
        <dt>{t('coach.consents.recordedBy')}</dt>
        <dd>{t('coach.consents.recordedByValue', { name: c.recordedBy.name, at: labels.moment(c.recordedAt) })}</dd>
        <dt>{t('coach.consents.evidence')}</dt>
        <dd className="consent-evidence">{c.evidence || <span className="muted">{t('coach.consents.noEvidence')}</span>}</dd>
        {c.withdrawnAt ? (
          <>
            <dt>{t('coach.consents.withdrawnBy')}</dt>
            <dd>{t('coach.consents.recordedByValue', { name: c.withdrawnBy?.name ?? t('labels.unknownPerson'), at: labels.moment(c.withdrawnAt) })}</dd>
          </>
        ) : null}
      </dl>
      {canWithdraw && !confirming ? (
        <div className="actions">
          <button
            type="button"
            id={buttonId}
            className="button button--secondary"
            onClick={() => {
              onCancelled();
              setConfirming(true);
              focusLater(questionId);
            }}
          >
            {t('coach.consents.withdraw')}
            <span className="visually-hidden">{` – ${t('coach.consents.withdrawContext', { recipient, purpose, categories: labels.categories(c.categories) })}`}</span>
          </button>
        </div>
      ) : null}
      {canWithdraw && confirming ? (
        <div className="consent-confirm">
          <p id={questionId} tabIndex={-1}><strong>{t('coach.consents.confirmQuestion', { recipient })}</strong></p>
          {error ? <p className="field__error" role="alert">{error}</p> : null}
          <div className="actions">
            <button type="button" className="button button--danger" aria-disabled={pending || undefined} aria-describedby={questionId} onClick={() => void withdraw()}>
              {pending ? t('coach.consents.withdrawing') : t('coach.consents.confirmYes')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirming(false);
                setError(null);
                focusLater(buttonId);
              }}
            >
              {t('coach.consents.confirmNo')}
            </button>
          </div>
        </div>
      ) : null}
    </article>
  );
}
