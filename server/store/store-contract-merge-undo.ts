// What an unmerge gives back, in the Store contract (memory, PGlite, PostgreSQL): a merge that
// rewords its survivor adds a revision to the survivor's history (who, when, old → new), and its
// unmerge adds the old wording back as the next revision: history only grows (decision 0007).
// Claims and relations the merge removed come back in their places in the lists (a claim's
// children in the map follow relation order), even after later changes elsewhere; two merges
// undone out of order put rows back before the rows that followed them, the same in every store.
import { beforeEach, describe, expect, it } from 'vitest';
import type { MergeRequest } from '../../src/domain/merge/merge-request';
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

    /** A fresh small debate in the store, and one merge of it by Ada. */
    async function mergedDebate(request: MergeRequest) {
      const original = smallDebate();
      await store.createDebate(original);
      return { original, merged: okEvent(await store.mergeClaims(original.id, ADA, request)) };
    }

    it('a merge that rewords the survivor is a revision; its unmerge is the next one', async () => {
      const { original, merged } = await mergedDebate({
        claimIds: ['tallinn', 'overcrowding'],
        survivor: { text: 'Free buses fill up and change little.' },
      });
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
      expect(stored.claims).toEqual(original.claims);
    });

    it('puts removed claims and relations back where they were, after later changes too', async () => {
      // less-traffic folds into fares-small: it leaves the middle of the claims, and its
      // relation to the thesis (r1, first of the thesis's children) duplicates r2, so it goes.
      const { original, merged } = await mergedDebate({
        claimIds: ['fares-small', 'less-traffic'],
        survivor: { keep: 'fares-small' },
      });
      expect(merged.remove).toEqual({ claims: ['less-traffic'], relations: ['r1'], anchors: [] });
      const reply = okEvent(
        await store.addComment(original.id, BOB, {
          parentId: null,
          body: 'Buses are slow.',
          reply: {
            targetClaimId: 'free-buses',
            stance: 'attacks',
            point: { kind: 'new', text: 'Buses are slow.' },
          },
        }),
      );
      okEvent(await store.unmergeClaims(original.id, ADA, merged.seq));
      const stored = await expectReplays(store, original);
      expect(stored.claims).toEqual([...original.claims, ...reply.upsert.claims]);
      expect(stored.relations).toEqual([...original.relations, ...reply.upsert.relations]);
      // Its log, exported and imported elsewhere, replays to the same lists.
      const events = (await store.eventsAfter(original.id, 0, 100)) ?? [];
      const base = await store.getDebateBase(original.id);
      if (!base) throw new Error('no base');
      const renamed = events.map((e) => ({ ...e, debateId: 'copy' }));
      await store.createDebate({ ...stored, id: 'copy' }, { base, events: renamed });
      expect(await store.getDebate('copy')).toEqual({ ...stored, id: 'copy' });
    });

    it('brings back the last claim at the end and its dropped relations in their places', async () => {
      // tallinn is the last claim (nothing follows it); its relations r4 and r5 are dropped.
      const { original, merged } = await mergedDebate({
        claimIds: ['less-traffic', 'tallinn'],
        survivor: { keep: 'less-traffic' },
        stances: [{ from: 'less-traffic', to: 'free-buses', kind: 'supports' }],
      });
      expect(merged.followedBy?.claims).toBeUndefined();
      okEvent(await store.unmergeClaims(original.id, ADA, merged.seq));
      expect(await expectReplays(store, original)).toEqual(original);
    });

    it('two merges undone last-first give the lists back exactly; first-first, rows go before their followers', async () => {
      for (const order of [
        [2, 1],
        [1, 2],
      ]) {
        const original = smallDebate(`order-${order.join('-')}`);
        await store.createDebate(original);
        okEvent(
          await store.mergeClaims(original.id, ADA, {
            claimIds: ['free-buses', 'fares-small'],
            survivor: { keep: 'free-buses' },
          }),
        );
        okEvent(
          await store.mergeClaims(original.id, ADA, {
            claimIds: ['tallinn', 'less-traffic'],
            survivor: { keep: 'tallinn' },
            stances: [{ from: 'tallinn', to: 'free-buses', kind: 'attacks' }],
          }),
        );
        for (const seq of order) okEvent(await store.unmergeClaims(original.id, BOB, seq));
        const stored = await expectReplays(store, original);
        const ids = stored.claims.map((c) => c.id);
        expect(ids).toEqual(
          order[0] === 2
            ? original.claims.map((c) => c.id)
            : // fares-small came back first, before overcrowding; less-traffic then went there too.
              ['free-buses', 'fares-small', 'less-traffic', 'overcrowding', 'tallinn'],
        );
        if (order[0] === 2) expect(stored).toEqual(original);
      }
    });

    it('a merge that keeps a wording as it is adds no revision', async () => {
      const { original, merged } = await mergedDebate({
        claimIds: ['tallinn', 'overcrowding'],
        survivor: { keep: 'overcrowding' },
      });
      okEvent(await store.unmergeClaims(original.id, ADA, merged.seq));
      expect(await store.claimHistory(original.id, 'overcrowding')).toEqual([]);
      expect(await store.claimHistory(original.id, 'tallinn')).toEqual([]);
    });
  });
}
