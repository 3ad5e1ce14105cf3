import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../common/schemas/admin.ts';
import { api } from '../../api/client.ts';
import { ErrorSummary } from '../../ui/feedback.tsx';

/**
 * For a person who has not chosen a password yet: a new invitation link by email. The
 * earlier link stops working, so an expired or lost one is never a dead end.
 */
export function ResendInvitation({ person, onDone }: { person: UserSummary; onDone: (message: string) => void }) {
  const { t } = useTranslation('admin');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const send = async () => {
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      await api<void>('POST', `/api/admin/users/${person.id}/invitation`);
      onDone(t('person.resent', { name: person.name, email: person.email }));
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <ErrorSummary error={error} />
      <p className="field__hint">{t('person.resendHint')}</p>
      <div className="actions">
        <button type="button" className="button button--secondary" aria-disabled={pending || undefined} onClick={() => void send()}>
          {pending ? t('person.working') : t('person.resend')}
        </button>
      </div>
    </>
  );
}
