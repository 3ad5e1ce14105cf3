import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { LiveStatus, useLiveStatus } from '../../ui/live.tsx';
import { PortalPage, usePortal } from '../portal/portal.tsx';
import { logEntryId, useLoadMore } from './AccessLogPage.tsx';
import { useAccessLog } from './api.ts';
import { upperFirst, useConsentLabels } from './labels.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './consent.css';

/** "Wie keek naar mijn gegevens": who, which part, why and when, in plain words. */
export function MyAccessLogPage() {
  const { t } = useTranslation('consent');
  const { t: tp } = useTranslation('portal');
  const { client } = usePortal();
  const log = useAccessLog(client.id);
  const labels = useConsentLabels();
  const live = useLiveStatus();
  const more = useLoadMore(log, (count, all) => live.say(t(all ? 'my.accessLog.allShown' : 'my.accessLog.shown', { count })));
  const items = log.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <PortalPage title={tp('nav.accessLog')} intro={<p>{t('my.accessLog.intro')}</p>}>
      {log.isPending ? <Loading /> : log.isError ? <LoadError error={log.error} retry={() => void log.refetch()} /> : null}
      {log.isSuccess && items.length === 0 ? <p>{t('my.accessLog.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="my-log">
          {items.map((e) => {
            const person = e.who?.name ?? t('labels.unknownPerson');
            const why = e.purpose ? labels.purpose(e.purpose, 'plain') : e.relation === 'team_lead' ? t('my.accessLog.whyTeamLead') : t('my.accessLog.whyUnknown');
            return (
              <li key={e.id} className="card">
                <p id={logEntryId(e)} tabIndex={-1}>{e.organisation ? t('my.accessLog.whoOf', { person, organisation: e.organisation.name }) : person}</p>
                <dl className="details">
                  <dt>{t('my.accessLog.what')}</dt>
                  <dd>{upperFirst(labels.categories(e.categories, 'plain'))}</dd>
                  <dt>{t('my.accessLog.why')}</dt>
                  <dd>{upperFirst(why)}</dd>
                  <dt>{t('my.accessLog.when')}</dt>
                  <dd>{labels.moment(e.at)}</dd>
                </dl>
              </li>
            );
          })}
        </ul>
      ) : null}
      <LiveStatus message={live.message} />
      {log.hasNextPage ? (
        <div className="log-more">
          <button type="button" className="button button--secondary button--big" aria-disabled={log.isFetchingNextPage || undefined} onClick={() => void (log.isFetchingNextPage ? null : more())}>
            {log.isFetchingNextPage ? t('my.accessLog.loadingMore') : t('my.accessLog.more')}
          </button>
        </div>
      ) : null}
    </PortalPage>
  );
}
