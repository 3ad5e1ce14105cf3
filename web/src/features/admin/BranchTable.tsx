import { useTranslation } from 'react-i18next';
import type { Branch } from '../../../../common/schemas/admin.ts';
import { TableWrap } from '../../ui/page.tsx';

export const editButtonId = (id: string) => `branch-edit-${id}`;
export const toggleButtonId = (id: string) => `branch-toggle-${id}`;

/** The branches: name, address, active or not, with edit and (de)activate per row. */
export function BranchTable({ branches, organisation, selectedId, busyId, onEdit, onToggle }: {
  branches: Branch[];
  organisation: string;
  selectedId: string | null;
  busyId: string | null;
  onEdit: (b: Branch) => void;
  onToggle: (b: Branch) => void;
}) {
  const { t } = useTranslation('admin');
  return (
    <TableWrap label={t('branches.tableLabel')}>
      <table className="data-table">
        <caption>{t('branches.caption', { organisation, count: branches.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('branches.col.name')}</th>
            <th scope="col">{t('branches.col.address')}</th>
            <th scope="col">{t('branches.col.status')}</th>
            <th scope="col">{t('branches.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {branches.map((b) => (
            <tr key={b.id} className={b.id === selectedId ? 'is-selected' : undefined}>
              <th scope="row">{b.name}</th>
              <td>{b.address || <span className="muted">{t('branches.noAddress')}</span>}</td>
              <td>
                <span className={`state state--${b.active ? 'active' : 'inactive'}`}>
                  {b.active ? t('branches.active') : t('branches.inactive')}
                </span>
              </td>
              <td className="row-actions">
                  <button type="button" id={editButtonId(b.id)} className="button button--secondary button--small" onClick={() => onEdit(b)}>
                    {t('branches.edit')}
                    <span className="visually-hidden"> {b.name}</span>
                  </button>
                  <button
                    type="button"
                    id={toggleButtonId(b.id)}
                    className="button button--secondary button--small"
                    aria-disabled={busyId === b.id || undefined}
                    onClick={() => onToggle(b)}
                  >
                    {b.active ? t('branches.markInactive') : t('branches.markActive')}
                    <span className="visually-hidden"> {b.name}</span>
                  </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
