import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../common/schemas/clients.ts';
import { api, ApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { clientKey } from '../clients/dossier.tsx';
import { EMPTY_APPOINTMENT, draftOf, type AppointmentBody } from './appointment.ts';
import { AppointmentCard } from './AppointmentList.tsx';
import { AppointmentForm } from './AppointmentForm.tsx';
import { Live, useFocusLater, useLive, useNow } from './live.tsx';
import { formatAppointmentTime, splitAppointments } from './time.ts';

/** The coach's appointments: make, change and cancel, upcoming ones first. */
export function AppointmentsSection({ clientId, appointments, canEdit }: { clientId: string; appointments: Appointment[]; canEdit: boolean }) {
  const { t, i18n } = useTranslation('contact');
  const qc = useQueryClient();
  const live = useLive();
  const focusLater = useFocusLater();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [cancelError, setCancelError] = useState<{ id: string; error: unknown } | null>(null);
  const now = useNow();
  const { upcoming, past } = useMemo(() => splitAppointments(appointments, now), [appointments, now]);
  const when = (a: { startsAt: string; endsAt: string }) => formatAppointmentTime(a.startsAt, a.endsAt, i18n.language);
  const refresh = () => qc.invalidateQueries({ queryKey: clientKey(clientId) });

  const create = async (body: AppointmentBody) => {
    const created = await api<Appointment>('POST', `/api/clients/${clientId}/appointments`, { body });
    await refresh();
    live.say(t('appointments.added', { when: when(created) }), true);
    return true;
  };

  const change = async (body: AppointmentBody, version: number | undefined, id: string) => {
    const changed = await api<Appointment>('PUT', `/api/clients/${clientId}/appointments/${id}`, { body, version });
    await refresh();
    setEditing(null);
    live.say(t('appointments.changed', { when: when(changed) }), true);
    return false;
  };

  const cancel = async (a: Appointment) => {
    setCancelError(null);
    try {
      await api<void>('DELETE', `/api/clients/${clientId}/appointments/${a.id}`, { version: a.version });
      setConfirming(null);
      await refresh();
      live.say(t('appointments.cancelled', { when: when(a) }), true);
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) void refresh();
      setCancelError({ id: a.id, error: err });
    }
  };

  const item = (a: Appointment) => {
    if (editing === a.id) {
      return (
        <li key={a.id} className="appointment card">
          <h3 id={`appointment-edit-${a.id}`} tabIndex={-1}>{t('appointments.editHeading')}: {when(a)}</h3>
          <AppointmentForm
            idPrefix={`appointment-${a.id}`} initial={draftOf(a)} version={a.version} label={t('appointments.editHeading')}
            submitLabel={t('appointments.saveChange')}
            onSubmit={(body, version) => change(body, version, a.id)}
            onCancel={() => { setEditing(null); focusLater(`appointment-change-${a.id}`); }}
          />
        </li>
      );
    }
    const actions = canEdit ? (
      <>
        <button type="button" id={`appointment-change-${a.id}`} className="button button--secondary" onClick={() => { setEditing(a.id); focusLater(`appointment-edit-${a.id}`); }}>
          {t('appointments.change')}<span className="visually-hidden"> – {when(a)}</span>
        </button>
        <button
          type="button" id={`appointment-cancel-${a.id}`} className="button button--secondary" aria-expanded={confirming === a.id}
          onClick={() => { setConfirming(a.id); setCancelError(null); focusLater(`appointment-confirm-${a.id}`); }}
        >
          {t('appointments.cancel')}<span className="visually-hidden"> – {when(a)}</span>
        </button>
      </>
    ) : null;
    return (
      <AppointmentCard key={a.id} appointment={a} clientId={clientId} actions={actions}>
        {confirming === a.id ? (
          <div className="confirm-panel">
            {cancelError?.id === a.id ? (
              <ErrorSummary error={cancelError.error}>
                {cancelError.error instanceof ApiError && cancelError.error.status === 412 ? <p>{t('appointments.staleCancel')}</p> : null}
              </ErrorSummary>
            ) : null}
            <p id={`appointment-confirm-${a.id}`} tabIndex={-1}>{t('appointments.confirmCancel', { when: when(a), place: a.place })}</p>
            <div className="actions">
              <button type="button" className="button button--danger" onClick={() => void cancel(a)}>{t('appointments.confirmYes')}</button>
              <button type="button" className="button button--secondary" onClick={() => { setConfirming(null); focusLater(`appointment-cancel-${a.id}`); }}>
                {t('appointments.confirmNo')}
              </button>
            </div>
          </div>
        ) : null}
      </AppointmentCard>
    );
  };

  return (
    <>
      <Live state={live} />
      <section className="contact-section" aria-labelledby="appointments-upcoming">
        <h2 id="appointments-upcoming">{t('appointments.upcoming')}</h2>
        {upcoming.length === 0 ? <p>{t('appointments.noneUpcoming')}</p> : <ul className="appointment-list__items">{upcoming.map(item)}</ul>}
      </section>
      {canEdit ? (
        <section className="contact-section" aria-labelledby="appointment-new">
          <h2 id="appointment-new">{t('appointments.newHeading')}</h2>
          <AppointmentForm
            idPrefix="appointment-new" initial={EMPTY_APPOINTMENT} label={t('appointments.newHeading')}
            submitLabel={t('appointments.add')} onSubmit={(body) => create(body)}
          />
        </section>
      ) : null}
      {past.length > 0 ? (
        <section className="contact-section" aria-labelledby="appointments-past">
          <h2 id="appointments-past">{t('appointments.past')}</h2>
          <ul className="appointment-list__items appointment-list__items--past">{past.map(item)}</ul>
        </section>
      ) : null}
    </>
  );
}
