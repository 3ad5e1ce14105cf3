import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { VACANCY_STATUSES } from '../../../../common/schemas/vacancies.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { SelectField } from '../../ui/forms.tsx';
import { Page, TableWrap } from '../../ui/page.tsx';
import { useFormat } from '../clients/format.ts';
import { useKeptEmployers, useVacancies } from './api.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './vacancies.css';

/** /vacancies: the organisation's vacancies, newest first, filtered by status and employer. */
export function VacanciesPage() {
  const { t, i18n } = useTranslation('vacancies');
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  // Held here and mirrored in the address (for back and reload): a router update may come a moment later than the change.
  const [status, setStatus] = useState(() => ((VACANCY_STATUSES as readonly string[]).includes(params.get('status') ?? '') ? params.get('status')! : ''));
  const [employerId, setEmployerId] = useState(() => params.get('employerId') ?? '');
  const setFilter = (next: { status?: string; employerId?: string }) => {
    const p = new URLSearchParams();
    const s = next.status ?? status;
    const e = next.employerId ?? employerId;
    setStatus(s);
    setEmployerId(e);
    if (s) p.set('status', s);
    if (e) p.set('employerId', e);
    setParams(p, { replace: true });
  };
  const vacancies = useVacancies({ status, employerId });
  const employers = useKeptEmployers();
  const items = vacancies.data ?? [];
  const filtering = status !== '' || employerId !== '';
  const hours = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });

  return (
    <Page title={t('list.title')} intro={<p>{t('list.intro')}</p>} wide>
      <div className="toolbar">
        <Link to={employerId ? `/vacancies/new?employerId=${employerId}` : '/vacancies/new'} className="button">{t('list.new')}</Link>
      </div>
      <div role="search" className="vacancy-filters" aria-label={t('list.filters')}>
        <SelectField id="vacancies-status" label={t('list.status')} required value={status} onChange={(e) => setFilter({ status: e.target.value })}>
          <option value="">{t('list.statusAll')}</option>
          {VACANCY_STATUSES.map((s) => <option key={s} value={s}>{t(`fields.statuses.${s}`)}</option>)}
        </SelectField>
        <SelectField id="vacancies-employer" label={t('list.employer')} required value={employerId} onChange={(e) => setFilter({ employerId: e.target.value })}>
          <option value="">{t('list.employerAll')}</option>
          {(employers.data ?? []).map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
        </SelectField>
        {filtering ? (
          <div className="vacancy-filters__clear">
            <button type="button" className="button button--secondary" onClick={() => setFilter({ status: '', employerId: '' })}>{t('list.clear')}</button>
          </div>
        ) : null}
      </div>
      {vacancies.isPending ? <Loading /> : vacancies.isError ? (
        <LoadError error={vacancies.error} retry={() => void vacancies.refetch()} />
      ) : (
        <>
          <p role="status" className="vacancy-count">
            {items.length === 0 ? (filtering ? t('list.emptyFiltered') : t('list.empty')) : t('list.found', { count: items.length })}
          </p>
          {items.length > 0 ? (
            <TableWrap label={t('list.tableLabel')}>
              <table className="data-table">
                <caption>{t('list.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('list.vacancy')}</th>
                    <th scope="col">{t('list.employer')}</th>
                    <th scope="col">{t('list.place')}</th>
                    <th scope="col">{t('list.occupation')}</th>
                    <th scope="col">{t('list.hours')}</th>
                    <th scope="col">{t('list.start')}</th>
                    <th scope="col">{t('list.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((v) => (
                    <tr key={v.id}>
                      <th scope="row"><Link to={`/vacancies/${v.id}`}>{v.title}</Link></th>
                      <td><Link to={`/employers/${v.employer.id}`}>{v.employer.name}</Link></td>
                      <td>{[v.site?.name, v.city].filter(Boolean).join(', ') || t('list.none')}</td>
                      <td>{v.occupation?.preferredLabel ?? t('list.none')}</td>
                      <td>{v.hoursPerWeek === null ? t('list.none') : hours.format(v.hoursPerWeek)}</td>
                      <td>{v.startDate ? format.date(v.startDate) : t('list.none')}</td>
                      <td>{t(`fields.statuses.${v.status}`)}</td>
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
