import { useQueryClient } from '@tanstack/react-query';
import { Fragment, useReducer, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { JOB_TASKS_MAX, type JobAnalysis } from '../../../../common/schemas/vacancies.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { ErrorSummary, LoadError, Loading } from '../../ui/feedback.tsx';
import { TextArea, TextField } from '../../ui/forms.tsx';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { useFormat } from '../clients/format.ts';
import {
  analysisDraft, analysisInput, analysisIssues, analysisReducer, emptyStep, emptyTask, KEY_CHARACTERISTICS, stepRow, TASK_TEXTS, TEXT_MAX,
  type AnalysisDraft, type TextField as AnalysisText,
} from './analysis.ts';
import { analysisKey, useJobAnalysis } from './api.ts';
import { stepButtonId, stepFieldId, taskButtonId, taskFieldId, TaskFieldset } from './TaskFieldset.tsx';
import { serverIssues } from './VacancyFields.tsx';
import { useVacancy, VacancyPage } from './vacancy.tsx';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './vacancies.css';

const STATUS_ID = 'ja-status';
const ADD_TASK_ID = 'ja-add-task';
const TASKS_HEADING = 'ja-tasks';
const CONDITIONS: AnalysisText[] = ['requiredProductivity', 'qualityStandards', 'wage'];
const WORKPLACE: AnalysisText[] = ['accessibility', 'healthAndSafety', 'companyCulture', 'workEnvironment', 'socialAspects', 'supportOnTheJob', 'naturalSupport', 'transport'];
const HINTS: Partial<Record<AnalysisText, string>> = { wage: 'analysis.wageHint', supportOnTheJob: 'analysis.supportOnTheJobHint', naturalSupport: 'analysis.naturalSupportHint' };

/** /vacancies/:id/analysis: the job analysis, every field of the seed's form; read-only for whoever may not change the vacancy. */
export function JobAnalysisPage() {
  const { t } = useTranslation('vacancies');
  const { vacancy } = useVacancy();
  const analysis = useJobAnalysis(vacancy.id);
  let body: ReactNode;
  if (analysis.isPending) body = <Loading />;
  else if (analysis.isError) body = <LoadError error={analysis.error} retry={() => void analysis.refetch()} />;
  else if (!vacancy.editable) body = <><p className="notice">{t('analysis.readOnly')}</p><AnalysisView analysis={analysis.data} /></>;
  else body = <AnalysisForm initial={analysis.data} />;
  return (
    <VacancyPage section={t('vacancy.sections.analysis')} intro={<p>{t('analysis.intro')}</p>}>
      {body}
    </VacancyPage>
  );
}

function SavedLine({ analysis }: { analysis: JobAnalysis }) {
  const { t } = useTranslation('vacancies');
  const format = useFormat();
  return (
    <p className="muted">
      {analysis.version > 0 && analysis.updatedAt
        ? t('analysis.lastSaved', { version: analysis.version, date: format.dateTime(analysis.updatedAt), name: analysis.updatedBy?.name ?? '' })
        : t('analysis.notSaved')}
    </p>
  );
}

/** The server counts steps among those it was sent (empty steps are left out): messages by the form's task and step. */
function messagesOf(error: unknown, draft: AnalysisDraft, t: (k: string, o?: Record<string, unknown>) => string): Record<string, string> {
  const fromServer = error instanceof ApiError && error.problem.detail !== '';
  const out: Record<string, string> = {};
  for (const issue of serverIssues(error)) {
    let path = issue.path;
    const step = /^tasks\.(\d+)\.steps\.(\d+)$/.exec(path);
    if (step && fromServer) {
      const task = draft.tasks[Number(step[1])];
      if (task) path = `tasks.${step[1]}.steps.${stepRow(task, Number(step[2]))}`;
    }
    if (out[path]) continue;
    const taskName = /^tasks\.(\d+)\.task$/.exec(path);
    out[path] = taskName && issue.message === 'required' ? t('errors.taskRequired', { n: Number(taskName[1]) + 1 }) : t(`errors.${issue.message}`);
  }
  return out;
}

function AnalysisForm({ initial }: { initial: JobAnalysis }) {
  const { t } = useTranslation('vacancies');
  const qc = useQueryClient();
  const id = initial.vacancyId;
  const [draft, dispatch] = useReducer(analysisReducer, initial, analysisDraft);
  const [base, setBase] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const live = useLiveStatus();
  const focusLater = useFocusLater();
  const messages = messagesOf(error, draft, t);

  const summary: Record<string, { id: string; label: string; message?: string }> = {};
  for (const [path, message] of Object.entries(messages)) {
    const m = /^tasks\.(\d+)\.(.+)$/.exec(path);
    const task = m ? draft.tasks[Number(m[1])] : undefined;
    if (m && task) {
      const stepM = /^steps\.(\d+)$/.exec(m[2]!);
      const stepKey = stepM ? task.steps[Number(stepM[1])]?.key : undefined;
      const field = m[2] as 'task' | (typeof TASK_TEXTS)[number];
      const label = stepM ? t('analysis.stepN', { n: Number(stepM[1]) + 1 }) : t(`analysis.${field}`);
      summary[path] = { id: stepKey ? stepFieldId(stepKey) : taskFieldId(task.key, stepM ? 'task' : field), label: `${t('analysis.taskN', { n: Number(m[1]) + 1 })}: ${label}`, message };
    } else if (path.startsWith('keyCharacteristics.')) {
      const k = path.split('.')[1]!;
      summary[path] = { id: `ja-key-${k}`, label: `${t('analysis.keyHeading')}: ${t(`analysis.key.${k}`)}`, message };
    } else {
      summary[path] = { id: `ja-${path}`, label: t(`analysis.${path}`, { defaultValue: path }), message };
    }
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const issues = analysisIssues(draft);
    if (issues.length > 0) {
      setError(browserProblem(issues));
      return;
    }
    setPending(true);
    try {
      const saved = await api<JobAnalysis>('PUT', `/api/vacancies/${id}/job-analysis`, { body: analysisInput(draft), version: base.version });
      setBase(saved);
      setError(null);
      qc.setQueryData(analysisKey(id), saved);
      live.say(<p>{t('analysis.saved', { version: saved.version })}</p>);
      focusLater(STATUS_ID);
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.status === 412 && err.problem.current) {
        const current = err.problem.current as JobAnalysis;
        setBase(current);
        qc.setQueryData(analysisKey(id), current);
      }
    } finally {
      setPending(false);
    }
  };

  const text = (f: AnalysisText) => (
    <TextArea
      key={f} id={`ja-${f}`} label={t(`analysis.${f}`)} hint={HINTS[f] ? t(HINTS[f]) : undefined} error={messages[f]} rows={3} maxLength={TEXT_MAX}
      value={draft[f]} onChange={(e) => dispatch({ type: 'field', field: f, value: e.target.value })}
    />
  );
  const taskErrors = (i: number) => Object.fromEntries(
    Object.entries(messages).filter(([p]) => p.startsWith(`tasks.${i}.`)).map(([p, m]) => [p.slice(`tasks.${i}.`.length), m]),
  );

  return (
    <>
      <SavedLine analysis={base} />
      <LiveStatus message={live.message} id={STATUS_ID} />
      <form noValidate onSubmit={(e) => void submit(e)} aria-label={t('vacancy.sections.analysis')} className="vacancy-form">
        <ErrorSummary error={error} fields={summary}>
          {error instanceof ApiError && error.status === 412 ? <p>{t('analysis.stale', { version: base.version })}</p> : null}
        </ErrorSummary>
        <section aria-labelledby={TASKS_HEADING} className="analysis-section">
          <h2 id={TASKS_HEADING} tabIndex={-1}>{t('analysis.tasksHeading')}</h2>
          <p>{t('analysis.tasksIntro')}</p>
          {draft.tasks.length === 0 ? <p>{t('analysis.noTasks')}</p> : null}
          {draft.tasks.map((task, i) => (
            <TaskFieldset
              key={task.key} task={task} n={i + 1} count={draft.tasks.length} errors={taskErrors(i)}
              handlers={{
                onField: (field, value) => dispatch({ type: 'task', task: task.key, field, value }),
                onMove: (by) => {
                  dispatch({ type: 'moveTask', task: task.key, by });
                  live.say(t('analysis.taskMoved', { n: i + 1 + by }));
                  focusLater(taskButtonId(task.key, by < 0 ? 'up' : 'down'));
                },
                onRemove: () => {
                  dispatch({ type: 'removeTask', task: task.key });
                  setError(null);
                  live.say(t('analysis.taskRemoved', { n: i + 1 }));
                  focusLater(TASKS_HEADING);
                },
                onStep: (step, value) => dispatch({ type: 'step', task: task.key, step, value }),
                onAddStep: () => {
                  const item = emptyStep();
                  dispatch({ type: 'addStep', task: task.key, item });
                  live.say(t('analysis.stepAdded', { n: task.steps.length + 1 }));
                  focusLater(stepFieldId(item.key));
                },
                onMoveStep: (step, index, by) => {
                  dispatch({ type: 'moveStep', task: task.key, step, by });
                  live.say(t('analysis.stepMoved', { n: index + 1 + by }));
                  focusLater(stepButtonId(step, by < 0 ? 'up' : 'down'));
                },
                onRemoveStep: (step, index) => {
                  dispatch({ type: 'removeStep', task: task.key, step });
                  setError(null);
                  live.say(t('analysis.stepRemoved', { n: index + 1 }));
                  focusLater(taskButtonId(task.key, 'addStep'));
                },
              }}
            />
          ))}
          {draft.tasks.length < JOB_TASKS_MAX ? (
            <button
              type="button" id={ADD_TASK_ID} className="button button--secondary"
              onClick={() => {
                const item = emptyTask();
                dispatch({ type: 'addTask', item });
                live.say(t('analysis.taskAdded', { n: draft.tasks.length + 1 }));
                focusLater(taskFieldId(item.key, 'task'));
              }}
            >
              {t('analysis.addTask')}
            </button>
          ) : null}
        </section>
        <section aria-labelledby="ja-key" className="analysis-section">
          <h2 id="ja-key">{t('analysis.keyHeading')}</h2>
          {KEY_CHARACTERISTICS.map((k) => (
            <TextArea
              key={k} id={`ja-key-${k}`} label={t(`analysis.key.${k}`)} error={messages[`keyCharacteristics.${k}`]} rows={2} maxLength={TEXT_MAX}
              value={draft.keyCharacteristics[k]} onChange={(e) => dispatch({ type: 'key', field: k, value: e.target.value })}
            />
          ))}
        </section>
        <section aria-labelledby="ja-conditions" className="analysis-section">
          <h2 id="ja-conditions">{t('analysis.conditionsHeading')}</h2>
          {CONDITIONS.map(text)}
          <TextField
            id="ja-hoursPerDay" label={t('analysis.hoursPerDay')} hint={t('analysis.hoursPerDayHint')} error={messages.hoursPerDay} inputMode="decimal"
            value={draft.hoursPerDay} onChange={(e) => dispatch({ type: 'field', field: 'hoursPerDay', value: e.target.value })}
          />
        </section>
        <section aria-labelledby="ja-workplace" className="analysis-section">
          <h2 id="ja-workplace">{t('analysis.workplaceHeading')}</h2>
          {WORKPLACE.map(text)}
        </section>
        <div className="actions">
          <button type="submit" className="button" aria-disabled={pending || undefined}>{pending ? t('core:common.saving') : t('analysis.save')}</button>
        </div>
      </form>
    </>
  );
}

