// The API for component tests: the Hono app over a fresh memory store, intercepted in Node.
import { setupServer } from 'msw/node';
import { createMemoryStore } from '../server/store/memory-store';
import type { Debate } from '../src/domain/model';
import { createHandlers } from './handlers';

export function createMockServer(debates: readonly Debate[]) {
  return setupServer(...createHandlers(createMemoryStore(debates), '*/api/*'));
}
