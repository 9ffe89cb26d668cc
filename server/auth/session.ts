// Server-side sessions behind a cookie. The cookie holds a random 32-byte token; the database
// holds only its SHA-256, so a leaked sessions table cannot be replayed. Each session has its own
// CSRF token, which the client reads from /api/me and sends back in X-CSRF-Token.
import type { Context } from 'hono';
import type { SessionInfo, User } from '../../src/domain/commands';
import { COMMENTER } from '../../src/domain/permissions';
import type { ActiveSession, WritableStore } from '../store/store';
import { cookieCarrier, type SessionCarrier } from './session-carrier';
import { randomToken, sha256Hex } from './tokens';

export { SESSION_COOKIE } from './session-carrier';
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** A token from randomToken(32): anything else in the cookie is not ours and is ignored. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export interface SessionOptions {
  store: WritableStore;
  now?: () => Date;
  trustProxy?: boolean;
  /** Default: the crux_session cookie. */
  sessionCarrier?: SessionCarrier;
}

export interface Sessions {
  /** The request's session, or null when signed out or expired. Looked up once per request. */
  current(c: Context): Promise<ActiveSession | null>;
  /** Signs `user` in: ends the request's old session (rotation), sets a fresh cookie. */
  start(c: Context, user: User): Promise<SessionInfo>;
  /** Signs out: deletes the session and clears the cookie. */
  end(c: Context): Promise<void>;
}

/**
 * Whether the browser reached us over https: the URL's scheme, or, behind a trusted proxy that
 * ends TLS, its X-Forwarded-Proto.
 */
export function isHttps(c: Context, trustProxy = false): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  if (!trustProxy) return false;
  const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https';
}

export function createSessions({
  store,
  now = () => new Date(),
  trustProxy,
  sessionCarrier: carrier = cookieCarrier,
}: SessionOptions) {
  // Keyed by the request's context, so each request looks its session up at most once.
  const lookups = new WeakMap<Context, Promise<ActiveSession | null>>();

  const cookieToken = (c: Context): string | null => {
    const token = carrier.read(c);
    return token !== undefined && TOKEN_SHAPE.test(token) ? token : null;
  };

  const carrierOptions = (c: Context) => ({ secure: isHttps(c, trustProxy) });

  const endCurrent = async (c: Context): Promise<void> => {
    const token = cookieToken(c);
    if (token !== null) await store.deleteSession(await sha256Hex(token));
  };

  const sessions: Sessions = {
    current(c) {
      let lookup = lookups.get(c);
      if (!lookup) {
        const token = cookieToken(c);
        lookup =
          token === null
            ? Promise.resolve(null)
            : sha256Hex(token).then((hash) => store.getSession(hash, now()));
        lookups.set(c, lookup);
      }
      return lookup;
    },

    async start(c, user) {
      await endCurrent(c);
      const token = randomToken();
      const csrfToken = randomToken();
      const expiresAt = new Date(now().getTime() + SESSION_MAX_AGE_SECONDS * 1000);
      await store.createSession({
        tokenHash: await sha256Hex(token),
        userId: user.id,
        csrfToken,
        expiresAt,
      });
      carrier.write(c, token, SESSION_MAX_AGE_SECONDS, carrierOptions(c));
      const roles = (await store.getRoles(user.id)) ?? COMMENTER;
      lookups.set(c, Promise.resolve({ user, roles, csrfToken, expiresAt }));
      return { user, csrfToken, roles };
    },

    async end(c) {
      await endCurrent(c);
      carrier.clear(c, carrierOptions(c));
      lookups.set(c, Promise.resolve(null));
    },
  };
  return sessions;
}
