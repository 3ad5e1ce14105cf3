import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { LoginRequest, Me } from '../../../../common/schemas/auth.ts';
import { api } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { CheckboxField, TextField } from '../../ui/forms.tsx';
import { DemoAccounts } from './DemoAccounts.tsx';
import { hasMessages, localValidationProblem, serverProblem, type FieldMessages, type FormProblem } from './forms.ts';
import { looksLikeEmail } from './rules.ts';
import { useAfterSignIn } from './session.ts';
import { PasswordField } from './ui.tsx';

const EMAIL_ID = 'sign-in-email';
const PASSWORD_ID = 'sign-in-password';

/** Email and password, plus one-click demo accounts in demo mode. Goes to `next` when signed in. */
export function SignInForm({ next }: { next: string }) {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const afterSignIn = useAfterSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const login = useMutation({
    mutationFn: (body: LoginRequest) => api<Me>('POST', '/api/auth/login', { body }),
    onMutate: () => setProblem(null),
    onSuccess: async () => {
      await afterSignIn();
      await navigate(next, { replace: true });
    },
    onError: (err) =>
      setProblem(
        serverProblem(err, (path) => {
          if (path === 'email') return t('errors.emailInvalid');
          if (path === 'password') return t('errors.passwordRequired');
          return undefined;
        }),
      ),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (login.isPending) return;
    const fields: FieldMessages = {};
    if (!email.trim()) fields.email = t('errors.emailRequired');
    else if (!looksLikeEmail(email)) fields.email = t('errors.emailInvalid');
    if (!password) fields.password = t('errors.passwordRequired');
    if (hasMessages(fields)) {
      setProblem(localValidationProblem(fields));
      return;
    }
    login.mutate({ email: email.trim(), password });
  };

  const fields = problem?.fields ?? {};
  return (
    <>
      <ErrorSummary
        error={problem?.error}
        fields={{
          email: { id: EMAIL_ID, label: t('fields.email'), message: fields.email },
          password: { id: PASSWORD_ID, label: t('fields.password'), message: fields.password },
        }}
      />
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
          error={fields.email}
        />
        <PasswordField
          id={PASSWORD_ID}
          name="password"
          label={t('fields.password')}
          autoComplete="current-password"
          visible={showPassword}
          value={password}
          onChange={setPassword}
          error={fields.password}
        />
        <CheckboxField label={t('fields.showPassword')} checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
        <div className="actions">
          <button type="submit" className="button" aria-disabled={login.isPending || undefined}>
            {login.isPending ? t('signIn.submitting') : t('signIn.submit')}
          </button>
          <Link to="/forgot-password">{t('signIn.forgot')}</Link>
        </div>
      </form>
      <p>{t('signIn.noAccount')}</p>
      <DemoAccounts
        disabled={login.isPending}
        onChoose={(account, demoPassword) => {
          if (!login.isPending) login.mutate({ email: account, password: demoPassword });
        }}
      />
    </>
  );
}
