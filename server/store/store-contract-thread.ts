// The thread half of the Store contract: overview, pages, continuations and a claim's context.
// Every adapter must give exactly what the pure reference in src/domain gives.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ThreadSort } from '../../src/domain/build-thread';
import { claimContext } from '../../src/domain/claim-context';
import { commentContext } from '../../src/domain/thread-context';
import {
  cutThreads,
  placeComments,
  THREAD_REPLY_CAP,
  type ThreadComment,
  type ThreadPlace,
} from '../../src/domain/thread-page';
import { smallDebate } from '../../test/fixtures/small-debate';
import { threadedDebate } from '../../test/fixtures/threaded-debate';
import type { Store, ThreadPageResult } from './store';
import { overviewOf } from './store';

type Page = Extract<ThreadPageResult, { kind: 'page' }>;

function asPage(result: ThreadPageResult): Page {
  if (result.kind !== 'page') throw new Error(`expected a page, got ${result.kind}`);
  return result;
}

/** Reads every main page, then every cut thread's continuation, checking anchors on the way. */
async function readWholeThread(store: Store, sort: ThreadSort, limit: number) {
  const debate = threadedDebate();
  const main: ThreadComment[] = [];
  const rest: ThreadComment[] = [];
  const check = (page: Page) => {
    const ids = new Set(page.comments.map((c) => c.id));
    const expected = debate.anchors.filter(
      (a) => a.source.kind === 'comment' && ids.has(a.source.commentId),
    );
    expect(page.anchors).toEqual(expected);
  };
  let after: ThreadPlace | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page = asPage(
      await store.getThreadPage(debate.id, { sort, limit, after, parentId: null }),
    );
    check(page);
    main.push(...page.comments);
    after = page.comments.at(-1)?.thread[sort] ?? null;
    if (!page.hasMore) break;
  }
  for (const cut of cutThreads(main, sort)) {
    let from: ThreadPlace | null = cut.after;
    for (let guard = 0; guard < 100 && from; guard++) {
      const query = { sort, limit, after: from, parentId: cut.parentId };
      const page = asPage(await store.getThreadPage(debate.id, query));
      check(page);
      rest.push(...page.comments);
      from = page.hasMore ? (page.comments.at(-1)?.thread[sort] ?? null) : null;
    }
  }
  return { main, rest };
}

export function describeThreadContract(name: string, getStore: () => Store): void {
  describe(`Store contract, thread: ${name}`, () => {
    const debate = threadedDebate();
    const placed = placeComments(debate.comments);
    let store: Store;
    beforeEach(async () => {
      store = getStore();
      await store.createDebate(debate);
    });

    it('serves the overview without comments, with the post anchors and a comment count', async () => {
      expect(await store.getDebateOverview(debate.id)).toEqual(overviewOf(debate));
      await store.createDebate(smallDebate());
      expect(await store.getDebateOverview('free-buses')).toEqual(overviewOf(smallDebate()));
      expect(await store.getDebateOverview('nope')).toBeNull();
    });

    for (const sort of ['oldest', 'newest'] as const) {
      it(`pages the ${sort} thread: each comment once, in order, long threads continued`, async () => {
        const { main, rest } = await readWholeThread(store, sort, 4);
        const byPlace = (a: ThreadComment, b: ThreadComment) =>
          a.thread[sort].rootRank - b.thread[sort].rootRank ||
          a.thread[sort].pos - b.thread[sort].pos;
        const expectedMain = placed
          .filter((c) => c.thread[sort].pos <= THREAD_REPLY_CAP)
          .sort(byPlace);
        expect(main).toEqual(expectedMain);
        expect(rest.map((c) => c.thread[sort].pos)).toEqual([21, 22, 23, 24, 25]);
        expect([...main, ...rest].map((c) => c.id).sort()).toEqual(
          debate.comments.map((c) => c.id).sort(),
        );
      });
    }

    it('continues the replies of any comment, not only a top-level one', async () => {
      const page = asPage(
        await store.getThreadPage(debate.id, {
          sort: 'oldest',
          limit: 10,
          after: null,
          parentId: 't1',
        }),
      );
      expect(page.comments.map((c) => c.id)).toEqual(['t1-a', 't1-b']);
      expect(page.anchors.map((a) => a.id)).toEqual(['a-drivers']);
      expect(page.hasMore).toBe(false);
    });

    it('says which of the debate or the parent is unknown', async () => {
      const query = { sort: 'oldest', limit: 5, after: null, parentId: null } as const;
      expect((await store.getThreadPage('nope', query)).kind).toBe('no-debate');
      expect((await store.getThreadPage(debate.id, { ...query, parentId: 'ghost' })).kind).toBe(
        'no-parent',
      );
    });

    it('finds where a claim is said: the comments, their ancestors and their anchors', async () => {
      const result = await store.getClaimContext(debate.id, 'taxes');
      expect(result).toEqual({ kind: 'context', ...claimContext(placed, debate.anchors, 'taxes') });
      if (result.kind !== 'context') return;
      expect(result.comments.map((c) => c.id)).toEqual(['t0', 'r22', 'r23']);
      expect(result.anchors.map((a) => a.id)).toEqual(['a-taxes']);
      const inPost = await store.getClaimContext(debate.id, 'free');
      expect(inPost.kind === 'context' && inPost.anchors.map((a) => a.id)).toEqual([
        'a-free',
        'a-r3',
      ]);
      expect((await store.getClaimContext(debate.id, 'nope')).kind).toBe('no-claim');
      expect((await store.getClaimContext('nope', 'taxes')).kind).toBe('no-debate');
    });

    it('finds a comment for its permalink: the comment, its ancestors and their anchors', async () => {
      const result = await store.getCommentContext(debate.id, 'r23');
      expect(result).toEqual({ kind: 'context', ...commentContext(placed, debate.anchors, 'r23') });
      if (result.kind !== 'context') return;
      expect(result.comments.map((c) => c.id)).toEqual(['t0', 'r22', 'r23']);
      expect(result.anchors.map((a) => a.id)).toEqual(['a-taxes']);
      const top = await store.getCommentContext(debate.id, 't1');
      expect(top.kind === 'context' && top.comments.map((c) => c.id)).toEqual(['t1']);
      expect((await store.getCommentContext(debate.id, 'ghost')).kind).toBe('no-comment');
      expect((await store.getCommentContext('nope', 'r23')).kind).toBe('no-debate');
    });
  });
}
