// The thread's rows for the virtual list: the main pages (infinite query), continuations of cut
// threads and claim contexts, all read from React Query's cache and ordered by the pure
// threadRows. The component that draws them only renders.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { isSending } from '../../api/add-comment';
import { commentsOptions, useComments } from '../../api/list-comments';
import { useLoadedThread } from '../../api/loaded-thread';
import type { ThreadSort } from '../../domain/build-thread';
import type { Id } from '../../domain/model';
import { type ThreadRow, threadRows } from '../../domain/thread-rows';

export interface Thread {
  rows: ThreadRow[];
  /** 1-based position of each loaded comment in reading order, to tell unnamed commenters apart. */
  numbers: ReadonlyMap<Id, number>;
  isPending: boolean;
  error: Error | null;
  fetchNextPage(): void;
  isFetchingNextPage: boolean;
  /** Loads the next replies of a thread cut in the main pages. */
  loadMore(parentId: Id): void;
}

export function useThread(debateId: string, sort: ThreadSort, collapsed: ReadonlySet<Id>): Thread {
  const main = useComments(debateId, { sort, parentId: null, from: null });
  const loaded = useLoadedThread(debateId);
  const client = useQueryClient();
  // Where each cut thread's continuation has got to: view progress, not server data.
  const [continued, setContinued] = useState<ReadonlyMap<Id, string | null>>(new Map());
  const pages = main.data?.pages;
  const cuts = useMemo(() => {
    const result = new Map<Id, { hidden: number; cursor: string }>();
    for (const page of pages ?? []) for (const cut of page.cuts) result.set(cut.parentId, cut);
    return result;
  }, [pages]);

  const rows = useMemo(
    () =>
      threadRows({
        comments: loaded.comments.values(),
        sort,
        collapsed,
        cuts: new Map([...cuts].map(([id, cut]) => [id, cut.hidden])),
        hasNextPage: main.hasNextPage,
        mainEnd: pages?.at(-1)?.comments.at(-1) ?? null,
      }),
    [loaded, sort, collapsed, cuts, main.hasNextPage, pages],
  );
  const numbers = useMemo(() => {
    const result = new Map<Id, number>();
    // A reply still being sent takes no number, so the others keep theirs meanwhile.
    for (const row of rows) {
      if (row.kind === 'comment' && !isSending(row.comment)) {
        result.set(row.comment.id, result.size + 1);
      }
    }
    return result;
  }, [rows]);

  const loadMore = useCallback(
    (parentId: Id) => {
      const from = continued.has(parentId) ? continued.get(parentId) : cuts.get(parentId)?.cursor;
      if (!from) return;
      const options = commentsOptions(debateId, { sort, parentId, from });
      void client.fetchInfiniteQuery(options).then((data) => {
        setContinued((prev) => new Map(prev).set(parentId, data.pages.at(-1)?.nextCursor ?? null));
      });
    },
    [client, continued, cuts, debateId, sort],
  );

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = main;
  const fetchNext = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  return {
    rows,
    numbers,
    isPending: main.isPending,
    error: main.error,
    fetchNextPage: fetchNext,
    isFetchingNextPage: main.isFetchingNextPage,
    loadMore,
  };
}
