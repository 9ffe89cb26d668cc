// Undo in the moderation half of the Store contract (memory, PGlite, PostgreSQL), registered by
// describeModerationContract under the same describe: undo restores the rows exactly or says what
// blocks it, an edit's undo is a new revision, an acceptance's undo removes its rows and makes the
// suggestion pending again, and the moderation log lists every entry.
import { expect, it } from 'vitest';
import { postText } from '../../src/domain/text';
import { smallDebate } from '../../test/fixtures/small-debate';
import type { Store } from './store';
import { D, edit, expectRefused, expectReplays, MOD, world } from './store-contract-moderation-kit';
import { ADA, BOB, okEvent } from './store-contract-writes';

export function describeModerationUndoContract(getStore: () => Store): void {
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
}
