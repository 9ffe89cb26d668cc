// POST /api/auth/signout → 204: the session is deleted on the server and the cookie cleared.
// Signing out when already signed out is not an error: the result is the same.
import type { Hono } from 'hono';
import type { ApiDeps } from './deps';

export function signOut(app: Hono, { sessions }: ApiDeps): void {
  app.post('/api/auth/signout', async (c) => {
    await sessions.end(c);
    return c.body(null, 204);
  });
}
