// The moderation half of the Store contract (issue 5), on memory, PGlite and PostgreSQL: each
// curation write is one event with its reason and before-state, each refusal changes nothing,
// every wording is kept, and undo restores the rows or says what blocks it.
// The undo cases are in store-contract-moderation-undo.ts; the shared helpers in
// store-contract-moderation-kit.ts.
import { describe, expect, it } from 'vitest';
import { postText } from '../../src/domain/text';
import { smallDebate } from '../../test/fixtures/small-debate';
import type { Store } from './store';
import { D, edit, expectRefused, expectReplays, MOD, world } from './store-contract-moderation-kit';
import { describeModerationUndoContract } from './store-contract-moderation-undo';
import { ADA, okEvent } from './store-contract-writes';

export function describeModerationContract(name: string, getStore: () => Store): void {
  describe(`Store contract, moderation: ${name}`, () => {
    it("edits a claim's wording, keeping every revision, and refuses what changes nothing", async () => {
      const store = getStore();
      await world(store);
      const first = okEvent(
        await store.moderate(D, MOD, edit('tallinn', 'Tallinn: no change.', 'typo')),
      );
      expect(first).toMatchObject({
        type: 'claim.edited',
        actorId: MOD.id,
        reason: 'typo',
        upsert: { claims: [{ id: 'tallinn', text: 'Tallinn: no change.' }] },
        before: {
          claims: [{ id: 'tallinn', text: 'In Tallinn free buses barely changed traffic.' }],
        },
      });
      const second = okEvent(
        await store.moderate(D, MOD, edit('tallinn', 'Tallinn saw little change.')),
      );
      expect(second.reason).toBeUndefined();
      const history = await store.claimHistory(D, 'tallinn');
      expect(history?.map((r) => [r.revision, r.text, r.seq, r.actorId])).toEqual([
        [1, 'In Tallinn free buses barely changed traffic.', null, null],
        [2, 'Tallinn: no change.', first.seq, MOD.id],
        [3, 'Tallinn saw little change.', second.seq, MOD.id],
      ]);
      expect(await store.claimHistory(D, 'free-buses')).toEqual([]);
      expect(await store.claimHistory('nope', 'tallinn')).toBeNull();
      await expectRefused(store, edit('tallinn', 'Tallinn saw little change.'), 'invalid');
      await expectRefused(store, edit('ghost', 'Anything.'), 'not-found');
      // Two moderators editing at once: the one who saw an older wording is refused with it.
      const stale = await expectRefused(
        store,
        { kind: 'edit-claim', claimId: 'tallinn', text: 'Mine.', expected: 'Tallinn: no change.' },
        'blocked',
      );
      expect(stale).toMatchObject({
        message: expect.stringContaining('Tallinn saw little change.'),
      });
      okEvent(
        await store.moderate(D, MOD, {
          kind: 'edit-claim',
          claimId: 'tallinn',
          text: 'Tallinn saw little change at all.',
          expected: 'Tallinn saw little change.',
        }),
      );
      expect((await store.moderate('nope', MOD, edit('tallinn', 'x'))).kind).toBe('no-debate');
      await expectReplays(store);
    });

    it("changes a relation's stance and target by the link rules", async () => {
      const store = getStore();
      await world(store);
      const stance = okEvent(
        await store.moderate(D, MOD, {
          kind: 'edit-relation',
          relationId: 'r3',
          relationKind: 'supports',
        }),
      );
      expect(stance.upsert.relations).toEqual([
        { id: 'r3', from: 'overcrowding', to: 'free-buses', kind: 'supports' },
      ]);
      expect(stance.before?.relations).toEqual([
        { id: 'r3', from: 'overcrowding', to: 'free-buses', kind: 'attacks' },
      ]);
      const moved = okEvent(
        await store.moderate(D, MOD, {
          kind: 'edit-relation',
          relationId: 'r4',
          to: 'fares-small',
        }),
      );
      expect(moved.upsert.relations[0]).toMatchObject({
        from: 'tallinn',
        to: 'fares-small',
        kind: 'attacks',
      });
      // tallinn already attacks free-buses (r5); a self-relation; an unknown target or relation.
      await expectRefused(
        store,
        { kind: 'edit-relation', relationId: 'r4', to: 'free-buses' },
        'invalid',
      );
      await expectRefused(
        store,
        { kind: 'edit-relation', relationId: 'r4', to: 'tallinn' },
        'invalid',
      );
      await expectRefused(
        store,
        { kind: 'edit-relation', relationId: 'r4', to: 'ghost' },
        'invalid',
      );
      await expectRefused(
        store,
        { kind: 'edit-relation', relationId: 'r9', to: 'tallinn' },
        'not-found',
      );
      await expectRefused(
        store,
        { kind: 'edit-relation', relationId: 'r1', relationKind: 'supports' },
        'invalid',
      );
      await expectReplays(store);
    });

    it('hides and unhides comments and claims with a reason, reversibly', async () => {
      const store = getStore();
      await world(store);
      const hid = okEvent(
        await store.moderate(D, MOD, {
          kind: 'hide-comment',
          commentId: 'c1',
          hidden: true,
          reason: 'spam',
        }),
      );
      expect(hid).toMatchObject({
        type: 'comment.hidden',
        reason: 'spam',
        upsert: { comments: [{ id: 'c1', visibility: 'hidden' }] },
      });
      const claim = okEvent(
        await store.moderate(D, MOD, {
          kind: 'hide-claim',
          claimId: 'tallinn',
          hidden: true,
          reason: 'off topic',
        }),
      );
      expect(claim.upsert.claims).toEqual([
        { id: 'tallinn', text: 'In Tallinn free buses barely changed traffic.', hidden: true },
      ]);
      expect(claim.upsert.relations.map((r) => r.id).sort()).toEqual(['r4', 'r5']);
      expect(claim.upsert.anchors.map((a) => a.id)).toEqual(['a5']);
      expect(await store.hiddenIds(D)).toEqual({ claims: ['tallinn'], comments: ['c1', 'c3'] });
      await expectRefused(
        store,
        { kind: 'hide-claim', claimId: 'tallinn', hidden: true, reason: 'again' },
        'invalid',
      );
      await expectRefused(
        store,
        { kind: 'hide-comment', commentId: 'c9', hidden: true, reason: 'x' },
        'not-found',
      );
      const answer = await store.addComment(D, ADA, {
        parentId: null,
        body: 'Is that so?',
        reply: { targetClaimId: 'tallinn', stance: 'question' },
      });
      expect(answer).toMatchObject({ kind: 'invalid', message: expect.stringContaining('hidden') });
      okEvent(
        await store.moderate(D, MOD, { kind: 'hide-claim', claimId: 'tallinn', hidden: false }),
      );
      okEvent(
        await store.moderate(D, MOD, { kind: 'hide-comment', commentId: 'c3', hidden: false }),
      );
      expect(await store.hiddenIds(D)).toEqual({ claims: [], comments: ['c1'] });
      expect((await store.getDebate(D))?.claims.find((c) => c.id === 'tallinn')).toEqual({
        id: 'tallinn',
        text: 'In Tallinn free buses barely changed traffic.',
      });
      await expectReplays(store);
    });

    it('accepts a suggested claim as the author’s mark would, and declines another, keeping it', async () => {
      const store = getStore();
      await world(store);
      const text = postText(smallDebate().post);
      const words = 'Free buses cut car traffic.';
      const start = text.indexOf(words);
      const mark = {
        source: { kind: 'post' as const },
        position: { start, end: start + words.length },
        text: 'Free buses cut traffic.',
        relation: { to: 'free-buses', kind: 'supports' as const },
      };
      const one = await store.markClaim(D, ADA, mark);
      const two = await store.markClaim(D, ADA, { ...mark, relation: null });
      if (one.kind !== 'suggested' || two.kind !== 'suggested')
        throw new Error('expected suggestions');
      const accepted = okEvent(
        await store.moderate(D, MOD, {
          kind: 'accept-suggestion',
          suggestionId: one.suggestion.id,
          reason: 'good',
        }),
      );
      expect(accepted).toMatchObject({ type: 'suggestion.accepted', reason: 'good' });
      const [claim] = accepted.upsert.claims;
      expect(claim?.text).toBe('Free buses cut traffic.');
      expect(accepted.upsert.relations).toEqual([
        { id: expect.any(String), from: claim?.id, to: 'free-buses', kind: 'supports' },
      ]);
      expect(accepted.upsert.anchors[0]).toMatchObject({
        claimId: claim?.id,
        source: { kind: 'post' },
        quote: { exact: words },
      });
      await expectRefused(
        store,
        { kind: 'accept-suggestion', suggestionId: one.suggestion.id },
        'invalid',
      );
      await expectRefused(
        store,
        { kind: 'accept-suggestion', suggestionId: 's-nope' },
        'not-found',
      );
      const declined = await store.declineSuggestion(D, MOD, two.suggestion.id, 'duplicate');
      expect(declined).toMatchObject({ kind: 'ok', suggestion: { status: 'declined' } });
      expect((await store.declineSuggestion(D, MOD, two.suggestion.id)).kind).toBe('invalid');
      const statuses = new Map((await store.listAllSuggestions(D))?.map((s) => [s.id, s.status]));
      expect(statuses).toEqual(
        new Map([
          [one.suggestion.id, 'accepted'],
          [two.suggestion.id, 'declined'],
        ]),
      );
      await expectReplays(store);
    });

    describeModerationUndoContract(getStore);
  });
}
