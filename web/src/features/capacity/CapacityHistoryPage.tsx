import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { CapacityProfile, CapacityVersionList } from '../../../../common/schemas/capacity.ts';
import { api } from '../../api/client.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { TableWrap } from '../../ui/page.tsx';
import { DossierPage, useDossier } from '../clients/dossier.tsx';
import { formatDay, formatMoment } from '../plan/format.ts';
import { capacityKey, capacityPath } from './CapacityPage.tsx';
import { CapacityView } from './CapacityView.tsx';
import './capacity.css';

type VersionList = z.infer<typeof CapacityVersionList>;

const VERSION_HEADING = 'cap-version-heading';

/** /clients/:id/capacity/history: every saved version (who, when), and one chosen version's scores to read. */
export function CapacityHistoryPage() {
  const { t, i18n } = useTranslation('capacity');
  const { client, purpose } = useDossier();
  const [params, setParams] = useSearchParams();
  const chosen = Number(params.get('version')) || null;
  const versions = useQuery({
    queryKey: capacityKey(client.id, 'versions', purpose ?? null),
    queryFn: () => api<VersionList>('GET', `${capacityPath(client.id)}/versions`, { query: { purpose } }),
  });
  const locale = i18n.language;
  const choose = (version: number) => {
    const next = new URLSearchParams(params);
    next.set('version', String(version));
    setParams(next, { replace: true });
  };
  return (
    <DossierPage section={t('history.title')} intro={<p>{t('history.intro')}</p>}>
      <p><Link to={`/clients/${client.id}/capacity${purpose ? `?purpose=${purpose}` : ''}`}>{t('history.back')}</Link></p>
      {versions.isPending ? <Loading /> : null}
      {versions.isError ? <LoadError error={versions.error} retry={() => void versions.refetch()} /> : null}
      {versions.data && versions.data.items.length === 0 ? <p>{t('history.none')}</p> : null}
      {versions.data && versions.data.items.length > 0 ? (
        <TableWrap label={t('history.caption')}>
          <table className="data-table cap-history">
            <caption>{t('history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.version')}</th>
                <th scope="col">{t('history.assessedOn')}</th>
                <th scope="col">{t('history.savedAt')}</th>
                <th scope="col">{t('history.savedBy')}</th>
                <th scope="col">{t('history.scored')}</th>
                <th scope="col"><span className="visually-hidden">{t('history.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {versions.data.items.map((v) => (
                <tr key={v.version} className={chosen === v.version ? 'is-selected' : undefined}>
                  <th scope="row">{v.version}</th>
                  <td>{formatDay(v.assessedOn, locale)}</td>
                  <td>{formatMoment(v.savedAt, locale)}</td>
                  <td>{v.savedBy.name}</td>
                  <td>{v.scored}</td>
                  <td>
                    <button type="button" className="button button--secondary button--small" aria-pressed={chosen === v.version} onClick={() => choose(v.version)}>
                      {t('history.show', { version: v.version })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {chosen ? <VersionScores clientId={client.id} version={chosen} purpose={purpose} /> : null}
    </DossierPage>
  );
}

function VersionScores({ clientId, version, purpose }: { clientId: string; version: number; purpose?: string }) {
  const { t, i18n } = useTranslation('capacity');
  const heading = useRef<HTMLHeadingElement>(null);
  const result = useQuery({
    queryKey: capacityKey(clientId, 'versions', purpose ?? null, version),
    queryFn: () => api<CapacityProfile>('GET', `${capacityPath(clientId)}/versions/${version}`, { query: { purpose } }),
  });
  const loaded = result.data?.version;
  // The person asked for this version: take them to it once it is there.
  useEffect(() => {
    if (loaded !== undefined) heading.current?.focus();
  }, [loaded]);
  if (result.isPending) return <Loading />;
  if (result.isError) return <LoadError error={result.error} retry={() => void result.refetch()} />;
  const v = result.data;
  const locale = i18n.language;
  return (
    <section aria-labelledby={VERSION_HEADING} className="cap-section">
      <h2 id={VERSION_HEADING} ref={heading} tabIndex={-1}>{t('history.versionHeading', { version: v.version })}</h2>
      <p>
        {t('history.byLine', {
          name: v.updatedBy?.name ?? '',
          at: v.updatedAt ? formatMoment(v.updatedAt, locale) : '',
          date: v.assessedOn ? formatDay(v.assessedOn, locale) : '',
        })}
      </p>
      <CapacityView profile={v} level={3} />
    </section>
  );
}
