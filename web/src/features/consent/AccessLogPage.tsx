import { useTranslation } from 'react-i18next';
import type { AccessLogEntry } from '../../../../common/schemas/consent.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { TableWrap } from '../../ui/page.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { DossierPage, useDossier } from '../clients/dossier.tsx';
import { useAccessLog } from './api.ts';
import { useConsentLabels } from './labels.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './consent.css';

export const logEntryId = (e: AccessLogEntry) => `log-${e.id}`;

/**
 * "Load more" for the access log: fetches the next page, then moves focus to the first new
 * entry (the button may be gone when that was the last page) and says how many are shown.
 */
export function useLoadMore(log: ReturnType<typeof useAccessLog>, say: (count: number, all: boolean) => void) {
  const focusLater = useFocusLater();
  return async () => {
    const before = log.data?.pages.flatMap((p) => p.items).length ?? 0;
    const result = await log.fetchNextPage();
    const items = result.data?.pages.flatMap((p) => p.items) ?? [];
    const first = items[before];
    say(items.length, !result.hasNextPage);
    if (first) focusLater(logEntryId(first));
  };
}

/** The coach's view of the access log: who outside the client's own coaches read what, when, why. */
export function AccessLogPage() {
  const { t } = useTranslation('consent');
  const { t: tc } = useTranslation();
  const { client } = useDossier();
  const log = useAccessLog(client.id);
  const labels = useConsentLabels();
  const live = useLiveStatus();
  const more = useLoadMore(log, (count, all) => live.say(t(all ? 'coach.accessLog.allShown' : 'coach.accessLog.shown', { count })));
  const items = log.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <DossierPage section={tc('clients:dossier.sections.accessLog')} intro={<p>{t('coach.accessLog.intro')}</p>}>
      {log.isPending ? <Loading /> : log.isError ? <LoadError error={log.error} retry={() => void log.refetch()} /> : null}
      {log.isSuccess && items.length === 0 ? <p>{t('coach.accessLog.empty')}</p> : null}
      {items.length > 0 ? (
        <TableWrap label={t('coach.accessLog.caption')}>
          <table>
            <caption>{t('coach.accessLog.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coach.accessLog.when')}</th>
                <th scope="col">{t('coach.accessLog.who')}</th>
                <th scope="col">{t('coach.accessLog.organisation')}</th>
                <th scope="col">{t('coach.accessLog.relation')}</th>
                <th scope="col">{t('coach.accessLog.categories')}</th>
                <th scope="col">{t('coach.accessLog.purpose')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id}>
                  <th scope="row" id={logEntryId(e)} tabIndex={-1}>{labels.moment(e.at)}</th>
                  <td>{e.who?.name ?? t('labels.unknownPerson')}</td>
                  <td>{e.organisation?.name ?? '–'}</td>
                  <td>{e.relation === 'team_lead' || e.relation === 'recipient' ? t(`labels.relation.${e.relation}`) : (e.relation ?? '–')}</td>
                  <td>{labels.categories(e.categories)}</td>
                  <td>{e.purpose ? labels.purpose(e.purpose) : t('coach.accessLog.noPurpose')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      <LiveStatus message={live.message} />
      {log.hasNextPage ? (
        <div className="log-more">
          <button type="button" className="button button--secondary" aria-disabled={log.isFetchingNextPage || undefined} onClick={() => void (log.isFetchingNextPage ? null : more())}>
            {log.isFetchingNextPage ? t('coach.accessLog.loadingMore') : t('coach.accessLog.more')}
          </button>
        </div>
      ) : null}
    </DossierPage>
  );
}
