import { useTranslation } from 'react-i18next';
import type { Branch, UserSummary } from '../../../../common/schemas/admin.ts';
import { TableWrap } from '../../ui/page.tsx';
import { useRoleWords } from './roles.tsx';

export const manageButtonId = (userId: string) => `manage-${userId}`;

/** The organisation's people: name, email, roles in words, status, and a button to manage each. */
export function PeopleTable({ users, branches, organisation, meId, selectedId, onManage }: {
  users: UserSummary[];
  branches: Branch[] | undefined;
  organisation: string;
  meId: string;
  selectedId: string | null;
  onManage: (user: UserSummary) => void;
}) {
  const { t } = useTranslation('admin');
  const roleWords = useRoleWords();
  return (
    <TableWrap label={t('users.tableLabel')}>
      <table className="data-table">
        <caption>{t('users.caption', { organisation, count: users.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.col.name')}</th>
            <th scope="col">{t('users.col.email')}</th>
            <th scope="col">{t('users.col.roles')}</th>
            <th scope="col">{t('users.col.status')}</th>
            <th scope="col">{t('users.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => {
            const words = roleWords(u.roles, branches);
            return (
              <tr key={u.id} className={u.id === selectedId ? 'is-selected' : undefined}>
                <th scope="row">
                  {u.name}
                  {u.id === meId ? <span className="muted"> {t('users.you')}</span> : null}
                </th>
                <td className="wrap-word">{u.email}</td>
                <td>
                  {words.length === 0 ? (
                    <span className="muted">{t('users.noRoles')}</span>
                  ) : (
                    <ul className="plain-list">
                      {words.map((w) => <li key={w}>{w}</li>)}
                    </ul>
                  )}
                </td>
                <td>
                  <span className={`state state--${u.status}`}>{t(`core:status.${u.status}`)}</span>
                </td>
                <td>
                  <button type="button" id={manageButtonId(u.id)} className="button button--secondary button--small" onClick={() => onManage(u)}>
                    {t('users.manage')}
                    <span className="visually-hidden"> {u.name}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
