import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { CheckboxField } from '../../ui/forms.tsx';
import { localValidationProblem, serverProblem, type FormProblem } from './forms.ts';
import { newPasswordIssue } from './rules.ts';
import { PasswordField } from './ui.tsx';

const PASSWORD_ID = 'new-password';

/** The message for a new password the browser or the server turned down. */
export function useNewPasswordMessage() {
  const { t } = useTranslation('auth');
  return (issue: ReturnType<typeof newPasswordIssue> | 'weak'): string | undefined => {
    switch (issue) {
      case 'required': return t('errors.newPasswordRequired');
      case 'tooShort': return t('errors.passwordTooShort');
      case 'tooLong': return t('errors.passwordTooLong');
      case 'weak': return t('problems:weak_password');
      default: return undefined;
    }
  };
}

/**
 * Choose a password with a token from an email (reset or invitation). The caller sends it
 * and passes back the server's error: a weak password is marked on the field; for a dead link
 * the summary adds `tokenInvalidHelp` (a way to get a new link). What was typed stays.
 */
export function NewPasswordForm({
  submitLabel, submittingLabel, pending, serverError, onSubmit, tokenInvalidHelp, username,
}: {
  submitLabel: string;
  submittingLabel: string;
  pending: boolean;
  serverError: unknown;
  onSubmit: (password: string) => void;
  tokenInvalidHelp: ReactNode;
  /** The account's email, in a hidden field so password managers store the new password with it. */
  username?: string;
}) {
  const { t } = useTranslation('auth');
  const explain = useNewPasswordMessage();
  const [password, setPassword] = useState('');
  const [visible, setVisible] = useState(false);
  const [localProblem, setLocalProblem] = useState<FormProblem | null>(null);

  // The latest problem: from this browser's check, or from the server after the last submit.
  const problem: FormProblem | null =
    localProblem ??
    (serverError
      ? serverProblem(serverError, (path, message) =>
          path === 'password' ? explain(message === 'weak_password' ? 'weak' : (newPasswordIssue(password) ?? 'weak')) : undefined)
      : null);
  const tokenInvalid = serverError instanceof ApiError && (serverError.code === 'token_invalid' || 'token' in serverError.fieldErrors());

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const issue = newPasswordIssue(password);
    if (issue) {
      setLocalProblem(localValidationProblem({ password: explain(issue) ?? '' }));
      return;
    }
    setLocalProblem(null);
    onSubmit(password);
  };

  return (
    <>
      <ErrorSummary
        error={problem?.error}
        fields={{ password: { id: PASSWORD_ID, label: t('fields.newPassword'), message: problem?.fields.password } }}
      >
        {tokenInvalid && !localProblem ? tokenInvalidHelp : null}
      </ErrorSummary>
      <form onSubmit={submit} noValidate>
        {username ? <input type="email" name="username" autoComplete="username" value={username} readOnly hidden /> : null}
        <PasswordField
          id={PASSWORD_ID}
          name="new-password"
          label={t('fields.newPassword')}
          hint={t('fields.newPasswordHint')}
          autoComplete="new-password"
          visible={visible}
          value={password}
          onChange={setPassword}
          error={problem?.fields.password}
        />
        <CheckboxField label={t('fields.showPassword')} checked={visible} onChange={(e) => setVisible(e.target.checked)} />
        <div className="actions">
          <button type="submit" className="button" aria-disabled={pending || undefined}>
            {pending ? submittingLabel : submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}
