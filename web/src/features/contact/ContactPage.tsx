import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Appointment, ContactNote } from '../../../../common/schemas/clients.ts';
import { api } from '../../api/client.ts';
import { useCan, useMe } from '../../api/session.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { clientKey, DossierPage, useDossier } from '../clients/dossier.tsx';
import { AppointmentsSection } from './AppointmentsSection.tsx';
import { NotesSection } from './NotesSection.tsx';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './contact.css';

/** Contacts and appointments of one client, for their coaching team. */
export function ContactPage() {
  const { t: tc } = useTranslation('clients');
  const { client } = useDossier();
  const canEdit = useCan('clients.update');
  const me = useMe().data;
  const appointments = useQuery({
    queryKey: clientKey(client.id, 'appointments'),
    queryFn: () => api<{ items: Appointment[] }>('GET', `/api/clients/${client.id}/appointments`),
  });
  const notes = useQuery({
    queryKey: clientKey(client.id, 'notes'),
    queryFn: () => api<{ items: z.infer<typeof ContactNote>[] }>('GET', `/api/clients/${client.id}/notes`),
  });
  return (
    <DossierPage section={tc('dossier.sections.contact')}>
      <div className="contact-page">
        {appointments.isPending ? <Loading /> : appointments.isError ? (
          <LoadError error={appointments.error} retry={() => void appointments.refetch()} />
        ) : (
          <AppointmentsSection clientId={client.id} appointments={appointments.data.items} canEdit={canEdit} />
        )}
        {notes.isPending ? <Loading /> : notes.isError ? (
          <LoadError error={notes.error} retry={() => void notes.refetch()} />
        ) : (
          <NotesSection clientId={client.id} notes={notes.data.items} meId={me?.id} canEdit={canEdit} />
        )}
      </div>
    </DossierPage>
  );
}
