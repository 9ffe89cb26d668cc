// What the virtual thread list draws, from whatever comments are loaded: comments in reading
// order for the sort, replies under collapsed comments left out, a "more replies" row after each
// thread cut at THREAD_REPLY_CAP, and a "next page" row where the main pages stop. Pure, so the
// list component only renders.
import type { ThreadSort } from './build-thread';
import type { Id } from './model';
import { compareThreadPlaces, THREAD_REPLY_CAP, type ThreadComment } from './thread-page';

export type ThreadRow =
  | { kind: 'comment'; key: string; comment: ThreadComment; collapsed: boolean }
  | { kind: 'more'; key: string; parentId: Id; hidden: number }
  | { kind: 'next'; key: string };

export interface ThreadRowsInput {
  comments: Iterable<ThreadComment>;
  sort: ThreadSort;
  collapsed: ReadonlySet<Id>;
  /** Threads cut in the main pages: their top-level id and how many replies the cut hid. */
  cuts: ReadonlyMap<Id, number>;
  /** The main pages go on past the last loaded one. */
  hasNextPage: boolean;
  /** The place of the last comment the main pages reached (the "next" row goes after it). */
  mainEnd: ThreadComment | null;
}

export function threadRows(input: ThreadRowsInput): ThreadRow[] {
  const { sort, collapsed, cuts } = input;
  const sorted = [...input.comments].sort((a, b) =>
    compareThreadPlaces(a.thread[sort], b.thread[sort]),
  );
  const beyondCap = new Map<Id, number>();
  for (const c of sorted) {
    if (c.thread[sort].pos > THREAD_REPLY_CAP) {
      beyondCap.set(c.thread.rootId, (beyondCap.get(c.thread.rootId) ?? 0) + 1);
    }
  }
  const rows: ThreadRow[] = [];
  let skipBelow: { rootId: Id; depth: number } | null = null;
  const endThread = (rootId: Id) => {
    const hidden = (cuts.get(rootId) ?? 0) - (beyondCap.get(rootId) ?? 0);
    if (hidden > 0) rows.push({ kind: 'more', key: `more:${rootId}`, parentId: rootId, hidden });
  };
  sorted.forEach((c, i) => {
    const hide =
      skipBelow !== null &&
      skipBelow.rootId === c.thread.rootId &&
      c.thread.depth > skipBelow.depth;
    if (!hide) {
      skipBelow = collapsed.has(c.id) ? { rootId: c.thread.rootId, depth: c.thread.depth } : null;
      rows.push({ kind: 'comment', key: c.id, comment: c, collapsed: collapsed.has(c.id) });
    }
    const next = sorted[i + 1];
    if (!next || next.thread.rootId !== c.thread.rootId) {
      if (!(skipBelow && skipBelow.rootId === c.thread.rootId && skipBelow.depth === 0)) {
        endThread(c.thread.rootId);
      }
    }
    if (input.hasNextPage && input.mainEnd?.id === c.id) rows.push({ kind: 'next', key: 'next' });
  });
  if (input.hasNextPage && !rows.some((r) => r.kind === 'next'))
    rows.push({ kind: 'next', key: 'next' });
  return rows;
}
