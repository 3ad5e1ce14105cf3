import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Employer, EmployerSite, EmployerSummary } from '../../../../common/schemas/employers.ts';
import type { JobAnalysis, VacancyCompetenceProfile, VacancyList } from '../../../../common/schemas/vacancies.ts';
import { api } from '../../api/client.ts';
import { vacancyKey } from './vacancy.tsx';

export type VacancyListItem = z.infer<typeof VacancyList>['items'][number];
export type Site = z.infer<typeof EmployerSite>;

/** Lists under ['vacancies', 'list', filter] (an employer's page shares it); one vacancy under vacancyKey(id). */
export const VACANCIES_KEY = ['vacancies'] as const;

export interface VacancyFilter {
  status: string;
  employerId: string;
}

export function useVacancies(filter: VacancyFilter) {
  const query = { status: filter.status || undefined, employerId: filter.employerId || undefined };
  return useQuery({
    queryKey: [...VACANCIES_KEY, 'list', query.employerId ? { employerId: query.employerId, status: query.status } : { status: query.status }],
    queryFn: async ({ signal }) => (await api<{ items: VacancyListItem[] }>('GET', '/api/vacancies', { query, signal })).items,
    placeholderData: keepPreviousData,
  });
}

/** The employers the organisation keeps: the vacancy form's choice (a linked employer's record is not the caller's to add to). */
export function useKeptEmployers() {
  return useQuery({
    queryKey: ['employers', '', false],
    queryFn: async ({ signal }) => (await api<{ items: z.infer<typeof EmployerSummary>[] }>('GET', '/api/employers', { signal })).items,
    select: (items: z.infer<typeof EmployerSummary>[]) => items.filter((e) => e.relation === 'keeper'),
  });
}

/** One employer's sites, for the vacancy form's site choice. */
export function useEmployerSites(employerId: string) {
  return useQuery({
    queryKey: ['employer', employerId],
    queryFn: ({ signal }) => api<Employer>('GET', `/api/employers/${employerId}`, { signal }),
    select: (e: Employer): Site[] => e.sites,
    enabled: employerId !== '',
  });
}

export const analysisKey = (id: string) => vacancyKey(id, 'job-analysis');
export const competencesKey = (id: string) => vacancyKey(id, 'competence-profile');

export function useJobAnalysis(id: string) {
  return useQuery({ queryKey: analysisKey(id), queryFn: ({ signal }) => api<JobAnalysis>('GET', `/api/vacancies/${id}/job-analysis`, { signal }) });
}

export function useCompetenceProfile(id: string) {
  return useQuery({
    queryKey: competencesKey(id),
    queryFn: ({ signal }) => api<VacancyCompetenceProfile>('GET', `/api/vacancies/${id}/competence-profile`, { signal }),
  });
}
