// Component-test helpers: render the real App against the real API (the Hono app over a
// memory store, served by MSW in Node), the way a reader would meet it.
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createMockServer } from '../mocks/node';
import { App } from '../src/app/app';
import type { Debate } from '../src/domain/model';
import { createLocationSource, type RoutingMode } from '../src/ui/router';

/**
 * Starts the mock API for this test file over `debates`. Unhandled requests fail the test, so
 * a request to anything but the real API cannot pass unnoticed.
 */
export function setupMockApi(debates: readonly Debate[]) {
  const server = createMockServer(debates);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

export interface RenderAppOptions {
  /** The address to open, e.g. '/debates/x?claim=y'. */
  path?: string;
  /** 'narrow' stubs matchMedia so the page is below the 800 px breakpoint. */
  screen?: 'wide' | 'narrow';
  /** 'hash' routes as the static demo build does: `path` then goes after '#'. */
  routing?: RoutingMode;
}

/**
 * Renders the whole app at `path` with a fresh query client (retries off, so errors show at
 * once) and a fresh view store (made by the app's own provider on mount).
 */
export function renderApp({
  path = '/',
  screen = 'wide',
  routing = 'path',
}: RenderAppOptions = {}) {
  window.history.replaceState(null, '', routing === 'hash' ? `/#${path}` : path);
  stubScreen(screen);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } },
  });
  const user = userEvent.setup();
  const result = render(<App queryClient={queryClient} location={createLocationSource(routing)} />);
  return { ...result, user, queryClient };
}

afterEach(() => {
  Reflect.deleteProperty(window, 'matchMedia');
});

/** jsdom has no matchMedia; the app then assumes a wide screen. Narrow needs a stub. */
function stubScreen(screen: 'wide' | 'narrow') {
  if (screen === 'wide') return;
  const matchMedia = (query: string): MediaQueryList => {
    const list = new EventTarget() as MediaQueryList;
    // Only min-width queries are asked; a narrow screen matches none of them.
    return Object.assign(list, {
      matches: !query.includes('min-width'),
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
    });
  };
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: matchMedia,
  });
}

/** Fails with the rule ids and targets when axe finds serious or critical problems. */
export async function expectNoSeriousAxeViolations(container: Element) {
  const results = await axe.run(container, {
    // jsdom does not lay out or paint, so contrast cannot be measured here.
    rules: { 'color-contrast': { enabled: false } },
  });
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}
