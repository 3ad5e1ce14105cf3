import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { VacancyCompetenceProfile } from '../../../../common/schemas/vacancies.ts';
import { api } from '../../api/client.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { DossierPage, useDossier } from '../clients/dossier.tsx';
import { formatDay } from '../plan/format.ts';
import { useVacancyQuery, vacancyKey } from '../vacancies/vacancy.tsx';
import { useCapacity } from './CapacityPage.tsx';
import { CompetenceComparison } from './Comparison.tsx';

/** The job's competence profile (version 0 and empty while none was saved). */
export function useVacancyCompetences(vacancyId: string) {
  return useQuery({
    queryKey: vacancyKey(vacancyId, 'competence-profile'),
    queryFn: () => api<VacancyCompetenceProfile>('GET', `/api/vacancies/${vacancyId}/competence-profile`),
  });
}

/**
 * /clients/:id/capacity/compare/:vacancyId: the job's competence profile next to the client's
 * capacity profile, item by item, with the gaps marked.
 */
export function ComparePage() {
  const { t, i18n } = useTranslation('capacity');
  const { client } = useDossier();
  const { vacancyId = '' } = useParams();
  const vacancy = useVacancyQuery(vacancyId);
  const requirements = useVacancyCompetences(vacancyId);
  const capacity = useCapacity(client.id);
  const section = vacancy.data ? t('compare.title', { title: vacancy.data.title }) : t('picker.heading');
  const failed = [vacancy, requirements, capacity].find((q) => q.isError);

  return (
    <DossierPage section={section} intro={<p>{t('compare.intro')}</p>}>
      <ul className="cap-links">
        <li><Link to={`/clients/${client.id}/capacity`}>{t('compare.back')}</Link></li>
        <li><Link to={`/vacancies/${vacancyId}/competences`}>{t('compare.vacancyLink')}</Link></li>
      </ul>
      {failed ? <LoadError error={failed.error} retry={() => void failed.refetch()} /> : !vacancy.data || !requirements.data || !capacity.data ? <Loading /> : (
        <>
          <p>
            {t('compare.versions', {
              job: requirements.data.version,
              client: capacity.data.version,
              date: capacity.data.assessedOn ? formatDay(capacity.data.assessedOn, i18n.language) : '–',
            })}
          </p>
          {capacity.data.version === 0 ? <p className="notice">{t('compare.noCapacity')}</p> : null}
          <CompetenceComparison
            requirements={requirements.data.scores} capacities={capacity.data.scores} gapClosers={capacity.data.gapClosers} capacityNotes={capacity.data.notes}
          />
        </>
      )}
    </DossierPage>
  );
}
