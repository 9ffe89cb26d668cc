// Cross-site request forgery: every state-changing request must come from our own pages.
// Two independent checks. (1) Where the browser says the request came from (Origin; without it,
// Sec-Fetch-Site, then Referer) must be this host. (2) A signed-in request must also carry the
// session's CSRF token in X-CSRF-Token, which another site cannot read. hono/csrf is not used:
// it only looks at form content types, and JSON writes need the check too.
import type { Context, MiddlewareHandler } from 'hono';
import { errorResponse } from '../api/errors';
import type { Sessions } from '../auth/session';
import { constantTimeEqual } from '../auth/tokens';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Sign-in and sign-up replace the session rather than act as it, and a page that lost track of
 * its token must still be able to sign in again; the origin check still applies to them.
 */
const TOKEN_EXEMPT = new Set(['/api/auth/signin', '/api/auth/signup']);

export const CSRF_HEADER = 'X-CSRF-Token';

const CSRF_MESSAGE =
  'This request was refused as a possible cross-site request forgery: it did not come from a Crux page, or your session changed in another tab. Reload the page and try again.';

/** The host the browser addressed: the URL's, or a trusted proxy's X-Forwarded-Host. */
export function requestHost(c: Context, trustProxy = false): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-host')?.split(',')[0]?.trim() : '';
  return forwarded || new URL(c.req.url).host;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

/**
 * Whether the browser's own headers place the request on this host. A request with none of them
 * is not from a browser (curl, a test) and cannot ride on someone's cookies, so it passes. The
 * scheme is not compared: behind a TLS-ending proxy the URL says http while the page says https.
 */
export function fromThisHost(c: Context, trustProxy = false): boolean {
  const host = requestHost(c, trustProxy);
  const origin = c.req.header('origin');
  // "null" is an opaque origin (sandboxed frame, file:, some redirects): never ours.
  if (origin !== undefined) return hostOf(origin) === host;
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  const referer = c.req.header('referer');
  if (referer !== undefined) return hostOf(referer) === host;
  return true;
}

export function csrfGuard(sessions: Sessions, trustProxy = false): MiddlewareHandler {
  return async (c, next) => {
    if (!STATE_CHANGING.has(c.req.method)) return next();
    if (!fromThisHost(c, trustProxy)) return errorResponse(c, 403, 'csrf', CSRF_MESSAGE);
    if (!TOKEN_EXEMPT.has(c.req.path)) {
      const session = await sessions.current(c);
      const sent = c.req.header(CSRF_HEADER) ?? '';
      if (session && !constantTimeEqual(sent, session.csrfToken)) {
        return errorResponse(c, 403, 'csrf', CSRF_MESSAGE);
      }
    }
    return next();
  };
}
