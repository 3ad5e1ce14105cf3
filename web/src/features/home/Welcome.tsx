import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/session.ts';
import { useRoleWords } from './format.ts';

/** Long email addresses and names wrap instead of widening the page at 320 px. */
const WRAP = { overflowWrap: 'anywhere' } as const;

/** Who is signed in: organisation (name, kind, region) and roles, all in words. */
export function Welcome({ me }: { me: Account }) {
  const { t } = useTranslation('home');
  const roleWords = useRoleWords();
  return (
    <dl className="details" style={WRAP}>
      <dt>{t('welcome.organisation')}</dt>
      <dd>{me.organisation.name}</dd>
      <dt>{t('welcome.kind')}</dt>
      <dd>{t(`core:kinds.${me.organisation.kind}`)}</dd>
      <dt>{t('welcome.region')}</dt>
      <dd>{t(`core:regions.${me.organisation.region}`)}</dd>
      <dt>{t('welcome.roles')}</dt>
      <dd>{roleWords(me.roles)}</dd>
    </dl>
  );
}
