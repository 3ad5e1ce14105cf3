import { useQuery } from '@tanstack/react-query';
import type { ActionPlan } from '../../../../common/schemas/action-plan.ts';
import type { Colleague as ColleagueSchema } from '../../../../common/schemas/admin.ts';
import type { ClientList, SupportContact as SupportContactSchema } from '../../../../common/schemas/clients.ts';
import type { Consent } from '../../../../common/schemas/consent.ts';
import type { VocationalProfile } from '../../../../common/schemas/vocational-profile.ts';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { clientKey } from './dossier.tsx';

export type SupportContact = z.infer<typeof SupportContactSchema>;
export type Colleague = z.infer<typeof ColleagueSchema>;

// Keys under ['client', id] are shared with other features' pages, which may cache the same
// resources in another shape: this feature's own reads carry their own sub-key.

/** The caseload (GET /api/clients); a new client invalidates it. */
export const CASELOAD_KEY = ['clients', 'caseload'] as const;

export function useCaseload() {
  return useQuery({ queryKey: CASELOAD_KEY, queryFn: ({ signal }) => api<ClientList>('GET', '/api/clients', { signal }) });
}

/** Colleagues who can coach a client: those holding the coach or team lead role. */
export function useCoachColleagues(enabled: boolean) {
  return useQuery({
    queryKey: ['clients', 'colleagues'],
    queryFn: async ({ signal }) => (await api<{ items: Colleague[] }>('GET', '/api/colleagues', { signal })).items,
    select: (items) => items.filter((c) => c.roles.includes('coach') || c.roles.includes('team_lead')),
    enabled,
  });
}

export function useActionPlans(id: string) {
  return useQuery({
    queryKey: clientKey(id, 'overview', 'action-plans'),
    queryFn: async ({ signal }) => (await api<{ items: ActionPlan[] }>('GET', `/api/clients/${id}/action-plans`, { signal })).items,
  });
}

export function useConsents(id: string) {
  return useQuery({
    queryKey: clientKey(id, 'overview', 'consents'),
    queryFn: async ({ signal }) => (await api<{ items: Consent[] }>('GET', `/api/clients/${id}/consents`, { signal })).items,
  });
}

export function useVocationalProfile(id: string) {
  return useQuery({
    queryKey: clientKey(id, 'overview', 'vocational-profile'),
    queryFn: ({ signal }) => api<VocationalProfile>('GET', `/api/clients/${id}/vocational-profile`, { signal }),
  });
}

export function useSupportContacts(id: string) {
  return useQuery({
    queryKey: clientKey(id, 'identity', 'support-contacts'),
    queryFn: async ({ signal }) => (await api<{ items: SupportContact[] }>('GET', `/api/clients/${id}/support-contacts`, { signal })).items,
  });
}
