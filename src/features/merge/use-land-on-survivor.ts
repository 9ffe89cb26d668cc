// A selected claim that was merged away (an old ?claim= link, or a merge arriving live while it
// is selected) selects its survivor instead: the claim whose `aliases` hold the old id. The
// URL follows the selection, so the address then names the survivor.
import { useEffect, useMemo } from 'react';
import type { Claim, Id } from '../../domain/model';
import { useSelectedClaimId, useViewActions } from '../../state/hooks';

/** The claim `id` now lands on: null when it is a claim itself or no claim took it in. */
export function survivorOf(claims: readonly Claim[], id: Id): Id | null {
  if (claims.some((c) => c.id === id)) return null;
  return claims.find((c) => c.aliases?.includes(id))?.id ?? null;
}

export function useLandOnSurvivor(claims: readonly Claim[]): void {
  const selected = useSelectedClaimId();
  const { claimSelected } = useViewActions();
  const survivor = useMemo(
    () => (selected === null ? null : survivorOf(claims, selected)),
    [claims, selected],
  );
  useEffect(() => {
    if (survivor !== null) claimSelected(survivor);
  }, [survivor, claimSelected]);
}
