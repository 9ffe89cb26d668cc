// POST /api/auth/signin and POST /api/auth/signup: both take a username and password and answer
// the new session, which goes straight into the session query. Everything cached for the
// previous reader (their suggestions) is dropped.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { type Credentials, SessionInfoSchema, UserSchema } from '../domain/commands';
import { sendJson } from './fetch-json';
import { sessionOptions } from './get-session';

export const SignInResponseSchema = SessionInfoSchema.extend({
  user: UserSchema,
  csrfToken: z.string(),
});
export type SignInResponse = z.infer<typeof SignInResponseSchema>;

export type SignInMode = 'signin' | 'signup';

export function signIn(
  mode: SignInMode,
  credentials: Credentials,
  csrfToken: string | null,
): Promise<SignInResponse> {
  return sendJson(
    `/api/auth/${mode}`,
    { method: 'POST', body: credentials, csrfToken },
    SignInResponseSchema,
  );
}

export function useSignIn(mode: SignInMode) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: ['session', mode],
    mutationFn: (credentials: Credentials) =>
      signIn(mode, credentials, client.getQueryData(sessionOptions().queryKey)?.csrfToken ?? null),
    onSuccess: (session) => {
      client.removeQueries({ queryKey: ['suggestions'] });
      client.setQueryData(sessionOptions().queryKey, session);
    },
  });
}
