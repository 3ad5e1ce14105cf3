import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPlan } from '../../../../common/schemas/action-plan.ts';
import { api } from '../../api/client.ts';
import { useCan } from '../../api/session.ts';
import { ErrorSummary, LoadError, Loading } from '../../ui/feedback.tsx';
import { clientKey, DossierPage, useDossier } from '../clients/dossier.tsx';
import { AgreeForm } from './AgreeForm.tsx';
import { EVALUATION_HEADING_ID, EvaluationForm } from './EvaluationForm.tsx';
import { evaluationState, formatDay, todayIso } from './format.ts';
import { LiveStatus, useFocusLater, useLiveStatus } from '../../ui/live.tsx';
import { EDIT_HEADING_ID, PlanEditor } from './PlanEditor.tsx';
import { PlanView } from './PlanView.tsx';

/** Every version of a client's action plan, newest first. */
export function usePlans(clientId: string) {
  return useQuery({
    queryKey: clientKey(clientId, 'action-plans'),
    queryFn: () => api<{ items: ActionPlan[] }>('GET', `/api/clients/${clientId}/action-plans`),
  });
}

export const pdfHref = (clientId: string, planId: string, lang: string) =>
  `/api/clients/${clientId}/action-plans/${planId}.pdf?lang=${encodeURIComponent(lang)}`;

function PdfLink({ plan }: { plan: ActionPlan }) {
  const { t, i18n } = useTranslation('plan');
  return (
    <p>
      <a className="plan-pdf" href={pdfHref(plan.clientId, plan.id, i18n.language)} type="application/pdf">
        {t('page.pdf', { number: plan.number })} <span className="muted">{t('page.pdfNote')}</span>
      </a>
    </p>
  );
}

/**
 * /clients/:id/plan, the coaching team's actieplan: the newest version (editable while it
 * is a draft, with the coach's agreement; once frozen, the evaluation and a new version) and
 * every earlier version collapsed below it.
 */
export function PlanPage() {
  const { t } = useTranslation('plan');
  const { client, purpose } = useDossier();
  const plans = usePlans(client.id);
  const canWrite = useCan('action_plans.write');
  const live = useLiveStatus();

  return (
    <DossierPage section={t('title')} intro={<p>{t('intro')}</p>}>
      <LiveStatus message={live.message} />
      {plans.isPending ? <Loading /> : plans.isError ? (
        <LoadError error={plans.error} retry={() => void plans.refetch()} />
      ) : (
        <Versions clientId={client.id} plans={plans.data.items} canWrite={canWrite && !purpose} say={live.say} />
      )}
    </DossierPage>
  );
}

function Versions({ clientId, plans, canWrite, say }: { clientId: string; plans: ActionPlan[]; canWrite: boolean; say: (text: ReactNode) => void }) {
  const { t, i18n } = useTranslation('plan');
  const [newest, ...older] = plans;
  const [dirty, setDirty] = useState(false);
  // Here rather than in the parts: the part that acted is often gone once the data is fresh.
  const focusLater = useFocusLater();
  const started = () => focusLater(EDIT_HEADING_ID);

  return (
    <>
      {!canWrite ? <p className="notice">{t('page.readOnly')}</p> : null}
      {!newest ? (
        <>
          <p>{t('page.none')}</p>
          {canWrite ? <StartVersion clientId={clientId} newest={undefined} say={say} onStarted={started} /> : null}
        </>
      ) : newest.status === 'draft' && canWrite ? (
        <>
          <PlanEditor key={newest.id} clientId={clientId} plan={newest} say={say} onDirtyChange={setDirty} />
          <PdfLink plan={newest} />
          <section aria-labelledby="plan-agree-heading" className="plan-version">
            <h2 id="plan-agree-heading">{t('page.coachAgreeHeading')}</h2>
            <AgreementList plan={newest} />
            <p>{t('page.clientAgreeNote')}</p>
            {dirty ? <p className="notice">{t('page.saveFirst')}</p> : (
              <AgreeForm
                clientId={clientId} plan={newest} as="coach" headingLevel={3}
                onAgreed={() => {
                  say(t('agree.done'));
                  focusLater('plan-newest-heading');
                }}
              />
            )}
          </section>
        </>
      ) : (
        <>
          <PlanView plan={newest} headingId="plan-newest-heading" />
          <PdfLink plan={newest} />
          {newest.status === 'agreed' ? <p className="notice">{t('page.frozenExplain')}</p> : null}
          {canWrite && newest.status === 'agreed' ? <Evaluation clientId={clientId} plan={newest} say={say} onEvaluated={() => focusLater('plan-newest-heading')} /> : null}
          {canWrite && newest.status === 'agreed' ? (
            <section aria-labelledby="plan-new-heading" className="plan-version">
              <h2 id="plan-new-heading">{t('page.newVersionHeading')}</h2>
              <StartVersion clientId={clientId} newest={newest} say={say} onStarted={started} />
            </section>
          ) : null}
        </>
      )}
      {older.length > 0 ? (
        <section aria-labelledby="plan-older-heading" className="plan-older plan-version">
          <h2 id="plan-older-heading">{t('page.olderHeading')}</h2>
          {older.map((plan) => (
            <details key={plan.id}>
              <summary>
                {t('page.olderSummary', { number: plan.number, date: formatDay(plan.planDate, i18n.language), status: t(`planStatus.${plan.status}`) })}
              </summary>
              <PlanView plan={plan} headingLevel={3} />
              <PdfLink plan={plan} />
            </details>
          ))}
        </section>
      ) : null}
    </>
  );
}

