// "Show me this comment" for a thread loaded in pages (a permalink): the comment and every
// ancestor up to its top-level comment, with the anchors said in them, so the thread can draw
// it in place, under what it answers, before the pages around it are loaded.
import { anchorsInComments, type ClaimContext } from './claim-context';
import type { Anchor, Id } from './model';
import { compareThreadPlaces, type ThreadComment } from './thread-page';

/** Same shape as a claim's context: the client places both the same way. */
export type CommentContext = ClaimContext;

/**
 * Pure reference for both stores; null when the comment is not in `placed`. Reply loops cannot
 * hang it: each comment is visited once.
 */
export function commentContext(
  placed: readonly ThreadComment[],
  anchors: readonly Anchor[],
  commentId: Id,
): CommentContext | null {
  const byId = new Map(placed.map((c) => [c.id, c]));
  if (!byId.has(commentId)) return null;
  const chain = new Set<Id>();
  let at: Id | null = commentId;
  while (at !== null && !chain.has(at)) {
    const comment = byId.get(at);
    if (!comment) break;
    chain.add(at);
    at = comment.parentId;
  }
  const comments = [...chain]
    .map((id) => byId.get(id) as ThreadComment)
    .sort((a, b) => compareThreadPlaces(a.thread.oldest, b.thread.oldest));
  return { anchors: anchorsInComments(anchors, chain), comments };
}
