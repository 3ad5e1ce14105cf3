import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_PLAN_LIMITS, type ActionPlan } from '../../../../common/schemas/action-plan.ts';
import { api, ApiError, browserProblem } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { TextField } from '../../ui/forms.tsx';
import { clientKey } from '../clients/dossier.tsx';
import {
  draftFromPlan, draftIssues, draftReducer, draftToInput, emptyItem, isDirty, limitOf, type Draft, type ItemField,
} from './draft.ts';
import { itemFieldId, ItemFieldset, moveButtonId } from './ItemFieldset.tsx';
import { useFocusLater } from '../../ui/live.tsx';
import { PlanView } from './PlanView.tsx';

const ITEM_FIELDS: Record<string, ItemField> = {
  what: 'what', how: 'how', 'who.name': 'whoName', 'who.role': 'whoRole', when: 'when', results: 'results', status: 'status',
};

export const EDIT_HEADING_ID = 'plan-edit-heading';
const ITEMS_HEADING_ID = 'plan-items-heading';

/**
 * The newest version while it is a draft: header fields and the actions, added, removed and
 * reordered with buttons (keyboard and screen reader friendly), saved whole with If-Match.
 * A stale save (412) keeps the form as typed and shows the newer stored version beside it.
 */
export function PlanEditor({ clientId, plan, say, onDirtyChange }: {
  clientId: string;
  plan: ActionPlan;
  say: (text: ReactNode) => void;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation('plan');
  const qc = useQueryClient();
  const focusLater = useFocusLater();
  const [draft, dispatch] = useReducer(draftReducer, plan, (p) => draftFromPlan(p));
  // The stored version the form stands on: after a 412 the newer one, so saving again overwrites on purpose.
  const [base, setBase] = useState<ActionPlan>(plan);
  const [error, setError] = useState<unknown>(null);
  const [newer, setNewer] = useState<ActionPlan | null>(null);
  const [pending, setPending] = useState(false);

  const dirty = isDirty(draft, base);
  // The version changed elsewhere (an agreement given on this page) while nothing was typed: follow it.
  if (!dirty && plan.version > base.version && !newer) {
    setBase(plan);
    dispatch({ type: 'reset', draft: draftFromPlan(plan, draft) });
  }
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const messages = fieldMessages(error, draft, t);
  const summaryFields: Record<string, { id: string; label: string; message?: string }> = {
    planDate: { id: 'plan-planDate', label: t('edit.planDate'), message: messages.planDate },
    followUpDate: { id: 'plan-followUpDate', label: t('edit.followUpDate'), message: messages.followUpDate },
    providerName: { id: 'plan-providerName', label: t('edit.providerName'), message: messages.providerName },
    items: { id: 'plan-add-item', label: t('edit.itemsHeading'), message: messages.items },
  };
  draft.items.forEach((item, n) => {
    for (const [path, field] of Object.entries(ITEM_FIELDS)) {
      const key = `items.${n}.${path}`;
      if (messages[key]) summaryFields[key] = { id: itemFieldId(item.key, field), label: `${t('edit.itemLegend', { n: n + 1 })}, ${t(`edit.${field === 'whoRole' ? 'whoRole' : field}`)}`, message: messages[key] };
    }
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const issues = draftIssues(draft);
    if (issues.length > 0) {
      setError(browserProblem(issues));
      return;
    }
    setPending(true);
    try {
      const saved = await api<ActionPlan>('PUT', `/api/clients/${clientId}/action-plans/${plan.id}`, { body: draftToInput(draft), version: base.version });
      setError(null);
      setNewer(null);
      setBase(saved);
      dispatch({ type: 'reset', draft: draftFromPlan(saved, draft) });
      say(t('edit.saved', { number: saved.number }));
      await qc.invalidateQueries({ queryKey: clientKey(clientId) });
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.status === 412 && err.problem.current) {
        const current = err.problem.current as ActionPlan;
        setNewer(current);
        setBase(current);
        void qc.invalidateQueries({ queryKey: clientKey(clientId) });
      }
    } finally {
      setPending(false);
    }
  };

  const itemErrors = (n: number) => {
    const out: Partial<Record<ItemField, string>> = {};
    for (const [path, field] of Object.entries(ITEM_FIELDS)) {
      const m = messages[`items.${n}.${path}`];
      if (m) out[field] = m;
    }
    return out;
  };

  return (
    <section aria-labelledby={EDIT_HEADING_ID}>
      <h2 id={EDIT_HEADING_ID} tabIndex={-1}>{t('edit.heading', { number: plan.number })}</h2>
      <p className="notice">{t('edit.draftNote')}</p>
      {plan.agreements.client || plan.agreements.coach ? <p className="notice">{t('page.partlyAgreed')}</p> : null}
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby={EDIT_HEADING_ID}>
        <ErrorSummary error={error} fields={summaryFields}>
          {error instanceof ApiError && error.status === 412 ? <p>{t('edit.stale')}</p> : null}
          {error instanceof ApiError && error.status === 409 ? <p>{t('edit.frozen')}</p> : null}
        </ErrorSummary>
        {newer ? (
          <details className="plan-older" open>
            <summary>{t('edit.staleHeading')}</summary>
            <PlanView plan={newer} headingLevel={3} />
          </details>
        ) : null}
        <div className="plan-dates">
          <TextField
            id="plan-planDate" label={t('edit.planDate')} type="date" required error={messages.planDate}
            value={draft.planDate} onChange={(e) => dispatch({ type: 'field', field: 'planDate', value: e.target.value })}
          />
          <TextField
            id="plan-followUpDate" label={t('edit.followUpDate')} hint={t('edit.followUpHint')} type="date" error={messages.followUpDate}
            value={draft.followUpDate} min={draft.planDate || undefined}
            onChange={(e) => dispatch({ type: 'field', field: 'followUpDate', value: e.target.value })}
          />
          <TextField
            id="plan-providerName" label={t('edit.providerName')} error={messages.providerName}
            value={draft.providerName} onChange={(e) => dispatch({ type: 'field', field: 'providerName', value: e.target.value })}
          />
        </div>
        <h3 id={ITEMS_HEADING_ID} tabIndex={-1}>{t('edit.itemsHeading')}</h3>
        {draft.items.length === 0 ? <p>{t('edit.noItems')}</p> : null}
        {draft.items.map((item, n) => (
          <ItemFieldset
            key={item.key}
            item={item}
            n={n + 1}
            count={draft.items.length}
            errors={itemErrors(n)}
            onChange={(field, value) => dispatch({ type: 'item', key: item.key, field, value })}
            onMove={(by) => {
              dispatch({ type: 'move', key: item.key, by });
              say(t('edit.moved', { n: n + 1 + by }));
              focusLater(moveButtonId(item.key, by));
            }}
            onRemove={() => {
              dispatch({ type: 'remove', key: item.key });
              say(t('edit.removed', { n: n + 1 }));
              focusLater(ITEMS_HEADING_ID);
            }}
          />
        ))}
        <div className="actions">
          {draft.items.length < ACTION_PLAN_LIMITS.items ? (
            <button
              type="button" id="plan-add-item" className="button button--secondary"
              onClick={() => {
                const item = emptyItem();
                dispatch({ type: 'add', item });
                say(t('edit.added', { n: draft.items.length + 1 }));
                focusLater(itemFieldId(item.key, 'what'));
              }}
            >
              {t('edit.add')}
            </button>
          ) : <p id="plan-add-item">{t('edit.errors.tooManyItems', { max: ACTION_PLAN_LIMITS.items })}</p>}
          <button type="submit" className="button" aria-disabled={pending || undefined}>
            {pending ? t('edit.saving') : t('edit.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

type T = (key: string, options?: Record<string, unknown>) => string;

/** One sentence per field path from our own checks or the server's answer (never the server's English). */
function fieldMessages(error: unknown, draft: Draft, t: T): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.problem.errors ?? []) {
    const path = issue.path;
    if (out[path]) continue;
    if (path === 'planDate' || path === 'followUpDate') {
      out[path] = issue.message === 'beforePlan' || /before/i.test(issue.message) ? t('edit.errors.followUpBeforePlan') : t('edit.errors.dateInvalid');
      continue;
    }
    const what = /^items\.(\d+)\.what$/.exec(path);
    if (what && !draft.items[Number(what[1])]?.what.trim()) {
      out[path] = t('edit.errors.whatRequired', { n: Number(what[1]) + 1 });
      continue;
    }
    if (path === 'items') {
      out[path] = draft.items.length > ACTION_PLAN_LIMITS.items ? t('edit.errors.tooManyItems', { max: ACTION_PLAN_LIMITS.items }) : t('edit.errors.invalid');
      continue;
    }
    const max = limitOf(path);
    out[path] = max !== undefined ? t('edit.errors.tooLong', { max }) : t('edit.errors.invalid');
  }
  return out;
}
