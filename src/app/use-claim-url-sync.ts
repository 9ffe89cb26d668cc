// Keeps ?claim= in the address in step with the selected claim, so a copied link or a reload
// opens the same claim. The address is rewritten in place (replaceState): selecting claims
// must not fill the back button's history.
import { useEffect } from 'react';
import { useViewStoreApi } from '../state/view-store-provider';
import { debatePath, useLocationSource } from '../ui/router';

export function useClaimUrlSync(debateId: string, claimIdInUrl: string | null): void {
  const store = useViewStoreApi();
  const location = useLocationSource();

  // Store → address.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.selectedClaimId === previous.selectedClaimId) return;
        location.replace(debatePath(debateId, state.selectedClaimId));
      }),
    [store, location, debateId],
  );

  // Address → store, for an address changed from outside (a pasted link in the same tab).
  useEffect(() => {
    const { selectedClaimId, actions } = store.getState();
    if (claimIdInUrl !== null && claimIdInUrl !== selectedClaimId) {
      actions.claimSelected(claimIdInUrl);
    }
  }, [store, claimIdInUrl]);
}
