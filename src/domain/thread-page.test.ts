import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildThread, flattenThread, type ThreadSort } from './build-thread';
import type { Comment } from './model';
import { decodeThreadCursor, encodeThreadCursor } from './thread-cursor';
import {
  cutThreads,
  placeComments,
  selectThreadPage,
  THREAD_REPLY_CAP,
  type ThreadComment,
  threadPositions,
} from './thread-page';

function comment(id: string, parentId: string | null, order = 0): Comment {
  return { id, parentId, author: null, createdAt: null, body: id, visibility: 'visible', order };
}

/** Every comment the thread shows, main pages then each cut thread's continuation. */
function readAll(placed: ThreadComment[], sort: ThreadSort, limit: number): string[] {
  const seen: string[] = [];
  const cuts: ReturnType<typeof cutThreads> = [];
  let after = null;
  for (;;) {
    const page = selectThreadPage(placed, { sort, limit, after, parentId: null });
    if (!page) throw new Error('no page');
    seen.push(...page.comments.map((c) => c.id));
    cuts.push(...cutThreads(page.comments, sort));
    const last = page.comments.at(-1);
    if (!page.hasMore || !last) break;
    after = last.thread[sort];
  }
  for (const cut of cuts) {
    let from = cut.after;
    for (;;) {
      const page = selectThreadPage(placed, { sort, limit, after: from, parentId: cut.parentId });
      if (!page) throw new Error('no continuation');
      seen.push(...page.comments.map((c) => c.id));
      const last = page.comments.at(-1);
      if (!page.hasMore || !last) break;
      from = last.thread[sort];
    }
  }
  return seen;
}

describe('threadPositions', () => {
  const comments = [
    comment('a', null, 0),
    comment('b', null, 1),
    comment('a1', 'a', 0),
    comment('a2', 'a', 1),
    comment('a1x', 'a1', 0),
  ];

  it('numbers each thread depth first, and newest reverses every level', () => {
    const positions = threadPositions(comments);
    expect(positions.get('a1x')).toEqual({
      rootId: 'a',
      depth: 2,
      replyCount: 0,
      threadReplyCount: 3,
      oldest: { rootRank: 0, pos: 2 },
      newest: { rootRank: 1, pos: 3 },
    });
    expect(positions.get('b')?.newest).toEqual({ rootRank: 0, pos: 0 });
    expect(positions.get('a2')?.newest).toEqual({ rootRank: 1, pos: 1 });
  });

  it('agrees with flattenThread for both sorts', () => {
    const placed = placeComments(comments);
    for (const sort of ['oldest', 'newest'] as const) {
      const expected = flattenThread(buildThread(comments, { sort })).map((n) => n.comment.id);
      expect(readAll(placed, sort, 2)).toEqual(expected);
    }
  });
});

describe('selectThreadPage', () => {
  const long = [comment('t', null), comment('u', null, 1)];
  for (let i = 0; i < THREAD_REPLY_CAP + 5; i++) long.push(comment(`r${i}`, 't', i));
  const placed = placeComments(long);

  it('cuts a long thread at the cap and continues it by parent', () => {
    const first = selectThreadPage(placed, {
      sort: 'oldest',
      limit: 100,
      after: null,
      parentId: null,
    });
    expect(first?.comments.map((c) => c.id)).toHaveLength(THREAD_REPLY_CAP + 2);
    expect(first?.comments.at(-1)?.id).toBe('u');
    const cuts = cutThreads(first?.comments ?? [], 'oldest');
    expect(cuts).toEqual([
      { parentId: 't', hidden: 5, after: { rootRank: 0, pos: THREAD_REPLY_CAP } },
    ]);
    const rest = selectThreadPage(placed, {
      sort: 'oldest',
      limit: 3,
      after: cuts[0]?.after ?? null,
      parentId: 't',
    });
    expect(rest?.comments.map((c) => c.id)).toEqual(['r20', 'r21', 'r22']);
    expect(rest?.hasMore).toBe(true);
  });

  it('answers null for an unknown parent', () => {
    expect(
      selectThreadPage(placed, { sort: 'oldest', limit: 5, after: null, parentId: 'nope' }),
    ).toBeNull();
  });

  it('shows every comment exactly once, in thread order, for any reply tree', () => {
    const trees = fc
      .array(fc.nat(), { maxLength: 80 })
      .map((picks) =>
        picks.map((p, i) => comment(`c${i}`, p % 3 === 0 || i === 0 ? null : `c${p % i}`, p % 4)),
      );
    fc.assert(
      fc.property(trees, fc.integer({ min: 1, max: 7 }), (comments, limit) => {
        const placed = placeComments(comments);
        for (const sort of ['oldest', 'newest'] as const) {
          const seen = readAll(placed, sort, limit);
          expect([...seen].sort()).toEqual(comments.map((c) => c.id).sort());
        }
      }),
    );
  });
});

describe('thread cursors', () => {
  it('round-trips a place and refuses anything else', () => {
    const cursor = encodeThreadCursor({ rootRank: 12, pos: 3 });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeThreadCursor(cursor)).toEqual({ rootRank: 12, pos: 3 });
    expect(decodeThreadCursor('12')).toBeNull();
    expect(decodeThreadCursor('not a cursor!')).toBeNull();
    expect(decodeThreadCursor(btoa('v1.1.-2'))).toBeNull();
  });

  it('carries the negative ranks of top-level comments added after the debate was saved', () => {
    const cursor = encodeThreadCursor({ rootRank: -3, pos: 0 });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeThreadCursor(cursor)).toEqual({ rootRank: -3, pos: 0 });
  });
});
