import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useOutletContext, useParams } from 'react-router';
import type { Vacancy } from '../../../../common/schemas/vacancies.ts';
import { api, ApiError } from '../../api/client.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { Page } from '../../ui/page.tsx';
import { SectionNav } from '../../ui/section-nav.tsx';
import { NotFoundPage } from '../../routes/NotFoundPage.tsx';

/** Query keys of everything about one vacancy start with ['vacancy', id]. */
export const vacancyKey = (id: string, ...rest: unknown[]) => ['vacancy', id, ...rest] as const;

export function useVacancyQuery(id: string) {
  return useQuery({ queryKey: vacancyKey(id), queryFn: () => api<Vacancy>('GET', `/api/vacancies/${id}`) });
}

export interface VacancyContext {
  vacancy: Vacancy;
}

/** Inside a page under /vacancies/:id: the loaded vacancy. */
export function useVacancy(): VacancyContext {
  return useOutletContext<VacancyContext>();
}

/** The route element of /vacancies/:id: loads the vacancy once for every page under it. */
export function VacancyLayout() {
  const { id = '' } = useParams();
  const vacancy = useVacancyQuery(id);
  if (vacancy.isPending) return <Loading />;
  if (vacancy.isError) {
    if (vacancy.error instanceof ApiError && (vacancy.error.status === 404 || vacancy.error.status === 400)) return <NotFoundPage />;
    return <LoadError error={vacancy.error} retry={() => void vacancy.refetch()} />;
  }
  const context: VacancyContext = { vacancy: vacancy.data };
  return <Outlet context={context} />;
}

/** The pages of a vacancy, in the order of the method: the vacancy, its job analysis, the job's competence profile, the candidates. */
export const VACANCY_SECTIONS = [
  { path: '', key: 'overview' },
  { path: 'analysis', key: 'analysis' },
  { path: 'competences', key: 'competences' },
  { path: 'matches', key: 'matches' },
] as const;

/** One page of a vacancy: the h1 "<section> – <title>", the vacancy's section navigation, then the page. */
export function VacancyPage({ section, children, intro }: { section: string; children: ReactNode; intro?: ReactNode }) {
  const { t } = useTranslation('vacancies');
  const { vacancy } = useVacancy();
  return (
    <Page title={t('vacancy.pageTitle', { section, title: vacancy.title })} intro={intro} wide>
      <SectionNav
        label={t('vacancy.navLabel', { title: vacancy.title })}
        base={`/vacancies/${vacancy.id}`}
        sections={VACANCY_SECTIONS.map((s) => ({ path: s.path, label: t(`vacancy.sections.${s.key}`) }))}
      />
      {children}
    </Page>
  );
}
