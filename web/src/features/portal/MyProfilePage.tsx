import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { ProfileView } from '../profile/ProfileView.tsx';
import { useProfile, useProfileVersions } from './api.ts';
import { moment } from './format.ts';
import { PortalPage, usePortal } from './portal.tsx';
import { ProfileEditForm } from './ProfileEditForm.tsx';
// oxlint-disable-next-line import/no-unassigned-import -- the portal's own styles
import './portal.css';

/**
 * The client's own vocational profile, all of it (health and benefits included: it is theirs),
 * in plain words; a form to add to the parts they can say themselves; who changed it; the PDF.
 */
export function MyProfilePage() {
  const { t, i18n } = useTranslation('portal');
  const { client } = usePortal();
  const profile = useProfile(client.id);
  const pdf = `/api/clients/${encodeURIComponent(client.id)}/vocational-profile.pdf?lang=${encodeURIComponent(i18n.language)}`;
  return (
    <PortalPage title={t('profile.title')} intro={<p>{t('profile.intro')}</p>}>
      {profile.isPending ? <Loading /> : profile.isError ? (
        <LoadError error={profile.error} retry={() => void profile.refetch()} />
      ) : (
        <>
          {profile.data.version > 0 ? <p className="portal-actions"><a href={pdf}>{t('profile.pdf')}</a></p> : null}
          <ProfileEditForm profile={profile.data} />
          <section aria-labelledby="portal-profile-view">
            <h2 id="portal-profile-view">{t('profile.viewTitle')}</h2>
            {profile.data.version === 0 ? <p>{t('profile.empty')}</p> : <ProfileView profile={profile.data} easy level={3} />}
          </section>
          <History clientId={client.id} />
        </>
      )}
    </PortalPage>
  );
}

/** Who saved the profile when, newest first; the client's own saves say "(jij)". */
function History({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation('portal');
  const me = useMe().data;
  const versions = useProfileVersions(clientId);
  return (
    <section aria-labelledby="portal-profile-history">
      <h2 id="portal-profile-history">{t('history.title')}</h2>
      <p>{t('history.intro')}</p>
      {versions.isPending ? <Loading /> : versions.isError ? (
        <LoadError error={versions.error} retry={() => void versions.refetch()} />
      ) : versions.data.items.length === 0 ? <p>{t('history.empty')}</p> : (
        <ol className="portal-history" reversed>
          {versions.data.items.map((v) => (
            <li key={v.version}>
              {t('history.item', {
                date: moment(v.savedAt, i18n.language),
                name: v.savedBy.id === me?.id ? t('history.you', { name: v.savedBy.name }) : v.savedBy.name,
              })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
