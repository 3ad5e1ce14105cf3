import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Ability } from '../../../common/roles.ts';
import { useMe } from '../api/session.ts';
import { LoadError, Loading } from '../ui/feedback.tsx';
import { Page } from '../ui/page.tsx';

/** Renders children for a signed-in person; otherwise sends them to sign in and back. */
export function RequireAuth({ children, ability }: { children: ReactNode; ability?: Ability }) {
  const me = useMe();
  const location = useLocation();
  const { t } = useTranslation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} retry={() => void me.refetch()} />;
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (ability && !me.data.abilities.includes(ability)) {
    return (
      <Page title={t('forbidden.title')}>
        <p>{t('forbidden.body')}</p>
      </Page>
    );
  }
  return <>{children}</>;
}
