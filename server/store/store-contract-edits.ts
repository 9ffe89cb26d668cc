// Edits, deletions and marked claims in the Store contract: only the author changes a comment,
// only at the version they saw (409 carries the current one), anchors follow moved words and
// orphan when the words are gone, deletion keeps replies and claims, and "This is a claim" is
// applied in one's own comment and suggested anywhere else.
import { beforeEach, describe, expect, it } from 'vitest';
import type { MarkClaim } from '../../src/domain/commands';
import { applyEvent, EMPTY_REMOVE, EMPTY_UPSERT } from '../../src/domain/events';
import type { Comment, Debate } from '../../src/domain/model';
import { validateDebate } from '../../src/domain/rules';
import { smallDebate } from '../../test/fixtures/small-debate';
import type { Store } from './store';
import { ADA, addUsers, BOB, commentOf, okEvent } from './store-contract-writes';

const DEBATE = 'free-buses';
const BODY = 'Free buses fill up at rush hour. Everyone will ride them.';

export function describeEditsContract(name: string, getStore: () => Store): void {
  describe(`Store contract, edits and marks: ${name}`, () => {
    let store: Store;
    let mine: Comment;
    let claimId: string;

    const snapshot = async () => ({
      debate: await store.getDebate(DEBATE),
      events: await store.eventsAfter(DEBATE, 0, 1000),
    });
    const expectRefused = async <R extends { kind: string }>(
      write: () => Promise<R>,
      kind: R['kind'],
    ): Promise<R> => {
      const before = await snapshot();
      const result = await write();
      expect(result.kind).toBe(kind);
      expect(await snapshot()).toEqual(before);
      return result;
    };

    beforeEach(async () => {
      store = getStore();
      await store.createDebate(smallDebate());
      await addUsers(store);
      // Ada's reply attacking less-traffic, its first sentence anchored as a new claim.
      const event = okEvent(
        await store.addComment(DEBATE, ADA, {
          parentId: null,
          body: BODY,
          reply: {
            targetClaimId: 'less-traffic',
            stance: 'attacks',
            point: { kind: 'new', text: 'Free buses fill up at rush hour.' },
          },
        }),
      );
      mine = commentOf(event);
      claimId = event.upsert.claims[0]?.id ?? '';
    });

    const anchorOfMine = async () =>
      (await store.getDebate(DEBATE))?.anchors.find((a) => a.claimId === claimId);

    it('edits: new body, version + 1, editedAt; moved words keep their anchor', async () => {
      const before = (await store.getDebate(DEBATE)) as Debate;
      const body = `Look at the data. ${BODY}`;
      const event = okEvent(await store.editComment(DEBATE, ADA, mine.id, { body, version: 1 }));
      expect(event).toMatchObject({ seq: 2, type: 'comment.edited' });
      expect(commentOf(event)).toEqual({ ...mine, body, version: 2, editedAt: event.at });
      expect(await anchorOfMine()).toMatchObject({
        quote: { exact: 'Free buses fill up at rush hour.', prefix: 'Look at the data. ' },
        position: { start: 18, end: 50 },
      });
      expect((await anchorOfMine())?.orphaned).toBeUndefined();
      const after = (await store.getDebate(DEBATE)) as Debate;
      expect(after).toEqual(applyEvent(before, event));
      expect(validateDebate(after)).toEqual([]);
    });

    it('edits: rewritten words orphan their anchor, which is kept; put back, it re-attaches', async () => {
      const event = okEvent(
        await store.editComment(DEBATE, ADA, mine.id, { body: 'I changed my mind.', version: 1 }),
      );
      const orphan = await anchorOfMine();
      expect(orphan).toMatchObject({
        orphaned: true,
        quote: { exact: 'Free buses fill up at rush hour.' },
      });
      expect(event.upsert.anchors).toEqual([orphan]);
      expect(validateDebate((await store.getDebate(DEBATE)) as Debate)).toEqual([]);
      okEvent(await store.editComment(DEBATE, ADA, mine.id, { body: BODY, version: 2 }));
      expect((await anchorOfMine())?.orphaned).toBeUndefined();
    });

    it('refuses edits by others, of stale versions, of unknown or imported comments', async () => {
      const edit = { body: 'Mine now.', version: 1 };
      await expectRefused(() => store.editComment(DEBATE, BOB, mine.id, edit), 'forbidden');
      await expectRefused(() => store.editComment(DEBATE, ADA, 'ghost', edit), 'not-found');
      await expectRefused(() => store.editComment(DEBATE, ADA, 'c1', edit), 'forbidden');
      await expectRefused(() => store.editComment('nope', ADA, mine.id, edit), 'no-debate');
      await expectRefused(
        () => store.editComment(DEBATE, ADA, mine.id, { body: ' ', version: 1 }),
        'invalid',
      );
      okEvent(await store.editComment(DEBATE, ADA, mine.id, { body: 'Second.', version: 1 }));
      const stale = await expectRefused(
        () => store.editComment(DEBATE, ADA, mine.id, { body: 'Third.', version: 1 }),
        'conflict',
      );
      expect(stale).toMatchObject({ current: { id: mine.id, body: 'Second.', version: 2 } });
    });

    it('deletes: "[deleted]" with replies, claims and orphaned anchors kept', async () => {
      const reply = commentOf(
        okEvent(await store.addComment(DEBATE, BOB, { parentId: mine.id, body: 'I disagree.' })),
      );
      const before = (await store.getDebate(DEBATE)) as Debate;
      const event = okEvent(await store.deleteComment(DEBATE, ADA, mine.id, 1));
      expect(event).toMatchObject({ seq: 3, type: 'comment.deleted' });
      expect(commentOf(event)).toEqual({ ...mine, body: '', visibility: 'deleted', version: 2 });
      const after = (await store.getDebate(DEBATE)) as Debate;
      expect(after).toEqual(applyEvent(before, event));
      expect(after.comments.find((c) => c.id === reply.id)).toEqual(reply);
      expect(after.claims.some((c) => c.id === claimId)).toBe(true);
      expect(after.relations).toEqual(before.relations);
      expect(await anchorOfMine()).toMatchObject({ orphaned: true });
      expect(validateDebate(after)).toEqual([]);
      await expectRefused(() => store.deleteComment(DEBATE, ADA, mine.id, 1), 'conflict');
      await expectRefused(() => store.deleteComment(DEBATE, ADA, mine.id, 2), 'invalid');
      await expectRefused(() => store.deleteComment(DEBATE, BOB, 'c1', 1), 'forbidden');
    });

    const mark = (over: Partial<MarkClaim> = {}): MarkClaim => ({
      source: { kind: 'comment', commentId: mine.id },
      position: { start: 33, end: 57 },
      text: 'Everyone will ride free buses.',
      relation: { to: 'free-buses', kind: 'supports' },
      ...over,
    });

    it('marks a claim in one’s own comment at once: claim, relation and anchor', async () => {
      const before = (await store.getDebate(DEBATE)) as Debate;
      const event = okEvent(await store.markClaim(DEBATE, ADA, mark()));
      expect(event).toMatchObject({ seq: 2, type: 'claim.marked' });
      const [claim] = event.upsert.claims;
      expect(claim?.text).toBe('Everyone will ride free buses.');
      expect(event.upsert.relations).toMatchObject([{ from: claim?.id, to: 'free-buses' }]);
      expect(event.upsert.anchors).toMatchObject([
        { claimId: claim?.id, quote: { exact: 'Everyone will ride them.' } },
      ]);
      const after = (await store.getDebate(DEBATE)) as Debate;
      expect(after).toEqual(applyEvent(before, event));
      expect(validateDebate(after)).toEqual([]);
    });

    it('suggests a claim marked in the post or someone else’s comment: listed to its author, the debate unchanged', async () => {
      const inPost = mark({ source: { kind: 'post' }, position: { start: 31, end: 58 } });
      const before = await store.getDebate(DEBATE);
      const first = await store.markClaim(DEBATE, BOB, inPost);
      const second = await store.markClaim(DEBATE, BOB, mark());
      expect(await store.getDebate(DEBATE)).toEqual(before);
      // Each is one event that changes no row and names only the suggestion and its status.
      const events = (await store.eventsAfter(DEBATE, 1, 10)) ?? [];
      expect(events.map((e) => [e.type, e.suggestion?.status, e.upsert, e.remove])).toEqual(
        [first, second].map(() => ['suggestion.changed', 'pending', EMPTY_UPSERT, EMPTY_REMOVE]),
      );
      expect(first).toMatchObject({
        suggestion: {
          debateId: DEBATE,
          authorId: BOB.id,
          status: 'pending',
          mark: inPost,
          exact: 'Free buses cut car traffic.',
        },
      });
      const listed = await store.listSuggestions(DEBATE, BOB.id);
      const ids = [first, second].map((r) => (r.kind === 'suggested' ? r.suggestion.id : ''));
      expect(events.map((e) => e.suggestion?.id)).toEqual(ids);
      expect(new Set(listed.map((s) => s.id))).toEqual(new Set(ids));
      expect(listed.map((s) => s.createdAt)).toEqual(
        listed
          .map((s) => s.createdAt)
          .sort()
          .reverse(),
      );
      expect(await store.listSuggestions(DEBATE, ADA.id)).toEqual([]);
    });

    it('refuses marks outside the text, to unknown claims or comments', async () => {
      const outside = mark({ position: { start: 50, end: 500 } });
      await expectRefused(() => store.markClaim(DEBATE, ADA, outside), 'invalid');
      const unknown = mark({ relation: { to: 'nope', kind: 'attacks' } });
      await expectRefused(() => store.markClaim(DEBATE, ADA, unknown), 'invalid');
      const ghost = mark({ source: { kind: 'comment', commentId: 'ghost' } });
      await expectRefused(() => store.markClaim(DEBATE, ADA, ghost), 'not-found');
      expect(await store.listSuggestions(DEBATE, ADA.id)).toEqual([]);
    });
  });
}
