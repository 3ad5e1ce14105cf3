import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConsentPurpose } from '../../../../common/consent.ts';
import type { OrganisationKind } from '../../../../common/roles.ts';
import type { AccessLogEntry, Consent } from '../../../../common/schemas/consent.ts';
import { api } from '../../api/client.ts';
import { clientKey } from '../clients/dossier.tsx';

interface ConsentRecipientItem {
  id: string;
  name: string;
  kind: OrganisationKind;
  people: { id: string; name: string; roles: string[] }[];
}

/** Who a consent can name: organisations with their people, and the employers kept without an account. */
export interface ConsentRecipients {
  items: ConsentRecipientItem[];
  employers: { id: string; name: string }[];
}

export function useConsents(clientId: string, purpose?: ConsentPurpose) {
  return useQuery({
    queryKey: clientKey(clientId, 'consents', purpose ?? null),
    queryFn: async () => (await api<{ items: Consent[] }>('GET', `/api/clients/${clientId}/consents`, { query: { purpose } })).items,
  });
}

/**
 * Who a consent can name: other organisations and their people who work with client data, and
 * the employer records of the own organisation that have no Passend account.
 */
export function useRecipients(enabled = true) {
  return useQuery({
    queryKey: ['consent-recipients'],
    queryFn: () => api<ConsentRecipients>('GET', '/api/consent-recipients'),
    enabled,
    staleTime: 60_000,
  });
}
export type ConsentRecipient = ConsentRecipientItem;

interface AccessLogPage {
  items: AccessLogEntry[];
  nextBefore: number | null;
}

/** The page size of the access log. */
export const ACCESS_LOG_PAGE = 25;

/** The access log, newest first, a page at a time ("load more" follows `nextBefore`). */
export function useAccessLog(clientId: string) {
  return useInfiniteQuery({
    queryKey: clientKey(clientId, 'access-log'),
    queryFn: ({ pageParam }) => api<AccessLogPage>('GET', `/api/clients/${clientId}/access-log`, { query: { before: pageParam, limit: ACCESS_LOG_PAGE } }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

/** After a consent was given or withdrawn: everything about the client is read afresh. */
export function useRefreshClient() {
  const qc = useQueryClient();
  return (clientId: string, consent?: Consent) => {
    if (consent) {
      qc.setQueryData<Consent[]>(clientKey(clientId, 'consents', null), (old) =>
        old ? (old.some((c) => c.id === consent.id) ? old.map((c) => (c.id === consent.id ? consent : c)) : [consent, ...old]) : old,
      );
    }
    void qc.invalidateQueries({ queryKey: clientKey(clientId) });
    void qc.invalidateQueries({ queryKey: ['client', 'self'] });
  };
}
