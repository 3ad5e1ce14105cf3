import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { TextField } from '../../ui/forms.tsx';
import { localValidationProblem, serverProblem, type FormProblem } from './forms.ts';
import { looksLikeEmail } from './rules.ts';
import { LiveStatus, useDemoInfo } from './ui.tsx';

const EMAIL_ID = 'forgot-email';

/**
 * Asks for a reset link. The answer is always the same, whether or not the address has an
 * account, so nobody can find out who uses Passend. The form stays, with the address in it,
 * so a typo can be fixed and sent again.
 */
export function ForgotPasswordForm() {
  const { t } = useTranslation('auth');
  const demo = useDemoInfo().data;
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const request = useMutation({
    mutationFn: (address: string) => api<void>('POST', '/api/auth/password-reset', { body: { email: address } }),
    onMutate: () => {
      setProblem(null);
      setSentTo(null);
    },
    onSuccess: (_data, address) => setSentTo(address),
    onError: (err) => setProblem(serverProblem(err, (path) => (path === 'email' ? t('errors.emailInvalid') : undefined))),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (request.isPending) return;
    const value = email.trim();
    if (!value) return setProblem(localValidationProblem({ email: t('errors.emailRequired') }));
    if (!looksLikeEmail(value)) return setProblem(localValidationProblem({ email: t('errors.emailInvalid') }));
    request.mutate(value);
  };

  return (
    <>
      <ErrorSummary error={problem?.error} fields={{ email: { id: EMAIL_ID, label: t('fields.email'), message: problem?.fields.email } }} />
      <LiveStatus>{sentTo ? t('forgot.sent', { email: sentTo }) : null}</LiveStatus>
      <form onSubmit={submit} noValidate>
        <TextField
          id={EMAIL_ID}
          label={t('fields.email')}
          required
          type="email"
          name="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={problem?.fields.email}
        />
        <div className="actions">
          <button type="submit" className="button" aria-disabled={request.isPending || undefined}>
            {request.isPending ? t('forgot.submitting') : t('forgot.submit')}
          </button>
          <Link to="/sign-in">{t('forgot.back')}</Link>
        </div>
      </form>
      {demo?.demoMode ? (
        <div className="notice" style={{ marginTop: '1.5rem' }}>
          <p>{t('forgot.demo')}</p>
          <p><Link to="/dev/mailbox">{t('forgot.mailbox')}</Link></p>
        </div>
      ) : null}
    </>
  );
}
