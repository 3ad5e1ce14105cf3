import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/session.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { PeopleList, type Person } from './People.tsx';
import { useBranches, useColleagues, useUsers, type BranchItem } from './queries.ts';

/**
 * For an HR officer: the employer's branches, each with its supervisors, and the colleagues.
 * Which supervisor works at which branch comes from the people list (`users.manage`); without
 * it the supervisors are listed once for the organisation (colleagues carry no branches).
 */
export function EmployerSection({ me }: { me: Account }) {
  const { t } = useTranslation('home');
  const canBranches = me.abilities.includes('branches.read');
  const canColleagues = me.abilities.includes('colleagues.read');
  const canUsers = me.abilities.includes('users.manage');
  const branches = useBranches(canBranches);
  const colleagues = useColleagues(canColleagues);
  const users = useUsers(canUsers);
  if (!canBranches && !canColleagues) return null;

  // Supervisors per branch, when we may know it: people not deactivated with a supervisor role there.
  const byBranch = users.data
    ? (branchId: string): Person[] =>
        users.data.items
          .filter((u) => u.status !== 'deactivated' && u.roles.some((r) => r.role === 'supervisor' && r.branchId === branchId))
          .map((u) => ({ id: u.id, name: u.name, email: u.email, roles: [...new Set(u.roles.map((r) => r.role))], invited: u.status === 'invited' }))
    : null;
  const staff = colleagues.data?.items ?? [];
  const supervisors = staff.filter((c) => c.roles.includes('supervisor'));
  const others = staff.filter((c) => !c.roles.includes('supervisor'));

  return (
    <>
      {canBranches ? (
        <section className="home-section" aria-labelledby="employer-branches-title">
          <h2 id="employer-branches-title">{t('employer.title', { organisation: me.organisation.name })}</h2>
          {branches.isPending ? <Loading /> : null}
          {branches.isError ? <LoadError error={branches.error} retry={() => void branches.refetch()} /> : null}
          {canUsers && users.isError ? <LoadError error={users.error} retry={() => void users.refetch()} /> : null}
          {branches.isSuccess ? (
            branches.data.items.length > 0 ? (
              <ul className="cards">
                {branches.data.items.map((b) => (
                  <BranchCard key={b.id} branch={b} supervisors={byBranch ? byBranch(b.id) : null} loading={canUsers && users.isPending} />
                ))}
              </ul>
            ) : (
              <p>{t('employer.none')}</p>
            )
          ) : null}
        </section>
      ) : null}
      {canColleagues ? (
        <section className="home-section" aria-labelledby="employer-people-title">
          <h2 id="employer-people-title">{t('employer.colleaguesTitle')}</h2>
          {colleagues.isPending ? <Loading /> : null}
          {colleagues.isError ? <LoadError error={colleagues.error} retry={() => void colleagues.refetch()} /> : null}
          {colleagues.isSuccess ? (
            <>
              <PeopleList people={others} meId={me.id} />
              {!byBranch && !(canUsers && users.isPending) ? (
                <>
                  <h3>{t('employer.supervisorsTitle')}</h3>
                  {supervisors.length > 0 ? <PeopleList people={supervisors} meId={me.id} /> : <p>{t('employer.noSupervisors')}</p>}
                </>
              ) : null}
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

function BranchCard({ branch, supervisors, loading }: { branch: BranchItem; supervisors: Person[] | null; loading: boolean }) {
  const { t } = useTranslation('home');
  return (
    <li className="card branch-card">
      <h3>{branch.name}</h3>
      <p>{branch.address || <span className="muted">{t('employer.noAddress')}</span>}</p>
      <p><span className="tag">{branch.active ? t('employer.active') : t('employer.inactive')}</span></p>
      {loading ? <Loading /> : null}
      {supervisors ? (
        <>
          <h4>{t('employer.supervisors')}</h4>
          {supervisors.length > 0 ? (
            <ul className="plain-list">
              {supervisors.map((s) => (
                <li key={s.id}>
                  {s.name}
                  {s.invited ? <> <span className="tag">{t('people.invited')}</span></> : null}
                  <br />
                  <a href={`mailto:${s.email}`}>{s.email}</a>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('employer.noSupervisor')}</p>
          )}
        </>
      ) : null}
    </li>
  );
}
