import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { Branch, UserSummary } from '../../../../common/schemas/admin.ts';
import type { DemoInfo } from '../../../../common/schemas/auth.ts';
import { api } from '../../api/client.ts';

export const usersKey = ['admin', 'users'] as const;
export const branchesKey = ['branches'] as const;
/** Shared with the shell's navigation, which asks the same question. */
export const demoKey = ['demo'] as const;

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** The people of the signed-in person's organisation (GET /api/admin/users). */
export function useUsers(enabled = true) {
  return useQuery({
    queryKey: usersKey,
    queryFn: async ({ signal }) => (await api<{ items: UserSummary[] }>('GET', '/api/admin/users', { signal })).items,
    enabled,
  });
}

/** The organisation's branches (GET /api/branches). */
export function useBranches(enabled = true) {
  return useQuery({
    queryKey: branchesKey,
    queryFn: async ({ signal }) => (await api<{ items: Branch[] }>('GET', '/api/branches', { signal })).items,
    enabled,
  });
}

export function useDemo() {
  return useQuery({ queryKey: demoKey, queryFn: () => api<DemoInfo>('GET', '/api/auth/demo'), staleTime: Infinity });
}

/** Puts one fresh row into a cached list (replacing it by id, or adding it), kept in name order. */
export function putRow<T extends { id: string; name: string }>(qc: QueryClient, key: readonly unknown[], row: T): void {
  qc.setQueryData<T[]>(key, (list) => {
    if (!list) return list;
    const next = list.some((r) => r.id === row.id) ? list.map((r) => (r.id === row.id ? row : r)) : [...list, row];
    return next.toSorted(byName);
  });
}
