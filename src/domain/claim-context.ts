// "Where is this claim said?" for a thread that is loaded in pages: the claim's anchors, the
// comments that hold them and every ancestor of those comments, so the thread can show the
// words in place (with the replies they answer) before the pages around them are loaded.
import type { Anchor, Id } from './model';
import { compareThreadPlaces, type ThreadComment } from './thread-page';

export interface ClaimContext {
  /** The claim's anchors, then every other anchor in `comments`, in the debate's anchor order. */
  anchors: Anchor[];
  /** The comments that state the claim and all their ancestors, in 'oldest' thread order. */
  comments: ThreadComment[];
}

/** Pure reference for both stores. Reply loops cannot hang it: each comment is visited once. */
export function claimContext(
  placed: readonly ThreadComment[],
  anchors: readonly Anchor[],
  claimId: Id,
): ClaimContext {
  const byId = new Map(placed.map((c) => [c.id, c]));
  const wanted = new Set<Id>();
  for (const anchor of anchors) {
    if (anchor.claimId !== claimId || anchor.source.kind !== 'comment') continue;
    let at: Id | null = anchor.source.commentId;
    while (at !== null && !wanted.has(at)) {
      const comment = byId.get(at);
      if (!comment) break;
      wanted.add(at);
      at = comment.parentId;
    }
  }
  const comments = [...wanted]
    .map((id) => byId.get(id) as ThreadComment)
    .sort((a, b) => compareThreadPlaces(a.thread.oldest, b.thread.oldest));
  return {
    anchors: anchors.filter((a) => a.claimId === claimId || inComments(a, wanted)),
    comments,
  };
}

/** Anchors said in the given comments, in the order given. */
export function anchorsInComments(anchors: readonly Anchor[], commentIds: ReadonlySet<Id>) {
  return anchors.filter((a) => inComments(a, commentIds));
}

function inComments(anchor: Anchor, ids: ReadonlySet<Id>): boolean {
  return anchor.source.kind === 'comment' && ids.has(anchor.source.commentId);
}
