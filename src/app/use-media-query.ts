// Whether a CSS media query matches, kept live. Where matchMedia is missing (jsdom, old
// browsers) it answers `fallback`, so tests see the wide layout unless they stub it.
import { useCallback, useSyncExternalStore } from 'react';

export function useMediaQuery(query: string, fallback: boolean): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  const getSnapshot = () =>
    typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : fallback;
  return useSyncExternalStore(subscribe, getSnapshot, () => fallback);
}

/** Both panes side by side from this width; below it, tabs. Matches the CSS breakpoint. */
export const WIDE_QUERY = '(min-width: 800px)';
