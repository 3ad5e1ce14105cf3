import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import type { InvitationInfo, Me } from '../../../../common/schemas/auth.ts';
import { api, ApiError } from '../../api/client.ts';
import { LoadError, Loading } from '../../ui/feedback.tsx';
import { Page } from '../../ui/page.tsx';
import { NewPasswordForm } from './NewPasswordForm.tsx';
import { useAfterSignIn } from './session.ts';

/** Long email addresses and names wrap instead of widening the page at 320 px. */
const WRAP = { overflowWrap: 'anywhere' } as const;

type Invitation = z.infer<typeof InvitationInfo>;

/** The page for an invitation link that does not (or no longer) work. */
export function InvalidInvitation() {
  const { t } = useTranslation('auth');
  return (
    <Page title={t('invite.invalidTitle')}>
      <p>{t('invite.invalidBody')}</p>
      <p>{t('invite.alreadyAccepted')}</p>
      <p><Link to="/sign-in">{t('invite.signIn')}</Link></p>
    </Page>
  );
}

/**
 * Shows who is invited to which organisation, lets them choose a password, and signs them in
 * (the server starts the session when it accepts).
 */
export function AcceptInvitation({ token }: { token: string }) {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const afterSignIn = useAfterSignIn();
  const info = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api<Invitation>('GET', `/api/auth/invitations/${encodeURIComponent(token)}`),
    staleTime: Infinity,
  });
  const accept = useMutation({
    mutationFn: (password: string) => api<Me>('POST', '/api/auth/invitations/accept', { body: { token, password } }),
    onSuccess: async () => {
      await afterSignIn();
      await navigate('/', { replace: true });
    },
  });

  if (info.isPending) {
    return (
      <Page title={t('invite.title')}>
        <Loading />
      </Page>
    );
  }
  if (info.isError) {
    const dead = info.error instanceof ApiError && (info.error.status === 404 || info.error.status === 400);
    if (dead) return <InvalidInvitation />;
    return (
      <Page title={t('invite.title')}>
        <LoadError error={info.error} retry={() => void info.refetch()} />
      </Page>
    );
  }
  const invitation = info.data;
  return (
    <Page title={t('invite.title')} intro={<p>{t('invite.intro', { organisation: invitation.organisationName })}</p>}>
      <dl className="details" style={WRAP}>
        <dt>{t('invite.organisation')}</dt>
        <dd>{invitation.organisationName}</dd>
        <dt>{t('invite.name')}</dt>
        <dd>{invitation.name}</dd>
        <dt>{t('invite.email')}</dt>
        <dd>{invitation.email}</dd>
      </dl>
      <p>{t('invite.choose')}</p>
      <NewPasswordForm
        submitLabel={t('invite.submit')}
        submittingLabel={t('invite.submitting')}
        pending={accept.isPending}
        serverError={accept.error}
        onSubmit={(password) => accept.mutate(password)}
        username={invitation.email}
        tokenInvalidHelp={<p>{t('invite.invalidBody')}</p>}
      />
    </Page>
  );
}
