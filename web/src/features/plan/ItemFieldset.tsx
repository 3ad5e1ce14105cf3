import { useTranslation } from 'react-i18next';
import { ACTION_ITEM_RESPONSIBLES, ACTION_ITEM_STATUSES } from '../../../../common/schemas/action-plan.ts';
import { SelectField, TextArea, TextField } from '../../ui/forms.tsx';
import type { DraftItem, ItemField } from './draft.ts';

export const itemFieldId = (key: string, field: ItemField) => `plan-item-${key}-${field}`;
export const moveButtonId = (key: string, by: -1 | 1) => `plan-item-${key}-${by < 0 ? 'up' : 'down'}`;

/** One action of the draft: the seed's columns (Wat, Hoe, Wie, Wanneer, Resultaten) and its status, with move and remove. */
export function ItemFieldset({ item, n, count, errors, onChange, onMove, onRemove }: {
  item: DraftItem;
  /** Place in the list, from 1. */
  n: number;
  count: number;
  errors: Partial<Record<ItemField, string>>;
  onChange: (field: ItemField, value: string) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('plan');
  const id = (field: ItemField) => itemFieldId(item.key, field);
  const first = n === 1;
  const last = n === count;
  return (
    <fieldset className="plan-item" id={`plan-item-${item.key}`}>
      <legend>{t('edit.itemLegend', { n })}</legend>
      <TextArea
        id={id('what')} label={t('edit.what')} hint={t('edit.whatHint')} required error={errors.what} rows={2}
        value={item.what} onChange={(e) => onChange('what', e.target.value)}
      />
      <TextArea id={id('how')} label={t('edit.how')} error={errors.how} rows={2} value={item.how} onChange={(e) => onChange('how', e.target.value)} />
      <div className="plan-item__grid">
        <SelectField id={id('whoRole')} label={t('edit.whoRole')} required error={errors.whoRole} value={item.whoRole} onChange={(e) => onChange('whoRole', e.target.value)}>
          {ACTION_ITEM_RESPONSIBLES.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
        </SelectField>
        <TextField
          id={id('whoName')} label={t('edit.whoName')} hint={t('edit.whoNameHint')} error={errors.whoName}
          value={item.whoName} onChange={(e) => onChange('whoName', e.target.value)}
        />
        <TextField id={id('when')} label={t('edit.when')} error={errors.when} value={item.when} onChange={(e) => onChange('when', e.target.value)} />
        <SelectField id={id('status')} label={t('edit.status')} required error={errors.status} value={item.status} onChange={(e) => onChange('status', e.target.value)}>
          {ACTION_ITEM_STATUSES.map((s) => <option key={s} value={s}>{t(`itemStatus.${s}`)}</option>)}
        </SelectField>
      </div>
      <TextArea id={id('results')} label={t('edit.results')} error={errors.results} rows={2} value={item.results} onChange={(e) => onChange('results', e.target.value)} />
      <div className="actions">
        <button
          type="button" id={moveButtonId(item.key, -1)} className="button button--secondary"
          aria-disabled={first || undefined} onClick={() => !first && onMove(-1)}
        >
          {t('edit.moveUp', { n })}
        </button>
        <button
          type="button" id={moveButtonId(item.key, 1)} className="button button--secondary"
          aria-disabled={last || undefined} onClick={() => !last && onMove(1)}
        >
          {t('edit.moveDown', { n })}
        </button>
        <button type="button" className="button button--danger" onClick={onRemove}>{t('edit.remove', { n })}</button>
      </div>
    </fieldset>
  );
}
