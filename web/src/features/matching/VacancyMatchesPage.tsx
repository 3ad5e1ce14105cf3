import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan, useMe } from '../../api/session.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { useVacancy, VacancyPage } from '../vacancies/vacancy.tsx';
import { ExcludedCounts, ReasonGroups, ScoreBreakdown, useMatchingText, useVacancyMatches, WhyRanked, type VacancyRanking } from './parts.tsx';
import { formatNumber, lacksRequirements, maxScore, reasonGroup } from './reasons.ts';

type Result = VacancyRanking['results'][number];

/**
 * /vacancies/:id/matches: the candidates for a vacancy, ranked, each with its score, the parts
 * of the score and the reasons; the weights used; the excluded candidates with their reason.
 * The coaching team gets links to the dossier, the profile comparison and the job-match
 * checklist; an employer sees the candidates whose consent allows proposing them, in plain words.
 */
export function VacancyMatchesPage() {
  const { t: tv } = useTranslation('vacancies');
  const { t } = useMatchingText();
  const { vacancy } = useVacancy();
  const me = useMe().data;
  const employer = me ? me.organisation.kind !== 'coaching' : !vacancy.editable;
  const matches = useVacancyMatches(vacancy.id);

  return (
    <VacancyPage section={tv('vacancy.sections.matches')} intro={<p>{employer ? t('employer.intro') : t('ranking.intro')}</p>}>
      {!vacancy.located ? <p className="notice">{t('reasons.vacancyNotLocated')}</p> : null}
      {matches.isPending ? <Loading /> : null}
      {matches.isError ? <LoadError error={matches.error} retry={() => void matches.refetch()} /> : null}
      {matches.data ? <Ranking data={matches.data} employer={employer} /> : null}
    </VacancyPage>
  );
}

function Ranking({ data, employer }: { data: VacancyRanking; employer: boolean }) {
  const { t } = useMatchingText();
  const { vacancy } = useVacancy();
  const coachingTeam = useCan('clients.update');
  const canWeights = useCan('matching.weights');
  const canEditVacancy = useCan('vacancies.write') && vacancy.editable;
  const ranked = data.results.length;
  const noRequirements = lacksRequirements([...data.results, ...data.excluded]);
  const max = maxScore(data.weights);

  return (
    <>
      {noRequirements ? (
        <div className="notice">
          <p>{employer ? t('employer.noProfile') : t('ranking.noProfile')}</p>
          {canEditVacancy ? <p><Link to={`/vacancies/${vacancy.id}/competences`}>{t('ranking.noProfileLink')}</Link></p> : null}
        </div>
      ) : null}
      <section aria-labelledby="ranking-heading">
        <h2 id="ranking-heading">{employer ? t('employer.heading') : t('ranking.heading')}</h2>
        <p>
          {employer
            ? t('employer.summary', { ranked, excluded: data.excludedCount })
            : t('ranking.summary', { considered: data.considered, ranked, excluded: data.excludedCount })}
        </p>
        {data.considered === 0 ? <p className="notice">{employer ? t('employer.empty') : t('ranking.emptyPhase')}</p> : null}
        {data.considered > 0 && ranked === 0 ? <p>{t('ranking.noneRanked')}</p> : null}
        <WhyRanked weights={data.weights} canChange={canWeights && !employer} employer={employer} />
        {ranked > 0 ? (
          <ol className="match-list">
            {data.results.map((r) => (
              <Candidate key={r.client.id} result={r} max={max} employer={employer} coachingTeam={coachingTeam} />
            ))}
          </ol>
        ) : null}
      </section>
      {data.considered > 0 ? (
        <section aria-labelledby="excluded-heading">
          <h2 id="excluded-heading">{t(employer ? 'employer.excludedHeading' : 'ranking.excludedHeading', { count: data.excludedCount })}</h2>
          {data.excludedCount === 0 ? (
            <p>{t('ranking.noneExcluded')}</p>
          ) : (
            <>
              <p>{employer ? t('employer.excludedIntro') : t('ranking.excludedIntro')}</p>
              <h3>{t('ranking.excludedBy')}</h3>
              <ExcludedCounts excludedBy={data.excludedBy} />
              {data.excluded.length > 0 ? (
                <>
                  <h3>{t('ranking.excludedListed')}</h3>
                  {data.excluded.length < data.excludedCount ? <p>{t('ranking.excludedMore', { shown: data.excluded.length, count: data.excludedCount })}</p> : null}
                  <ul className="match-list">
                    {data.excluded.map((x) => (
                      <li key={x.client.id} className="match">
                        <h4>{coachingTeam ? <Link to={`/clients/${x.client.id}`}>{x.client.name}</Link> : x.client.name}</h4>
                        <ReasonGroups reasons={x.reasons.filter((r) => reasonGroup(r) === 'conflicts')} level={5} />
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          )}
        </section>
      ) : null}
    </>
  );
}

function Candidate({ result, max, employer, coachingTeam }: { result: Result; max: number; employer: boolean; coachingTeam: boolean }) {
  const { t, locale } = useMatchingText();
  const { t: tc } = useTranslation('clients');
  const { vacancy } = useVacancy();
  const { client } = result;
  const headingId = `candidate-${client.id}`;
  const forName = <span className="visually-hidden">{t('ranking.forName', { name: client.name })}</span>;
  const decision = result.checklist ? t(`ranking.decisions.${result.checklist.decision}`) : t('ranking.notStarted');
  return (
    <li className="match">
      <h3 id={headingId}>
        {result.rank}. {coachingTeam ? <Link to={`/clients/${client.id}`}>{client.name}</Link> : client.name}
      </h3>
      <dl className="match__facts">
        {!employer ? (
          <div>
            <dt>{t('ranking.phase')}</dt>
            <dd>{tc('phase.label', { phase: client.phase, name: tc(`phase.names.${client.phase}`) })}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('ranking.score')}</dt>
          <dd className="match__score">{t('ranking.scoreValue', { score: formatNumber(result.score, locale), max: formatNumber(max, locale) })}</dd>
        </div>
        {coachingTeam ? (
          <div>
            <dt>{t('ranking.checklist')}</dt>
            <dd>{decision}</dd>
          </div>
        ) : null}
      </dl>
      <ScoreBreakdown components={result.components} />
      <ReasonGroups reasons={result.reasons} />
      {coachingTeam ? (
        <p className="actions">
          <Link to={`/clients/${client.id}/capacity/compare/${vacancy.id}`}>{t('ranking.compare')}{forName}</Link>
          <Link to={`/vacancies/${vacancy.id}/matches/${client.id}`}>{t('ranking.checklistStatus', { status: decision })}{forName}</Link>
        </p>
      ) : null}
    </li>
  );
}
