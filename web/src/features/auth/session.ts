import { useQueryClient } from '@tanstack/react-query';

/**
 * What to do once the server has started a session (sign-in, accepted invitation): forget
 * everything cached for whoever used this browser before, and load the new person.
 */
export function useAfterSignIn() {
  const qc = useQueryClient();
  return async () => {
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' && q.queryKey[0] !== 'demo' });
    await qc.invalidateQueries({ queryKey: ['me'], refetchType: 'all' });
  };
}
