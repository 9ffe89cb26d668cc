// The first start of an empty database loads the seed debate, so a new install shows something.
import type { Debate } from '../src/domain/model';
import { seedDebate } from '../src/seed/seed-debate';
import type { Store } from './store/store';
import { DebateExistsError } from './store/store';

/**
 * Saves `seed` when the store has no debates; resolves to whether it did. Never seeds a store
 * that has data, even if someone deleted the seed debate from it on purpose.
 */
export async function seedIfEmpty(store: Store, seed: Debate = seedDebate): Promise<boolean> {
  if ((await store.listDebates()).length > 0) return false;
  try {
    await store.createDebate(seed);
    return true;
  } catch (error) {
    // Another process starting at the same moment seeded it first: that is the goal reached.
    if (error instanceof DebateExistsError) return false;
    throw error;
  }
}
