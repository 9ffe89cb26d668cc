// GET /api/me: who is signed in (null for a reader without an account) and the CSRF token every
// write must send. Kept in React Query like any server data; sign-in and sign-out write the
// answer straight into this query so the header and every write button follow at once.
import { type QueryClient, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { type SessionInfo, SessionInfoSchema, type User } from '../domain/commands';
import { isApiError } from './api-error';
import { fetchJson } from './fetch-json';

export const SIGNED_OUT: SessionInfo = { user: null, csrfToken: null };

export function getSession(signal?: AbortSignal): Promise<SessionInfo> {
  return fetchJson('/api/me', SessionInfoSchema, signal);
}

export function sessionOptions() {
  return queryOptions({
    queryKey: ['session'] as const,
    queryFn: ({ signal }) => getSession(signal),
    // A session changes only through this client's own sign-in/out (written into the cache) or
    // by expiring, which the next refused write reports.
    staleTime: 5 * 60_000,
  });
}

export function useSession() {
  return useQuery(sessionOptions());
}

/** The signed-in user, or null while signed out or still asking. */
export function useCurrentUser(): User | null {
  return useSession().data?.user ?? null;
}

/**
 * Reads the CSRF token at the moment of a write (not at render), so a write started just after
 * signing in sends the new token.
 */
export function useCsrfToken(): () => string | null {
  const client = useQueryClient();
  return () => client.getQueryData(sessionOptions().queryKey)?.csrfToken ?? null;
}

/**
 * A write refused because the session is gone (401) or its token no longer matches (403 csrf,
 * e.g. signed out in another tab): ask the server again who this is, so the page stops offering
 * what it cannot do and shows "Sign in" again.
 */
export function recheckSessionAfter(client: QueryClient, error: unknown): void {
  if (!isApiError(error)) return;
  if (error.status === 401 || (error.status === 403 && error.code === 'csrf')) {
    void client.invalidateQueries({ queryKey: sessionOptions().queryKey });
  }
}
