// POST /api/auth/signout (204): ends the session. The client forgets the user at once, whatever
// the answer, so a shared computer never shows the last person as signed in.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from './fetch-json';
import { SIGNED_OUT, sessionOptions } from './get-session';

export async function signOut(csrfToken: string | null): Promise<void> {
  await sendJson('/api/auth/signout', { method: 'POST', csrfToken }, null);
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationKey: ['session', 'signout'],
    mutationFn: () => signOut(client.getQueryData(sessionOptions().queryKey)?.csrfToken ?? null),
    onSettled: () => {
      client.setQueryData(sessionOptions().queryKey, SIGNED_OUT);
      client.removeQueries({ queryKey: ['suggestions'] });
      // Ask again: the server may hand out a fresh anonymous token.
      void client.invalidateQueries({ queryKey: sessionOptions().queryKey });
    },
  });
}
