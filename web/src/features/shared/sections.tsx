import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentPurpose } from '../../../../common/consent.ts';
import type { ActionPlan } from '../../../../common/schemas/action-plan.ts';
import type { Appointment, ClientDossier, ClientIdentity } from '../../../../common/schemas/clients.ts';
import type { VocationalProfile } from '../../../../common/schemas/vocational-profile.ts';
import { api } from '../../api/client.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { clientKey } from '../clients/dossier.tsx';
import { useConsentLabels } from '../consent/labels.ts';
import { AppointmentList } from '../contact/AppointmentList.tsx';
import { PlanView } from '../plan/PlanView.tsx';
import { ProfileView } from '../profile/ProfileView.tsx';
import { addressLine, planPdfHref, planToShow, profilePdfHref } from './shared.ts';
import { usePhaseText } from './texts.ts';

type Coach = NonNullable<ClientDossier['coaches']>[number];
type Note = NonNullable<ClientDossier['notes']>[number];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="shared-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** One line of a details list; an empty value says so rather than leaving a gap. */
function Fact({ label, value, empty }: { label: string; value: ReactNode; empty: string }) {
  const blank = value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
  return (
    <>
      <dt>{label}</dt>
      <dd>{blank ? <span className="muted">{empty}</span> : value}</dd>
    </>
  );
}

/** Identity and contact: how to reach the client, and their job coach. The national number is never sent to a recipient. */
export function IdentitySection({ identity: i, coaches }: { identity: ClientIdentity; coaches: readonly Coach[] }) {
  const { t } = useTranslation('shared');
  const { day } = useConsentLabels();
  const empty = t('identity.empty');
  const kin = [i.nextOfKin.name, i.nextOfKin.relation && `(${i.nextOfKin.relation})`, i.nextOfKin.phone].filter(Boolean).join(' ');
  return (
    <Section id="shared-identity" title={t('identity.title')}>
      <dl className="details">
        <Fact label={t('identity.name')} value={`${i.givenName} ${i.familyName}`} empty={empty} />
        <Fact label={t('identity.birthDate')} value={i.birthDate ? day(i.birthDate) : null} empty={empty} />
        <Fact label={t('identity.address')} value={addressLine(i)} empty={empty} />
        <Fact label={t('identity.phoneMobile')} value={i.phoneMobile ? <a href={`tel:${i.phoneMobile}`}>{i.phoneMobile}</a> : null} empty={empty} />
        <Fact label={t('identity.phoneHome')} value={i.phoneHome ? <a href={`tel:${i.phoneHome}`}>{i.phoneHome}</a> : null} empty={empty} />
        <Fact label={t('identity.email')} value={i.email ? <a href={`mailto:${i.email}`}>{i.email}</a> : null} empty={empty} />
        <Fact label={t('identity.emergencyPhone')} value={i.emergencyPhone} empty={empty} />
        <Fact label={t('identity.nextOfKin')} value={kin} empty={empty} />
        <Fact label={t('identity.religionCulture')} value={i.religionCulture ? <span className="shared-text">{i.religionCulture}</span> : null} empty={empty} />
        <Fact
          label={t('identity.coaches')}
          value={coaches.length > 0 ? coaches.map((c) => (c.kind === 'responsible' ? t('identity.responsible', { name: c.name }) : c.name)).join(', ') : null}
          empty={empty}
        />
      </dl>
    </Section>
  );
}

/** The work profile (vocational profile, and health or benefits only when those are shared too), with its PDF. */
export function ProfileSection({ clientId, purpose }: { clientId: string; purpose: ConsentPurpose }) {
  const { t, i18n } = useTranslation('shared');
  const profile = useQuery({
    queryKey: clientKey(clientId, 'shared', purpose, 'vocational-profile'),
    queryFn: ({ signal }) => api<VocationalProfile>('GET', `/api/clients/${clientId}/vocational-profile`, { query: { purpose }, signal }),
  });
  return (
    <Section id="shared-profile" title={t('profile.title')}>
      <p>{t('profile.intro')}</p>
      {profile.isPending ? <Loading /> : profile.isError ? <LoadError error={profile.error} retry={() => void profile.refetch()} /> : (
        <>
          {profile.data.version > 0 ? (
            <p><a href={profilePdfHref(clientId, purpose, i18n.language)} type="application/pdf">{t('profile.pdf')}</a></p>
          ) : null}
          <ProfileView profile={profile.data} level={3} />
        </>
      )}
    </Section>
  );
}

/** Where the support stands, and the action plan as client and coach agreed to it. */
export function PlanSection({ clientId, purpose, trajectory }: { clientId: string; purpose: ConsentPurpose; trajectory: ClientDossier['trajectory'] | null }) {
  const { t, i18n } = useTranslation('shared');
  const phaseText = usePhaseText();
  const plans = useQuery({
    queryKey: clientKey(clientId, 'shared', purpose, 'action-plans'),
    queryFn: async ({ signal }) => (await api<{ items: ActionPlan[] }>('GET', `/api/clients/${clientId}/action-plans`, { query: { purpose }, signal })).items,
  });
  const plan = plans.data ? planToShow(plans.data) : undefined;
  const stage = !trajectory ? t('plan.notStarted') : trajectory.status === 'closed' ? t('plan.closed') : phaseText(trajectory.phase);
  return (
    <Section id="shared-plan" title={t('plan.title')}>
      <dl className="details">
        <dt>{t('plan.phase')}</dt>
        <dd>{stage}</dd>
      </dl>
      {plans.isPending ? <Loading /> : plans.isError ? <LoadError error={plans.error} retry={() => void plans.refetch()} /> : plan ? (
        <>
          <p><a href={planPdfHref(clientId, plan.id, purpose, i18n.language)} type="application/pdf">{t('plan.pdf', { number: plan.number })}</a></p>
          <PlanView plan={plan} headingLevel={3} />
        </>
      ) : (
        <p>{t('plan.none')}</p>
      )}
    </Section>
  );
}

/** Conversation notes (newest first, as the server sends them), then the appointments. */
export function NotesSection({ clientId, notes, appointments }: { clientId: string; notes: readonly Note[]; appointments: readonly Appointment[] }) {
  const { t } = useTranslation('shared');
  const { day } = useConsentLabels();
  return (
    <>
      <Section id="shared-notes" title={t('notes.title')}>
        {notes.length === 0 ? <p>{t('notes.none')}</p> : (
          <ul className="shared-notes">
            {notes.map((n) => (
              <li key={n.id} className="card">
                <h3>{t('notes.heading', { date: day(n.date), kind: t(`notes.kinds.${n.kind}`) })}</h3>
                <p>{n.text}</p>
                <p className="muted">{t('notes.by', { name: n.author.name })}</p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <AppointmentList appointments={appointments} clientId={clientId} />
    </>
  );
}
