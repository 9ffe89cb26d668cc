// Memoised lookups over one debate, shared by the post, the thread and the map.
import { useMemo } from 'react';
import { useLoadedThread } from '../api/loaded-thread';
import type { Anchor, Claim, Debate, Id } from '../domain/model';
import { useHoveredClaimId, useSelectedClaimId, useViewActions } from '../state/hooks';
import { type AnchorIndex, buildAnchorIndex } from './anchor-index';
import type { AnchoredTextProps } from './anchored-text';
import { useMarkdownLoaded } from './rich-cache';

/** What the index needs of a debate: the overview from useDebate is enough. */
export type IndexedDebate = Pick<Debate, 'id' | 'post' | 'anchors'>;

/**
 * The anchor index over the post and every comment loaded so far (pages come and go in React
 * Query's cache; the index follows). Anchors of comments not loaded yet are simply absent, not
 * orphans: `orphanCountByClaim` counts only anchors whose words are loaded and do not match.
 * Likewise anchors in a Markdown body before the parser arrives; the index is rebuilt when it does.
 */
export function useAnchorIndex(debate: IndexedDebate): AnchorIndex {
  const loaded = useLoadedThread(debate.id);
  const markdownLoaded = useMarkdownLoaded();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the texts it reads change when the parser arrives.
  return useMemo(() => {
    const anchors: Anchor[] = [...debate.anchors.filter((a) => a.source.kind === 'post')];
    for (const a of loaded.anchors) {
      if (a.source.kind === 'comment' && loaded.comments.has(a.source.commentId)) anchors.push(a);
    }
    return buildAnchorIndex({
      post: debate.post,
      comments: [...loaded.comments.values()],
      anchors,
    });
  }, [debate, loaded, markdownLoaded]);
}

export function useClaimsById(claims: readonly Claim[]): ReadonlyMap<Id, Claim> {
  return useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);
}

/** Everything <AnchoredText> needs besides the text and its ranges, wired to the view store. */
export function useAnchoredTextBindings(
  debate: Pick<Debate, 'claims'>,
): Omit<AnchoredTextProps, 'text' | 'ranges'> {
  const claimsById = useClaimsById(debate.claims);
  const selectedClaimId = useSelectedClaimId();
  const hoveredClaimId = useHoveredClaimId();
  const { claimSelected, claimHovered } = useViewActions();
  return {
    claimsById,
    selectedClaimId,
    hoveredClaimId,
    onClaimSelected: claimSelected,
    onClaimHovered: claimHovered,
  };
}
