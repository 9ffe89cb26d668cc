// What every API operation may use. Handlers reach data only through the Store port; anything
// that needs Node (scrypt, the socket's address) is injected here, so the app itself stays
// browser-safe for MSW.
import type { Context } from 'hono';
import type { Sessions } from '../auth/session';
import type { SessionCarrier } from '../auth/session-carrier';
import type { OverviewCache } from '../cache/overview-cache';
import type { DuplicateListsOptions } from '../duplicates/duplicate-lists';
import type { ApiLimits } from '../http/limits';
import type { RateLimitOptions } from '../http/rate-limit';
import type { Store } from '../store/store';

/** Which engine is behind the store; reported by /api/health so operators can check. */
export type DatabaseKind = 'memory' | 'pglite' | 'postgres';

/**
 * Password hashing. Node: scrypt (server/auth/password.ts). The browser demo: WebCrypto PBKDF2
 * (mocks/demo-passwords.ts), since scrypt is not in WebCrypto.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** True when `password` matches `stored`; a malformed `stored` never matches. */
  verify(password: string, stored: string): Promise<boolean>;
  /** Takes as long as `verify` and returns false: sign-in with an unknown name. */
  verifyNobody(password: string): Promise<false>;
}

/** Token buckets (server/http/rate-limit.ts) for the three things the API limits. */
export interface RateLimits {
  /** Writes (comments, edits, deletions, claims) per signed-in user. */
  userWrites: RateLimitOptions;
  /** Writes per client address, whoever is signed in: bounds one machine with many accounts. */
  addressWrites: RateLimitOptions;
  /** Sign-in and sign-up attempts per client address, against password guessing. */
  addressAuth: RateLimitOptions;
}

export interface AppDeps {
  store: Store;
  database: DatabaseKind;
  passwords: PasswordHasher;
  /** Who is asking, for per-address limits: the socket's address in Node, 'msw' in the browser. */
  clientAddress(c: Context): string;
  /** The clock for sessions and rate limits; tests move it. Default: the real time. */
  now?: () => Date;
  /** Overrides of DEFAULT_RATE_LIMITS (server/http/limits.ts); tests set small ones. */
  rateLimits?: Partial<RateLimits>;
  /**
   * Behind a reverse proxy (TRUST_PROXY): believe X-Forwarded-Proto/-Host/-For. Off by default,
   * since a client could otherwise claim any address or scheme.
   */
  trustProxy?: boolean;
  /**
   * Where the session token travels: the crux_session cookie by default. The in-page API (MSW)
   * passes one that keeps it in memory, since its responses cannot set cookies.
   */
  sessionCarrier?: SessionCarrier;
  /** Milliseconds between SSE heartbeat comments (default 15 s). */
  heartbeatMs?: number;
  /** How duplicate lists are built (server/duplicates); tests make a small debate a "big" one. */
  duplicateLists?: DuplicateListsOptions;
}

/** What createApp builds once from AppDeps and hands to every operation. */
export interface ApiDeps extends AppDeps {
  sessions: Sessions;
  limits: ApiLimits;
  /** Debate overviews as sent, per debate and view, dropped when the debate changes. */
  overviews: OverviewCache;
}
