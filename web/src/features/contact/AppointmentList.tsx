import { useMemo, type ReactNode } from 'react';
import { useNow } from './live.tsx';
import { useTranslation } from 'react-i18next';
import type { ConsentPurpose } from '../../../../common/consent.ts';
import type { Appointment } from '../../../../common/schemas/clients.ts';
import { usePurpose } from '../clients/dossier.tsx';
import { formatAppointmentTime, splitAppointments } from './time.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './contact.css';

/**
 * The calendar file of one appointment, served by the API. A recipient reads for a purpose
 * (`?purpose=` of the page they are on), so the file is asked for the same purpose.
 */
export function icsHref(clientId: string, appointmentId: string, purpose?: ConsentPurpose): string {
  const path = `/api/clients/${encodeURIComponent(clientId)}/appointments/${encodeURIComponent(appointmentId)}.ics`;
  return purpose ? `${path}?purpose=${encodeURIComponent(purpose)}` : path;
}

/**
 * One appointment: when, where, who, notes and its calendar file. `actions` are the coach's
 * buttons (change, cancel), `children` what they open; `easy` uses the client's easy-language texts.
 */
export function AppointmentCard({ appointment: a, clientId, easy, actions, children }: {
  appointment: Appointment; clientId: string; easy?: boolean; actions?: ReactNode; children?: ReactNode;
}) {
  const { t, i18n } = useTranslation('contact');
  const purpose = usePurpose();
  const k = easy ? 'appointments.easy' : 'appointments';
  const when = formatAppointmentTime(a.startsAt, a.endsAt, i18n.language);
  return (
    <li className="appointment card" id={`appointment-${a.id}`}>
      <h3>{when}</h3>
      <dl className="appointment__facts">
        <div>
          <dt>{t(`${k}.place`)}</dt>
          <dd>{a.place}</dd>
        </div>
        <div>
          <dt>{t(`${k}.participants`)}</dt>
          <dd>
            {a.participants.length > 0 ? (
              <ul className="appointment__participants">
                {a.participants.map((p, i) => <li key={`${i}-${p}`}>{p}</li>)}
              </ul>
            ) : t(`${k}.noParticipants`)}
          </dd>
        </div>
        {a.notes ? (
          <div>
            <dt>{t(`${k}.notes`)}</dt>
            <dd className="preserve-lines">{a.notes}</dd>
          </div>
        ) : null}
      </dl>
      <div className="actions">
        <a href={icsHref(clientId, a.id, purpose)} download className="button button--secondary">
          {t(`${k}.ics`)}
          <span className="visually-hidden"> {t(`${k}.icsFor`, { when, place: a.place })}</span>
        </a>
        {actions}
      </div>
      {children}
    </li>
  );
}

/**
 * The appointments of a client, read-only: upcoming ones first (earliest first), then the past
 * ones. Used on the coach's contact page and on the client's "Mijn afspraken" (`easy`).
 */
export function AppointmentList({ appointments, clientId, easy }: { appointments: readonly Appointment[]; clientId: string; easy?: boolean }) {
  const { t } = useTranslation('contact');
  const k = easy ? 'appointments.easy' : 'appointments';
  const now = useNow();
  const { upcoming, past } = useMemo(() => splitAppointments(appointments, now), [appointments, now]);
  return (
    <div className="appointment-list">
      <section aria-labelledby="appointments-upcoming">
        <h2 id="appointments-upcoming">{t(`${k}.upcoming`)}</h2>
        {upcoming.length === 0 ? <p>{t(`${k}.noneUpcoming`)}</p> : (
          <ul className="appointment-list__items">
            {upcoming.map((a) => <AppointmentCard key={a.id} appointment={a} clientId={clientId} easy={easy} />)}
          </ul>
        )}
      </section>
      {past.length > 0 ? (
        <section aria-labelledby="appointments-past">
          <h2 id="appointments-past">{t(`${k}.past`)}</h2>
          <ul className="appointment-list__items appointment-list__items--past">
            {past.map((a) => <AppointmentCard key={a.id} appointment={a} clientId={clientId} easy={easy} />)}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
