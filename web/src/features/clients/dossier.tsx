import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useOutletContext, useParams, useSearchParams } from 'react-router';
import type { ConsentPurpose } from '../../../../common/consent.ts';
import { CONSENT_PURPOSES } from '../../../../common/consent.ts';
import type { ClientDossier } from '../../../../common/schemas/clients.ts';
import { api, ApiError } from '../../api/client.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { Page } from '../../ui/page.tsx';
import { SectionNav } from '../../ui/section-nav.tsx';
import { NotFoundPage } from '../../routes/NotFoundPage.tsx';

/**
 * Query keys of everything about one client start with ['client', id], so a write can
 * refresh the whole dossier with `queryClient.invalidateQueries({ queryKey: clientKey(id) })`.
 */
export const clientKey = (id: string, ...rest: unknown[]) => ['client', id, ...rest] as const;

/** The `?purpose=` of a recipient's read, from the address; undefined for the client's own team. */
export function usePurpose(): ConsentPurpose | undefined {
  const [params] = useSearchParams();
  const p = params.get('purpose');
  return CONSENT_PURPOSES.includes(p as ConsentPurpose) ? (p as ConsentPurpose) : undefined;
}

/** The dossier as the caller may see it (only the categories they may see). */
export function useDossierQuery(id: string, purpose?: ConsentPurpose) {
  return useQuery({
    queryKey: clientKey(id, 'dossier', purpose ?? null),
    queryFn: () => api<ClientDossier>('GET', `/api/clients/${id}`, { query: { purpose } }),
  });
}

export interface DossierContext {
  client: ClientDossier;
  /** "Karim El Amrani", or a neutral label when identity is not shared. */
  name: string;
  purpose: ConsentPurpose | undefined;
}

/** Inside a page under /clients/:id: the loaded dossier. */
export function useDossier(): DossierContext {
  return useOutletContext<DossierContext>();
}

export function clientName(client: Pick<ClientDossier, 'identity'>, fallback: string): string {
  return client.identity ? `${client.identity.givenName} ${client.identity.familyName}` : fallback;
}

/**
 * The route element of /clients/:id: loads the dossier once for every page under it.
 * A dossier the caller may not see answers 404, shown as "not found" (nothing more is said).
 */
export function DossierLayout() {
  const { t } = useTranslation('clients');
  const { id = '' } = useParams();
  const purpose = usePurpose();
  const dossier = useDossierQuery(id, purpose);
  if (dossier.isPending) return <Loading />;
  if (dossier.isError) {
    if (dossier.error instanceof ApiError && (dossier.error.status === 404 || dossier.error.status === 400)) return <NotFoundPage />;
    return <LoadError error={dossier.error} retry={() => void dossier.refetch()} />;
  }
  const context: DossierContext = { client: dossier.data, name: clientName(dossier.data, t('dossier.unnamed')), purpose };
  return <Outlet context={context} />;
}

/** The sections of a dossier, in the order of the EUSE process. Paths are relative to /clients/:id. */
export const DOSSIER_SECTIONS = [
  { path: '', key: 'overview' },
  { path: 'identity', key: 'identity' },
  { path: 'trajectory', key: 'trajectory' },
  { path: 'engagement', key: 'engagement' },
  { path: 'profile', key: 'profile' },
  { path: 'plan', key: 'plan' },
  { path: 'capacity', key: 'capacity' },
  { path: 'matches', key: 'matches' },
  { path: 'placements', key: 'placements' },
  { path: 'contact', key: 'contact' },
  { path: 'consents', key: 'consents' },
  { path: 'access-log', key: 'accessLog' },
] as const;

/**
 * One page of a coach's dossier: the h1 "<section> – <client>", the dossier's section
 * navigation, then the page. Every page under /clients/:id renders inside one of these.
 */
export function DossierPage({ section, children, intro }: { section: string; children: ReactNode; intro?: ReactNode }) {
  const { t } = useTranslation('clients');
  const { client, name } = useDossier();
  return (
    <Page title={t('dossier.pageTitle', { section, name })} intro={intro} wide>
      <SectionNav
        label={t('dossier.navLabel', { name })}
        base={`/clients/${client.id}`}
        sections={DOSSIER_SECTIONS.map((s) => ({ path: s.path, label: t(`dossier.sections.${s.key}`) }))}
      />
      {children}
    </Page>
  );
}
