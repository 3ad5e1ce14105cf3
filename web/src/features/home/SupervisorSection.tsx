import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/session.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { PeopleList } from './People.tsx';
import { useBranches, useColleagues } from './queries.ts';

/** For a supervisor: the branch(es) they supervise at, and whom to ask at HR. */
export function SupervisorSection({ me }: { me: Account }) {
  const { t } = useTranslation('home');
  const canBranches = me.abilities.includes('branches.read');
  const canColleagues = me.abilities.includes('colleagues.read');
  const branches = useBranches(canBranches);
  const colleagues = useColleagues(canColleagues);
  const mine = (branches.data?.items ?? []).filter((b) => me.branchIds.includes(b.id));
  const hr = (colleagues.data?.items ?? []).filter((c) => c.roles.includes('hr_officer'));
  return (
    <>
      {canBranches ? (
        <section className="home-section" aria-labelledby="supervisor-branches-title">
          <h2 id="supervisor-branches-title">{t('supervisor.title', { count: Math.max(me.branchIds.length, 1) })}</h2>
          {branches.isPending ? <Loading /> : null}
          {branches.isError ? <LoadError error={branches.error} retry={() => void branches.refetch()} /> : null}
          {branches.isSuccess ? (
            mine.length > 0 ? (
              <ul className="cards">
                {mine.map((b) => (
                  <li key={b.id} className="card branch-card">
                    <h3>{b.name}</h3>
                    {b.address ? <p>{b.address}</p> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('supervisor.none')}</p>
            )
          ) : null}
        </section>
      ) : null}
      {canColleagues ? (
        <section className="home-section" aria-labelledby="supervisor-hr-title">
          <h2 id="supervisor-hr-title">{t('supervisor.hrTitle')}</h2>
          <p>{t('supervisor.hrIntro')}</p>
          {colleagues.isPending ? <Loading /> : null}
          {colleagues.isError ? <LoadError error={colleagues.error} retry={() => void colleagues.refetch()} /> : null}
          {colleagues.isSuccess ? (hr.length > 0 ? <PeopleList people={hr} meId={me.id} /> : <p>{t('supervisor.hrNone')}</p>) : null}
        </section>
      ) : null}
    </>
  );
}
