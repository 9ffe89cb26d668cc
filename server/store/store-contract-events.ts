// The event half of the Store contract: the log (seq 1, 2, 3 … without gaps, read back as
// written), notification of subscribers after commit, and concurrent writers to one debate.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Id } from '../../src/domain/model';
import { smallDebate } from '../../test/fixtures/small-debate';
import type { Store } from './store';
import { ADA, addUsers, BOB, commentOf, okEvent } from './store-contract-writes';

const DEBATE = 'free-buses';

/** The SQL store listens asynchronously: wait until its LISTEN is active. */
export async function whenListening(store: Store): Promise<void> {
  const ready = (store as { listening?: () => Promise<void> }).listening;
  if (ready) await ready.call(store);
}

export function describeEventsContract(name: string, getStore: () => Store): void {
  describe(`Store contract, events: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = getStore();
      await store.createDebate(smallDebate());
      await addUsers(store);
    });

    it('reads the log after any seq, in order, at most `limit`; null for no debate', async () => {
      const written = [];
      for (const body of ['one', 'two', 'three']) {
        written.push(okEvent(await store.addComment(DEBATE, ADA, { parentId: null, body })));
      }
      expect(written.map((e) => e.seq)).toEqual([1, 2, 3]);
      expect(await store.eventsAfter(DEBATE, 0, 100)).toEqual(written);
      expect(await store.eventsAfter(DEBATE, 1, 1)).toEqual([written[1]]);
      expect(await store.eventsAfter(DEBATE, 3, 100)).toEqual([]);
      expect(await store.eventsAfter('nope', 0, 100)).toBeNull();
      expect((await store.getDebateOverview(DEBATE))?.seq).toBe(3);
      // Another debate keeps its own numbering.
      await store.createDebate(smallDebate('other'));
      const first = okEvent(await store.addComment('other', BOB, { parentId: null, body: 'Hi' }));
      expect(first.seq).toBe(1);
    });

    it('notifies subscribers after the event is readable, until they unsubscribe', async () => {
      const seen: [Id, number][] = [];
      const readable: number[] = [];
      const unsubscribe = store.subscribe((debateId, seq) => {
        seen.push([debateId, seq]);
        void store.eventsAfter(debateId, seq - 1, 1).then((events) => {
          readable.push(...(events ?? []).map((e) => e.seq));
        });
      });
      await whenListening(store);
      okEvent(await store.addComment(DEBATE, ADA, { parentId: null, body: 'Hello' }));
      await vi.waitFor(() => expect(seen).toEqual([[DEBATE, 1]]), { timeout: 5000 });
      await vi.waitFor(() => expect(readable).toEqual([1]), { timeout: 5000 });
      unsubscribe();
      okEvent(await store.addComment(DEBATE, ADA, { parentId: null, body: 'Again' }));
      // A refusal commits no event and notifies nobody.
      await store.addComment(DEBATE, ADA, { parentId: 'ghost', body: 'Nobody hears' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(seen).toEqual([[DEBATE, 1]]);
    });

    it('numbers 10 concurrent writes to one debate 1..10, each comment once, no gaps', async () => {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          store.addComment(DEBATE, i % 2 ? ADA : BOB, { parentId: null, body: `Reply ${i}` }),
        ),
      );
      const events = results.map(okEvent);
      expect(events.map((e) => e.seq).sort((a, b) => a - b)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
      ]);
      const log = (await store.eventsAfter(DEBATE, 0, 100)) ?? [];
      expect(log.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      // Each writer decided after the one before committed: orders follow seq, none repeats.
      const orders = log.map((e) => commentOf(e).order);
      expect(orders).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      const debate = await store.getDebate(DEBATE);
      expect(debate?.comments).toHaveLength(13);
    });
  });
}
