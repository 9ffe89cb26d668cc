// What the moderator is doing about merges, per debate page: the claims gathered to merge
// ("Add to merge" on claims selected one after another in the map or outline) and the claims
// the merge dialog is open on. UI state only; the claims themselves stay in the query cache.
import { createContext, type ReactNode, useContext, useState } from 'react';
import { createStore, type StoreApi, useStore } from 'zustand';
import type { Id } from '../../domain/model';

export interface MergeActions {
  claimGathered: (id: Id) => void;
  claimUngathered: (id: Id) => void;
  gatheringCleared: () => void;
  /** Opens the dialog on these claims (from a duplicate group or the gathered ones). */
  mergeStarted: (ids: readonly Id[]) => void;
  mergeClosed: () => void;
}

export interface MergeState {
  gathered: readonly Id[];
  /** The claims the merge dialog is open on; null when it is closed. */
  dialogClaimIds: readonly Id[] | null;
  actions: MergeActions;
}

export function createMergeStore(): StoreApi<MergeState> {
  return createStore<MergeState>()((set) => ({
    gathered: [],
    dialogClaimIds: null,
    actions: {
      claimGathered: (id) =>
        set((s) => (s.gathered.includes(id) ? s : { gathered: [...s.gathered, id] })),
      claimUngathered: (id) => set((s) => ({ gathered: s.gathered.filter((g) => g !== id) })),
      gatheringCleared: () => set({ gathered: [] }),
      mergeStarted: (ids) => set({ dialogClaimIds: [...new Set(ids)] }),
      mergeClosed: () => set({ dialogClaimIds: null }),
    },
  }));
}

const MergeStoreContext = createContext<StoreApi<MergeState> | null>(null);

export function MergeStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createMergeStore);
  return <MergeStoreContext.Provider value={store}>{children}</MergeStoreContext.Provider>;
}

function useMergeState<T>(selector: (state: MergeState) => T): T {
  const store = useContext(MergeStoreContext);
  if (!store) throw new Error('Merge views must be inside MergeStoreProvider.');
  return useStore(store, selector);
}

export const useGatheredClaimIds = (): readonly Id[] => useMergeState((s) => s.gathered);
export const useMergeDialogClaimIds = (): readonly Id[] | null =>
  useMergeState((s) => s.dialogClaimIds);
export const useMergeActions = (): MergeActions => useMergeState((s) => s.actions);
