import { useTranslation } from 'react-i18next';
import { TASK_STEPS_MAX } from '../../../../common/schemas/vacancies.ts';
import { TextArea, TextField } from '../../ui/forms.tsx';
import { LINE_MAX, TASK_TEXTS, TEXT_MAX, type TaskDraft, type TaskText } from './analysis.ts';

/** Ids of the controls of one task and its steps, by their stable keys. */
export const taskFieldId = (task: string, field: 'task' | TaskText) => `ja-task-${task}-${field}`;
export const stepFieldId = (step: string) => `ja-step-${step}`;
export const taskButtonId = (task: string, what: 'up' | 'down' | 'addStep') => `ja-task-${task}-${what}`;
export const stepButtonId = (step: string, what: 'up' | 'down') => `ja-step-${step}-${what}`;

export interface TaskHandlers {
  onField: (field: 'task' | TaskText, value: string) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onStep: (step: string, value: string) => void;
  onAddStep: () => void;
  onMoveStep: (step: string, index: number, by: -1 | 1) => void;
  onRemoveStep: (step: string, index: number) => void;
}

/**
 * One task of the job with its task analysis: the task, its steps in order (added, removed
 * and moved with buttons; every button names its task or step for screen readers), and the
 * task's place in the work process. Move buttons at an end stay focusable and say so.
 */
export function TaskFieldset({ task, n, count, errors, handlers }: {
  task: TaskDraft;
  /** Place in the list, from 1. */
  n: number;
  count: number;
  /** Messages by path relative to the task: "task", "steps.2", "normalTime". */
  errors: Record<string, string>;
  handlers: TaskHandlers;
}) {
  const { t } = useTranslation('vacancies');
  const text = (f: TaskText) => (f === 'normalTime' ? (
    <TextField
      key={f} id={taskFieldId(task.key, f)} label={t(`analysis.${f}`)} hint={t('analysis.normalTimeHint')} error={errors[f]} maxLength={LINE_MAX}
      value={task[f]} onChange={(e) => handlers.onField(f, e.target.value)}
    />
  ) : (
    <TextArea
      key={f} id={taskFieldId(task.key, f)} label={t(`analysis.${f}`)} error={errors[f]} rows={2} maxLength={TEXT_MAX}
      value={task[f]} onChange={(e) => handlers.onField(f, e.target.value)}
    />
  ));
  return (
    <fieldset className="analysis-task">
      <legend>{t('analysis.taskN', { n })}</legend>
      <TextField
        id={taskFieldId(task.key, 'task')} label={t('analysis.task')} hint={t('analysis.taskHint')} required error={errors.task} maxLength={LINE_MAX}
        value={task.task} onChange={(e) => handlers.onField('task', e.target.value)}
      />
      <fieldset className="analysis-steps">
        <legend>{t('analysis.stepsLegend', { n })}</legend>
        {task.steps.length === 0 ? <p>{t('analysis.noSteps')}</p> : (
          <ol>
            {task.steps.map((s, i) => (
              <li key={s.key} className="analysis-step">
                <TextField
                  id={stepFieldId(s.key)} label={t('analysis.stepN', { n: i + 1 })} error={errors[`steps.${i}`]} maxLength={LINE_MAX}
                  value={s.text} onChange={(e) => handlers.onStep(s.key, e.target.value)}
                />
                <div className="actions">
                  <button
                    type="button" id={stepButtonId(s.key, 'up')} className="button button--secondary button--small"
                    aria-disabled={i === 0 || undefined} onClick={() => i > 0 && handlers.onMoveStep(s.key, i, -1)}
                  >
                    {t('analysis.stepUp', { n: i + 1 })}
                  </button>
                  <button
                    type="button" id={stepButtonId(s.key, 'down')} className="button button--secondary button--small"
                    aria-disabled={i === task.steps.length - 1 || undefined} onClick={() => i < task.steps.length - 1 && handlers.onMoveStep(s.key, i, 1)}
                  >
                    {t('analysis.stepDown', { n: i + 1 })}
                  </button>
                  <button type="button" className="button button--danger button--small" onClick={() => handlers.onRemoveStep(s.key, i)}>
                    {t('analysis.removeStep', { n: i + 1 })}
                  </button>
                </div>
              </li>
            ))}
          </ol>
        )}
        {task.steps.length < TASK_STEPS_MAX ? (
          <button type="button" id={taskButtonId(task.key, 'addStep')} className="button button--secondary" onClick={handlers.onAddStep}>
            {t('analysis.addStep', { n })}
          </button>
        ) : null}
      </fieldset>
      <div className="analysis-grid">{TASK_TEXTS.map(text)}</div>
      <div className="actions">
        <button type="button" id={taskButtonId(task.key, 'up')} className="button button--secondary" aria-disabled={n === 1 || undefined} onClick={() => n > 1 && handlers.onMove(-1)}>
          {t('analysis.taskUp', { n })}
        </button>
        <button type="button" id={taskButtonId(task.key, 'down')} className="button button--secondary" aria-disabled={n === count || undefined} onClick={() => n < count && handlers.onMove(1)}>
          {t('analysis.taskDown', { n })}
        </button>
        <button type="button" className="button button--danger" onClick={handlers.onRemove}>{t('analysis.removeTask', { n })}</button>
      </div>
    </fieldset>
  );
}
