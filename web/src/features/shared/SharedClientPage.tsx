import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import type { ConsentPurpose } from '../../../../common/consent.ts';
import type { ClientDossier } from '../../../../common/schemas/clients.ts';
import { ApiError } from '../../api/client.ts';
import { NotFoundPage } from '../../routes/NotFoundPage.tsx';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { Page } from '../../ui/page.tsx';
import { clientName, useDossierQuery } from '../clients/dossier.tsx';
import { useConsentLabels } from '../consent/labels.ts';
import { IdentitySection, NotesSection, PlanSection, ProfileSection } from './sections.tsx';
import { numberFromState, orderedCategories, purposeFromParams, sharedListHref, sharedSections, type SharedSection } from './shared.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's own styles
import './shared.css';

/**
 * /shared/:id?purpose=…: what one client shares with the reader for that purpose, and only
 * that. Without an active consent the server answers 404 and the page says "not found",
 * nothing more. A category that is not shared has no section at all, not even an empty one.
 */
export function SharedClientPage() {
  const { t } = useTranslation('shared');
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const purpose = purposeFromParams(params);
  const number = numberFromState(useLocation().state);
  const dossier = useDossierQuery(id, purpose);

  if (dossier.isPending) return <Loading />;
  if (dossier.isError) {
    if (dossier.error instanceof ApiError && (dossier.error.status === 404 || dossier.error.status === 400)) return <NotFoundPage />;
    return <LoadError error={dossier.error} retry={() => void dossier.refetch()} />;
  }
  const client = dossier.data;
  const title = clientName(client, number === null ? t('candidateUnknown') : t('candidate', { number }));

  return (
    <Page title={title}>
      <Link to={sharedListHref(purpose)} className="shared-back">{t('detail.back')}</Link>
      <SharedBox client={client} purpose={purpose} />
      {sharedSections(client.categories).map((section) => (
        <SectionFor key={section} section={section} client={client} purpose={purpose} />
      ))}
    </Page>
  );
}

function SectionFor({ section, client, purpose }: { section: SharedSection; client: ClientDossier; purpose: ConsentPurpose }) {
  switch (section) {
    case 'identity':
      return client.identity ? <IdentitySection identity={client.identity} coaches={client.coaches ?? []} /> : null;
    case 'profile':
      return <ProfileSection clientId={client.id} purpose={purpose} />;
    case 'action_plan':
      return <PlanSection clientId={client.id} purpose={purpose} trajectory={client.trajectory ?? null} />;
    case 'notes':
      return <NotesSection clientId={client.id} notes={client.notes ?? []} appointments={client.appointments ?? []} />;
  }
}

/** "Gedeeld met u: …", for which purpose, and that the client decides. */
function SharedBox({ client, purpose }: { client: ClientDossier; purpose: ConsentPurpose }) {
  const { t } = useTranslation('shared');
  const labels = useConsentLabels();
  return (
    <section className="notice shared-box" aria-labelledby="shared-box-title">
      <h2 id="shared-box-title">{t('detail.boxTitle')}</h2>
      <p><strong>{t('detail.sharedWith', { categories: labels.categories(orderedCategories(client.categories)) })}</strong></p>
      <p>{t('detail.purpose', { purpose: t(`purposes.${purpose}`) })}</p>
      <p>{t('detail.onlyThis')}</p>
      <p>{t('detail.logged')}</p>
    </section>
  );
}
