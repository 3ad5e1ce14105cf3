import { useTranslation } from 'react-i18next';
import { useMe } from '../api/session.ts';
import { AccountDetails } from '../features/account/AccountDetails.tsx';
import { PasswordForm } from '../features/account/PasswordForm.tsx';
import { ProfileForm } from '../features/account/ProfileForm.tsx';
import { Page } from '../ui/page.tsx';

/** /account — behind RequireAuth. */
export function AccountPage() {
  const { t } = useTranslation('account');
  const me = useMe().data;
  if (!me) return null;
  return (
    <Page title={t('title')} intro={<p>{t('intro')}</p>}>
      <AccountDetails me={me} />
      <ProfileForm me={me} />
      <PasswordForm email={me.email} />
    </Page>
  );
}
