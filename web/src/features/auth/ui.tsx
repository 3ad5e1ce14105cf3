import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { DemoInfo } from '../../../../common/schemas/auth.ts';
import { api } from '../../api/client.ts';
import { TextField } from '../../ui/forms.tsx';

/** Demo mode and its accounts; the same query the shell uses for the test-mailbox link. */
export function useDemoInfo() {
  return useQuery({ queryKey: ['demo'], queryFn: () => api<DemoInfo>('GET', '/api/auth/demo'), staleTime: Infinity });
}

/**
 * A polite live region that is always in the page, so a message put into it is announced
 * (a region that appears together with its text often is not). Empty until there is news.
 */
export function LiveStatus({ children }: { children?: ReactNode }) {
  return (
    // A div with role="status" rather than <output>: <output> may only hold phrasing content.
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
    <div role="status">
      {children ? <p className="status-message">{children}</p> : null}
    </div>
  );
}

interface PasswordFieldProps {
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /** "current-password" to sign in, "new-password" when choosing one. */
  autoComplete: 'current-password' | 'new-password';
  /** Shown as plain text (the "show password" checkbox is ticked). */
  visible: boolean;
  name: string;
  /** A fixed id, so an error summary can link to the field. */
  id: string;
}

/** A password input that can be shown as plain text; no autocorrect or spellcheck either way. */
export function PasswordField({ label, hint, error, value, onChange, autoComplete, visible, name, id }: PasswordFieldProps) {
  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      error={error}
      required
      name={name}
      type={visible ? 'text' : 'password'}
      autoComplete={autoComplete}
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
