import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

/** The message for an API failure in the interface language. */
export function useProblemMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.status === 0) return t('common.networkError');
      return t(`problems:${error.code}`, { defaultValue: error.problem.detail || t('problems:internal') });
    }
    return t('problems:internal');
  };
}

/**
 * Error summary at the top of a form (GOV.UK pattern): receives focus when it appears, names
 * the problem and links to each field in error.
 */
export function ErrorSummary({ error, fields = {}, children }: { error: unknown; fields?: Record<string, { id: string; label: string; message?: string }>; children?: ReactNode }) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};
  const linked = Object.entries(fields).filter(([path, f]) => f.message || fieldErrors[path]);
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('common.errorSummary')}</h2>
      <p>{message(error)}</p>
      {children}
      {linked.length > 0 ? (
        <ul>
          {linked.map(([path, f]) => (
            <li key={path}>
              <a href={`#${f.id}`}>{f.label}: {f.message ?? t('common.fieldInvalid')}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A polite live region for confirmations ("Opgeslagen."). */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <p className="status-message" role="status">
      {children}
    </p>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return <p role="status" className="loading">{t('common.loading')}</p>;
}

/** What a page shows when its data did not load: the reason and a retry. */
export function LoadError({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  return (
    <div className="load-error" role="alert">
      <p>{t('common.loadFailed')} {message(error)}</p>
      {retry ? <button type="button" className="button button--secondary" onClick={retry}>{t('common.tryAgain')}</button> : null}
    </div>
  );
}
