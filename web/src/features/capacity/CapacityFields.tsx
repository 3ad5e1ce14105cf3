import { memo, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPETENCE_GROUPS, competenceItemsOf, SCALE, type CompetenceItem, type Score } from '../../../../common/competences.ts';
import { competenceDefinition, competenceGroupLabel, competenceLabel, scaleLabel, STARR_STEPS, starrGuide } from '../../../../common/competences.labels.ts';
import { GAP_CLOSERS, type GapCloser } from '../../../../common/matching.ts';
import { SelectField, TextArea, TextField } from '../../ui/forms.tsx';
import type { CapacityAction, StarrDraft } from './draft.ts';
import { capacityIds } from './ids.ts';
import { useLocale } from './labels.ts';

/**
 * One item of the capacity profile: its name as the legend, the seed's definition as help,
 * the 5-point scale as native radio buttons (arrow keys move between them) with "not scored",
 * a note and, once scored, what could close a shortfall on it.
 */
export const ItemFieldset = memo(function ItemFieldset({ item, score, note, closer, noteError, closerError, dispatch }: {
  item: CompetenceItem;
  score: Score | undefined;
  note: string;
  closer: GapCloser | undefined;
  noteError?: string;
  closerError?: string;
  dispatch: Dispatch<CapacityAction>;
}) {
  const { t } = useTranslation('capacity');
  const locale = useLocale();
  const definition = competenceDefinition(item, locale);
  const defId = `cap-def-${item}`;
  const name = `cap-score-${item}`;
  return (
    <fieldset className="cap-item" aria-describedby={definition ? defId : undefined}>
      <legend>{competenceLabel(item, locale)}</legend>
      {definition ? <p id={defId} className="field__hint">{definition}</p> : null}
      <div className="cap-scale">
        <span className="cap-choice cap-choice--unset">
          <input
            type="radio" id={capacityIds.score(item, 'unset')} name={name} value="" checked={score === undefined}
            onChange={() => dispatch({ type: 'score', item, score: null })}
          />
          <label htmlFor={capacityIds.score(item, 'unset')}>{t('form.unset')}</label>
        </span>
        {SCALE.map((n) => (
          <span key={n} className="cap-choice">
            <input
              type="radio" id={capacityIds.score(item, n)} name={name} value={n} checked={score === n}
              onChange={() => dispatch({ type: 'score', item, score: n })}
            />
            <label htmlFor={capacityIds.score(item, n)}>{t('form.scoreOption', { score: n, label: scaleLabel(n, locale) })}</label>
          </span>
        ))}
      </div>
      <div className="cap-item__extra">
        <TextField
          id={capacityIds.note(item)} label={t('form.note')} error={noteError} value={note}
          onChange={(e) => dispatch({ type: 'note', item, value: e.target.value })}
        />
        {score !== undefined ? (
          <SelectField
            id={capacityIds.closer(item)} label={t('form.closer')} error={closerError} value={closer ?? ''}
            onChange={(e) => dispatch({ type: 'closer', item, closer: (GAP_CLOSERS as readonly string[]).includes(e.target.value) ? (e.target.value as GapCloser) : null })}
          >
            <option value="">{t('form.closerNone')}</option>
            {GAP_CLOSERS.map((c) => <option key={c} value={c}>{t(`closersTitle.${c}`)}</option>)}
          </SelectField>
        ) : null}
      </div>
    </fieldset>
  );
});

/** One STARR example: the item it supports and the five steps, each with the guide's prompts as hint. */
export function StarrFieldset({ example, n, errors, dispatch, onRemove }: {
  example: StarrDraft;
  n: number;
  errors: Record<string, string | undefined>;
  dispatch: Dispatch<CapacityAction>;
  onRemove: () => void;
}) {
  const { t } = useTranslation('capacity');
  const locale = useLocale();
  const guide = starrGuide(locale);
  const prefix = `starr.${n - 1}`;
  return (
    <fieldset className="cap-starr" id={`cap-starr-${example.key}`}>
      <legend>{t('starr.legend', { n })}</legend>
      <SelectField
        id={capacityIds.starr(example.key, 'item')} label={t('starr.item')} error={errors[`${prefix}.item`]} value={example.item}
        onChange={(e) => dispatch({ type: 'starrField', key: example.key, field: 'item', value: e.target.value })}
      >
        <option value="">{t('starr.itemNone')}</option>
        {COMPETENCE_GROUPS.map((group) => (
          <optgroup key={group} label={competenceGroupLabel(group, locale)}>
            {competenceItemsOf(group).map((item) => <option key={item} value={item}>{competenceLabel(item, locale)}</option>)}
          </optgroup>
        ))}
      </SelectField>
      {STARR_STEPS.map((step) => {
        const prompt = guide.steps[step];
        return (
          <TextArea
            key={step} id={capacityIds.starr(example.key, step)} label={prompt.name} rows={3}
            hint={<>{capitalise(prompt.description)} <span className="cap-questions">{t('starr.questions', { questions: prompt.questions.join(' ') })}</span></>}
            error={errors[`${prefix}.${step}`]} value={example[step]}
            onChange={(e) => dispatch({ type: 'starrField', key: example.key, field: step, value: e.target.value })}
          />
        );
      })}
      <div className="actions">
        <button type="button" className="button button--danger" onClick={onRemove}>{t('starr.remove', { n })}</button>
      </div>
    </fieldset>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
