import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Employer, EmployerList } from '../../../../common/schemas/employers.ts';
import type { Placement, PlacementList } from '../../../../common/schemas/placements.ts';
import type { Vacancy, VacancyList } from '../../../../common/schemas/vacancies.ts';
import { api } from '../../api/client.ts';
import { clientKey } from '../clients/dossier.tsx';

export type PlacementListItem = z.infer<typeof PlacementList>['items'][number];
export type EmployerSummary = z.infer<typeof EmployerList>['items'][number];
export type VacancySummary = z.infer<typeof VacancyList>['items'][number];

// A client's placements live under ['client', id, 'placements', …]: a write refreshes them,
// and the dossier (the trajectory's phase), with one invalidation of clientKey(id).

export const placementsKey = (clientId: string, ...rest: unknown[]) => clientKey(clientId, 'placements', ...rest);

/** The client's placements (GET /api/placements?clientId=). */
export function usePlacements(clientId: string) {
  return useQuery({
    queryKey: placementsKey(clientId, 'list'),
    queryFn: async ({ signal }) => (await api<z.infer<typeof PlacementList>>('GET', '/api/placements', { query: { clientId }, signal })).items,
  });
}

export function usePlacement(clientId: string, placementId: string) {
  return useQuery({
    queryKey: placementsKey(clientId, 'one', placementId),
    queryFn: ({ signal }) => api<Placement>('GET', `/api/placements/${placementId}`, { signal }),
  });
}

/** The employers the organisation keeps (a placement is with one of those, not a linked one). */
export function useEmployers() {
  return useQuery({
    queryKey: ['placements', 'employers'],
    queryFn: async ({ signal }) => (await api<z.infer<typeof EmployerList>>('GET', '/api/employers', { signal })).items,
    select: (items) => items.filter((e) => e.relation === 'keeper'),
  });
}

/** One employer with its sites. */
export function useEmployer(id: string) {
  return useQuery({
    queryKey: ['placements', 'employer', id],
    queryFn: ({ signal }) => api<Employer>('GET', `/api/employers/${id}`, { signal }),
    enabled: id !== '',
  });
}

/** The vacancies of one employer. */
export function useEmployerVacancies(employerId: string) {
  return useQuery({
    queryKey: ['placements', 'vacancies', employerId],
    queryFn: async ({ signal }) => (await api<z.infer<typeof VacancyList>>('GET', '/api/vacancies', { query: { employerId }, signal })).items,
    enabled: employerId !== '',
  });
}

/** One vacancy (the ?vacancyId= a new placement starts from). */
export function useVacancy(id: string) {
  return useQuery({
    queryKey: ['placements', 'vacancy', id],
    queryFn: ({ signal }) => api<Vacancy>('GET', `/api/vacancies/${id}`, { signal }),
    enabled: id !== '',
  });
}

export const agreementPdfHref = (placementId: string, lang: string) =>
  `/api/placements/${encodeURIComponent(placementId)}/agreement.pdf?lang=${encodeURIComponent(lang)}`;
