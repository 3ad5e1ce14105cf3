import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../../api/session.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { SelectField, TextField } from '../../ui/forms.tsx';
import { Page, TableWrap } from '../../ui/page.tsx';
import { filterCaseload, filterFromParams, filterToParams, listName, RELATION_FILTERS, STATUS_FILTERS, type CaseloadFilter } from './caseload.ts';
import { usePhaseLabel } from './labels.ts';
import { useCaseload } from './queries.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './clients.css';

const RELATION_WORDS = { all: 'list.whoAll', mine: 'list.whoMine', team: 'list.whoTeam' } as const;

/** The caseload: my clients and, for a team lead, the team's; filtered by name, relation and status. */
export function ClientsPage() {
  const { t } = useTranslation('clients');
  const canCreate = useCan('clients.create');
  const caseload = useCaseload();
  const phaseLabel = usePhaseLabel();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const setFilter = (next: Partial<CaseloadFilter>) => setParams(filterToParams({ ...filter, ...next }), { replace: true });
  const filtered = filterCaseload(caseload.data?.items ?? [], filter);
  const total = caseload.data?.items.length ?? 0;
  const filtering = filter.text !== '' || filter.relation !== 'all' || filter.status !== 'all';

  return (
    <Page title={t('list.title')} intro={<p>{t('list.intro')}</p>} wide>
      {canCreate ? (
        <div className="toolbar">
          <Link to="/clients/new" className="button">{t('list.newClient')}</Link>
        </div>
      ) : null}

      <div role="search" className="caseload-filters" aria-label={t('list.filters')}>
        <TextField
          id="caseload-search"
          label={t('list.search')}
          hint={t('list.searchHint')}
          type="search"
          autoComplete="off"
          value={filter.text}
          onChange={(e) => setFilter({ text: e.target.value })}
        />
        <SelectField id="caseload-who" label={t('list.who')} required value={filter.relation} onChange={(e) => setFilter({ relation: e.target.value as CaseloadFilter['relation'] })}>
          {RELATION_FILTERS.map((r) => (
            <option key={r} value={r}>{t(RELATION_WORDS[r])}</option>
          ))}
        </SelectField>
        <SelectField id="caseload-status" label={t('list.status')} required value={filter.status} onChange={(e) => setFilter({ status: e.target.value as CaseloadFilter['status'] })}>
          {STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>{s === 'all' ? t('list.statusAll') : t(`status.${s}`)}</option>
          ))}
        </SelectField>
        {filtering ? (
          <div className="caseload-filters__clear">
            <button type="button" className="button button--secondary" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
              {t('list.clear')}
            </button>
          </div>
        ) : null}
      </div>

      {caseload.isPending ? (
        <Loading />
      ) : caseload.isError ? (
        <LoadError error={caseload.error} retry={() => void caseload.refetch()} />
      ) : (
        <>
          <p role="status" className="caseload-count">
            {total === 0 ? t('list.empty') : filtered.length === 0 ? t('list.emptyFiltered') : t('list.found', { count: filtered.length, total })}
          </p>
          {filtered.length > 0 ? (
            <TableWrap label={t('list.tableLabel')}>
              <table className="data-table">
                <caption>{t('list.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('list.name')}</th>
                    <th scope="col">{t('list.phase')}</th>
                    <th scope="col">{t('list.statusColumn')}</th>
                    <th scope="col">{t('list.relation')}</th>
                  </tr>
                </thead>
                <tbody>
                  {filtered.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">
                        <Link to={`/clients/${c.id}`}>{listName(c) || t('dossier.unnamed')}</Link>
                      </th>
                      <td>{c.phase === undefined ? t('phase.unknown') : phaseLabel(c.phase)}</td>
                      <td>{c.status ? t(`status.${c.status}`) : t('phase.unknown')}</td>
                      <td>{t(`relation.${c.relation}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          ) : null}
        </>
      )}
    </Page>
  );
}
