// Merging duplicate claims, in the Store contract (memory, PGlite, PostgreSQL): a preview writes
// nothing; a merge is one event that replays to exactly the stored debate; old ids land on the
// survivor (replies too, even when sent while the merge runs); unmerge restores what was there or
// says what blocks it; two overlapping merges at once: one wins, the other is a 409.
import { beforeEach, describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/domain/events';
import type { MergeRequest } from '../../src/domain/merge/merge-request';
import { byId } from '../../src/domain/merge/merge-test-kit';
import type { Debate } from '../../src/domain/model';
import { validateDebate } from '../../src/domain/rules';
import { smallDebate } from '../../test/fixtures/small-debate';
import type { Store } from './store';
import { overviewOf } from './store';
import { describeMergePropertyContract } from './store-contract-merge-property';
import { describeMergeUndoContract } from './store-contract-merge-undo';
import { ADA, addUsers, BOB, okEvent } from './store-contract-writes';

const TWO: MergeRequest = {
  claimIds: ['tallinn', 'overcrowding'],
  survivor: { keep: 'overcrowding' },
  reason: 'Both say free buses fail.',
};

export async function expectReplays(store: Store, original: Debate): Promise<Debate> {
  const stored = (await store.getDebate(original.id)) as Debate;
  const events = (await store.eventsAfter(original.id, 0, 1000)) ?? [];
  expect(events.reduce(applyEvent, original)).toEqual(stored);
  expect(validateDebate(stored)).toEqual([]);
  expect(await store.getDebateOverview(original.id)).toEqual(overviewOf(stored, events.length));
  return stored;
}

export function describeMergeContract(name: string, getStore: () => Store, runs: number): void {
  describeMergeUndoContract(name, getStore);
  describeMergePropertyContract(name, getStore, runs);
  describe(`Store contract, merges: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = getStore();
      await addUsers(store);
    });

    it('previews without writing, merges in one event, and unmerges to exactly what was there', async () => {
      const original = smallDebate();
      await store.createDebate(original);
      const preview = await store.previewMerge(original.id, TWO);
      expect(preview.kind).toBe('preview');
      if (preview.kind !== 'preview') return;
      expect(preview.preview.conflicts.map((c) => c.kind)).toEqual(['duplicate']);
      expect(await store.eventsAfter(original.id, 0, 10)).toEqual([]);
      const merged = okEvent(
        await store.mergeClaims(original.id, ADA, { ...TWO, expected: preview.preview.expected }),
      );
      expect(merged).toMatchObject({ seq: 1, type: 'claims.merged', reason: TWO.reason });
      const stored = await expectReplays(store, original);
      expect(stored.claims.find((c) => c.id === 'overcrowding')).toEqual({
        id: 'overcrowding',
        text: 'Free buses would be overcrowded.',
        phrasings: ['In Tallinn free buses barely changed traffic.'],
        aliases: ['tallinn'],
      });
      expect(await store.resolveClaimId(original.id, 'tallinn')).toBe('overcrowding');
      expect(await store.resolveClaimId(original.id, 'overcrowding')).toBe('overcrowding');
      expect(await store.resolveClaimId(original.id, 'nope')).toBeNull();
      const undone = okEvent(await store.unmergeClaims(original.id, BOB, 1, 'Not the same.'));
      expect(undone).toMatchObject({ seq: 2, type: 'claims.unmerged', undoes: 1 });
      expect(byId(await expectReplays(store, original))).toEqual(byId(original));
      const again = await store.unmergeClaims(original.id, BOB, 1);
      expect(again).toMatchObject({ kind: 'blocked' });
      expect(await store.unmergeClaims(original.id, BOB, 2)).toMatchObject({ kind: 'not-found' });
      expect(await store.unmergeClaims(original.id, BOB, 9)).toMatchObject({ kind: 'not-found' });
    });

    it('refuses an impossible merge and a stale one, writing nothing', async () => {
      const original = smallDebate();
      await store.createDebate(original);
      const refused = await store.mergeClaims(original.id, ADA, {
        claimIds: ['tallinn', 'less-traffic'],
        survivor: { keep: 'less-traffic' },
      });
      expect(refused).toMatchObject({ kind: 'invalid' });
      expect(JSON.stringify(refused)).toContain('would both support and attack');
      const stale = await store.mergeClaims(original.id, ADA, {
        ...TWO,
        expected: { tallinn: 'x', overcrowding: 'y' },
      });
      expect(stale).toMatchObject({ kind: 'conflict' });
      expect(await store.mergeClaims('nope', ADA, TWO)).toEqual({ kind: 'no-debate' });
      expect(await store.eventsAfter(original.id, 0, 10)).toEqual([]);
      expect(await store.getDebate(original.id)).toEqual(original);
    });

    it('two overlapping merges at once: one wins, the other is a 409 with the current claims', async () => {
      const original = smallDebate();
      await store.createDebate(original);
      const ids = ['tallinn', 'overcrowding', 'fares-small'];
      const preview = await store.previewMerge(original.id, {
        claimIds: ids,
        survivor: { keep: 'tallinn' },
      });
      if (preview.kind !== 'preview') throw new Error(preview.kind);
      const { expected } = preview.preview;
      const results = await Promise.all([
        store.mergeClaims(original.id, ADA, { ...TWO, expected }),
        store.mergeClaims(original.id, BOB, {
          claimIds: ['fares-small', 'tallinn'],
          survivor: { keep: 'fares-small' },
          stances: [{ from: 'fares-small', to: 'free-buses', kind: 'supports' }],
          expected,
        }),
      ]);
      expect(results.map((r) => r.kind).sort()).toEqual(['conflict', 'ok']);
      const conflict = results.find((r) => r.kind === 'conflict');
      expect(conflict && 'current' in conflict && conflict.current.aliases).toEqual({
        tallinn: results[0]?.kind === 'ok' ? 'overcrowding' : 'fares-small',
      });
      await expectReplays(store, original);
    });

    it('a reply to a claim sent while it is being merged lands on the survivor', async () => {
      const original = smallDebate();
      await store.createDebate(original);
      const [reply, merge] = await Promise.all([
        store.addComment(original.id, BOB, {
          parentId: null,
          body: 'Tallinn is a small city.',
          reply: {
            targetClaimId: 'tallinn',
            stance: 'attacks',
            point: { kind: 'new', text: 'Tallinn is small.' },
          },
        }),
        store.mergeClaims(original.id, ADA, TWO),
      ]);
      okEvent(merge);
      okEvent(reply);
      const stored = await expectReplays(store, original);
      const comment = stored.comments.find((c) => c.body === 'Tallinn is a small city.');
      expect(comment?.target?.claimId).toBe('overcrowding');
      const point = stored.claims.find((c) => c.text === 'Tallinn is small.');
      expect(stored.relations.find((r) => r.from === point?.id)?.to).toBe('overcrowding');
      // After the merge an old id still works, and the unmerge leaves the reply on the survivor.
      okEvent(
        await store.addComment(original.id, BOB, {
          parentId: null,
          body: 'And again.',
          reply: { targetClaimId: 'tallinn', stance: 'question' },
        }),
      );
      const seq = (await store.eventsAfter(original.id, 0, 10))?.find(
        (e) => e.type === 'claims.merged',
      )?.seq;
      okEvent(await store.unmergeClaims(original.id, ADA, seq ?? 0));
      const after = await expectReplays(store, original);
      expect(after.comments.find((c) => c.body === 'And again.')?.target?.claimId).toBe(
        'overcrowding',
      );
    });

    it('previews the longer loop a merge would close, walking up from the claims', async () => {
      const original = smallDebate();
      original.relations = original.relations.filter((r) => r.id !== 'r5');
      original.relations.push({ id: 'r6', from: 'free-buses', to: 'fares-small', kind: 'attacks' });
      await store.createDebate(original);
      const preview = await store.previewMerge(original.id, {
        claimIds: ['tallinn', 'fares-small'],
        survivor: { keep: 'fares-small' },
      });
      expect(preview.kind).toBe('preview');
      if (preview.kind !== 'preview') return;
      expect(preview.preview.conflicts.map((c) => c.message)).toContainEqual(
        expect.stringContaining(
          '"tallinn" leads up to "fares-small" through "less-traffic" → "free-buses"',
        ),
      );
    });

    it('a mark related to a merged-away claim relates to its survivor', async () => {
      const original = smallDebate();
      await store.createDebate(original);
      okEvent(await store.mergeClaims(original.id, ADA, TWO));
      const mine = okEvent(
        await store.addComment(original.id, ADA, { parentId: null, body: 'Trams are better.' }),
      );
      const marked = okEvent(
        await store.markClaim(original.id, ADA, {
          source: { kind: 'comment', commentId: mine.upsert.comments[0]?.id ?? '' },
          position: { start: 0, end: 17 },
          text: 'Trams are better.',
          relation: { to: 'tallinn', kind: 'supports' },
        }),
      );
      expect(marked.upsert.relations[0]?.to).toBe('overcrowding');
      await expectReplays(store, original);
    });
  });
}
