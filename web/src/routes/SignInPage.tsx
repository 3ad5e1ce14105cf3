import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { useMe } from '../api/session.ts';
import { safeNext } from '../features/auth/rules.ts';
import { SignInForm } from '../features/auth/SignInForm.tsx';
import { Loading } from '../ui/feedback.tsx';
import { Page } from '../ui/page.tsx';

/** /sign-in?next=/path — someone already signed in goes straight on. */
export function SignInPage() {
  const { t } = useTranslation('auth');
  const me = useMe();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  if (me.data) return <Navigate to={next} replace />;
  return (
    <Page title={t('signIn.title')} intro={<p>{t('signIn.intro')}</p>}>
      {me.isPending ? <Loading /> : <SignInForm next={next} />}
    </Page>
  );
}
