import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../api/session.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { DossierPage, useDossier } from '../clients/dossier.tsx';
import { ExcludedCounts, ReasonGroups, ScoreBreakdown, useClientMatches, useMatchingText, WhyRanked, type ClientRanking } from './parts.tsx';
import { formatNumber, maxScore, reasonGroup } from './reasons.ts';

/**
 * /clients/:id/matches: the open vacancies ranked for one client, with the reasons, links to
 * the vacancy, the job-match checklist and the profile comparison; the excluded vacancies with
 * the condition that excluded them.
 */
export function ClientMatchesPage() {
  const { t: tc } = useTranslation('clients');
  const { t } = useMatchingText();
  const { client } = useDossier();
  const matches = useClientMatches(client.id);
  return (
    <DossierPage section={tc('dossier.sections.matches')} intro={<p>{t('client.intro')}</p>}>
      {matches.isPending ? <Loading /> : null}
      {matches.isError ? <LoadError error={matches.error} retry={() => void matches.refetch()} /> : null}
      {matches.data ? <Ranking data={matches.data} /> : null}
    </DossierPage>
  );
}

function Ranking({ data }: { data: ClientRanking }) {
  const { t, locale } = useMatchingText();
  const { client, name } = useDossier();
  const canWeights = useCan('matching.weights');
  const max = maxScore(data.weights);
  const ranked = data.results.length;
  return (
    <>
      <p>
        {t('client.capacityHint')} <Link to={`/clients/${client.id}/capacity`}>{t('client.capacityLink')}</Link>
      </p>
      <section aria-labelledby="client-ranking-heading">
        <h2 id="client-ranking-heading">{t('client.heading')}</h2>
        <p>{t('client.summary', { considered: data.considered, ranked, excluded: data.excludedCount })}</p>
        {data.considered === 0 ? <p className="notice">{t('client.empty')}</p> : null}
        {data.considered > 0 && ranked === 0 ? <p>{t('client.noneRanked')}</p> : null}
        <WhyRanked weights={data.weights} canChange={canWeights} />
        {ranked > 0 ? (
          <ol className="match-list">
            {data.results.map((r) => {
              const v = r.vacancy;
              const forTitle = <span className="visually-hidden">{t('ranking.forName', { name: v.title })}</span>;
              return (
                <li key={v.id} className="match">
                  <h3>
                    {r.rank}. <Link to={`/vacancies/${v.id}`}>{v.title}</Link>
                  </h3>
                  <dl className="match__facts">
                    <div>
                      <dt>{t('client.employer')}</dt>
                      <dd>{v.employer.name}</dd>
                    </div>
                    {v.city ? (
                      <div>
                        <dt>{t('client.city')}</dt>
                        <dd>{v.city}</dd>
                      </div>
                    ) : null}
                    <div>
                      <dt>{t('ranking.score')}</dt>
                      <dd className="match__score">{t('ranking.scoreValue', { score: formatNumber(r.score, locale), max: formatNumber(max, locale) })}</dd>
                    </div>
                  </dl>
                  <ScoreBreakdown components={r.components} />
                  <ReasonGroups reasons={r.reasons} />
                  <p className="actions">
                    <Link to={`/clients/${client.id}/capacity/compare/${v.id}`}>{t('ranking.compare')}{forTitle}</Link>
                    <Link to={`/vacancies/${v.id}/matches/${client.id}`}>{t('client.candidates')}{forTitle}</Link>
                  </p>
                </li>
              );
            })}
          </ol>
        ) : null}
      </section>
      {data.considered > 0 ? (
        <section aria-labelledby="client-excluded-heading">
          <h2 id="client-excluded-heading">{t('client.excludedHeading', { count: data.excludedCount })}</h2>
          {data.excludedCount === 0 ? (
            <p>{t('client.noneExcluded')}</p>
          ) : (
            <>
              <p>{t('client.excludedIntro', { name })}</p>
              <h3>{t('ranking.excludedBy')}</h3>
              <ExcludedCounts excludedBy={data.excludedBy} />
              {data.excluded.length > 0 ? (
                <>
                  <h3>{t('client.excludedListed')}</h3>
                  {data.excluded.length < data.excludedCount ? <p>{t('ranking.excludedMore', { shown: data.excluded.length, count: data.excludedCount })}</p> : null}
                  <ul className="match-list">
                    {data.excluded.map((x) => (
                      <li key={x.vacancy.id} className="match">
                        <h4><Link to={`/vacancies/${x.vacancy.id}`}>{x.vacancy.title}</Link> <span className="muted">({x.vacancy.employer.name}{x.vacancy.city ? `, ${x.vacancy.city}` : ''})</span></h4>
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
