// Memoised lookups over one debate, shared by the post, the thread and the map.
import { useMemo } from 'react';
import type { Claim, Debate, Id } from '../domain/model';
import { useHoveredClaimId, useSelectedClaimId, useViewActions } from '../state/hooks';
import { type AnchorIndex, buildAnchorIndex } from './anchor-index';
import type { AnchoredTextProps } from './anchored-text';

// Keyed by the debate object, which React Query keeps identical until the data changes, so the
// post, the thread and the map share one index instead of building three. A WeakMap holds no
// state of its own: it forgets an index as soon as its debate is gone.
const anchorIndexes = new WeakMap<Debate, AnchorIndex>();

export function useAnchorIndex(debate: Debate): AnchorIndex {
  return useMemo(() => {
    const cached = anchorIndexes.get(debate);
    if (cached) return cached;
    const index = buildAnchorIndex(debate);
    anchorIndexes.set(debate, index);
    return index;
  }, [debate]);
}

export function useClaimsById(claims: readonly Claim[]): ReadonlyMap<Id, Claim> {
  return useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);
}

/** Everything <AnchoredText> needs besides the text and its ranges, wired to the view store. */
export function useAnchoredTextBindings(
  debate: Debate,
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
