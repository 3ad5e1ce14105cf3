import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEntry } from '../../../common/schemas/admin.ts';
import { api, ApiError } from '../api/client.ts';
import { useCan, useMe } from '../api/session.ts';
import { useBranches, useUsers } from '../features/admin/api.ts';
import { LiveStatus, useFocusLater, useLiveStatus } from '../ui/live.tsx';
import { filtersFrom, filtersToParams, hasFilters, type AuditFilters } from '../features/audit/actions.ts';
import { AuditTable } from '../features/audit/AuditTable.tsx';
import { FiltersForm } from '../features/audit/FiltersForm.tsx';
import { LoadError, Loading } from '../ui/feedback.tsx';
import { Page } from '../ui/page.tsx';

const PAGE_SIZE = 50;
const STATUS_ID = 'audit-status';

interface AuditPageData {
  items: AuditEntry[];
  nextBefore: number | null;
}

/** The organisation's audit trail: filters in the address (bookmarkable), newest first, "load more". */
export function AuditPage() {
  const { t } = useTranslation('audit');
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const canSeePeople = useCan('users.manage');
  const people = useUsers(canSeePeople);
  const branches = useBranches();
  const live = useLiveStatus();
  const focusLater = useFocusLater();

  const log = useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam, signal }) =>
      api<AuditPageData>('GET', '/api/audit', { query: { ...filters, before: pageParam, limit: PAGE_SIZE }, signal }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });

  if (!me) return <Loading />;
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = hasFilters(filters);

  const apply = (next: AuditFilters) => {
    live.clear();
    setParams(filtersToParams(next));
  };

  const loadMore = async () => {
    if (log.isFetchingNextPage) return;
    const before = entries.length;
    const result = await log.fetchNextPage();
    if (result.isError) return;
    const total = result.data?.pages.reduce((n, p) => n + p.items.length, 0) ?? before;
    const more = !!result.hasNextPage;
    live.say(
      <p>
        {t('results.loaded', { count: total - before, total })}
        {more ? null : <> {t('results.allLoaded')}</>}
      </p>,
    );
    // The button disappears with the last page: then the announcement takes the focus.
    if (!more) focusLater(STATUS_ID);
  };

  return (
    <Page title={t('title')} intro={<p>{t('intro', { organisation: me.organisation.name })}</p>} wide>
      <section aria-labelledby="audit-filters-title">
        <h2 id="audit-filters-title">{t('filters.title')}</h2>
        <p className="muted">{t('filters.bookmark')}</p>
        <FiltersForm
          key={params.toString()}
          filters={filters}
          people={people.data}
          peopleFailed={canSeePeople && people.isError}
          serverError={log.error}
          onApply={apply}
        />
      </section>

      <section aria-labelledby="audit-results-title">
        <h2 id="audit-results-title">{t('results.title')}</h2>
        {log.isPending ? (
          <Loading />
        ) : log.isError && entries.length === 0 ? (
          log.error instanceof ApiError && log.error.code === 'validation' ? (
            // The filter form above names the refused filters; retrying would only fail again.
            <p>{t('results.fixFilters')}</p>
          ) : (
            <LoadError error={log.error} retry={() => void log.refetch()} />
          )
        ) : entries.length === 0 ? (
          <p>
            {filtered ? t('results.emptyFiltered') : t('results.empty')}
            {filtered ? <> <Link to="/admin/audit">{t('filters.clear')}</Link></> : null}
          </p>
        ) : (
          <>
            <AuditTable
              entries={entries}
              hasMore={!!log.hasNextPage}
              people={people.data}
              branches={branches.data}
              organisation={me.organisation}
            />
            {log.isFetchNextPageError ? <LoadError error={log.error} retry={() => void loadMore()} /> : null}
            <LiveStatus message={live.message} id={STATUS_ID} />
            {log.hasNextPage ? (
              <div className="actions">
                <button type="button" className="button button--secondary" aria-disabled={log.isFetchingNextPage || undefined} onClick={() => void loadMore()}>
                  {log.isFetchingNextPage ? t('results.loadingMore') : t('results.loadMore')}
                </button>
              </div>
            ) : null}
          </>
        )}
      </section>
    </Page>
  );
}
