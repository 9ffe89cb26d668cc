// Scrolling the virtual thread to what the reader asked for: a selected claim said in a comment,
// or the comment a permalink names. Either may not be loaded yet, so each loads its context
// (which lands in the loaded thread) and scrolls once its row exists, once per request.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useClaimAnchors } from '../../api/get-claim-anchors';
import { useCommentContext } from '../../api/get-comment-context';
import { commentsOptions } from '../../api/list-comments';
import type { ThreadRow } from '../../domain/thread-rows';
import { useSelectedClaimId } from '../../state/hooks';
import { type AnchorIndex, claimsIn } from '../../ui/anchor-index';

type ScrollToIndex = (i: number, options: { align: 'center' }) => void;

/** Scrolls to `target` once per `key`; a null key re-arms it (the request was dropped). */
function useScrollOnce(key: string | null, target: number, scrollToIndex: ScrollToIndex) {
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (key === null) done.current = null;
    if (key === null || target < 0 || done.current === key) return;
    done.current = key;
    scrollToIndex(target, { align: 'center' });
  }, [key, target, scrollToIndex]);
}

/**
 * When a claim is selected, load where it is said (its comments and their ancestors) and scroll
 * the list to the first row that states it, unless the post states it (the post is above).
 */
export function useJumpToClaim(
  debateId: string,
  rows: readonly ThreadRow[],
  index: AnchorIndex,
  scrollToIndex: ScrollToIndex,
) {
  const claimId = useSelectedClaimId();
  const inPost = claimId !== null && claimsIn(index, 'post').has(claimId);
  const wanted = claimId !== null && !inPost ? claimId : null;
  useClaimAnchors(debateId, wanted);
  const target = wanted
    ? rows.findIndex(
        (r) => r.kind === 'comment' && claimsIn(index, `comment:${r.comment.id}`).has(wanted),
      )
    : -1;
  useScrollOnce(wanted, target, scrollToIndex);
}

/**
 * A permalink's comment: load it with its ancestors and its first page of replies (what it
 * answers and what answers it), scroll to it; says if it is not there.
 */
export function useJumpToComment(
  debateId: string,
  commentId: string | null,
  rows: readonly ThreadRow[],
  scrollToIndex: ScrollToIndex,
): { error: Error | null } {
  const context = useCommentContext(debateId, commentId);
  useInfiniteQuery({
    ...commentsOptions(debateId, { sort: 'oldest', parentId: commentId ?? '', from: null }),
    enabled: commentId !== null && context.isSuccess,
  });
  const target = commentId
    ? rows.findIndex((r) => r.kind === 'comment' && r.comment.id === commentId)
    : -1;
  useScrollOnce(commentId, target, scrollToIndex);
  return { error: context.error };
}
