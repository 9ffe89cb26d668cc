// For API tests: an app over a memory store with cheap password hashing and a movable clock,
// and a tiny browser stand-in that keeps the session cookie and sends the CSRF token back.
import type { Hono } from 'hono';
import { createDemoPasswords } from '../../mocks/demo-passwords';
import type { SessionInfo } from '../../src/domain/commands';
import type { Debate } from '../../src/domain/model';
import type { AppDeps } from '../api/deps';
import { createApp } from '../app';
import { SESSION_COOKIE } from '../auth/session';
import { createMemoryStore } from '../store/memory-store';
import type { Store } from '../store/store';

export const TEST_ORIGIN = 'http://localhost';
export const TEST_PASSWORD = 'correct horse battery';

/** Deps for a test app: PBKDF2 with few rounds, every request from one address. */
export function testDeps(store: Store, overrides: Partial<AppDeps> = {}): AppDeps {
  return {
    store,
    database: 'memory',
    passwords: createDemoPasswords(1000),
    clientAddress: (c) => c.req.header('x-test-address') ?? '192.0.2.1',
    ...overrides,
  };
}

export interface TestApi {
  app: Hono;
  store: Store;
  /** Moves the app's clock (sessions, rate limits) forward. */
  advance(ms: number): void;
}

export function testApi(
  debates: readonly Debate[] = [],
  overrides: Partial<AppDeps> = {},
): TestApi {
  const store = createMemoryStore(debates);
  let time = Date.parse('2025-01-01T12:00:00Z');
  const app = createApp(testDeps(store, { now: () => new Date(time), ...overrides }));
  return { app, store, advance: (ms) => (time += ms) };
}

export interface RequestOptions {
  json?: unknown;
  /** A raw body, sent as given (malformed JSON, oversized). */
  body?: string;
  headers?: Record<string, string>;
  /** Leave out X-CSRF-Token even when signed in. */
  noCsrf?: boolean;
}

/** One browser: its session cookie, the CSRF token /api/me gave it, and requests as it sends them. */
export class Agent {
  cookie: string | null = null;
  session: SessionInfo = { user: null, csrfToken: null };

  constructor(private readonly app: Hono) {}

  async request(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { origin: TEST_ORIGIN };
    if (options.json !== undefined || options.body !== undefined)
      headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = `${SESSION_COOKIE}=${this.cookie}`;
    if (this.session.csrfToken && !options.noCsrf) headers['x-csrf-token'] = this.session.csrfToken;
    const body =
      options.body ?? (options.json === undefined ? undefined : JSON.stringify(options.json));
    const response = await this.app.request(path, {
      method,
      headers: { ...headers, ...options.headers },
      body,
    });
    this.keepCookie(response);
    return response;
  }

  private keepCookie(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name, value = ''] = pair.split('=');
      if (name !== SESSION_COOKIE) continue;
      this.cookie = /max-age=0/i.test(line) || value === '' ? null : value;
    }
  }

  /** Signs up (or in, with `signIn`) and keeps the session as a browser would. */
  async enter(
    username: string,
    how: 'signup' | 'signin' = 'signup',
    password = TEST_PASSWORD,
  ): Promise<Response> {
    const response = await this.request('POST', `/api/auth/${how}`, {
      json: { username, password },
    });
    if (response.ok) this.session = (await response.clone().json()) as SessionInfo;
    return response;
  }
}

/** A new browser signed up as `username`. */
export async function signedUp(app: Hono, username: string): Promise<Agent> {
  const agent = new Agent(app);
  const response = await agent.enter(username);
  if (response.status !== 201)
    throw new Error(`sign-up of ${username} failed: ${await response.text()}`);
  return agent;
}
