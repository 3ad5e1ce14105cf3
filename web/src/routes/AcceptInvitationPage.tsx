import { useSearchParams } from 'react-router';
import { AcceptInvitation, InvalidInvitation } from '../features/auth/AcceptInvitation.tsx';
import { plausibleToken } from '../features/auth/tokens.ts';

/** /accept-invitation?token=… — the link from the invitation email. */
export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  return plausibleToken(token) ? <AcceptInvitation token={token} /> : <InvalidInvitation />;
}
