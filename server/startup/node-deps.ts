// What the Node server gives the app that the browser-safe app cannot make itself: scrypt
// password hashing and the client's address from the socket.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppDeps, PasswordHasher, RateLimits } from '../api/deps';
import { hashPassword, verifyNobody, verifyPassword } from '../auth/password';
import type { OpenedStore } from './open-store';

export const scryptPasswords: PasswordHasher = {
  hash: hashPassword,
  verify: verifyPassword,
  verifyNobody,
};

/** TRUST_PROXY=1 (or true/yes): Crux runs behind a reverse proxy that sets X-Forwarded-*. */
export function trustProxyFrom(env: Record<string, string | undefined>): boolean {
  return /^(1|true|yes)$/i.test(env.TRUST_PROXY?.trim() ?? '');
}

const UNLIMITED = { capacity: Number.POSITIVE_INFINITY, refillPerSecond: 1 };

/**
 * CRUX_RATE_LIMITS=off lifts the write and sign-in limits, for load tests and scripted suites
 * (an XSS corpus posts hundreds of comments in seconds). Never set it on a public server.
 */
export function rateLimitsFrom(env: Record<string, string | undefined>): Partial<RateLimits> {
  if (env.CRUX_RATE_LIMITS?.trim().toLowerCase() !== 'off') return {};
  return { userWrites: UNLIMITED, addressWrites: UNLIMITED, addressAuth: UNLIMITED };
}

/**
 * The socket's address; behind a trusted proxy, the last X-Forwarded-For entry (the one the proxy
 * itself appended: entries before it are whatever the client claimed).
 */
export function nodeClientAddress(trustProxy: boolean): (c: Context) => string {
  return (c) => {
    if (trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      // No socket (a request made in-process): one shared bucket.
      return 'unknown';
    }
  };
}

export function nodeAppDeps(
  { store, database }: Pick<OpenedStore, 'store' | 'database'>,
  env: Record<string, string | undefined> = process.env,
): AppDeps {
  const trustProxy = trustProxyFrom(env);
  return {
    store,
    database,
    passwords: scryptPasswords,
    clientAddress: nodeClientAddress(trustProxy),
    trustProxy,
    rateLimits: rateLimitsFrom(env),
  };
}
