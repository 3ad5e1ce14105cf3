import { useQueryClient } from '@tanstack/react-query';
import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EVALUATION_OUTCOMES, PLACEMENT_TEXT_MAX, type Placement, type PlacementEvaluation,
} from '../../../../common/schemas/placements.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { SelectField, TextArea, TextField } from '../../ui/forms.tsx';
import { useFocusLater } from '../../ui/live.tsx';
import { clientKey } from '../clients/dossier.tsx';
import { staleCurrent } from '../contact/live.tsx';
import { isCalendarDay, todayIso } from '../plan/format.ts';
import {
  dueState, evaluationDraft, evaluationIssues, evaluationToInput, SUPPORT_BY_MAX, type EvaluationDraft,
} from './form.ts';
import { usePlacementText } from './labels.ts';

type T = (key: string, options?: Record<string, unknown>) => string;
const VIEWS = ['clientView', 'employerView', 'coachView', 'nextSteps'] as const;

/**
 * The evaluations of a placement by due date: due on …, overdue or held (with the views of
 * client, employer and coach and the next steps); the automatic first evaluation of a paid
 * job is labelled as such. Record one, change a recorded one, or plan the next.
 */
export function EvaluationsSection({ clientId, placement, canWrite, say }: {
  clientId: string; placement: Placement; canWrite: boolean; say: (text: string) => void;
}) {
  const { t } = useTranslation('placements');
  const text = usePlacementText();
  const focusLater = useFocusLater();
  const [open, setOpen] = useState<string | null>(null);
  const today = todayIso();
  const evaluations = placement.evaluations.toSorted((a, b) => a.dueOn.localeCompare(b.dueOn));

  return (
    <section aria-labelledby="evaluations-heading" className="placement-evaluations">
      <h2 id="evaluations-heading" tabIndex={-1}>{t('evaluations.heading')}</h2>
      <p>{t('evaluations.intro')}</p>
      {evaluations.length === 0 ? <p>{t('evaluations.none')}</p> : (
        <ol className="evaluation-list">
          {evaluations.map((e) => {
            const state = dueState(e, today);
            const headingId = `evaluation-${e.id}`;
            return (
              <li key={e.id} className="card evaluation">
                <h3 id={headingId} tabIndex={-1}>{t('evaluations.itemHeading', { date: text.day(e.dueOn) })}</h3>
                <p className={`due due--${state}`}>
                  {state === 'held'
                    ? t('evaluations.heldOn', { date: text.day(e.heldOn!), outcome: e.outcome ? t(`outcomes.${e.outcome}`) : '' })
                    : t(`due.${state}`, { date: text.day(e.dueOn) })}
                </p>
                {e.automatic ? <p><span className="tag">{t('evaluations.automatic')}</span></p> : null}
                {state === 'held' ? (
                  <dl className="details placement-facts">
                    {VIEWS.filter((f) => e[f]).map((f) => (
                      <Fragment key={f}>
                        <dt>{t(`evaluations.${f}`)}</dt>
                        <dd className="preserve-lines">{e[f]}</dd>
                      </Fragment>
                    ))}
                    {e.participants ? (
                      <>
                        <dt>{t('evaluations.participants')}</dt>
                        <dd>{e.participants}</dd>
                      </>
                    ) : null}
                  </dl>
                ) : null}
                {open === e.id ? (
                  <EvaluationForm
                    clientId={clientId} placementId={placement.id} evaluation={e}
                    onSaved={() => {
                      setOpen(null);
                      say(t('evaluations.saved', { date: text.day(e.dueOn) }));
                      focusLater(headingId);
                    }}
                    onCancel={() => { setOpen(null); focusLater(`evaluation-record-${e.id}`); }}
                  />
                ) : canWrite ? (
                  <div className="actions">
                    <button
                      type="button" id={`evaluation-record-${e.id}`} className={state === 'held' ? 'button button--secondary' : 'button'}
                      onClick={() => { setOpen(e.id); focusLater(`ev-${e.id}-heldOn`); }}
                    >
                      {t(state === 'held' ? 'evaluations.change' : 'evaluations.record')}
                      <span className="visually-hidden"> {t('evaluations.forWhat', { date: text.day(e.dueOn) })}</span>
                    </button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {canWrite ? <PlanNext clientId={clientId} placementId={placement.id} say={say} /> : null}
    </section>
  );
}

function EvaluationForm({ clientId, placementId, evaluation, onSaved, onCancel }: {
  clientId: string; placementId: string; evaluation: PlacementEvaluation; onSaved: () => void; onCancel: () => void;
}) {
  const { t } = useTranslation('placements');
  const text = usePlacementText();
  const qc = useQueryClient();
  const today = todayIso();
  const [draft, setDraft] = useState<EvaluationDraft>(() => evaluationDraft(evaluation, today));
  const [base, setBase] = useState(evaluation.version);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const id = (f: string) => `ev-${evaluation.id}-${f}`;
  const messages = evaluationMessages(error, draft, today, t);
  const labels: Record<string, string> = {
    heldOn: t('evaluations.heldOnLabel'), outcome: t('evaluations.outcome'), dueOn: t('evaluations.planDate'),
    clientView: t('evaluations.clientView'), employerView: t('evaluations.employerView'), coachView: t('evaluations.coachView'),
    nextSteps: t('evaluations.nextSteps'), participants: t('evaluations.participants'),
  };
  const summaryFields = Object.fromEntries(Object.keys(labels).map((f) => [f, { id: id(f === 'dueOn' ? 'heldOn' : f), label: labels[f]!, message: messages[f] }]));
  const heading = t('evaluations.formHeading', { date: text.day(evaluation.dueOn) });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const issues = evaluationIssues(draft, today);
    if (issues.length > 0) {
      setError(browserProblem(issues));
      return;
    }
    setPending(true);
    try {
      await api<PlacementEvaluation>('PUT', `/api/placements/${placementId}/evaluations/${evaluation.id}`, { body: evaluationToInput(draft), version: base });
      setError(null);
      await qc.invalidateQueries({ queryKey: clientKey(clientId) });
      onSaved();
    } catch (err) {
      const current = staleCurrent<PlacementEvaluation>(err);
      if (current) setBase(current.version);
      setError(err);
    } finally {
      setPending(false);
    }
  };

  const set = (f: keyof EvaluationDraft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [f]: e.target.value }));

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={heading} className="placement-form">
      <ErrorSummary error={error} fields={summaryFields}>
        {error instanceof ApiError && error.status === 412 ? <p>{t('evaluations.stale')}</p> : null}
      </ErrorSummary>
      <div className="placement-dates">
        <TextField id={id('heldOn')} type="date" label={labels.heldOn!} required max={today} error={messages.heldOn} value={draft.heldOn} onChange={set('heldOn')} />
        <SelectField id={id('outcome')} label={labels.outcome!} required error={messages.outcome} value={draft.outcome ?? ''} onChange={set('outcome')}>
          <option value="">{t('evaluations.choose')}</option>
          {EVALUATION_OUTCOMES.map((o) => <option key={o} value={o}>{t(`outcomes.${o}`)}</option>)}
        </SelectField>
      </div>
      {VIEWS.map((f) => (
        <TextArea key={f} id={id(f)} label={labels[f]!} rows={3} error={messages[f]} value={draft[f]} onChange={set(f)} />
      ))}
      <TextField
        id={id('participants')} label={labels.participants!} hint={t('evaluations.participantsHint')} autoComplete="off"
        error={messages.participants} value={draft.participants} onChange={set('participants')}
      />
      <div className="actions">
        <button type="submit" className="button" aria-disabled={pending || undefined}>{pending ? t('evaluations.saving') : t('evaluations.save')}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('evaluations.cancel')}</button>
      </div>
    </form>
  );
}

/** Plans the next evaluation on a date: POST with only the due date. */
function PlanNext({ clientId, placementId, say }: { clientId: string; placementId: string; say: (text: string) => void }) {
  const { t } = useTranslation('placements');
  const text = usePlacementText();
  const qc = useQueryClient();
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const messages = evaluationMessages(error, { ...evaluationDraft(null, todayIso()), dueOn, heldOn: '' }, todayIso(), t);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    if (!isCalendarDay(dueOn)) {
      setError(browserProblem([{ path: 'dueOn', message: dueOn === '' ? 'required' : 'date' }]));
      return;
    }
    setPending(true);
    try {
      await api<PlacementEvaluation>('POST', `/api/placements/${placementId}/evaluations`, { body: { dueOn } });
      setError(null);
      setDueOn('');
      await qc.invalidateQueries({ queryKey: clientKey(clientId) });
      say(t('evaluations.planned', { date: text.day(dueOn) }));
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  };
  return (
    <section aria-labelledby="evaluation-plan-heading">
      <h3 id="evaluation-plan-heading">{t('evaluations.planHeading')}</h3>
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="evaluation-plan-heading" className="placement-form">
        <ErrorSummary error={error} fields={{ dueOn: { id: 'ev-plan-dueOn', label: t('evaluations.planDate'), message: messages.dueOn } }} />
        <TextField id="ev-plan-dueOn" type="date" label={t('evaluations.planDate')} required error={messages.dueOn} value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
        <div className="actions">
          <button type="submit" className="button button--secondary" aria-disabled={pending || undefined}>{t('evaluations.plan')}</button>
        </div>
      </form>
    </section>
  );
}

/** One sentence per evaluation field from our own checks or the server's answer. */
function evaluationMessages(error: unknown, draft: EvaluationDraft, today: string, t: T): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.problem.errors ?? []) {
    const path = issue.path;
    if (out[path]) continue;
    if (path === 'heldOn' || path === 'dueOn') {
      const value = draft[path];
      const code = ['required', 'date', 'future'].includes(issue.message)
        ? issue.message
        : value === '' ? 'required' : path === 'heldOn' && isCalendarDay(value) && value > today ? 'future' : 'date';
      out[path] = code === 'required' ? t(`errors.required.${path}`) : t(`errors.${code}`);
    } else if (path === 'outcome') out.outcome = t('errors.required.outcome');
    else if ((VIEWS as readonly string[]).includes(path) || path === 'participants') {
      out[path] = t('errors.tooLong', { max: path === 'participants' ? SUPPORT_BY_MAX : PLACEMENT_TEXT_MAX });
    } else out[path] = t('errors.invalid');
  }
  return out;
}
