import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES_BY_KIND } from '../../../../common/roles.ts';
import type { Account } from '../../api/session.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { PeopleList } from './People.tsx';
import { useColleagues } from './queries.ts';

/**
 * The team of a coach, team lead or intermediary coach: everyone active on the staff, and for
 * a team lead how many hold each role. Needs `colleagues.read`.
 */
export function TeamSection({ me, showCounts }: { me: Account; showCounts: boolean }) {
  const { t } = useTranslation('home');
  const allowed = me.abilities.includes('colleagues.read');
  const colleagues = useColleagues(allowed);
  if (!allowed) return null;
  const staffRoles = ROLES_BY_KIND[me.organisation.kind].filter((r) => r !== 'client');
  const items = colleagues.data?.items ?? [];
  return (
    <section className="home-section" aria-labelledby="team-title">
      <h2 id="team-title">{t('team.title', { organisation: me.organisation.name })}</h2>
      <p>{t('team.intro')}</p>
      {colleagues.isPending ? <Loading /> : null}
      {colleagues.isError ? <LoadError error={colleagues.error} retry={() => void colleagues.refetch()} /> : null}
      {colleagues.isSuccess ? (
        <>
          {showCounts ? (
            <>
              <h3>{t('team.countsTitle')}</h3>
              <p>{t('team.total', { count: items.length })}</p>
              <dl className="details">
                {staffRoles.map((role) => (
                  <Fragment key={role}>
                    <dt>{t(`core:roles.${role}`)}</dt>
                    <dd>{items.filter((c) => c.roles.includes(role)).length}</dd>
                  </Fragment>
                ))}
              </dl>
            </>
          ) : null}
          <h3>{t('team.membersTitle')}</h3>
          {items.some((c) => c.id !== me.id) ? <PeopleList people={items} meId={me.id} /> : <p>{t('team.alone')}</p>}
        </>
      ) : null}
    </section>
  );
}
