// Makes one view store per mounted app and hands it down; read it through the hooks in
// ./hooks.ts, never by subscribing to the whole store.
import { createContext, type ReactNode, useContext, useState } from 'react';
import { createViewStore, type ViewState, type ViewStore } from './view-store';

const ViewStoreContext = createContext<ViewStore | null>(null);

export function ViewStoreProvider({
  children,
  initialState,
}: {
  children: ReactNode;
  /** Only read on first render: later changes go through actions. */
  initialState?: Partial<ViewState>;
}) {
  const [store] = useState(() => createViewStore(initialState));
  return <ViewStoreContext.Provider value={store}>{children}</ViewStoreContext.Provider>;
}

/** The store itself, for effects that must read state without re-rendering on it. */
export function useViewStoreApi(): ViewStore {
  const store = useContext(ViewStoreContext);
  if (!store) throw new Error('useViewStoreApi must be used inside <ViewStoreProvider>');
  return store;
}
