// Hands the location source down and turns it into a Route that re-renders on change.
import { createContext, type ReactNode, useContext, useMemo, useSyncExternalStore } from 'react';
import type { LocationSource } from './location-source';
import { parseLocation, type Route } from './route';

const LocationContext = createContext<LocationSource | null>(null);

export function RouterProvider({
  source,
  children,
}: {
  source: LocationSource;
  children: ReactNode;
}) {
  return <LocationContext.Provider value={source}>{children}</LocationContext.Provider>;
}

export function useLocationSource(): LocationSource {
  const source = useContext(LocationContext);
  if (!source) throw new Error('useLocationSource must be used inside <RouterProvider>');
  return source;
}

export function useRoute(): Route {
  const source = useLocationSource();
  const location = useSyncExternalStore(source.subscribe, source.getSnapshot);
  return useMemo(() => parseLocation(location), [location]);
}
