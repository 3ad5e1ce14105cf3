import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { VacancyCreated } from '../../../../common/schemas/vacancies.ts';
import type { z } from 'zod';
import { api, browserProblem } from '../../api/client.ts';
import { ErrorSummary, LoadError, Loading } from '../../ui/feedback.tsx';
import { Page } from '../../ui/page.tsx';
import { useKeptEmployers, VACANCIES_KEY } from './api.ts';
import { vacancyDraft, vacancyInput, vacancyIssues, type VacancyDraft } from './forms.ts';
import { useVacancyMessages, useVacancySummary, VacancyFields } from './VacancyFields.tsx';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './vacancies.css';

/** State passed to the vacancy's page after creating it, so it can confirm what happened. */
export interface VacancyCreatedState {
  created: string;
}

/** /vacancies/new?employerId=: a vacancy at one of the organisation's employers. */
export function NewVacancyPage() {
  const { t } = useTranslation('vacancies');
  const [params] = useSearchParams();
  const employers = useKeptEmployers();
  const preset = params.get('employerId') ?? '';
  let body;
  if (employers.isPending) body = <Loading />;
  else if (employers.isError) body = <LoadError error={employers.error} retry={() => void employers.refetch()} />;
  else if (employers.data.length === 0) body = <p>{t('create.noEmployers')} <Link to="/employers">{t('create.toEmployers')}</Link></p>;
  else body = <NewVacancyForm employerId={employers.data.some((e) => e.id === preset) ? preset : ''} />;
  return (
    <Page title={t('create.title')} intro={<p>{t('create.intro')}</p>}>
      {body}
    </Page>
  );
}

function NewVacancyForm({ employerId }: { employerId: string }) {
  const { t } = useTranslation('vacancies');
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<VacancyDraft>(() => vacancyDraft(undefined, employerId));
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
      const input = vacancyInput(draft);
      const created = await api<z.infer<typeof VacancyCreated>>('POST', '/api/vacancies', { body: input });
      await qc.invalidateQueries({ queryKey: VACANCIES_KEY });
      const state: VacancyCreatedState = { created: input.title };
      void navigate(`/vacancies/${created.id}`, { state });
    } catch (err) {
      setError(err);
      setPending(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="page-title" className="vacancy-form">
      <ErrorSummary error={error} fields={summary} />
      <VacancyFields draft={draft} messages={messages} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} />
      <div className="actions">
        <button type="submit" className="button" aria-disabled={pending || undefined}>{pending ? t('create.submitting') : t('create.submit')}</button>
        <Link to={employerId ? `/employers/${employerId}` : '/vacancies'} className="button button--secondary">{t('create.cancel')}</Link>
      </div>
    </form>
  );
}
