import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CONSENT_PURPOSES, type ConsentPurpose } from '../../../../common/consent.ts';
import type { ClientList } from '../../../../common/schemas/clients.ts';
import { api } from '../../api/client.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { SelectField } from '../../ui/forms.tsx';
import { Page } from '../../ui/page.tsx';
import { isPurpose, purposeFromParams, sharedClientHref, sharedEntries, type SharedEntry } from './shared.ts';
import { usePhaseText } from './texts.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './shared.css';

/** The clients shared with me for one purpose; every read asks afresh (a withdrawal counts at once). */
function useSharedClients(purpose: ConsentPurpose) {
  return useQuery({
    queryKey: ['clients', 'shared', purpose],
    queryFn: ({ signal }) => api<ClientList>('GET', '/api/clients', { query: { purpose }, signal }),
  });
}

/**
 * /shared: for employers and partner agencies, the clients who share data with them for the
 * chosen purpose (kept in the address). A client who does not share their identity is shown
 * under a neutral label ("Kandidaat 1").
 */
export function SharedClientsPage() {
  const { t } = useTranslation('shared');
  const [params, setParams] = useSearchParams();
  const purpose = purposeFromParams(params);
  const shared = useSharedClients(purpose);
  const entries = shared.data ? sharedEntries(shared.data.items) : [];

  return (
    <Page title={t('list.title')} intro={<p>{t('list.intro')}</p>}>
      <div className="shared-purpose">
        <SelectField
          id="shared-purpose"
          label={t('list.purpose')}
          hint={t('list.purposeHint')}
          required
          value={purpose}
          onChange={(e) => {
            if (isPurpose(e.target.value)) setParams({ purpose: e.target.value }, { replace: true });
          }}
        >
          {CONSENT_PURPOSES.map((p) => (
            <option key={p} value={p}>{t(`purposes.${p}`)}</option>
          ))}
        </SelectField>
      </div>

      {shared.isPending ? (
        <Loading />
      ) : shared.isError ? (
        <LoadError error={shared.error} retry={() => void shared.refetch()} />
      ) : (
        <>
          <p role="status" className="shared-count">
            {entries.length === 0 ? t('list.empty') : t('list.count', { count: entries.length })}
          </p>
          {entries.length === 0 ? (
            <p>{t('list.emptyHint')}</p>
          ) : (
            <ul className="cards shared-cards" aria-label={t('list.listLabel')}>
              {entries.map((entry) => <SharedCard key={entry.id} entry={entry} purpose={purpose} />)}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}

function SharedCard({ entry, purpose }: { entry: SharedEntry; purpose: ConsentPurpose }) {
  const { t } = useTranslation('shared');
  const phaseText = usePhaseText();
  const label = entry.name ?? t('candidate', { number: entry.number });
  return (
    <li className="card shared-card">
      <h2>
        <Link to={sharedClientHref(entry.id, purpose)} state={entry.number === null ? undefined : { number: entry.number }}>
          {label}
        </Link>
      </h2>
      {entry.phase === null ? null : <p>{phaseText(entry.phase)}</p>}
    </li>
  );
}
