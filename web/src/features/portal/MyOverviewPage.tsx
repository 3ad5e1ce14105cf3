import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PHASES, type Phase } from '../../../../common/consent.ts';
import type { ClientDossier } from '../../../../common/schemas/clients.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { usePlans } from './api.ts';
import { appointmentWhen } from './format.ts';
import { PORTAL_SECTIONS, PortalPage, usePortal } from './portal.tsx';
import { newestPlan, nextAppointment, pathState, planState, stepState } from './rules.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the portal's own styles
import './portal.css';

/**
 * The client's start in the portal, in easy language: where they are on the way to work, who
 * helps them, their next appointment, whether their plan waits for them, and every section.
 */
export function MyOverviewPage() {
  const { t } = useTranslation('portal');
  const { client, name } = usePortal();
  const given = client.identity?.givenName || name;
  return (
    <PortalPage
      title={t('overview.title')}
      intro={<p>{given ? `${t('overview.greeting', { name: given })} ` : null}{t('overview.intro')}</p>}
    >
      <PlanSection clientId={client.id} />
      <PathSection trajectory={client.trajectory} />
      <CoachesSection coaches={client.coaches ?? []} />
      <NextAppointmentSection appointments={client.appointments ?? []} />
      <SectionLinks />
    </PortalPage>
  );
}

/** Whether the plan waits for the client: then first on the page, with a big link; else one sentence. */
function PlanSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation('portal');
  const plans = usePlans(clientId);
  if (plans.isPending) return <Loading />;
  if (plans.isError) return <LoadError error={plans.error} retry={() => void plans.refetch()} />;
  const state = planState(newestPlan(plans.data.items));
  if (state === 'agree') {
    return (
      <section className="notice portal-waits" aria-labelledby="portal-plan-waits">
        <h2 id="portal-plan-waits">{t('overview.plan.waitsTitle')}</h2>
        <p>{t('overview.plan.waits')}</p>
        <p><Link to="/my/plan" className="button portal-button">{t('overview.plan.waitsLink')}</Link></p>
      </section>
    );
  }
  return (
    <section aria-labelledby="portal-plan">
      <h2 id="portal-plan">{t('overview.plan.title')}</h2>
      <p>{t(`overview.plan.${state}`)}</p>
      {state === 'none' ? null : <p><Link to="/my/plan" className="portal-more">{t('overview.plan.link')}</Link></p>}
    </section>
  );
}

function PathSection({ trajectory }: { trajectory: ClientDossier['trajectory'] }) {
  const { t } = useTranslation('portal');
  const state = pathState(trajectory);
  return (
    <section aria-labelledby="portal-path">
      <h2 id="portal-path">{t('overview.path.title')}</h2>
      {state.kind === 'step' ? <Steps current={state.phase} /> : <p>{t(`overview.path.${state.kind}`)}</p>}
    </section>
  );
}

/** The five steps, the current one said in words (not only shown by its frame). */
function Steps({ current }: { current: Phase }) {
  const { t } = useTranslation('portal');
  return (
    <>
      <p className="portal-lead">{t('overview.path.step', { n: current, name: t(`phase.${current}.name`) })}</p>
      <ol className="portal-steps" aria-label={t('overview.path.stepsLabel')}>
        {PHASES.map((p) => {
          const state = stepState(p, current);
          return (
            <li key={p} className={`portal-step portal-step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="portal-step__name">{t('overview.path.stepName', { n: p, name: t(`phase.${p}.name`) })}</span>{' '}
              <span className="portal-step__state">{t(`overview.path.${state}`)}</span>
              <span className="portal-step__about">{t(`phase.${p}.about`)}</span>
            </li>
          );
        })}
      </ol>
    </>
  );
}

function CoachesSection({ coaches }: { coaches: NonNullable<ClientDossier['coaches']> }) {
  const { t } = useTranslation('portal');
  const ordered = coaches.toSorted((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'responsible' ? -1 : 1));
  return (
    <section aria-labelledby="portal-coaches">
      <h2 id="portal-coaches">{t('overview.coaches.title')}</h2>
      {ordered.length === 0 ? <p>{t('overview.coaches.none')}</p> : (
        <ul className="plain-list portal-coaches">
          {ordered.map((c) => (
            <li key={c.userId}>{t(c.kind === 'responsible' ? 'overview.coaches.responsible' : 'overview.coaches.coCoach', { name: c.name })}</li>
          ))}
        </ul>
      )}
      <p>{t('overview.coaches.why')}</p>
    </section>
  );
}

function NextAppointmentSection({ appointments }: { appointments: NonNullable<ClientDossier['appointments']> }) {
  const { t, i18n } = useTranslation('portal');
  const [now] = useState(() => new Date());
  const next = nextAppointment(appointments, now);
  const when = next ? appointmentWhen(next.startsAt, next.endsAt, i18n.language) : null;
  return (
    <section aria-labelledby="portal-next">
      <h2 id="portal-next">{t('overview.next.title')}</h2>
      {next && when ? (
        <div className="card portal-appointment">
          <p><strong>{t('overview.next.when', { day: when.day, time: when.time })}</strong></p>
          <p>{t('overview.next.where', { place: next.place })}</p>
        </div>
      ) : <p>{t('overview.next.none')}</p>}
      <p><Link to="/my/appointments" className="portal-more">{t('overview.next.all')}</Link></p>
    </section>
  );
}

/** Every other section of the portal, each with one sentence saying what is there. */
function SectionLinks() {
  const { t } = useTranslation('portal');
  return (
    <section aria-labelledby="portal-sections">
      <h2 id="portal-sections">{t('overview.sections.title')}</h2>
      <p>{t('overview.sections.intro')}</p>
      <ul className="portal-links">
        {PORTAL_SECTIONS.filter((s) => s.path !== '').map((s) => (
          <li key={s.key}>
            <Link to={`/my/${s.path}`} aria-describedby={`portal-section-${s.key}`}>{t(`nav.${s.key}`)}</Link>
            <p id={`portal-section-${s.key}`}>{t(`overview.sections.${s.key}`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
