import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ClientDossier } from '../../../../common/schemas/clients.ts';
import { LoadError, Loading, StatusMessage } from '../../ui/feedback.tsx';
import { PlacementsSummary } from '../placements/PlacementsSummary.tsx';
import { Assignments } from './Assignments.tsx';
import { PortalAccess } from './PortalAccess.tsx';
import { DOSSIER_SECTIONS, DossierPage, useDossier } from './dossier.tsx';
import { useFormat } from './format.ts';
import { usePhaseLabel } from './labels.ts';
import type { CreatedState } from './NewClientPage.tsx';
import { useActionPlans, useConsents, useVocationalProfile } from './queries.ts';
import { phaseSince, upcoming } from './trajectory.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './clients.css';

/** The dossier at a glance: phase, coaches, progress in phases 1 and 2, plan, appointments, consents. */
export function OverviewPage() {
  const { t } = useTranslation('clients');
  const { client, name } = useDossier();
  const location = useLocation();
  const created = (location.state as CreatedState | null)?.created;
  const base = `/clients/${client.id}`;

  return (
    <DossierPage section={t('dossier.sections.overview')}>
      {created ? <StatusMessage>{t('create.created', { name: created })}</StatusMessage> : null}
      <div className="dossier-grid">
        <Summary client={client} name={name} />
        <Assignments client={client} />
        <PortalAccess client={client} />
        <Progress client={client} />
        <PlanSummary id={client.id} />
        <PlacementsSummary clientId={client.id} />
        <Appointments client={client} />
        <Consents id={client.id} />
      </div>
      <section aria-labelledby="sections-title">
        <h2 id="sections-title">{t('overview.sections')}</h2>
        <ul className="section-links">
          {DOSSIER_SECTIONS.filter((s) => s.path !== '').map((s) => (
            <li key={s.key}>
              <Link to={`${base}/${s.path}`}>{t(`dossier.sections.${s.key}`)}</Link>
              <p>{t(`overview.hints.${s.key}`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </DossierPage>
  );
}

function Summary({ client, name }: { client: ClientDossier; name: string }) {
  const { t } = useTranslation('clients');
  const phaseLabel = usePhaseLabel();
  const format = useFormat();
  const trajectory = client.trajectory;
  return (
    <section className="dossier-block" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('overview.summary')}</h2>
      <dl className="details">
        <dt>{t('overview.name')}</dt>
        <dd>{name}</dd>
        {trajectory ? (
          <>
            <dt>{t('overview.phase')}</dt>
            <dd>
              {phaseLabel(trajectory.phase)}, {t('overview.since', { date: format.date(phaseSince(trajectory)) })}
            </dd>
            <dt>{t('overview.status')}</dt>
            <dd>
              {t(`status.${trajectory.status}`)}
              {trajectory.status === 'closed' && trajectory.outcome ? ` (${t(`trajectory.outcomes.${trajectory.outcome}`)})` : null}
            </dd>
          </>
        ) : null}
      </dl>
      {trajectory ? null : <p>{t('overview.noTrajectory')}</p>}
      <p>
        <Link to={`/clients/${client.id}/trajectory`}>{t('overview.open', { section: t('dossier.sections.trajectory') })}</Link>
      </p>
    </section>
  );
}

type StepState = 'done' | 'todo' | 'unknown';

function Progress({ client }: { client: ClientDossier }) {
  const { t } = useTranslation('clients');
  const profile = useVocationalProfile(client.id);
  const plans = useActionPlans(client.id);
  const base = `/clients/${client.id}`;
  const agreements = client.engagement?.agreements;
  const steps: { key: 'engagement' | 'profile' | 'plan'; state: StepState }[] = [
    { key: 'engagement', state: agreements ? (agreements.client && agreements.coach ? 'done' : 'todo') : 'unknown' },
    { key: 'profile', state: profile.data ? (profile.data.version > 0 ? 'done' : 'todo') : 'unknown' },
    { key: 'plan', state: plans.data ? (plans.data.some((p) => p.status === 'agreed') ? 'done' : 'todo') : 'unknown' },
  ];
  const loading = profile.isPending || plans.isPending;
  return (
    <section className="dossier-block" aria-labelledby="progress-title">
      <h2 id="progress-title">{t('overview.progress')}</h2>
      <p className="muted">{t('overview.progressIntro')}</p>
      {loading ? (
        <Loading />
      ) : (
        <ul className="progress-list">
          {steps.map((s) => (
            <li key={s.key}>
              <span className={`state state--${s.state}`}>{t(`overview.${s.state}`)}</span>
              <Link to={`${base}/${s.key}`}>{t(`overview.steps.${s.key}`)}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PlanSummary({ id }: { id: string }) {
  const { t } = useTranslation('clients');
  const format = useFormat();
  const plans = useActionPlans(id);
  const latest = plans.data?.[0];
  return (
    <section className="dossier-block" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('overview.plan')}</h2>
      {plans.isPending ? <Loading /> : null}
      {plans.isError ? <LoadError error={plans.error} retry={() => void plans.refetch()} /> : null}
      {plans.isSuccess ? (
        latest ? (
          <dl className="details">
            <dt>{t('overview.status')}</dt>
            <dd>
              {t('overview.planVersion', { number: latest.number, date: format.date(latest.planDate) })}: {t(`overview.planStatus.${latest.status}`)}
            </dd>
            <dt>{t('overview.followUp')}</dt>
            <dd>{latest.followUpDate ? format.date(latest.followUpDate) : t('overview.noFollowUp')}</dd>
          </dl>
        ) : (
          <p>{t('overview.planNone')}</p>
        )
      ) : null}
      <p>
        <Link to={`/clients/${id}/plan`}>{t('overview.open', { section: t('dossier.sections.plan') })}</Link>
      </p>
    </section>
  );
}

function Appointments({ client }: { client: ClientDossier }) {
  const { t } = useTranslation('clients');
  const format = useFormat();
  // The moment the page opened: "next" appointments are those not over by then.
  const [now] = useState(() => new Date());
  const next = upcoming(client.appointments ?? [], now);
  return (
    <section className="dossier-block" aria-labelledby="appointments-title">
      <h2 id="appointments-title">{t('overview.appointments')}</h2>
      {next.length > 0 ? (
        <ul className="appointment-list">
          {next.map((a) => (
            <li key={a.id}>{t('overview.appointment', { when: format.dateTime(a.startsAt), place: a.place })}</li>
          ))}
        </ul>
      ) : (
        <p>{t('overview.appointmentsNone')}</p>
      )}
      <p>
        <Link to={`/clients/${client.id}/contact`}>{t('overview.open', { section: t('dossier.sections.contact') })}</Link>
      </p>
    </section>
  );
}

function Consents({ id }: { id: string }) {
  const { t } = useTranslation('clients');
  const consents = useConsents(id);
  return (
    <section className="dossier-block" aria-labelledby="consents-title">
      <h2 id="consents-title">{t('overview.consents')}</h2>
      {consents.isPending ? <Loading /> : null}
      {consents.isError ? <LoadError error={consents.error} retry={() => void consents.refetch()} /> : null}
      {consents.isSuccess ? <p>{t('overview.consentsActive', { count: consents.data.filter((c) => c.status === 'active').length })}</p> : null}
      <p>
        <Link to={`/clients/${id}/consents`}>{t('overview.consentsLink')}</Link>
      </p>
    </section>
  );
}
