// MSW handlers that forward every /api/* request to the real Hono app over a memory store.
// There is one API, the Hono app; this only changes where it runs (a service worker, or jsdom).
import { http } from 'msw';
import { createApp } from '../server/app';
import type { Store } from '../server/store/store';

/**
 * `pattern` defaults to the page's own origin (the browser); Node tests pass a pattern that
 * matches any origin, since jsdom's origin is arbitrary.
 */
export function createHandlers(store: Store, pattern = '/api/*') {
  const app = createApp({ store, database: 'memory' });
  return [http.all(pattern, ({ request }) => app.fetch(request))];
}
