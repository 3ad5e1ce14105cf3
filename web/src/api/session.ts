import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Ability } from '../../../common/roles.ts';
import type { Me } from '../../../common/schemas/auth.ts';
import { setLocale } from '../i18n/index.ts';
import { api, ApiError } from './client.ts';

export type Account = Me & { version: number };

/** The signed-in person, or null when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<Account | null> => {
      try {
        const me = await api<Account>('GET', '/api/me');
        await setLocale(me.locale);
        return me;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 60_000,
  });
}

export function useCan(ability: Ability): boolean {
  return useMe().data?.abilities.includes(ability) ?? false;
}

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('POST', '/api/auth/logout'),
    onSettled: () => {
      qc.clear();
      qc.setQueryData(['me'], null);
    },
  });
}
