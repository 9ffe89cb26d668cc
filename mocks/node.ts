// The API for component tests: the Hono app over a fresh memory store, intercepted in Node.
import { setupServer } from 'msw/node';
import { createMemoryStore } from '../server/store/memory-store';
import type { Debate } from '../src/domain/model';
import { createDemoPasswords } from './demo-passwords';
import { createHandlers } from './handlers';

/** Cheap hashing: a component test signs up in milliseconds, not the demo's 0.2 s. */
const TEST_ITERATIONS = 1000;

export function createMockServer(debates: readonly Debate[]) {
  return setupServer(
    ...createHandlers(createMemoryStore(debates), {
      pattern: '*/api/*',
      passwords: createDemoPasswords(TEST_ITERATIONS),
    }),
  );
}
