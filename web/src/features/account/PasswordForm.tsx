import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';
import { CheckboxField } from '../../ui/forms.tsx';
import { hasMessages, localValidationProblem, serverProblem, type FieldMessages, type FormProblem } from '../auth/forms.ts';
import { newPasswordIssue } from '../auth/rules.ts';
import { useNewPasswordMessage } from '../auth/NewPasswordForm.tsx';
import { LiveStatus, PasswordField } from '../auth/ui.tsx';

const CURRENT_ID = 'account-current-password';
const NEW_ID = 'account-new-password';

/**
 * Current and new password. A wrong current password and a weak new one are marked on their
 * own field; both fields keep what was typed until the change succeeds.
 */
export function PasswordForm({ email }: { email: string }) {
  const { t } = useTranslation('account');
  const explainNew = useNewPasswordMessage();
  const qc = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [visible, setVisible] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [changed, setChanged] = useState(false);

  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => api<void>('POST', '/api/me/password', { body }),
    onMutate: () => {
      setProblem(null);
      setChanged(false);
    },
    onSuccess: async () => {
      setCurrent('');
      setNext('');
      setVisible(false);
      setChanged(true);
      // The server counts a new password as a new version of the account: reload it.
      await qc.invalidateQueries({ queryKey: ['me'] });
    },
    onError: (err, input) =>
      setProblem(
        serverProblem(err, (path, message) => {
          if (path === 'currentPassword') return message === 'invalid_credentials' ? t('errors.currentWrong') : t('errors.currentRequired');
          if (path === 'newPassword') return explainNew(message === 'weak_password' ? 'weak' : (newPasswordIssue(input.newPassword) ?? 'weak'));
          return undefined;
        }),
      ),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (change.isPending) return;
    const fields: FieldMessages = {};
    if (!current) fields.currentPassword = t('errors.currentRequired');
    const issue = newPasswordIssue(next);
    if (issue === 'required') fields.newPassword = t('errors.newRequired');
    else if (issue) fields.newPassword = explainNew(issue) ?? '';
    if (hasMessages(fields)) {
      setChanged(false);
      setProblem(localValidationProblem(fields));
      return;
    }
    change.mutate({ currentPassword: current, newPassword: next });
  };

  const fields = problem?.fields ?? {};
  return (
    <section aria-labelledby="account-password-title">
      <h2 id="account-password-title">{t('password.title')}</h2>
      <p>{t('password.intro')}</p>
      <ErrorSummary
        error={problem?.error}
        fields={{
          currentPassword: { id: CURRENT_ID, label: t('password.current'), message: fields.currentPassword },
          newPassword: { id: NEW_ID, label: t('password.new'), message: fields.newPassword },
        }}
      />
      <LiveStatus>{changed ? t('password.changed') : null}</LiveStatus>
      <form onSubmit={submit} noValidate>
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordField
          id={CURRENT_ID}
          name="current-password"
          label={t('password.current')}
          autoComplete="current-password"
          visible={visible}
          value={current}
          onChange={setCurrent}
          error={fields.currentPassword}
        />
        <PasswordField
          id={NEW_ID}
          name="new-password"
          label={t('password.new')}
          hint={t('password.newHint')}
          autoComplete="new-password"
          visible={visible}
          value={next}
          onChange={setNext}
          error={fields.newPassword}
        />
        <CheckboxField label={t('password.show')} checked={visible} onChange={(e) => setVisible(e.target.checked)} />
        <div className="actions">
          <button type="submit" className="button" aria-disabled={change.isPending || undefined}>
            {change.isPending ? t('password.submitting') : t('password.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
