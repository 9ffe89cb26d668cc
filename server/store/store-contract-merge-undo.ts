// What an unmerge gives back, in the Store contract (memory, PGlite, PostgreSQL): a merge that
// rewords its survivor adds a revision to the survivor's history (who, when, old → new), and its
// unmerge adds the old wording back as the next revision: history only grows (decision 0007).
import { beforeEach, describe, expect, it } from 'vitest';
import { byId } from '../../src/domain/merge/merge-test-kit';
import type { Debate } from '../../src/domain/model';
import { smallDebate } from '../../test/fixtures/small-debate';
import type { Store } from './store';
import { expectReplays } from './store-contract-merge';
import { ADA, addUsers, BOB, okEvent } from './store-contract-writes';

export function describeMergeUndoContract(name: string, getStore: () => Store): void {
  describe(`Store contract, what an unmerge gives back: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = getStore();
      await addUsers(store);
    });

    it('a merge that rewords the survivor is a revision; its unmerge is the next one', async () => {
      const original = smallDebate();
      await store.createDebate(original);
      const merged = okEvent(
        await store.mergeClaims(original.id, ADA, {
          claimIds: ['tallinn', 'overcrowding'],
          survivor: { text: 'Free buses fill up and change little.' },
        }),
      );
      expect(await store.claimHistory(original.id, 'tallinn')).toEqual([
        {
          revision: 1,
          text: 'In Tallinn free buses barely changed traffic.',
          at: merged.at,
          actorId: null,
          seq: null,
        },
        {
          revision: 2,
          text: 'Free buses fill up and change little.',
          at: merged.at,
          actorId: ADA.id,
          seq: merged.seq,
        },
      ]);
      // The claim folded in keeps its own (empty) history under its own id.
      expect(await store.claimHistory(original.id, 'overcrowding')).toEqual([]);
      const undone = okEvent(await store.unmergeClaims(original.id, BOB, merged.seq));
      const history = (await store.claimHistory(original.id, 'tallinn')) ?? [];
      expect(history.map((r) => [r.revision, r.text, r.actorId, r.seq])).toEqual([
        [1, 'In Tallinn free buses barely changed traffic.', null, null],
        [2, 'Free buses fill up and change little.', ADA.id, merged.seq],
        [3, 'In Tallinn free buses barely changed traffic.', BOB.id, undone.seq],
      ]);
      const stored: Debate = await expectReplays(store, original);
      expect(byId(stored).claims).toEqual(byId(original).claims);
    });

    it('a merge that keeps a wording as it is adds no revision', async () => {
      const original = smallDebate();
      await store.createDebate(original);
      const merged = okEvent(
        await store.mergeClaims(original.id, ADA, {
          claimIds: ['tallinn', 'overcrowding'],
          survivor: { keep: 'overcrowding' },
        }),
      );
      okEvent(await store.unmergeClaims(original.id, ADA, merged.seq));
      expect(await store.claimHistory(original.id, 'overcrowding')).toEqual([]);
      expect(await store.claimHistory(original.id, 'tallinn')).toEqual([]);
    });
  });
}
