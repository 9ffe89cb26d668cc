// Where the current address lives: the path (History API, served by our Node server with an SPA
// fallback) or the hash (the static demo, which any plain file server can serve as one file).
// One source per app, made in main.tsx or a test, so nothing here is a module-level singleton.

export type RoutingMode = 'path' | 'hash';

export interface LocationSource {
  mode: RoutingMode;
  /** Calls back on every address change, including back/forward. Returns the unsubscribe. */
  subscribe: (onChange: () => void) => () => void;
  /** The app-level location: pathname plus search, e.g. "/debates/x?claim=y". */
  getSnapshot: () => string;
  /** The href an <a> should carry for an app-level location. */
  href: (to: string) => string;
  /** Goes to a new address, adding a history entry. */
  push: (to: string) => void;
  /** Rewrites the current address without a new history entry (selection deep links). */
  replace: (to: string) => void;
}

export function createLocationSource(mode: RoutingMode, win: Window = window): LocationSource {
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const href = (to: string) => (mode === 'hash' ? `#${to}` : to);
  return {
    mode,
    subscribe(onChange) {
      listeners.add(onChange);
      win.addEventListener('popstate', onChange);
      if (mode === 'hash') win.addEventListener('hashchange', onChange);
      return () => {
        listeners.delete(onChange);
        win.removeEventListener('popstate', onChange);
        win.removeEventListener('hashchange', onChange);
      };
    },
    getSnapshot() {
      if (mode === 'hash') return win.location.hash.replace(/^#/, '') || '/';
      return win.location.pathname + win.location.search;
    },
    href,
    push(to) {
      win.history.pushState(null, '', href(to));
      notify();
    },
    replace(to) {
      win.history.replaceState(win.history.state, '', href(to));
      notify();
    },
  };
}
