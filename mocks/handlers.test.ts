// The in-page API as component tests and the demo use it: MSW forwarding to the Hono app, with
// the session kept by the page instead of a cookie, and the event stream passing through.

import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SseReader } from '../server/api/sse-reader';
import { createMemoryStore } from '../server/store/memory-store';
import { smallDebate } from '../test/fixtures/small-debate';
import { createDemoPasswords } from './demo-passwords';
import { createHandlers } from './handlers';

const server = setupServer(
  ...createHandlers(createMemoryStore([smallDebate()]), {
    pattern: '*/api/*',
    passwords: createDemoPasswords(1000),
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const BASE = 'http://crux.test';

async function api(
  method: string,
  path: string,
  json?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  return { status: response.status, body: response.status === 204 ? null : await response.json() };
}

describe('the API through MSW', () => {
  it('keeps the session across requests without cookies, and still wants the CSRF token', async () => {
    expect((await api('GET', '/api/me')).body).toEqual({ user: null, csrfToken: null });
    const signUp = await api('POST', '/api/auth/signup', {
      username: 'demo',
      password: 'demo-password',
    });
    expect(signUp.status).toBe(201);
    const me = await api('GET', '/api/me');
    expect(me.body.user.name).toBe('demo');
    const csrf = { 'x-csrf-token': me.body.csrfToken };

    const stream = new SseReader(await fetch(`${BASE}/api/debates/free-buses/events?after=0`));
    const reply = { parentId: null, body: 'Through MSW.' };
    expect((await api('POST', '/api/debates/free-buses/comments', reply)).status).toBe(403);
    const posted = await api('POST', '/api/debates/free-buses/comments', reply, csrf);
    expect(posted.status).toBe(201);
    const [live] = await stream.events(1);
    expect(live?.event.seq).toBe(posted.body.event.seq);
    stream.close();

    expect((await api('POST', '/api/auth/signout', undefined, csrf)).status).toBe(204);
    expect((await api('GET', '/api/me')).body.user).toBeNull();
  });
});
