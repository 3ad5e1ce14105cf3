import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Account } from '../../api/session.ts';

/** The portal's pages a client reaches from their start page, each in one short line. */
const PORTAL_LINKS = [
  { to: '/my/plan', key: 'plan' },
  { to: '/my/profile', key: 'profile' },
  { to: '/my/appointments', key: 'appointments' },
  { to: '/my/consents', key: 'consents' },
] as const;

/**
 * For a client, in easy language (B1): short sentences, one idea each. Who they are signed in
 * as, the way to their own information (the portal), that nothing about them is shared without
 * their consent, and where to change their account.
 */
export function ClientSection({ me }: { me: Account }) {
  const { t } = useTranslation('home');
  const portal = me.abilities.includes('portal.use');
  return (
    <>
      <p>{t('client.signedInAs', { name: me.name })}</p>
      <p>{t('client.organisation', { organisation: me.organisation.name })}</p>
      {portal ? (
        <section className="home-section" aria-labelledby="client-portal-title">
          <h2 id="client-portal-title">{t('client.portalTitle')}</h2>
          <p>{t('client.portalBody')}</p>
          <p><Link to="/my" className="button home-big-button">{t('client.portalLink')}</Link></p>
          <ul className="home-links" aria-label={t('client.portalLinksLabel')}>
            {PORTAL_LINKS.map((l) => (
              <li key={l.key}><Link to={l.to}>{t(`client.links.${l.key}`)}</Link></li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="home-section" aria-labelledby="client-privacy-title">
        <h2 id="client-privacy-title">{t('client.privacyTitle')}</h2>
        <p>{t('client.privacy1')}</p>
        <p>{t('client.privacy2')}</p>
      </section>
      <section className="home-section" aria-labelledby="client-account-title">
        <h2 id="client-account-title">{t('client.accountTitle')}</h2>
        <p>{t('client.accountBody')}</p>
        <p><Link to="/account" className="button button--secondary">{t('client.accountLink')}</Link></p>
        <p>{t('client.help')}</p>
      </section>
    </>
  );
}
