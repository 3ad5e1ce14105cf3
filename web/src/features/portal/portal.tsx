import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useOutletContext } from 'react-router';
import type { ClientDossier, ClientList } from '../../../../common/schemas/clients.ts';
import { api } from '../../api/client.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { Page } from '../../ui/page.tsx';
import { clientKey, clientName } from '../clients/dossier.tsx';

/** The signed-in client's own dossier: the one client whose relation to them is "self". */
export function useOwnDossier() {
  return useQuery({
    queryKey: ['client', 'self'],
    queryFn: async (): Promise<ClientDossier | null> => {
      const list = await api<ClientList>('GET', '/api/clients');
      const self = list.items.find((c) => c.relation === 'self');
      return self ? api<ClientDossier>('GET', `/api/clients/${self.id}`) : null;
    },
  });
}

export interface PortalContext {
  client: ClientDossier;
  name: string;
}

/** Inside a page under /my: the client's own dossier. Its id is `client.id`; refresh with clientKey(client.id) and ['client', 'self']. */
export function usePortal(): PortalContext {
  return useOutletContext<PortalContext>();
}

/** The route element of /my: loads the client's own dossier once for every portal page. */
export function PortalLayout() {
  const { t } = useTranslation('portal');
  const own = useOwnDossier();
  if (own.isPending) return <Loading />;
  if (own.isError) return <LoadError error={own.error} retry={() => void own.refetch()} />;
  if (!own.data) {
    return (
      <Page title={t('noDossier.title')}>
        <p>{t('noDossier.body')}</p>
      </Page>
    );
  }
  const context: PortalContext = { client: own.data, name: clientName(own.data, '') };
  return <Outlet context={context} />;
}

/** The portal's sections. Paths are relative to /my. */
export const PORTAL_SECTIONS = [
  { path: '', key: 'overview' },
  { path: 'profile', key: 'profile' },
  { path: 'plan', key: 'plan' },
  { path: 'appointments', key: 'appointments' },
  { path: 'consents', key: 'consents' },
  { path: 'access-log', key: 'accessLog' },
  { path: 'data', key: 'data' },
] as const;

/** One page of the portal: its h1, the portal's section navigation, then the page. Easy language (B1). */
export function PortalPage({ title, children, intro }: { title: string; children: ReactNode; intro?: ReactNode }) {
  const { t } = useTranslation('portal');
  return (
    <Page title={title} intro={intro}>
      <nav aria-label={t('nav.label')} className="dossier-nav">
        <ul>
          {PORTAL_SECTIONS.map((s) => (
            <li key={s.key}>
              <NavLink to={s.path ? `/my/${s.path}` : '/my'} end={s.path === ''}>{t(`nav.${s.key}`)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </Page>
  );
}

export { clientKey };
