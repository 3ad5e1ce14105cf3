import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Account } from '../../api/session.ts';

/**
 * For a client, in easy language (B1): short sentences, one idea each. Who they are signed in
 * as, that nothing about them is shared without their consent, and where to change their account.
 */
export function ClientSection({ me }: { me: Account }) {
  const { t } = useTranslation('home');
  return (
    <>
      <p>{t('client.signedInAs', { name: me.name })}</p>
      <p>{t('client.organisation', { organisation: me.organisation.name })}</p>
      <section className="home-section" aria-labelledby="client-privacy-title">
        <h2 id="client-privacy-title">{t('client.privacyTitle')}</h2>
        <p>{t('client.privacy1')}</p>
        <p>{t('client.privacy2')}</p>
      </section>
      <section className="home-section" aria-labelledby="client-account-title">
        <h2 id="client-account-title">{t('client.accountTitle')}</h2>
        <p>{t('client.accountBody')}</p>
        <p><Link to="/account" className="button">{t('client.accountLink')}</Link></p>
        <p>{t('client.help')}</p>
      </section>
    </>
  );
}
