import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { ErrorSummary, LoadError, Loading, StatusMessage } from '../../ui/feedback.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { Page, TableWrap } from '../../ui/page.tsx';
import { NotFoundPage } from '../../routes/NotFoundPage.tsx';
import { EMPLOYERS_KEY, employerKey, useEmployer, useEmployerVacancies, type Employer } from './api.ts';
import { Approaches } from './Approaches.tsx';
import { Contacts } from './Contacts.tsx';
import { EmployerFields, employerSummary, useIssueMessages } from './EmployerFields.tsx';
import type { EmployerCreatedState } from './EmployersPage.tsx';
import { employerDraft, employerInput, employerIssues } from './forms.ts';
import { Sites } from './Sites.tsx';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './employers.css';

/** /employers/:id: the record, its sites and contacts, the approach log and its vacancies. */
export function EmployerPage() {
  const { t } = useTranslation('employers');
  const { id = '' } = useParams();
  const employer = useEmployer(id);
  const location = useLocation();
  const created = (location.state as EmployerCreatedState | null)?.created;
  if (employer.isPending) return <Loading />;
  if (employer.isError) {
    if (employer.error instanceof ApiError && (employer.error.status === 404 || employer.error.status === 400)) return <NotFoundPage />;
    return <LoadError error={employer.error} retry={() => void employer.refetch()} />;
  }
  const e = employer.data;
  const keeper = e.relation === 'keeper';
  return (
    <Page title={t('page.title', { name: e.name })} wide>
      <p><Link to="/employers">{t('page.back')}</Link></p>
      {created ? <StatusMessage>{t('create.created', { name: created })}</StatusMessage> : null}
      {!keeper ? <p className="notice">{t('page.readOnly')}</p> : null}
      {e.linkedOrganisation && keeper ? <p className="notice">{t('page.linkedNotice', { name: e.linkedOrganisation.name })}</p> : null}
      <Details employer={e} editable={keeper} />
      <Sites employer={e} editable={keeper} />
      <Contacts employer={e} editable={keeper} />
      {keeper ? <Approaches employer={e} /> : null}
      <Vacancies employer={e} editable={keeper} />
    </Page>
  );
}

const STATUS_ID = 'employer-details-status';

function Details({ employer, editable }: { employer: Employer; editable: boolean }) {
  const { t } = useTranslation('employers');
  const [editing, setEditing] = useState(false);
  const live = useLiveStatus();
  const focusLater = useFocusLater();
  return (
    <section aria-labelledby="employer-details" className="employer-block">
      <h2 id="employer-details">{editing ? t('details.editTitle') : t('details.title')}</h2>
      <LiveStatus message={live.message} id={STATUS_ID} />
      {editing ? (
        <DetailsForm
          employer={employer}
          onSaved={() => { setEditing(false); live.say(<p>{t('details.saved')}</p>); focusLater(STATUS_ID); }}
          onCancel={() => { setEditing(false); focusLater('employer-edit'); }}
        />
      ) : (
        <>
          <DetailsView employer={employer} />
          {editable ? (
            <div className="actions">
              <button type="button" id="employer-edit" className="button" onClick={() => { live.clear(); setEditing(true); focusLater('employer-name'); }}>
                {t('details.edit')}
              </button>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

function DetailsView({ employer }: { employer: Pick<Employer, 'name' | 'sector' | 'sizeClass' | 'website' | 'linkedOrganisation' | 'notes'> }) {
  const { t } = useTranslation('employers');
  const or = (v: string | null | undefined) => (v ? v : <span className="muted">{t('details.notFilled')}</span>);
  return (
    <dl className="details">
      <dt>{t('fields.name')}</dt>
      <dd>{employer.name}</dd>
      <dt>{t('fields.sector')}</dt>
      <dd>{or(employer.sector)}</dd>
      <dt>{t('fields.sizeClass')}</dt>
      <dd>{employer.sizeClass ? t(`fields.sizes.${employer.sizeClass}`) : or('')}</dd>
      <dt>{t('fields.website')}</dt>
      <dd className="break">{employer.website ? <a href={employer.website} rel="noreferrer noopener" target="_blank">{employer.website}</a> : or('')}</dd>
      <dt>{t('fields.linkedOrganisation')}</dt>
      <dd>{employer.linkedOrganisation ? employer.linkedOrganisation.name : t('fields.linkedNone')}</dd>
      {employer.notes !== undefined ? (
        <>
          <dt>{t('fields.notes')}</dt>
          <dd className="employer-text">{or(employer.notes)}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** Changing the record at the version shown; a stale save (412) keeps what was typed and shows the newest next to it. */
function DetailsForm({ employer, onSaved, onCancel }: { employer: Employer; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation('employers');
  const qc = useQueryClient();
  const [draft, setDraft] = useState(() => employerDraft(employer));
  const [version, setVersion] = useState(employer.version);
  const [theirs, setTheirs] = useState<Employer | null>(null);
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
      const saved = await api<Employer>('PUT', `/api/employers/${employer.id}`, { body: employerInput(draft), version });
      qc.setQueryData(employerKey(employer.id), saved);
      await qc.invalidateQueries({ queryKey: EMPLOYERS_KEY });
      onSaved();
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.status === 412) {
        const current = err.problem.current as Employer | undefined;
        if (current) {
          setTheirs(current);
          setVersion(current.version);
        }
      }
      setPending(false);
    }
  };

  const stale = error instanceof ApiError && error.status === 412;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="employer-details">
      <ErrorSummary error={error} fields={employerSummary('employer', t, messages)}>
        {stale ? <p>{t('stale')}</p> : null}
      </ErrorSummary>
      {theirs ? (
        <div className="employer-theirs">
          <h3>{t('staleHeading')}</h3>
          <DetailsView employer={theirs} />
        </div>
      ) : null}
      <EmployerFields
        prefix="employer" draft={draft} messages={messages} linkedName={employer.linkedOrganisation?.name}
        onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
      />
      <div className="actions">
        <button type="submit" className="button" aria-disabled={pending || undefined}>{pending ? t('core:common.saving') : t('details.save')}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('core:common.cancel')}</button>
      </div>
    </form>
  );
}

function Vacancies({ employer, editable }: { employer: Employer; editable: boolean }) {
  const { t } = useTranslation('employers');
  const vacancies = useEmployerVacancies(employer.id);
  const items = vacancies.data ?? [];
  return (
    <section aria-labelledby="employer-vacancies" className="employer-block">
      <h2 id="employer-vacancies">{t('vacancies.title')}</h2>
      {vacancies.isPending ? <Loading /> : vacancies.isError ? (
        <LoadError error={vacancies.error} retry={() => void vacancies.refetch()} />
      ) : items.length === 0 ? <p>{t('vacancies.none')}</p> : (
        <TableWrap label={t('vacancies.tableLabel')}>
          <table className="data-table">
            <caption>{t('vacancies.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('vacancies.vacancy')}</th>
                <th scope="col">{t('vacancies.site')}</th>
                <th scope="col">{t('vacancies.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((v) => (
                <tr key={v.id}>
                  <th scope="row"><Link to={`/vacancies/${v.id}`}>{v.title}</Link></th>
                  <td>{v.site?.name ?? (v.city || t('list.none'))}</td>
                  <td>{t(`vacancies.statuses.${v.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {editable ? (
        <p><Link className="button button--secondary" to={`/vacancies/new?employerId=${employer.id}`}>{t('vacancies.new')}</Link></p>
      ) : null}
    </section>
  );
}
