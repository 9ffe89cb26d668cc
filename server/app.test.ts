import { afterEach, describe, expect, it, vi } from 'vitest';
import { bareDebate, smallDebate } from '../test/fixtures/small-debate';
import { testDeps } from './api/test-kit';
import { createApp } from './app';
import { createMemoryStore } from './store/memory-store';
import type { Store } from './store/store';
import { overviewOf } from './store/store';

function appWith(...debates: ReturnType<typeof smallDebate>[]) {
  return createApp(testDeps(createMemoryStore(debates)));
}

async function json(response: Response): Promise<unknown> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return response.json();
}

describe('the API over the memory store', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('GET /api/health says ok and names the database', async () => {
    const response = await appWith().request('/api/health');
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ status: 'ok', database: 'memory' });
  });

  it('GET /api/debates lists summaries in creation order', async () => {
    const response = await appWith(smallDebate('b-first'), bareDebate('a-second')).request(
      '/api/debates',
    );
    expect(response.status).toBe(200);
    const body = (await json(response)) as { debates: { id: string; claimCount: number }[] };
    expect(body.debates.map((d) => [d.id, d.claimCount])).toEqual([
      ['b-first', 5],
      ['a-second', 0],
    ]);
  });

  it('GET /api/debates/:id returns the debate without its comments', async () => {
    const debate = smallDebate();
    const response = await appWith(debate).request(`/api/debates/${debate.id}`);
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ debate: overviewOf(debate) });
  });

  it('answers 404 not_found for an unknown debate, pointing to the list', async () => {
    const response = await appWith(smallDebate()).request('/api/debates/nope');
    expect(response.status).toBe(404);
    expect(await json(response)).toEqual({
      error: {
        code: 'not_found',
        message: 'No debate with id "nope". See /api/debates for the list.',
      },
    });
  });

  it.each(['Bad%20Id', 'UPPER', '-dash-first', 'x'.repeat(65), 'semi%3Bcolon'])(
    'answers 400 bad_request for the malformed id %s, saying what an id looks like',
    async (id) => {
      const response = await appWith(smallDebate()).request(`/api/debates/${id}`);
      expect(response.status).toBe(400);
      const body = (await json(response)) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message).toContain('lowercase letters, digits or hyphens');
    },
  );

  it.each([
    ['GET', '/api/nothing-here'],
    ['GET', '/api/debates/free-buses/extra'],
    ['DELETE', '/api/debates/free-buses'],
  ])('answers 404 JSON for the unknown route %s %s', async (method, path) => {
    const response = await appWith(smallDebate()).request(path, { method });
    expect(response.status).toBe(404);
    const body = (await json(response)) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toContain(`${method} ${path}`);
  });

  it('answers 500 JSON without the stack when a handler throws, and logs it', async () => {
    const failing: Store = {
      ...createMemoryStore(),
      listDebates: async () => {
        throw new Error('disk on fire at /secret/path');
      },
    };
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await createApp(testDeps(failing, { database: 'pglite' })).request(
      '/api/debates',
    );
    expect(response.status).toBe(500);
    const text = await response.clone().text();
    expect(text).not.toContain('disk on fire');
    expect(text).not.toContain('/secret/path');
    expect(text).not.toMatch(/\bat \S+ \(/);
    const body = (await json(response)) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('internal');
    expect(body.error.message).toMatch(/Try again/);
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0]?.[1])).toContain('disk on fire');
  });
});
