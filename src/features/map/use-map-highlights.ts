// Which claims the map lights up besides the selected one, derived from the selection and the
// anchor index: never stored, so it cannot drift from the data.
import { useMemo } from 'react';
import type { Id } from '../../domain/model';
import { claimsIn, claimsSaidWith } from '../../ui/anchor-index';
import { useAnchorIndex } from '../../ui/use-debate-index';

export interface MapHighlights {
  /** Claims stated in the selected comment (empty when no comment is selected). */
  inSelectedComment: ReadonlySet<Id>;
  /** Claims whose words overlap the selected claim's words: "also stated here". */
  saidWithSelected: ReadonlySet<Id>;
  /** Per claim, how many of its anchors lost their words. */
  orphanCountByClaim: ReadonlyMap<Id, number>;
}

const NONE: ReadonlySet<Id> = new Set();

export function useMapHighlights(
  debate: Parameters<typeof useAnchorIndex>[0],
  selectedClaimId: Id | null,
  selectedCommentId: Id | null,
): MapHighlights {
  const index = useAnchorIndex(debate);
  const inSelectedComment = useMemo(
    () => (selectedCommentId ? claimsIn(index, `comment:${selectedCommentId}`) : NONE),
    [index, selectedCommentId],
  );
  const saidWithSelected = useMemo(
    () => (selectedClaimId ? claimsSaidWith(index, selectedClaimId) : NONE),
    [index, selectedClaimId],
  );
  return { inSelectedComment, saidWithSelected, orphanCountByClaim: index.orphanCountByClaim };
}
