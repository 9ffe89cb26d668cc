import { describe, expect, it } from 'vitest';
import { encodeThreadCursor } from '../../src/domain/thread-cursor';
import { THREAD_REPLY_CAP } from '../../src/domain/thread-page';
import { threadedDebate } from '../../test/fixtures/threaded-debate';
import { createApp, type ListCommentsResponse } from '../app';
import { createMemoryStore } from '../store/memory-store';
import { testDeps } from './test-kit';

const app = createApp(testDeps(createMemoryStore([threadedDebate()])));

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await app.request(path, { headers });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

async function page(query: string): Promise<ListCommentsResponse> {
  const { status, body } = await get(`/api/debates/threaded/comments${query}`);
  expect(status).toBe(200);
  return body as ListCommentsResponse;
}

describe('GET /api/debates/:id/comments', () => {
  it('pages with opaque cursors until nextCursor is null', async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const next: ListCommentsResponse = await page(`?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(next.comments.length).toBeLessThanOrEqual(7);
      ids.push(...next.comments.map((c) => c.id));
      cursor = next.nextCursor;
    } while (cursor);
    // Everything but the 5 replies beyond the cap of t0's thread.
    expect(ids).toHaveLength(threadedDebate().comments.length - 5);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says where a long thread was cut and continues it by parent', async () => {
    const first = await page('?limit=200');
    expect(first.cuts).toEqual([{ parentId: 't0', hidden: 5, cursor: expect.any(String) }]);
    const rest = await page(`?parent=t0&cursor=${first.cuts[0]?.cursor}`);
    expect(rest.comments.map((c) => c.thread.oldest.pos)).toEqual([21, 22, 23, 24, 25]);
    expect(rest.anchors.map((a) => a.id)).toEqual(['a-taxes']);
    expect(rest.nextCursor).toBeNull();
    expect(first.comments.filter((c) => c.thread.rootId === 't0')).toHaveLength(
      THREAD_REPLY_CAP + 1,
    );
  });

  it('sorts newest first at every level', async () => {
    const first = await page('?sort=newest&limit=3');
    expect(first.comments.map((c) => c.id)).toEqual(['t5', 't4', 't3']);
  });

  it.each([
    ['?limit=0', 'Bad limit: limit must be at least 1.'],
    ['?limit=201', 'Bad limit: limit must be at most 200.'],
    ['?limit=ten', 'Bad limit: limit must be a whole number.'],
    ['?sort=best', 'Bad sort: sort must be "oldest" or "newest".'],
    ['?parent=Not%20An%20Id', 'Bad parent:'],
    ['?cursor=abc', '"abc" is not a cursor from this API.'],
  ])('answers 400 with a message for %s', async (query, message) => {
    const { status, body } = await get(`/api/debates/threaded/comments${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toContain(message);
  });

  it('answers 404 for an unknown debate or parent', async () => {
    const cursor = encodeThreadCursor({ rootRank: 0, pos: 0 });
    expect((await get(`/api/debates/nope/comments?cursor=${cursor}`)).status).toBe(404);
    const { status, body } = await get('/api/debates/threaded/comments?parent=ghost');
    expect(status).toBe(404);
    expect(body.error.message).toBe('No comment "ghost" in debate "threaded".');
  });
});

describe('GET /api/debates/:id/claims/:claimId/anchors', () => {
  it('returns the claim anchors with their comments and ancestors', async () => {
    const { status, body } = await get('/api/debates/threaded/claims/taxes/anchors');
    expect(status).toBe(200);
    expect(body.comments.map((c: { id: string }) => c.id)).toEqual(['t0', 'r22', 'r23']);
    expect(body.anchors.map((a: { id: string }) => a.id)).toEqual(['a-taxes']);
  });

  it('answers 404 for an unknown claim or debate and 400 for a malformed claim id', async () => {
    const unknown = await get('/api/debates/threaded/claims/nope/anchors');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('No claim "nope" in debate "threaded".');
    expect((await get('/api/debates/nope/claims/taxes/anchors')).status).toBe(404);
    const bad = await get('/api/debates/threaded/claims/BAD/anchors');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('is not a claim id');
  });
});

describe('GET /api/debates/:id/comments/:commentId/context', () => {
  it('returns the comment with its ancestors and their anchors', async () => {
    const { status, body } = await get('/api/debates/threaded/comments/r23/context');
    expect(status).toBe(200);
    expect(body.comments.map((c: { id: string }) => c.id)).toEqual(['t0', 'r22', 'r23']);
    expect(body.anchors.map((a: { id: string }) => a.id)).toEqual(['a-taxes']);
  });

  it('answers 404 for an unknown comment or debate and 400 for a malformed comment id', async () => {
    const unknown = await get('/api/debates/threaded/comments/nope/context');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/No comment "nope"/);
    expect((await get('/api/debates/nope/comments/r23/context')).status).toBe(404);
    const bad = await get('/api/debates/threaded/comments/BAD/context');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/not a comment id/);
  });
});

describe('compression', () => {
  it('gzips a large JSON answer when the client accepts it', async () => {
    const response = await app.request('/api/debates/threaded/comments?limit=200', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const text = await new Response(
      response.body?.pipeThrough(new DecompressionStream('gzip')),
    ).text();
    expect(JSON.parse(text).comments.length).toBeGreaterThan(20);
  });
});
