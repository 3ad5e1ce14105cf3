import { useTranslation } from 'react-i18next';
import type { AuditEntry, Branch, UserSummary } from '../../../../common/schemas/admin.ts';
import { TableWrap } from '../../ui/page.tsx';
import { isKnownAction, isKnownEntity } from './actions.ts';

type Role = UserSummary['roles'][number];

const isRoleList = (v: unknown): v is Role[] =>
  Array.isArray(v) && v.every((r) => r && typeof r === 'object' && typeof (r as Role).role === 'string');

/** The audit trail: when, who, what, on what, details and IP, newest first. */
export function AuditTable({ entries, hasMore, people, branches, organisation }: {
  entries: AuditEntry[];
  hasMore: boolean;
  people: UserSummary[] | undefined;
  branches: Branch[] | undefined;
  organisation: { id: string; name: string };
}) {
  const { t, i18n } = useTranslation('audit');
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });

  const roleWord = (role: string) => t(`core:roles.${role}`, { defaultValue: role });
  const branchName = (id: string | null) => (id ? (branches?.find((b) => b.id === id)?.name ?? id) : null);
  const rolesText = (v: unknown): string => {
    if (isRoleList(v)) {
      const words = v.map((r) => (r.branchId ? `${roleWord(r.role)} (${branchName(r.branchId)})` : roleWord(r.role)));
      return words.length ? words.join(', ') : t('details.none');
    }
    if (Array.isArray(v)) return v.map((r) => roleWord(String(r))).join(', ') || t('details.none');
    return plain(v);
  };
  const plain = (v: unknown): string => {
    if (typeof v === 'boolean') return v ? t('core:common.yes') : t('core:common.no');
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    const json = JSON.stringify(v) ?? '';
    return json.length > 160 ? `${json.slice(0, 157)}…` : json;
  };

  /** Details in words where we know their shape; other keys as "key: value". */
  const details = (e: AuditEntry): [string, string][] =>
    Object.entries(e.details).map(([key, value]): [string, string] => {
      switch (key) {
        case 'roles':
        case 'from':
        case 'to':
          return [t(`details.${key}`), rolesText(value)];
        case 'name':
        case 'active':
          return [t(`details.${key}`), plain(value)];
        case 'fields':
          return [t('details.fields'), Array.isArray(value) ? value.map((f) => t(`details.field.${String(f)}`, { defaultValue: String(f) })).join(', ') : plain(value)];
        default:
          return [key, plain(value)];
      }
    });

  const subject = (e: AuditEntry) => {
    const kind = isKnownEntity(e.entity) ? t(`entities.${e.entity}`) : e.entity;
    let name: string | undefined;
    if (e.entity === 'user') name = people?.find((p) => p.id === e.entityId)?.name;
    else if (e.entity === 'branch') name = branches?.find((b) => b.id === e.entityId)?.name;
    else if (e.entity === 'organisation' && e.entityId === organisation.id) name = organisation.name;
    return { kind, name };
  };

  return (
    <TableWrap label={t('results.tableLabel')}>
      <table className="data-table audit-table">
        <caption>{t(hasMore ? 'results.captionMore' : 'results.caption', { count: entries.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.col.at')}</th>
            <th scope="col">{t('results.col.actor')}</th>
            <th scope="col">{t('results.col.action')}</th>
            <th scope="col">{t('results.col.entity')}</th>
            <th scope="col">{t('results.col.details')}</th>
            <th scope="col">{t('results.col.ip')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const d = details(e);
            const s = subject(e);
            return (
              <tr key={e.id}>
                <th scope="row" className="nowrap-md">
                  <time dateTime={e.at}>{when.format(new Date(e.at))}</time>
                </th>
                <td>{e.actor ? e.actor.name || e.actor.id : <span className="muted">{t('results.nobody')}</span>}</td>
                <td>
                  {isKnownAction(e.action) ? (
                    <>
                      {t(`actions.${e.action}`)}
                      <br />
                      <code className="muted code-small">{e.action}</code>
                    </>
                  ) : (
                    <code>{e.action}</code>
                  )}
                </td>
                <td>
                  {s.kind}
                  {s.name ? <>: {s.name}</> : e.entityId ? <><br /><span className="muted code-small break">{e.entityId}</span></> : null}
                </td>
                <td>
                  {d.length === 0 ? (
                    <span className="muted">{t('results.noDetails')}</span>
                  ) : (
                    <ul className="plain-list">
                      {d.map(([k, v]) => (
                        <li key={k} className="break"><span className="detail-key">{k}:</span> {v}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="break">{e.ip || <span className="muted">{t('results.noIp')}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
