import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTION_ITEM_STATUSES, ACTION_PLAN_LIMITS, EVALUATION_OUTCOMES, type ActionItemStatus, type ActionPlan, type EvaluationOutcome,
} from '../../../../common/schemas/action-plan.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { SelectField, TextArea, TextField } from '../../ui/forms.tsx';
import { clientKey } from '../clients/dossier.tsx';
import { evaluationIssues, type ItemEval } from './evaluation.ts';
import { formatDay, todayIso } from './format.ts';

export const EVALUATION_HEADING_ID = 'plan-evaluation-heading';

/**
 * The evaluation at the follow-up date (003 ~3507–3512): how each action went, the outcome
 * and the next step. Offered once the version is agreed; before the follow-up date with a note.
 */
export function EvaluationForm({ clientId, plan, say, onSaved }: { clientId: string; plan: ActionPlan; say: (text: ReactNode) => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation('plan');
  const qc = useQueryClient();
  const today = todayIso();
  const [evaluatedOn, setEvaluatedOn] = useState(today);
  const [outcome, setOutcome] = useState<EvaluationOutcome | ''>('');
  const [nextStep, setNextStep] = useState('');
  const [participants, setParticipants] = useState('');
  const [items, setItems] = useState<ItemEval[]>(() => plan.items.map((i) => ({ status: i.status, result: '' })));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const messages: Record<string, string> = {};
  if (error instanceof ApiError) {
    for (const issue of error.problem.errors ?? []) {
      if (messages[issue.path]) continue;
      if (issue.path === 'evaluatedOn') {
        messages.evaluatedOn = issue.message === 'beforePlan' || /before/i.test(issue.message)
          ? t('evaluation.errors.beforePlan', { date: formatDay(plan.planDate, i18n.language) })
          : issue.message === 'future' || /future/i.test(issue.message) ? t('evaluation.errors.future') : t('evaluation.errors.dateInvalid');
      } else if (issue.path === 'outcome') messages.outcome = t('evaluation.errors.outcomeRequired');
      else if (issue.path === 'nextStep') messages.nextStep = t('evaluation.errors.tooLong', { max: ACTION_PLAN_LIMITS.nextStep });
      else if (issue.path === 'participants') messages.participants = t('evaluation.errors.tooLong', { max: ACTION_PLAN_LIMITS.participants });
      else if (/^items\.\d+\.result$/.test(issue.path)) messages[issue.path] = t('evaluation.errors.tooLong', { max: ACTION_PLAN_LIMITS.results });
      else if (issue.path === 'evaluation') messages.evaluation = t('evaluation.errors.already');
      else messages[issue.path] = t('evaluation.errors.invalid');
    }
  }
  const summaryFields: Record<string, { id: string; label: string; message?: string }> = {
    evaluatedOn: { id: 'eval-evaluatedOn', label: t('evaluation.evaluatedOn'), message: messages.evaluatedOn },
    outcome: { id: 'eval-outcome', label: t('evaluation.outcome'), message: messages.outcome },
    nextStep: { id: 'eval-nextStep', label: t('evaluation.nextStep'), message: messages.nextStep },
    participants: { id: 'eval-participants', label: t('evaluation.participants'), message: messages.participants },
    evaluation: { id: EVALUATION_HEADING_ID, label: t('evaluation.heading', { number: plan.number }), message: messages.evaluation },
  };
  plan.items.forEach((item, n) => {
    const path = `items.${n}.result`;
    summaryFields[path] = { id: `eval-item-${n}-result`, label: `${t('edit.itemLegend', { n: n + 1 })}, ${t('evaluation.itemResult')}`, message: messages[path] };
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const issues = evaluationIssues({ evaluatedOn, outcome, nextStep, participants, items }, plan.planDate, today);
    if (issues.length > 0) {
      setError(browserProblem(issues));
      return;
    }
    setPending(true);
    try {
      await api<ActionPlan>('POST', `/api/clients/${clientId}/action-plans/${plan.id}/evaluation`, {
        body: {
          evaluatedOn,
          outcome,
          nextStep: nextStep.trim(),
          participants: participants.trim(),
          items: plan.items.map((item, n) => ({ itemId: item.id, status: items[n]!.status, result: items[n]!.result.trim() })),
        },
      });
      setError(null);
      say(t('evaluation.saved', { number: plan.number }));
      await qc.invalidateQueries({ queryKey: clientKey(clientId) });
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  };

  const setItem = (n: number, patch: Partial<ItemEval>) => setItems((all) => all.map((i, k) => (k === n ? { ...i, ...patch } : i)));

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby={EVALUATION_HEADING_ID}>
      <ErrorSummary error={error} fields={summaryFields} />
      <div className="plan-dates">
        <TextField
          id="eval-evaluatedOn" label={t('evaluation.evaluatedOn')} hint={t('evaluation.evaluatedOnHint')} type="date" required
          min={plan.planDate} max={today} error={messages.evaluatedOn} value={evaluatedOn} onChange={(e) => setEvaluatedOn(e.target.value)}
        />
        <SelectField
          id="eval-outcome" label={t('evaluation.outcome')} required error={messages.outcome}
          value={outcome} onChange={(e) => setOutcome(e.target.value as EvaluationOutcome | '')}
        >
          <option value="">{t('evaluation.choose')}</option>
          {EVALUATION_OUTCOMES.map((o) => <option key={o} value={o}>{t(`outcomes.${o}`)}</option>)}
        </SelectField>
      </div>
      {plan.items.length > 0 ? <h3>{t('evaluation.itemsHeading')}</h3> : null}
      {plan.items.map((item, n) => (
        <fieldset key={item.id} className="plan-item">
          <legend>{t('evaluation.itemLegend', { n: n + 1, what: item.what })}</legend>
          <SelectField
            id={`eval-item-${n}-status`} label={t('evaluation.itemStatus')} required
            value={items[n]!.status} onChange={(e) => setItem(n, { status: e.target.value as ActionItemStatus })}
          >
            {ACTION_ITEM_STATUSES.map((s) => <option key={s} value={s}>{t(`itemStatus.${s}`)}</option>)}
          </SelectField>
          <TextArea
            id={`eval-item-${n}-result`} label={t('evaluation.itemResult')} rows={2} error={messages[`items.${n}.result`]}
            value={items[n]!.result} onChange={(e) => setItem(n, { result: e.target.value })}
          />
        </fieldset>
      ))}
      <TextArea id="eval-nextStep" label={t('evaluation.nextStep')} rows={3} error={messages.nextStep} value={nextStep} onChange={(e) => setNextStep(e.target.value)} />
      <TextField
        id="eval-participants" label={t('evaluation.participants')} hint={t('evaluation.participantsHint')} error={messages.participants}
        value={participants} onChange={(e) => setParticipants(e.target.value)}
      />
      <p>{t('evaluation.afterNote')}</p>
      <div className="actions">
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          {pending ? t('evaluation.saving') : t('evaluation.submit')}
        </button>
      </div>
    </form>
  );
}
