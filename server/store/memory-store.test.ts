import { describe, expect, it } from 'vitest';
import { smallDebate } from '../../test/fixtures/small-debate';
import { createMemoryStore } from './memory-store';
import type { Store } from './store';
import { DebateExistsError } from './store';
import { describeStoreContract } from './store-contract';

// The memory store has no truncate: each test gets a fresh one behind a stable facade, which is
// what "reset" means for an adapter that lives only as long as its object.
function resettableMemoryStore(): { store: Store; reset(): void } {
  let current = createMemoryStore();
  // Every method forwards to the current store (they are closures, so no `this` to bind).
  const store = new Proxy({} as Store, {
    get: (_target, key: keyof Store) => current[key],
  });
  return {
    store,
    reset: () => {
      current = createMemoryStore();
    },
  };
}

const memory = resettableMemoryStore();
describeStoreContract('memory', {
  create: async () => memory.store,
  reset: async () => memory.reset(),
  propertyRuns: 60,
});

describe('createMemoryStore(initial)', () => {
  it('starts with the given debates', async () => {
    const store = createMemoryStore([smallDebate('one'), smallDebate('two')]);
    expect((await store.listDebates()).map((d) => d.id)).toEqual(['one', 'two']);
  });

  it('refuses initial debates the same way createDebate does', () => {
    expect(() => createMemoryStore([smallDebate(), smallDebate()])).toThrow(DebateExistsError);
  });
});
