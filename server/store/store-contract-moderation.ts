// The moderation half of the Store contract (issue 5), on memory, PGlite and PostgreSQL: each
// curation write is one event with its reason and before-state, each refusal changes nothing,
// every wording is kept, and undo restores the rows or says what blocks it.
import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/domain/events';
import type { ModerationCommand } from '../../src/domain/moderation/commands';
import { postText } from '../../src/domain/text';
import { smallDebate } from '../../test/fixtures/small-debate';
import type { Store } from './store';
import { ADA, addUsers, BOB, okEvent } from './store-contract-writes';

const D = 'free-buses';
const MOD = BOB;

async function world(store: Store) {
  await store.createDebate(smallDebate());
  await addUsers(store);
}

/** Everything a refusal must leave as it was. */
async function snapshot(store: Store) {
  return {
    debate: await store.getDebate(D),
    events: await store.eventsAfter(D, 0, 1000),
    suggestions: await store.listAllSuggestions(D),
  };
}

async function expectRefused(store: Store, command: ModerationCommand, kind: string) {
  const before = await snapshot(store);
  const result = await store.moderate(D, MOD, command);
  expect(result.kind).toBe(kind);
  expect(await snapshot(store)).toEqual(before);
  return result;
}

async function expectReplays(store: Store) {
  let debate = smallDebate();
  for (const event of (await store.eventsAfter(D, 0, 1000)) ?? [])
    debate = applyEvent(debate, event);
  expect(await store.getDebate(D)).toEqual(debate);
}

const edit = (claimId: string, text: string, reason?: string): ModerationCommand => ({
  kind: 'edit-claim',
  claimId,
  text,
  ...(reason ? { reason } : {}),
});

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

    it('undoes an entry exactly, refuses with what blocks it, and lists the log', async () => {
      const store = getStore();
      await world(store);
      const original = await store.getDebate(D);
      const edited = okEvent(await store.moderate(D, MOD, edit('fares-small', 'Fares are small.')));
      const hidden = okEvent(
        await store.moderate(D, MOD, {
          kind: 'hide-claim',
          claimId: 'fares-small',
          hidden: true,
          reason: 'x',
        }),
      );
      // The edit's claim was changed again by the hide: undoing the edit would overwrite it.
      const blocked = await expectRefused(store, { kind: 'undo', seq: edited.seq }, 'blocked');
      expect(blocked).toMatchObject({ message: expect.stringContaining(`entry ${hidden.seq}`) });
      const undoHide = okEvent(
        await store.moderate(D, MOD, { kind: 'undo', seq: hidden.seq, reason: 'oops' }),
      );
      expect(undoHide).toMatchObject({
        type: 'moderation.undone',
        undoes: hidden.seq,
        reason: 'oops',
      });
      const again = await expectRefused(store, { kind: 'undo', seq: hidden.seq }, 'blocked');
      expect(again).toMatchObject({ message: expect.stringContaining('already undone') });
      // Undoing the undo of the hide re-hides; undoing that and then the edit restores all.
      const redo = okEvent(await store.moderate(D, MOD, { kind: 'undo', seq: undoHide.seq }));
      okEvent(await store.moderate(D, MOD, { kind: 'undo', seq: redo.seq }));
      await expectRefused(store, { kind: 'undo', seq: edited.seq }, 'blocked');
      expect((await store.getDebate(D))?.claims.find((c) => c.id === 'fares-small')).toEqual({
        id: 'fares-small',
        text: 'Fares are small.',
      });
      await expectRefused(store, { kind: 'undo', seq: 999 }, 'not-found');
      const log = await store.moderationEvents(D);
      expect(log?.map((e) => e.type)).toEqual([
        'claim.edited',
        'claim.hidden',
        'moderation.undone',
        'moderation.undone',
        'moderation.undone',
      ]);
      expect(original?.claims.length).toBe((await store.getDebate(D))?.claims.length);
      await expectReplays(store);
    });

    it('undoes an edit (a new revision) and an acceptance (rows gone, suggestion pending again)', async () => {
      const store = getStore();
      await world(store);
      const original = await store.getDebate(D);
      const edited = okEvent(
        await store.moderate(D, MOD, edit('overcrowding', 'Buses would be full.')),
      );
      const undone = okEvent(await store.moderate(D, MOD, { kind: 'undo', seq: edited.seq }));
      expect((await store.claimHistory(D, 'overcrowding'))?.map((r) => [r.text, r.seq])).toEqual([
        ['Free buses would be overcrowded.', null],
        ['Buses would be full.', edited.seq],
        ['Free buses would be overcrowded.', undone.seq],
      ]);
      const text = postText(smallDebate().post);
      const start = text.indexOf('Fares are a small share');
      const suggested = await store.markClaim(D, ADA, {
        source: { kind: 'post' },
        position: { start, end: start + 23 },
        text: 'Fares are a small share.',
        relation: null,
      });
      if (suggested.kind !== 'suggested') throw new Error('expected a suggestion');
      const accepted = okEvent(
        await store.moderate(D, MOD, {
          kind: 'accept-suggestion',
          suggestionId: suggested.suggestion.id,
        }),
      );
      const back = okEvent(await store.moderate(D, MOD, { kind: 'undo', seq: accepted.seq }));
      expect(back.remove.claims).toEqual(accepted.upsert.claims.map((c) => c.id));
      expect(back.remove.anchors).toEqual(accepted.upsert.anchors.map((a) => a.id));
      expect(await store.getDebate(D)).toEqual(original);
      expect((await store.listAllSuggestions(D))?.[0]?.status).toBe('pending');

      // An accepted claim that was replied to since cannot be taken back: the reply needs it.
      const again = await store.markClaim(D, ADA, {
        source: { kind: 'post' },
        position: { start, end: start + 23 },
        text: 'Fares are a small share.',
        relation: null,
      });
      if (again.kind !== 'suggested') throw new Error('expected a suggestion');
      const kept = okEvent(
        await store.moderate(D, MOD, {
          kind: 'accept-suggestion',
          suggestionId: again.suggestion.id,
        }),
      );
      const claimId = kept.upsert.claims[0]?.id ?? '';
      okEvent(
        await store.addComment(D, BOB, {
          parentId: null,
          body: 'Not small at all.',
          reply: {
            targetClaimId: claimId,
            stance: 'attacks',
            point: { kind: 'new', text: 'Not small.' },
          },
        }),
      );
      const used = await expectRefused(store, { kind: 'undo', seq: kept.seq }, 'blocked');
      expect(used).toMatchObject({ message: expect.stringContaining(claimId) });
      // A commenter's own write is not a moderation: the generic undo refuses it.
      const reply = okEvent(await store.addComment(D, ADA, { parentId: null, body: 'Hello.' }));
      await expectRefused(store, { kind: 'undo', seq: reply.seq }, 'invalid');
      await expectReplays(store);
    });
  });
}
