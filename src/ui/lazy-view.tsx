// Views a reader does not need to see the post and the map (writing, moderating, merging,
// importing, the outline, the admin page) are separate chunks, fetched the first time they are
// drawn (docs/performance.md § Client). This is the boundary each one is drawn inside: a
// fallback while its chunk arrives, and a message instead of a blank page when it cannot.
import { Component, type ComponentType, lazy, type ReactNode, Suspense, useState } from 'react';

/** A view in a chunk of its own: drawn like a component, and fetched ahead with preload(). */
export interface LazyView<P extends object> {
  (props: P): ReactNode;
  /** Fetches the chunk now (once); resolves when the view can be drawn without waiting. */
  preload(): Promise<void>;
}

// Every view made here, so tests can fetch them all up front. Only ever grows, by one entry per
// lazyView call, all made at module level.
const preloads = new Set<() => Promise<void>>();

/**
 * Fetches every lazy view whose module has been imported. The page never does (each comes on
 * first use); component tests do before they start (test/setup-dom.ts).
 */
export async function preloadLazyViews(): Promise<void> {
  await Promise.all([...preloads].map((preload) => preload()));
}

/** React.lazy for a named export: `lazyView(() => import('./x').then((m) => m.X))`. */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () => {
    loading ??= load().then(
      (view) => {
        loaded = view;
        return view;
      },
      (error: unknown) => {
        loading = null; // a later use tries again
        throw error;
      },
    );
    return loading;
  };
  const Suspending = lazy(async () => ({ default: await start() }));
  // biome-ignore lint/correctness/noComponentHookFactories: made once per view at module level, like React.lazy.
  function View(props: P) {
    // Chosen once per mount: switching from the suspending wrapper to the loaded component on a
    // later render would remount the view and lose what was typed in it.
    const [Drawn] = useState<ComponentType<P>>(() => loaded ?? Suspending);
    return <Drawn {...props} />;
  }
  View.preload = () => start().then(() => undefined);
  preloads.add(View.preload);
  return View;
}

export function LazyBoundary({
  fallback = null,
  children,
}: {
  /** What shows while the chunk loads: a status for a page or dialog, nothing for a control. */
  fallback?: ReactNode;
  children: ReactNode;
}) {
  return (
    <LoadFailure>
      <Suspense fallback={fallback}>{children}</Suspense>
    </LoadFailure>
  );
}

/** A chunk that failed to load (offline, or a deploy replaced it) says so; the rest stays. */
class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p role="alert" className="status status--error">
        This part of the page could not be shown. Check your connection and reload the page.
      </p>
    );
  }
}
