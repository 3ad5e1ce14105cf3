/** Input rules without side effects (no API, no i18n), so they can be unit-tested. */
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../../common/schemas/auth.ts';

/** A light check only: the server decides; this catches typos such as a missing "@". */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

export type NewPasswordIssue = 'required' | 'tooShort' | 'tooLong' | undefined;

/** Length rules for a new password; whether it is too common is up to the server. */
export function newPasswordIssue(value: string): NewPasswordIssue {
  if (value.length === 0) return 'required';
  if (value.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (value.length > PASSWORD_MAX_LENGTH) return 'tooLong';
  return undefined;
}

/**
 * Where to go after signing in: the `next` parameter when it is a path on this site, else
 * home. Refuses other origins ("//evil.example", "/\\evil.example", "https://…") and the
 * sign-in page itself.
 */
export function safeNext(raw: string | null, origin: string = window.location.origin): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  try {
    const url = new URL(raw, origin);
    if (url.origin !== origin) return '/';
    if (url.pathname === '/sign-in') return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}
