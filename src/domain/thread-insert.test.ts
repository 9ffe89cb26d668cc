import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comment } from './model';
import { placeNewRoot, placeUpserted, rootBounds } from './thread-insert';
import { compareThreadPlaces, placeComments, type ThreadComment } from './thread-page';

function comment(id: string, parentId: string | null, order: number): Comment {
  return { id, parentId, author: null, createdAt: null, body: id, visibility: 'visible', order };
}

const readingOrder = (rows: readonly ThreadComment[], sort: 'oldest' | 'newest') =>
  [...rows].sort((a, b) => compareThreadPlaces(a.thread[sort], b.thread[sort])).map((c) => c.id);

/** What the stores do: the next order among the new comment's siblings (last in 'oldest'). */
function nextOrder(rows: readonly ThreadComment[], parentId: string | null): number {
  const siblings = parentId
    ? rows.filter((c) => c.parentId === parentId)
    : rows.filter((c) => c.thread.oldest.pos === 0);
  return siblings.reduce((max, c) => Math.max(max, c.order + 1), 0);
}

describe('placing comments added after a debate was saved', () => {
  const base = [comment('a', null, 0), comment('a1', 'a', 0), comment('b', null, 1)];

  it('puts a new top-level thread last in oldest and first in newest, moving no other', () => {
    const placed = placeComments(base);
    const added = placeNewRoot(comment('c', null, 2), rootBounds(placed));
    expect(added.thread.oldest).toEqual({ rootRank: 2, pos: 0 });
    expect(added.thread.newest).toEqual({ rootRank: -1, pos: 0 });
    expect(placeNewRoot(comment('c', null, 0), null).thread.newest).toEqual({
      rootRank: 0,
      pos: 0,
    });
  });

  it('renumbers only the thread a reply joins', () => {
    const placed = placeComments(base);
    const after = placeUpserted(placed, [comment('a2', 'a', 1)]);
    const b = (rows: ThreadComment[]) => rows.find((c) => c.id === 'b');
    expect(b(after)).toEqual(b(placed));
    expect(after.find((c) => c.id === 'a')?.thread.replyCount).toBe(2);
    expect(after.find((c) => c.id === 'a2')?.thread.oldest).toEqual({ rootRank: 0, pos: 2 });
  });

  it('keeps an edited comment in its place', () => {
    const placed = placeComments(base);
    const after = placeUpserted(placed, [{ ...comment('a1', 'a', 0), body: 'edited' }]);
    expect(after.find((c) => c.id === 'a1')).toEqual({ ...placed[1], body: 'edited' });
  });

  it('gives the reading order of a full re-placement after any additions (property)', () => {
    const adds = fc.array(fc.tuple(fc.boolean(), fc.nat()), { maxLength: 25 });
    fc.assert(
      fc.property(adds, (steps) => {
        let rows = placeComments(base);
        steps.forEach(([top, pick], i) => {
          const parent = top ? null : (rows[pick % rows.length]?.id ?? null);
          rows = placeUpserted(rows, [comment(`n${i}`, parent, nextOrder(rows, parent))]);
        });
        const whole = placeComments(rows);
        for (const sort of ['oldest', 'newest'] as const) {
          expect(readingOrder(rows, sort)).toEqual(readingOrder(whole, sort));
        }
        for (const row of rows) {
          const fresh = whole.find((c) => c.id === row.id);
          expect(row.thread.depth).toBe(fresh?.thread.depth);
          expect(row.thread.replyCount).toBe(fresh?.thread.replyCount);
          expect(row.thread.rootId).toBe(fresh?.thread.rootId);
        }
      }),
    );
  });
});
