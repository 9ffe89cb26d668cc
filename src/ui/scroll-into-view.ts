// Brings the selected thing into view when the selection changes. The DOM query lives here, in
// one effect, because which element is "the selected one" is only known after render.
import { type RefObject, useEffect } from 'react';

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : true;
}

/** No-op where scrollIntoView is missing (jsdom), so tests and old browsers do not throw. */
export function scrollIntoViewIfPossible(element: Element | null): void {
  if (!element || typeof element.scrollIntoView !== 'function') return;
  element.scrollIntoView({
    block: 'nearest',
    inline: 'nearest',
    behavior: prefersReducedMotion() ? 'auto' : 'smooth',
  });
}

/**
 * Scrolls the first element in `container` matching `selector` into view whenever `key`
 * changes and `enabled` is true (a hidden pane cannot scroll; it catches up when shown).
 */
export function useScrollIntoView(
  container: RefObject<HTMLElement | null>,
  selector: string,
  key: unknown,
  enabled = true,
): void {
  useEffect(() => {
    if (!enabled || key === null || key === undefined) return;
    scrollIntoViewIfPossible(container.current?.querySelector(selector) ?? null);
  }, [container, selector, key, enabled]);
}
