import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuditPage, BranchList, ColleagueList, UserList } from '../../../../common/schemas/admin.ts';
import { api } from '../../api/client.ts';

export type Colleague = z.infer<typeof ColleagueList>['items'][number];
export type BranchItem = z.infer<typeof BranchList>['items'][number];
export type UserItem = z.infer<typeof UserList>['items'][number];
export type AuditItem = z.infer<typeof AuditPage>['items'][number];

// The home page keeps its own cache keys: the admin pages may shape the same data differently.

export function useColleagues(enabled: boolean) {
  return useQuery({
    queryKey: ['home', 'colleagues'],
    queryFn: () => api<z.infer<typeof ColleagueList>>('GET', '/api/colleagues'),
    enabled,
  });
}

export function useBranches(enabled: boolean) {
  return useQuery({
    queryKey: ['home', 'branches'],
    queryFn: () => api<z.infer<typeof BranchList>>('GET', '/api/branches'),
    enabled,
  });
}

export function useUsers(enabled: boolean) {
  return useQuery({
    queryKey: ['home', 'users'],
    queryFn: () => api<z.infer<typeof UserList>>('GET', '/api/admin/users'),
    enabled,
  });
}

export function useRecentAudit(enabled: boolean) {
  return useQuery({
    queryKey: ['home', 'audit', 5],
    queryFn: () => api<z.infer<typeof AuditPage>>('GET', '/api/audit', { query: { limit: 5 } }),
    enabled,
  });
}