/** The job analysis to read (a linked employer's HR officer, or anyone who may not change the vacancy). */
function AnalysisView({ analysis }: { analysis: JobAnalysis }) {
  const { t, i18n } = useTranslation('vacancies');
  const none = <span className="muted">{t('analysis.nothing')}</span>;
  const value = (v: string) => (v ? <span className="vacancy-text">{v}</span> : none);
  const hours = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  return (
    <div className="analysis-view">
      <SavedLine analysis={analysis} />
      <h2>{t('analysis.tasksHeading')}</h2>
      {analysis.tasks.length === 0 ? <p>{t('analysis.noTasks')}</p> : analysis.tasks.map((task, i) => (
        <section key={i} aria-labelledby={`ja-view-task-${i}`} className="vacancy-block">
          <h3 id={`ja-view-task-${i}`}>{t('analysis.taskNamed', { n: i + 1, task: task.task })}</h3>
          <h4>{t('analysis.stepsLegend', { n: i + 1 })}</h4>
          {task.steps.length === 0 ? <p>{t('analysis.noSteps')}</p> : <ol>{task.steps.map((s, j) => <li key={j}>{s}</li>)}</ol>}
          <dl className="details">
            {TASK_TEXTS.map((f) => (
              <Fragment key={f}>
                <dt>{t(`analysis.${f}`)}</dt>
                <dd>{value(task[f])}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ))}
      <h2>{t('analysis.keyHeading')}</h2>
      <dl className="details">
        {KEY_CHARACTERISTICS.map((k) => (
          <Fragment key={k}>
            <dt>{t(`analysis.key.${k}`)}</dt>
            <dd>{value(analysis.keyCharacteristics[k])}</dd>
          </Fragment>
        ))}
      </dl>
      <h2>{t('analysis.conditionsHeading')}</h2>
      <dl className="details">
        {CONDITIONS.map((f) => (
          <Fragment key={f}>
            <dt>{t(`analysis.${f}`)}</dt>
            <dd>{value(analysis[f])}</dd>
          </Fragment>
        ))}
        <dt>{t('analysis.hoursPerDay')}</dt>
        <dd>{analysis.hoursPerDay === null ? none : hours.format(analysis.hoursPerDay)}</dd>
      </dl>
      <h2>{t('analysis.workplaceHeading')}</h2>
      <dl className="details">
        {WORKPLACE.map((f) => (
          <Fragment key={f}>
            <dt>{t(`analysis.${f}`)}</dt>
            <dd>{value(analysis[f])}</dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}
