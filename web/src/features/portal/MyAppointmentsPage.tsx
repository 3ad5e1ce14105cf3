import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { AppointmentList } from '../contact/AppointmentList.tsx';
import { useAppointments } from './api.ts';
import { PortalPage, usePortal } from './portal.tsx';

/** The client's appointments with their coach: upcoming and past, each with its calendar file. */
export function MyAppointmentsPage() {
  const { t } = useTranslation('portal');
  const { client } = usePortal();
  const appointments = useAppointments(client.id);
  return (
    <PortalPage title={t('appointments.title')} intro={<p>{t('appointments.intro')}</p>}>
      {appointments.isPending ? <Loading /> : appointments.isError ? (
        <LoadError error={appointments.error} retry={() => void appointments.refetch()} />
      ) : (
        <>
          {appointments.data.items.length > 0 ? <p>{t('appointments.calendar')}</p> : null}
          <AppointmentList appointments={appointments.data.items} clientId={client.id} easy />
        </>
      )}
    </PortalPage>
  );
}
