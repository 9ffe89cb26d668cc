// GET /api/me → SessionInfo: who is signed in and the CSRF token to send on every write, or
// {user: null, csrfToken: null} for a reader without an account.
import type { Hono } from 'hono';
import type { SessionInfo } from '../../src/domain/commands';
import type { ApiDeps } from './deps';

export type GetMeResponse = SessionInfo;

export function getMe(app: Hono, { sessions }: ApiDeps): void {
  app.get('/api/me', async (c) => {
    const session = await sessions.current(c);
    // Per person and holding a secret: never stored by a shared cache.
    c.header('Cache-Control', 'no-store');
    return c.json<GetMeResponse>(
      session
        ? { user: session.user, csrfToken: session.csrfToken, roles: session.roles }
        : { user: null, csrfToken: null },
    );
  });
}
