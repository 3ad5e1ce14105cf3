import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, browserProblem } from '../../api/client.ts';
import { ErrorSummary, LoadError, Loading } from '../../ui/feedback.tsx';
import { CheckboxField, TextField } from '../../ui/forms.tsx';
import { useFocusLater } from '../../ui/live.tsx';
import { Page, TableWrap } from '../../ui/page.tsx';
import { useFormat } from '../clients/format.ts';
import { EMPLOYERS_KEY, useEmployers, type Employer } from './api.ts';
import { EmployerFields, employerSummary, fieldId, useIssueMessages } from './EmployerFields.tsx';
import { employerDraft, employerInput, employerIssues } from './forms.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './employers.css';

const PREFIX = 'new-employer';
const FORM_HEADING = 'new-employer-heading';

/** State passed to an employer's page after creating it, so it can confirm what happened. */
export interface EmployerCreatedState {
  created: string;
}

/** /employers: the employers the organisation keeps, found by name, sector or town, with follow-ups due; and a new one. */
export function EmployersPage() {
  const { t } = useTranslation('employers');
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  // Held here and mirrored in the address (for back and reload): a router update may come a moment later than the click.
  const [q, setQ] = useState(() => params.get('q') ?? '');
  const [due, setDue] = useState(() => params.get('due') === 'true');
  const setFilter = (next: { q?: string; due?: boolean }) => {
    const nq = next.q ?? q;
    const nd = next.due ?? due;
    setQ(nq);
    setDue(nd);
    const p = new URLSearchParams();
    if (nq) p.set('q', nq);
    if (nd) p.set('due', 'true');
    setParams(p, { replace: true });
  };
  const employers = useEmployers({ q, due });
  const [adding, setAdding] = useState(false);
  const focusLater = useFocusLater();
  const filtering = q !== '' || due;
  const items = employers.data ?? [];

  return (
    <Page title={t('list.title')} intro={<p>{t('list.intro')}</p>} wide>
      {adding ? (
        <NewEmployerForm onCancel={() => { setAdding(false); focusLater('new-employer-open'); }} />
      ) : (
        <div className="toolbar">
          <button
            type="button" id="new-employer-open" className="button"
            onClick={() => { setAdding(true); focusLater(fieldId(PREFIX, 'name')); }}
          >
            {t('list.newEmployer')}
          </button>
        </div>
      )}

      <div role="search" className="employer-filters" aria-label={t('list.filters')}>
        <TextField
          id="employers-search" label={t('list.search')} hint={t('list.searchHint')} type="search" autoComplete="off"
          value={q} onChange={(e) => setFilter({ q: e.target.value })}
        />
        <CheckboxField id="employers-due" label={t('list.dueOnly')} checked={due} onChange={(e) => setFilter({ due: e.target.checked })} />
        {filtering ? (
          <div>
            <button type="button" className="button button--secondary" onClick={() => setFilter({ q: '', due: false })}>{t('list.clear')}</button>
          </div>
        ) : null}
      </div>

      {employers.isPending ? <Loading /> : employers.isError ? (
        <LoadError error={employers.error} retry={() => void employers.refetch()} />
      ) : (
        <>
          <p role="status" className="employer-count">
            {items.length === 0 ? (filtering ? t('list.emptyFiltered') : t('list.empty')) : t('list.found', { count: items.length })}
          </p>
          {items.length > 0 ? (
            <TableWrap label={t('list.tableLabel')}>
              <table className="data-table">
                <caption>{t('list.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('list.name')}</th>
                    <th scope="col">{t('list.sector')}</th>
                    <th scope="col">{t('list.size')}</th>
                    <th scope="col">{t('list.cities')}</th>
                    <th scope="col">{t('list.lastApproach')}</th>
                    <th scope="col">{t('list.nextFollowUp')}</th>
                    <th scope="col">{t('list.linked')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((e) => (
                    <tr key={e.id}>
                      <th scope="row"><Link to={`/employers/${e.id}`}>{e.name}</Link></th>
                      <td>{e.sector || t('list.none')}</td>
                      <td>{e.sizeClass ? t(`fields.sizes.${e.sizeClass}`) : t('list.none')}</td>
                      <td>{e.cities.length > 0 ? e.cities.join(', ') : t('list.none')}</td>
                      <td>{e.lastApproachOn ? format.date(e.lastApproachOn) : t('list.none')}</td>
                      <td>
                        {e.nextFollowUp ? format.date(e.nextFollowUp) : t('list.none')}
                        {e.followUpDue ? <> <span className="state state--due">{t('list.due')}</span></> : null}
                      </td>
                      <td>{e.linked ? t('core:common.yes') : t('core:common.no')}</td>
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

/** A new employer: the record's fields; on success the employer's page opens. */
function NewEmployerForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation('employers');
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(() => employerDraft());
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const messages = useIssueMessages(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const issues = employerIssues(draft);
    if (issues.length > 0) {
      setError(browserProblem(issues));
      return;
    }
    setPending(true);
    try {
      const created = await api<Employer>('POST', '/api/employers', { body: employerInput(draft) });
      await qc.invalidateQueries({ queryKey: EMPLOYERS_KEY });
      const state: EmployerCreatedState = { created: created.name };
      void navigate(`/employers/${created.id}`, { state });
    } catch (err) {
      setError(err);
      setPending(false);
    }
  };

  return (
    <section aria-labelledby={FORM_HEADING} className="panel">
      <h2 id={FORM_HEADING}>{t('create.title')}</h2>
      <p>{t('create.intro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby={FORM_HEADING}>
        <ErrorSummary error={error} fields={employerSummary(PREFIX, t, messages)} />
        <EmployerFields prefix={PREFIX} draft={draft} messages={messages} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} />
        <div className="actions">
          <button type="submit" className="button" aria-disabled={pending || undefined}>{pending ? t('create.submitting') : t('create.submit')}</button>
          <button type="button" className="button button--secondary" onClick={onCancel}>{t('create.cancel')}</button>
        </div>
      </form>
    </section>
  );
}
