// Where a reply to a claim will go in the thread, as the server decides it: under the post when
// the claim is said there, else under the comment of its first anchor in a comment, else under
// the post. The composer says so before sending, and shows the reply there while it is sent.
import { useClaimAnchors } from '../../api/get-claim-anchors';
import type { Anchor, Id } from '../../domain/model';
import type { ThreadComment } from '../../domain/thread-page';

export interface ReplyPlace {
  /** The comment the reply goes under; null for the post. */
  parent: ThreadComment | null;
  /** "under the post", "under Ann's comment “…”". */
  words: string;
  pending: boolean;
}

const OPENING = 60;

function opening(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length <= OPENING ? flat : `${flat.slice(0, OPENING - 1).trimEnd()}…`;
}

export function useReplyPlace(
  debateId: string,
  claimId: Id,
  postAnchors: readonly Anchor[],
): ReplyPlace {
  const inPost = postAnchors.some((a) => a.claimId === claimId && a.source.kind === 'post');
  const context = useClaimAnchors(debateId, inPost ? null : claimId);
  if (inPost)
    return { parent: null, words: 'under the post, where this claim is said', pending: false };
  if (context.isPending) return { parent: null, words: 'where this claim is said…', pending: true };
  const first = context.data?.anchors.find(
    (a) => a.claimId === claimId && a.source.kind === 'comment',
  );
  const commentId = first?.source.kind === 'comment' ? first.source.commentId : null;
  const parent = context.data?.comments.find((c) => c.id === commentId) ?? null;
  if (!parent) return { parent: null, words: 'under the post', pending: false };
  const author = parent.author ?? 'an unnamed commenter';
  return {
    parent,
    words: `under the comment by ${author} that says it: “${opening(parent.body)}”`,
    pending: false,
  };
}
