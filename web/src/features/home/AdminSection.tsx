import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Account } from '../../api/session.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { useDateTime } from './format.ts';
import { useRecentAudit, useUsers, type AuditItem } from './queries.ts';

const STATUSES = ['active', 'invited', 'deactivated'] as const;

/**
 * For an organisation's administrator: people by status, the newest audit entries and the way
 * to the admin pages. Each part shows only with the ability it needs.
 */
export function AdminSection({ me }: { me: Account }) {
  const { t } = useTranslation('home');
  const canUsers = me.abilities.includes('users.manage');
  const canBranches = me.abilities.includes('branches.manage');
  const canAudit = me.abilities.includes('audit.read');
  if (!canUsers && !canBranches && !canAudit) return null;
  return (
    <section className="home-section" aria-labelledby="admin-title">
      <h2 id="admin-title">{t('admin.title')}</h2>
      {canUsers ? <PeopleByStatus organisation={me.organisation.name} /> : null}
      {canBranches ? (
        <ul className="home-links">
          <li><Link to="/admin/branches">{t('admin.branchesLink')}</Link></li>
        </ul>
      ) : null}
      {canAudit ? <RecentAudit /> : null}
    </section>
  );
}

function PeopleByStatus({ organisation }: { organisation: string }) {
  const { t } = useTranslation('home');
  const users = useUsers(true);
  const items = users.data?.items ?? [];
  return (
    <>
      <h3>{t('admin.peopleTitle')}</h3>
      <p>{t('admin.peopleIntro', { organisation })}</p>
      {users.isPending ? <Loading /> : null}
      {users.isError ? <LoadError error={users.error} retry={() => void users.refetch()} /> : null}
      {users.isSuccess ? (
        <dl className="details">
          {STATUSES.map((status) => (
            <Fragment key={status}>
              <dt>{t(`core:status.${status}`)}</dt>
              <dd>{items.filter((u) => u.status === status).length}</dd>
            </Fragment>
          ))}
        </dl>
      ) : null}
      <ul className="home-links">
        <li><Link to="/admin/users">{t('admin.peopleLink')}</Link></li>
      </ul>
    </>
  );
}

function RecentAudit() {
  const { t } = useTranslation('home');
  const audit = useRecentAudit(true);
  const items = audit.data?.items ?? [];
  return (
    <>
      <h3>{t('admin.auditTitle')}</h3>
      <p>{t('admin.auditIntro')}</p>
      {audit.isPending ? <Loading /> : null}
      {audit.isError ? <LoadError error={audit.error} retry={() => void audit.refetch()} /> : null}
      {audit.isSuccess ? (
        items.length > 0 ? (
          <ol className="event-list">
            {items.map((e) => <AuditLine key={e.id} entry={e} />)}
          </ol>
        ) : (
          <p>{t('admin.auditEmpty')}</p>
        )
      ) : null}
      <ul className="home-links">
        <li><Link to="/admin/audit">{t('admin.auditLink')}</Link></li>
      </ul>
    </>
  );
}

function AuditLine({ entry }: { entry: AuditItem }) {
  const { t } = useTranslation('home');
  const when = useDateTime();
  const subject = typeof entry.details.name === 'string' ? entry.details.name : null;
  return (
    <li>
      <strong>{t(`audit:actions.${entry.action}`, { defaultValue: entry.action })}</strong>
      {subject ? `: ${subject}` : null}
      {' '}
      {entry.actor ? t('admin.by', { name: entry.actor.name }) : t('admin.system')}
      <br />
      <time className="muted" dateTime={entry.at}>{when(entry.at)}</time>
    </li>
  );
}
