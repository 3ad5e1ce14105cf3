import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/session.ts';
import { useRoleWords } from '../home/format.ts';

/** Long email addresses and names wrap instead of widening the page at 320 px. */
const WRAP = { overflowWrap: 'anywhere' } as const;

/** What Passend knows about the signed-in person, in words. */
export function AccountDetails({ me }: { me: Account }) {
  const { t } = useTranslation('account');
  const roleWords = useRoleWords();
  return (
    <section aria-labelledby="account-details-title">
      <h2 id="account-details-title">{t('details.title')}</h2>
      <dl className="details" style={WRAP}>
        <dt>{t('details.name')}</dt>
        <dd>{me.name}</dd>
        <dt>{t('details.email')}</dt>
        <dd>{me.email}</dd>
        <dt>{t('details.organisation')}</dt>
        <dd>{me.organisation.name}</dd>
        <dt>{t('details.kind')}</dt>
        <dd>{t(`core:kinds.${me.organisation.kind}`)}</dd>
        <dt>{t('details.region')}</dt>
        <dd>{t(`core:regions.${me.organisation.region}`)}</dd>
        <dt>{t('details.roles')}</dt>
        <dd>{roleWords(me.roles)}</dd>
        <dt>{t('details.language')}</dt>
        <dd lang={me.locale}>{t(`core:language.${me.locale}`)}</dd>
      </dl>
    </section>
  );
}
