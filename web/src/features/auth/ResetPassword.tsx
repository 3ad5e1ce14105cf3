import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { Page } from '../../ui/page.tsx';
import { NewPasswordForm } from './NewPasswordForm.tsx';
import { LiveStatus } from './ui.tsx';

/** The page for a link that is missing its token or that the server turned down. */
export function InvalidResetLink() {
  const { t } = useTranslation('auth');
  return (
    <Page title={t('reset.invalidTitle')}>
      <p>{t('reset.invalidBody')}</p>
      <p><Link to="/forgot-password">{t('reset.requestNew')}</Link></p>
    </Page>
  );
}

/**
 * Choose a new password with the token from the reset email. Once saved, the page becomes its
 * own confirmation (a new h1, focused so it is read out) with the way to sign in.
 */
export function ResetPassword({ token }: { token: string }) {
  const { t } = useTranslation('auth');
  const qc = useQueryClient();
  const [done, setDone] = useState(false);
  const confirm = useMutation({
    mutationFn: (password: string) => api<void>('POST', '/api/auth/password-reset/confirm', { body: { token, password } }),
    onSuccess: async () => {
      setDone(true);
      // Every session of this person ended on the server, this browser's included.
      await qc.invalidateQueries({ queryKey: ['me'] });
    },
  });

  useEffect(() => {
    if (done) document.getElementById('page-title')?.focus();
  }, [done]);

  if (done) {
    return (
      <Page title={t('reset.doneTitle')}>
        <LiveStatus>{t('reset.doneBody')}</LiveStatus>
        <p><Link to="/sign-in" className="button">{t('reset.signIn')}</Link></p>
      </Page>
    );
  }
  return (
    <Page title={t('reset.title')} intro={<p>{t('reset.intro')}</p>}>
      <NewPasswordForm
        submitLabel={t('reset.submit')}
        submittingLabel={t('reset.submitting')}
        pending={confirm.isPending}
        serverError={confirm.error}
        onSubmit={(password) => confirm.mutate(password)}
        tokenInvalidHelp={<p><Link to="/forgot-password">{t('reset.requestNew')}</Link></p>}
      />
    </Page>
  );
}
