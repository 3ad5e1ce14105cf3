import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPlan } from '../../../../common/schemas/action-plan.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { AgreeForm } from '../plan/AgreeForm.tsx';
import { PlanView } from '../plan/PlanView.tsx';
import { usePlans } from './api.ts';
import { calendarDay } from './format.ts';
import { PortalPage, usePortal } from './portal.tsx';
import { newestPlan, planState } from './rules.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the portal's own styles
import './portal.css';

function pdfHref(clientId: string, planId: string, lang: string): string {
  return `/api/clients/${encodeURIComponent(clientId)}/action-plans/${encodeURIComponent(planId)}.pdf?lang=${encodeURIComponent(lang)}`;
}

/**
 * The client's action plan: the newest version in plain words, the form to agree to it while
 * the client has not, its PDF, and the earlier versions folded away.
 */
export function MyPlanPage() {
  const { t } = useTranslation('portal');
  const { client } = usePortal();
  const plans = usePlans(client.id);
  return (
    <PortalPage title={t('plan.title')} intro={<p>{t('plan.intro')}</p>}>
      {plans.isPending ? <Loading /> : plans.isError ? (
        <LoadError error={plans.error} retry={() => void plans.refetch()} />
      ) : (
        <Plans clientId={client.id} plans={plans.data.items} />
      )}
    </PortalPage>
  );
}

function Plans({ clientId, plans }: { clientId: string; plans: ActionPlan[] }) {
  const { t, i18n } = useTranslation('portal');
  // Once the form to agree is shown for a version it stays for this visit: after agreeing, the
  // reloaded plan no longer waits for the client, but the form's thank-you (with focus) must stay.
  const [formFor, setFormFor] = useState<string | null>(null);
  const newest = newestPlan(plans);
  const waits = newest !== undefined && newest.status === 'draft' && !newest.agreements.client;
  if (waits && formFor !== newest.id) setFormFor(newest.id);
  if (!newest) return <p>{t('plan.none')}</p>;
  const state = planState(newest);
  const older = plans.filter((p) => p.id !== newest.id).toSorted((a, b) => b.number - a.number);
  // While the newest version is not agreed by both, the newest agreed one before it still counts.
  const stillValid = newest.status === 'agreed' ? undefined : older.find((p) => p.status === 'agreed');
  const showAgree = waits || formFor === newest.id;
  return (
    <>
      <p className={state === 'agree' ? 'notice portal-lead' : 'portal-lead'}>{t(`plan.${state}`)}</p>
      {stillValid ? <p>{t('plan.stillValid', { number: stillValid.number })}</p> : null}
      <p className="portal-actions">
        <a href={pdfHref(clientId, newest.id, i18n.language)}>{t('plan.pdf', { number: newest.number })}</a>
      </p>
      <PlanView plan={newest} easy headingId="portal-plan-newest" />
      {showAgree ? (
        // The form itself thanks the client and refreshes the plan; nothing more to do here.
        <AgreeForm key={newest.id} clientId={clientId} plan={newest} as="client" easy onAgreed={() => {}} />
      ) : null}
      {older.length > 0 ? (
        <section className="portal-older" aria-labelledby="portal-plan-older">
          <h2 id="portal-plan-older">{t('plan.older')}</h2>
          <p>{t('plan.olderIntro')}</p>
          {older.map((p) => (
            <details key={p.id}>
              <summary>{t('plan.olderItem', { number: p.number, date: calendarDay(p.planDate, i18n.language) })}</summary>
              <p className="portal-actions">
                <a href={pdfHref(clientId, p.id, i18n.language)}>{t('plan.pdf', { number: p.number })}</a>
              </p>
              <PlanView plan={p} easy headingLevel={3} />
            </details>
          ))}
        </section>
      ) : null}
    </>
  );
}
