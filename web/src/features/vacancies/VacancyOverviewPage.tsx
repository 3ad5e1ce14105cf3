import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Vacancy } from '../../../../common/schemas/vacancies.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { ErrorSummary, StatusMessage } from '../../ui/feedback.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { useFormat } from '../clients/format.ts';
import { VACANCIES_KEY } from './api.ts';
import { vacancyDraft, vacancyInput, vacancyIssues, type VacancyDraft } from './forms.ts';
import type { VacancyCreatedState } from './NewVacancyPage.tsx';
import { fieldId, useVacancyMessages, useVacancySummary, VacancyFields } from './VacancyFields.tsx';
import { useVacancy, vacancyKey, VacancyPage } from './vacancy.tsx';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './vacancies.css';

const STATUS_ID = 'vacancy-status';
const HEADING_ID = 'vacancy-details';

/** /vacancies/:id: the vacancy, to read or (for its own organisation's coaches) to change; its JobPosting link. */
export function VacancyOverviewPage() {
  const { t } = useTranslation('vacancies');
  const { vacancy } = useVacancy();
  const location = useLocation();
  const created = (location.state as VacancyCreatedState | null)?.created;
  const [editing, setEditing] = useState(false);
  const live = useLiveStatus();
  const focusLater = useFocusLater();
  return (
    <VacancyPage section={t('vacancy.sections.overview')}>
      {created && !live.message ? <StatusMessage>{t('create.created', { title: created })}</StatusMessage> : null}
      {!vacancy.editable ? <p className="notice">{t('overview.readOnly')}</p> : null}
      {!vacancy.located ? <p className="notice"><strong>{t('overview.unlocated')}</strong></p> : null}
      <ul className="vacancy-links">
        {vacancy.editable ? <li><Link to={`/employers/${vacancy.employer.id}`}>{t('overview.employerLink')}</Link></li> : null}
        <li>
          <a href={`/api/vacancies/${vacancy.id}/job-posting`} type="application/ld+json">
            {t('overview.jsonLd')} <span className="muted">({t('overview.jsonLdNote')})</span>
          </a>
        </li>
      </ul>
      <section aria-labelledby={HEADING_ID} className="vacancy-block">
        <h2 id={HEADING_ID}>{editing ? t('overview.editTitle') : t('overview.details')}</h2>
        <LiveStatus message={live.message} id={STATUS_ID} />
        {editing ? (
          <VacancyEditor
            vacancy={vacancy}
            onSaved={() => { setEditing(false); live.say(<p>{t('overview.saved')}</p>); focusLater(STATUS_ID); }}
            onCancel={() => { setEditing(false); focusLater('vacancy-edit'); }}
          />
        ) : (
          <>
            <VacancyView vacancy={vacancy} />
            {vacancy.editable ? (
              <div className="actions">
                <button type="button" id="vacancy-edit" className="button" onClick={() => { live.clear(); setEditing(true); focusLater(fieldId('siteId')); }}>
                  {t('overview.edit')}
                </button>
              </div>
            ) : null}
          </>
        )}
      </section>
    </VacancyPage>
  );
}

/** The vacancy as a description list, every field. */
export function VacancyView({ vacancy: v }: { vacancy: Vacancy }) {
  const { t, i18n } = useTranslation('vacancies');
  const format = useFormat();
  const none = <span className="muted">{t('overview.notFilled')}</span>;
  const money = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR' });
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const list = (items: string[]) => (items.length > 0 ? format.list(items) : none);
  return (
    <dl className="details">
      <dt>{t('fields.title')}</dt>
      <dd>{v.title}</dd>
      <dt>{t('fields.employer')}</dt>
      <dd>{v.employer.name}</dd>
      <dt>{t('fields.site')}</dt>
      <dd>{v.site ? v.site.name : t('fields.siteNone')}</dd>
      <dt>{t('overview.place')}</dt>
      <dd>{[v.address, [v.postcode, v.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || none}</dd>
      <dt>{t('fields.occupation')}</dt>
      <dd>{v.occupation ? `${v.occupation.preferredLabel} (ESCO ${v.occupation.code})` : none}</dd>
      <dt>{t('fields.hoursPerWeek')}</dt>
      <dd>{v.hoursPerWeek === null ? none : t('overview.hours', { hours: number.format(v.hoursPerWeek) })}</dd>
      <dt>{t('fields.scheduleDays')}</dt>
      <dd>{list(v.scheduleDays.map((d) => t(`fields.days.${d}`)))}</dd>
      <dt>{t('fields.shifts')}</dt>
      <dd>{list(v.shifts.map((s) => t(`fields.shiftNames.${s}`)))}</dd>
      <dt>{t('fields.wageLegend')}</dt>
      <dd>{v.wage ? t('overview.wage', { amount: money.format(v.wage.amount), period: t(`fields.periods.${v.wage.period}`) }) : none}</dd>
      <dt>{t('fields.contractKind')}</dt>
      <dd>{t(`fields.contracts.${v.contractKind}`)}</dd>
      <dt>{t('fields.startDate')}</dt>
      <dd>{v.startDate ? format.date(v.startDate) : none}</dd>
      <dt>{t('fields.status')}</dt>
      <dd>{t(`fields.statuses.${v.status}`)}</dd>
      <dt>{t('fields.environmentTags')}</dt>
      <dd>{list(v.environmentTags.map((g) => t(`fields.tags.${g}`)))}</dd>
      <dt>{t('fields.description')}</dt>
      <dd className="vacancy-text">{v.description || none}</dd>
    </dl>
  );
}

/** Changing the vacancy at the version shown; a stale save (412) keeps what was typed and shows the newest beside it. */
function VacancyEditor({ vacancy, onSaved, onCancel }: { vacancy: Vacancy; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation('vacancies');
  const qc = useQueryClient();
  const [draft, setDraft] = useState<VacancyDraft>(() => vacancyDraft(vacancy));
  const [version, setVersion] = useState(vacancy.version);
  const [theirs, setTheirs] = useState<Vacancy | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const messages = useVacancyMessages(error);
  const summary = useVacancySummary(messages);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const issues = vacancyIssues(draft);
    if (issues.length > 0) {
      setError(browserProblem(issues));
      return;
    }
    setPending(true);
    try {
      const saved = await api<Vacancy>('PUT', `/api/vacancies/${vacancy.id}`, { body: vacancyInput(draft), version });
      qc.setQueryData(vacancyKey(vacancy.id), saved);
      await qc.invalidateQueries({ queryKey: VACANCIES_KEY });
      onSaved();
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.status === 412) {
        const current = err.problem.current as Vacancy | undefined;
        if (current) {
          setTheirs(current);
          setVersion(current.version);
        }
      }
      setPending(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby={HEADING_ID} className="vacancy-form">
      <ErrorSummary error={error} fields={summary}>
        {error instanceof ApiError && error.status === 412 ? <p>{t('overview.stale')}</p> : null}
      </ErrorSummary>
      {theirs ? (
        <div className="vacancy-theirs">
          <h3>{t('overview.staleHeading')}</h3>
          <VacancyView vacancy={theirs} />
        </div>
      ) : null}
      <VacancyFields draft={draft} messages={messages} fixedEmployer={vacancy.employer.name} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} />
      <div className="actions">
        <button type="submit" className="button" aria-disabled={pending || undefined}>{pending ? t('core:common.saving') : t('overview.save')}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('core:common.cancel')}</button>
      </div>
    </form>
  );
}
