import { useTranslation } from 'react-i18next';
import { ForgotPasswordForm } from '../features/auth/ForgotPasswordForm.tsx';
import { Page } from '../ui/page.tsx';

export function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  return (
    <Page title={t('forgot.title')} intro={<p>{t('forgot.intro')}</p>}>
      <ForgotPasswordForm />
    </Page>
  );
}
