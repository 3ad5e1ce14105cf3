import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Employer, EmployerApproach as EmployerApproachSchema, EmployerContact as EmployerContactSchema, EmployerSite as EmployerSiteSchema,
  EmployerSummary as EmployerSummarySchema,
} from '../../../../common/schemas/employers.ts';
import type { VacancyList } from '../../../../common/schemas/vacancies.ts';
import { api } from '../../api/client.ts';

export type { Employer };
export type EmployerSummary = z.infer<typeof EmployerSummarySchema>;
export type EmployerSite = z.infer<typeof EmployerSiteSchema>;
export type EmployerContact = z.infer<typeof EmployerContactSchema>;
export type EmployerApproach = z.infer<typeof EmployerApproachSchema>;
export type VacancyListItem = z.infer<typeof VacancyList>['items'][number];

/** The list under ['employers', …]; everything about one employer under ['employer', id, …]. */
export const EMPLOYERS_KEY = ['employers'] as const;
export const employerKey = (id: string, ...rest: unknown[]) => ['employer', id, ...rest] as const;

export interface EmployerFilter {
  q: string;
  due: boolean;
}

export function useEmployers(filter: EmployerFilter = { q: '', due: false }) {
  return useQuery({
    queryKey: [...EMPLOYERS_KEY, filter.q.trim(), filter.due],
    queryFn: async ({ signal }) =>
      (await api<{ items: EmployerSummary[] }>('GET', '/api/employers', { query: { q: filter.q.trim() || undefined, due: filter.due ? 'true' : undefined }, signal })).items,
    placeholderData: keepPreviousData,
  });
}

export function useEmployer(id: string) {
  return useQuery({ queryKey: employerKey(id), queryFn: ({ signal }) => api<Employer>('GET', `/api/employers/${id}`, { signal }) });
}

export function useApproaches(id: string, enabled: boolean) {
  return useQuery({
    queryKey: employerKey(id, 'approaches'),
    queryFn: async ({ signal }) => (await api<{ items: EmployerApproach[] }>('GET', `/api/employers/${id}/approaches`, { signal })).items,
    enabled,
  });
}

/** The vacancies kept at this employer (the vacancies pages share the ['vacancies', …] key). */
export function useEmployerVacancies(id: string) {
  return useQuery({
    queryKey: ['vacancies', 'list', { employerId: id }],
    queryFn: async ({ signal }) => (await api<{ items: VacancyListItem[] }>('GET', '/api/vacancies', { query: { employerId: id }, signal })).items,
  });
}

interface Recipient {
  id: string;
  name: string;
  kind: 'coaching' | 'employer' | 'intermediary';
}

/**
 * Employer organisations with their own Passend accounts, which a record can be linked to.
 * The platform lists them to whoever records consents (the same people keep employers).
 */
export function useEmployerOrganisations(enabled: boolean) {
  return useQuery({
    queryKey: ['consent-recipients'],
    queryFn: async ({ signal }) => (await api<{ items: Recipient[] }>('GET', '/api/consent-recipients', { signal })).items,
    select: (items: Recipient[]) => items.filter((r) => r.kind === 'employer'),
    enabled,
    staleTime: 60_000,
  });
}
