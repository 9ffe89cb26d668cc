// MSW handlers that forward every /api/* request to the real Hono app over a memory store.
// There is one API, the Hono app; this only changes where it runs (a service worker, or jsdom).
import { http } from 'msw';
import { type AppDeps, createApp, type PasswordHasher } from '../server/app';
import type { Store } from '../server/store/store';
import { createDemoPasswords } from './demo-passwords';
import { createPageSession } from './page-session';

export interface HandlerOptions {
  /** Defaults to the page's own origin (the browser); Node tests match any origin. */
  pattern?: string;
  /** Defaults to the demo's PBKDF2 at full strength; tests pass a cheap one. */
  passwords?: PasswordHasher;
  /** Other settings of the app, e.g. a test building every duplicate list in the background. */
  deps?: Partial<AppDeps>;
}

export function createHandlers(store: Store, options: HandlerOptions = {}) {
  const { pattern = '/api/*', passwords = createDemoPasswords() } = options;
  // Every request comes from this one browser, so per-address limits count only its own writes.
  const app = createApp({
    store,
    database: 'memory',
    passwords,
    clientAddress: () => 'msw',
    sessionCarrier: createPageSession(),
    ...options.deps,
  });
  return [http.all(pattern, ({ request }) => app.fetch(request))];
}
