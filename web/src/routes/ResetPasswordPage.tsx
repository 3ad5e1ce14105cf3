import { useSearchParams } from 'react-router';
import { InvalidResetLink, ResetPassword } from '../features/auth/ResetPassword.tsx';
import { plausibleToken } from '../features/auth/tokens.ts';

/** /reset-password?token=… — the link from the password-reset email. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  return plausibleToken(token) ? <ResetPassword token={token} /> : <InvalidResetLink />;
}