/** Who agreed to a draft so far, in the words of the seed form. */
function AgreementList({ plan }: { plan: ActionPlan }) {
  const { t, i18n } = useTranslation('plan');
  return (
    <ul>
      {(['client', 'coach'] as const).map((party) => {
        const a = plan.agreements[party];
        const at = a ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(a.at)) : '';
        return (
          <li key={party}>
            {t(`parties.${party}`)}: {a ? `${t('view.agreedBy', { name: a.name, at })}, ${t(a.signed ? 'view.withSignature' : 'view.withoutSignature')}` : t('view.notAgreed')}
          </li>
        );
      })}
    </ul>
  );
}

/** "Start a new version": copied from the newest (with its evaluated results) or empty. */
function StartVersion({ clientId, newest, say, onStarted }: {
  clientId: string;
  newest: ActionPlan | undefined;
  say: (text: ReactNode) => void;
  onStarted: () => void;
}) {
  const { t } = useTranslation('plan');
  const qc = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const start = async (copyFromLatest: boolean) => {
    if (pending) return;
    setPending(true);
    try {
      const created = await api<ActionPlan>('POST', `/api/clients/${clientId}/action-plans`, { body: { copyFromLatest } });
      setError(null);
      say(t('page.started', { number: created.number }));
      await qc.invalidateQueries({ queryKey: clientKey(clientId) });
      onStarted();
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <ErrorSummary error={error} />
      <div className="actions">
        {newest ? (
          <>
            <button type="button" className="button" aria-disabled={pending || undefined} onClick={() => void start(true)}>
              {pending ? t('page.starting') : t('page.startCopy', { number: newest.number })}
            </button>
            <button type="button" className="button button--secondary" aria-disabled={pending || undefined} onClick={() => void start(false)}>
              {t('page.startEmpty')}
            </button>
          </>
        ) : (
          <button type="button" className="button" aria-disabled={pending || undefined} onClick={() => void start(false)}>
            {pending ? t('page.starting') : t('page.startFirst')}
          </button>
        )}
      </div>
    </>
  );
}

/** The evaluation of the newest agreed version: shown in PlanView once recorded, offered before. */
function Evaluation({ clientId, plan, say, onEvaluated }: { clientId: string; plan: ActionPlan; say: (text: ReactNode) => void; onEvaluated: () => void }) {
  const { t, i18n } = useTranslation('plan');
  const focusLater = useFocusLater();
  const [open, setOpen] = useState(false);
  const state = evaluationState(plan, todayIso());
  if (state === 'done' || state === 'none') return null;
  const date = plan.followUpDate ? formatDay(plan.followUpDate, i18n.language) : '';
  return (
    <section aria-labelledby={EVALUATION_HEADING_ID} className="plan-version">
      <h2 id={EVALUATION_HEADING_ID} tabIndex={-1}>{t('page.evaluationHeading', { number: plan.number })}</h2>
      <p className={state === 'due' ? 'notice' : undefined}>{t(state === 'due' ? 'evaluation.due' : 'evaluation.early', { date })}</p>
      {open ? <EvaluationForm clientId={clientId} plan={plan} say={say} onSaved={onEvaluated} /> : (
        <div className="actions">
          <button type="button" className="button" onClick={() => { setOpen(true); focusLater('eval-evaluatedOn'); }}>
            {t('evaluation.start')}
          </button>
        </div>
      )}
    </section>
  );
}
