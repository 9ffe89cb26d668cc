// The thread in pages. Every comment gets, once when a debate is written, its place in reading
// order for each sort: which top-level thread it belongs to (rootRank) and where in that thread's
// depth-first order it falls (pos, 0 for the top-level comment itself). A page is then a range of
// (rootRank, pos): the SQL store reads it with one index range scan and the memory store with a
// slice, and both give the same answer because both use these numbers.
//
// Each top-level thread shows at most THREAD_REPLY_CAP replies in the main pages, so one huge
// thread cannot push every later thread out of reach; the rest of its replies are a continuation
// read by parent (a comment's descendants are contiguous in depth-first order).
import { z } from 'zod';
import { buildThread, flattenThread, type ThreadNode, type ThreadSort } from './build-thread';
import { type Comment, CommentSchema, type Id, IdSchema } from './model';

/** Replies of one top-level comment shown in the main pages before "N more replies". */
export const THREAD_REPLY_CAP = 20;
export const THREAD_PAGE_DEFAULT = 50;
export const THREAD_PAGE_MAX = 200;

export const ThreadPlaceSchema = z.object({
  /**
   * Orders the comment's top-level thread among all top-level threads, in this sort. Ranks are
   * 0..n-1 when a debate is written; a top-level comment added later takes max + 1 ('oldest')
   * and min - 1 ('newest', so below zero), so no other thread is renumbered.
   */
  rootRank: z.number().int(),
  /** Depth-first index within that thread; 0 is the top-level comment. */
  pos: z.number().int().nonnegative(),
});
export type ThreadPlace = z.infer<typeof ThreadPlaceSchema>;

export const ThreadPositionSchema = z.object({
  /** The top-level comment of this comment's thread (itself when top-level or detached). */
  rootId: IdSchema,
  /** 0 for top level; a detached reply (missing parent, loop) is shown at 0. */
  depth: z.number().int().nonnegative(),
  /** All descendants, loaded or not, so a collapsed or cut thread can say how much it hides. */
  replyCount: z.number().int().nonnegative(),
  /** The replyCount of this comment's top-level comment: how long its whole thread is. */
  threadReplyCount: z.number().int().nonnegative(),
  oldest: ThreadPlaceSchema,
  newest: ThreadPlaceSchema,
});
export type ThreadPosition = z.infer<typeof ThreadPositionSchema>;

/** A comment as the thread API serves it: the comment and where it goes in the thread. */
export const ThreadCommentSchema = CommentSchema.extend({ thread: ThreadPositionSchema });
export type ThreadComment = z.infer<typeof ThreadCommentSchema>;

function placesFor(roots: readonly ThreadNode[]): Map<Id, ThreadPlace> {
  const places = new Map<Id, ThreadPlace>();
  roots.forEach((root, rootRank) => {
    flattenThread([root]).forEach((node, pos) => {
      places.set(node.comment.id, { rootRank, pos });
    });
  });
  return places;
}

/**
 * Every comment's position in both sorts, in O(n log n) (the sibling sorts). Comments must have
 * unique ids (parseDebate guarantees it).
 */
export function threadPositions(comments: readonly Comment[]): Map<Id, ThreadPosition> {
  const oldestRoots = buildThread(comments, { sort: 'oldest' });
  const oldest = placesFor(oldestRoots);
  const newest = placesFor(buildThread(comments, { sort: 'newest' }));
  const result = new Map<Id, ThreadPosition>();
  for (const root of oldestRoots) {
    for (const node of flattenThread([root])) {
      const id = node.comment.id;
      result.set(id, {
        rootId: root.comment.id,
        depth: node.depth,
        replyCount: node.replyCount,
        threadReplyCount: root.replyCount,
        oldest: oldest.get(id) as ThreadPlace,
        newest: newest.get(id) as ThreadPlace,
      });
    }
  }
  return result;
}

/** The comments with their positions, in the order the debate lists them. */
export function placeComments(comments: readonly Comment[]): ThreadComment[] {
  const positions = threadPositions(comments);
  return comments.map((c) => ({ ...c, thread: positions.get(c.id) as ThreadPosition }));
}

export function compareThreadPlaces(a: ThreadPlace, b: ThreadPlace): number {
  return a.rootRank - b.rootRank || a.pos - b.pos;
}

/** What one page asks for, after the API has checked and decoded it. */
export interface ThreadPageQuery {
  sort: ThreadSort;
  limit: number;
  /** Start after this place (exclusive); null for the first page. */
  after: ThreadPlace | null;
  /** Only this comment's descendants (a continuation); null for the main pages. */
  parentId: Id | null;
}

/** Comments of one page in reading order; `hasMore` when the range goes on past it. */
export interface ThreadPageRows {
  comments: ThreadComment[];
  hasMore: boolean;
}

/**
 * The page as a pure function over every placed comment: what the memory store serves and the
 * reference the SQL store is tested against. Returns null when `parentId` is not a comment.
 */
export function selectThreadPage(
  placed: readonly ThreadComment[],
  query: ThreadPageQuery,
): ThreadPageRows | null {
  const { sort, limit, after, parentId } = query;
  let inRange: (c: ThreadComment) => boolean;
  if (parentId === null) {
    inRange = (c) => c.thread[sort].pos <= THREAD_REPLY_CAP;
  } else {
    const parent = placed.find((c) => c.id === parentId);
    if (!parent) return null;
    const { rootRank, pos } = parent.thread[sort];
    const last = pos + parent.thread.replyCount;
    inRange = (c) =>
      c.thread[sort].rootRank === rootRank &&
      c.thread[sort].pos > pos &&
      c.thread[sort].pos <= last;
  }
  const rows = placed
    .filter((c) => inRange(c) && (after === null || compareThreadPlaces(c.thread[sort], after) > 0))
    .sort((a, b) => compareThreadPlaces(a.thread[sort], b.thread[sort]));
  return { comments: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** A top-level thread cut at THREAD_REPLY_CAP: where to continue and how much is hidden. */
export interface ThreadCut {
  parentId: Id;
  hidden: number;
  after: ThreadPlace;
}

/** The threads of a main page whose cut (the reply at THREAD_REPLY_CAP) falls in this page. */
export function cutThreads(comments: readonly ThreadComment[], sort: ThreadSort): ThreadCut[] {
  return comments
    .filter(
      (c) =>
        c.thread[sort].pos === THREAD_REPLY_CAP && c.thread.threadReplyCount > THREAD_REPLY_CAP,
    )
    .map((c) => ({
      parentId: c.thread.rootId,
      hidden: c.thread.threadReplyCount - THREAD_REPLY_CAP,
      after: c.thread[sort],
    }));
}
