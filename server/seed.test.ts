import { describe, expect, it } from 'vitest';
import { seedDebate } from '../src/seed/seed-debate';
import { smallDebate } from '../test/fixtures/small-debate';
import { seedIfEmpty } from './seed';
import { createMemoryStore } from './store/memory-store';

describe('seedIfEmpty', () => {
  it('loads the seed debate into an empty store, once', async () => {
    const store = createMemoryStore();
    expect(await seedIfEmpty(store)).toBe(true);
    expect(await store.getDebate(seedDebate.id)).toEqual(seedDebate);
    expect(await seedIfEmpty(store)).toBe(false);
    expect(await store.listDebates()).toHaveLength(1);
  });

  it('leaves a store that already has debates alone', async () => {
    const store = createMemoryStore([smallDebate()]);
    expect(await seedIfEmpty(store)).toBe(false);
    expect((await store.listDebates()).map((d) => d.id)).toEqual(['free-buses']);
  });
});
