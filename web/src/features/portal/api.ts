import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { ActionPlan } from '../../../../common/schemas/action-plan.ts';
import type { Appointment } from '../../../../common/schemas/clients.ts';
import type { VocationalProfile } from '../../../../common/schemas/vocational-profile.ts';
import { api } from '../../api/client.ts';
import { clientKey } from '../clients/dossier.tsx';

/**
 * The portal's reads of the client's own dossier. Keys live under clientKey(id, 'portal', …):
 * a write anywhere in the dossier (invalidating clientKey(id)) refreshes them too, and they
 * never share a key with another feature's query of a different shape.
 */
export function usePlans(clientId: string) {
  return useQuery({
    queryKey: clientKey(clientId, 'portal', 'action-plans'),
    queryFn: () => api<{ items: ActionPlan[] }>('GET', `/api/clients/${clientId}/action-plans`),
  });
}

export function useProfile(clientId: string) {
  return useQuery({
    queryKey: clientKey(clientId, 'portal', 'vocational-profile'),
    queryFn: () => api<VocationalProfile>('GET', `/api/clients/${clientId}/vocational-profile`),
  });
}

export interface ProfileVersionItem {
  version: number;
  savedAt: string;
  savedBy: { id: string; name: string };
}

export function useProfileVersions(clientId: string) {
  return useQuery({
    queryKey: clientKey(clientId, 'portal', 'vocational-profile', 'versions'),
    queryFn: () => api<{ items: ProfileVersionItem[] }>('GET', `/api/clients/${clientId}/vocational-profile/versions`),
  });
}

export function useAppointments(clientId: string) {
  return useQuery({
    queryKey: clientKey(clientId, 'portal', 'appointments'),
    queryFn: () => api<{ items: Appointment[] }>('GET', `/api/clients/${clientId}/appointments`),
  });
}

/** After the client wrote something: their whole dossier, and the portal's own copy of it. */
export async function refreshOwnDossier(qc: QueryClient, clientId: string): Promise<void> {
  await Promise.all([qc.invalidateQueries({ queryKey: clientKey(clientId) }), qc.invalidateQueries({ queryKey: ['client', 'self'] })]);
}
