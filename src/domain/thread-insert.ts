// Placing a comment written after its debate was saved (decision 0005), touching as little as
// possible: a new top-level thread ranks after every thread in 'oldest' (max + 1) and before
// every thread in 'newest' (min - 1), so no other thread moves; a reply renumbers only its own
// top-level thread. Both stores use these functions, so their pages stay identical.
import type { Comment, Id } from './model';
import { type ThreadComment, type ThreadPosition, threadPositions } from './thread-page';

/** The ranks at the ends of the thread order, or null when the debate has no comment yet. */
export interface RootBounds {
  /** The highest 'oldest' rootRank. */
  maxOldest: number;
  /** The lowest 'newest' rootRank. */
  minNewest: number;
}

/** A new comment as the first (and only) comment of a new top-level thread. */
export function placeNewRoot(comment: Comment, bounds: RootBounds | null): ThreadComment {
  return {
    ...comment,
    thread: {
      rootId: comment.id,
      depth: 0,
      replyCount: 0,
      threadReplyCount: 0,
      oldest: { rootRank: bounds ? bounds.maxOldest + 1 : 0, pos: 0 },
      newest: { rootRank: bounds ? bounds.minNewest - 1 : 0, pos: 0 },
    },
  };
}

/**
 * `reply` joins the top-level thread `thread` (every comment whose rootId is the thread's root):
 * the thread's rows renumbered, keeping its ranks. Returns the reply placed and the other rows
 * whose position changed.
 */
export function placeReply(
  thread: readonly ThreadComment[],
  reply: Comment,
): { added: ThreadComment; changed: ThreadComment[] } {
  const root = thread.find((c) => c.thread.rootId === c.id);
  if (!root) throw new Error('placeReply needs the whole thread, with its top-level comment.');
  const positions = threadPositions([...thread, reply]);
  const placed = (comment: Comment): ThreadComment => {
    const at = positions.get(comment.id) as ThreadPosition;
    return {
      ...comment,
      thread: {
        ...at,
        // The thread keeps its place among threads; only places within it move.
        rootId: root.id,
        oldest: { rootRank: root.thread.oldest.rootRank, pos: at.oldest.pos },
        newest: { rootRank: root.thread.newest.rootRank, pos: at.newest.pos },
      },
    };
  };
  const changed = thread
    .map((row) => {
      const { thread: old, ...comment } = row;
      const next = placed(comment);
      return JSON.stringify(next.thread) === JSON.stringify(old) ? null : next;
    })
    .filter((row): row is ThreadComment => row !== null);
  return { added: placed(reply), changed };
}

/** Ends of the thread order among placed comments (what the SQL store reads with two indexes). */
export function rootBounds(placed: readonly ThreadComment[]): RootBounds | null {
  if (placed.length === 0) return null;
  let maxOldest = Number.NEGATIVE_INFINITY;
  let minNewest = Number.POSITIVE_INFINITY;
  for (const c of placed) {
    maxOldest = Math.max(maxOldest, c.thread.oldest.rootRank);
    minNewest = Math.min(minNewest, c.thread.newest.rootRank);
  }
  return { maxOldest, minNewest };
}

/**
 * The memory store's placed comments after an event's upserted comments: existing ones keep
 * their place (an edit or deletion moves nothing), new ones are placed as above.
 */
export function placeUpserted(
  placed: readonly ThreadComment[],
  comments: readonly Comment[],
): ThreadComment[] {
  let rows = [...placed];
  for (const comment of comments) {
    const index = rows.findIndex((c) => c.id === comment.id);
    const existing = rows[index];
    if (existing) {
      rows[index] = { ...comment, thread: existing.thread };
      continue;
    }
    const parent =
      comment.parentId === null ? undefined : rows.find((c) => c.id === comment.parentId);
    if (!parent) {
      rows.push(placeNewRoot(comment, rootBounds(rows)));
      continue;
    }
    const rootId: Id = parent.thread.rootId;
    const { added, changed } = placeReply(
      rows.filter((c) => c.thread.rootId === rootId),
      comment,
    );
    const byId = new Map(changed.map((c) => [c.id, c]));
    rows = [...rows.map((c) => byId.get(c.id) ?? c), added];
  }
  return rows;
}
