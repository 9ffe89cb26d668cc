// "These words state an existing claim" in the Store contract (memory, PGlite, PostgreSQL): in
// one's own comment one event adds just the anchor; elsewhere a suggestion that a moderator
// accepts (the anchor) or declines (nothing); merged ids land on the survivor; hidden, unknown
// and already-anchored claims are refused and change nothing; every suggestion change is an
// event with ids and status only.
import { beforeEach, describe, expect, it } from 'vitest';
import type { MarkClaim } from '../../src/domain/commands';
import { applyEvent, EMPTY_REMOVE, EMPTY_UPSERT } from '../../src/domain/events';
import type { Comment, Debate } from '../../src/domain/model';
import { validateDebate } from '../../src/domain/rules';
import { postText } from '../../src/domain/text';
import { smallDebate } from '../../test/fixtures/small-debate';
import type { MarkResult, Store } from './store';
import { overviewOf } from './store';
import {
  ADA,
  addUsers,
  BOB,
  commentOf,
  expectRefusedUnchanged,
  okEvent,
} from './store-contract-writes';

const D = 'free-buses';
const BODY = 'Buses free of charge would fill up. Everyone rides.';
const MOD = BOB;

function at(text: string, words: string) {
  const start = text.indexOf(words);
  if (start === -1) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length };
}

function suggested(result: MarkResult) {
  if (result.kind !== 'suggested') throw new Error(`expected a suggestion, got ${result.kind}`);
  return result.suggestion;
}

export function describeMarkExistingContract(name: string, getStore: () => Store): void {
  describe(`Store contract, marking words as an existing claim: ${name}`, () => {
    let store: Store;
    let mine: Comment;

    const snapshot = async () => ({
      debate: await store.getDebate(D),
      events: await store.eventsAfter(D, 0, 1000),
      suggestions: await store.listAllSuggestions(D),
    });
    const expectRefused = (write: () => Promise<{ kind: string }>, kind: string) =>
      expectRefusedUnchanged(snapshot, write, kind);
    const expectReplays = async () => {
      const stored = (await store.getDebate(D)) as Debate;
      const events = (await store.eventsAfter(D, 0, 1000)) ?? [];
      expect(events.reduce(applyEvent, smallDebate())).toEqual(stored);
      expect(validateDebate(stored)).toEqual([]);
      expect(await store.getDebateOverview(D)).toEqual(overviewOf(stored, events.length));
    };
    const inMine = (words: string, claimId: string): MarkClaim => ({
      source: { kind: 'comment', commentId: mine.id },
      position: at(BODY, words),
      claimId,
      relation: null,
    });
    const inPost = (words: string, claimId: string): MarkClaim => ({
      source: { kind: 'post' },
      position: at(postText(smallDebate().post), words),
      claimId,
      relation: null,
    });

    beforeEach(async () => {
      store = getStore();
      await store.createDebate(smallDebate());
      await addUsers(store);
      mine = commentOf(okEvent(await store.addComment(D, ADA, { parentId: null, body: BODY })));
    });

    it('in one’s own comment: one event adding just the anchor, no claim, no relation', async () => {
      const before = (await store.getDebate(D)) as Debate;
      const event = okEvent(
        await store.markClaim(D, ADA, inMine('Buses free of charge would fill up', 'overcrowding')),
      );
      expect(event).toMatchObject({ seq: 2, type: 'claim.marked', remove: EMPTY_REMOVE });
      expect(event.upsert).toMatchObject({ comments: [], claims: [], relations: [] });
      expect(event.upsert.anchors).toEqual([
        {
          id: expect.any(String),
          claimId: 'overcrowding',
          source: { kind: 'comment', commentId: mine.id },
          quote: {
            exact: 'Buses free of charge would fill up',
            prefix: '',
            suffix: expect.any(String),
          },
          position: at(BODY, 'Buses free of charge would fill up'),
        },
      ]);
      const after = (await store.getDebate(D)) as Debate;
      expect(after).toEqual(applyEvent(before, event));
      expect(after.claims).toEqual(before.claims);
      expect(after.relations).toEqual(before.relations);
      await expectReplays();
    });

    it('refuses the same words twice (409), hidden and unknown claims (422), changing nothing', async () => {
      const words = 'Buses free of charge would fill up';
      okEvent(await store.markClaim(D, ADA, inMine(words, 'overcrowding')));
      const twice = await expectRefused(
        () => store.markClaim(D, ADA, inMine(words, 'overcrowding')),
        'blocked',
      );
      expect(twice).toMatchObject({ message: expect.stringMatching(/already state/) });
      // Other words, or the same words for another claim, are fine.
      okEvent(await store.markClaim(D, ADA, inMine('Everyone rides', 'overcrowding')));
      okEvent(await store.markClaim(D, ADA, inMine(words, 'tallinn')));
      const unknown = await expectRefused(
        () => store.markClaim(D, ADA, inMine('Everyone rides', 'nope')),
        'invalid',
      );
      expect(unknown).toMatchObject({ message: expect.stringMatching(/^"claimId": /) });
      okEvent(
        await store.moderate(D, MOD, {
          kind: 'hide-claim',
          claimId: 'less-traffic',
          hidden: true,
          reason: 'spam',
        }),
      );
      const hidden = await expectRefused(
        () => store.markClaim(D, ADA, inMine('Everyone rides', 'less-traffic')),
        'invalid',
      );
      expect(hidden).toMatchObject({ message: expect.stringMatching(/^"claimId": .*hidden/) });
      await expectRefused(() => store.markClaim(D, BOB, inPost('Free buses', 'nope')), 'invalid');
      await expectReplays();
    });

    it('lands a merged-away claim id on the survivor', async () => {
      const request = {
        claimIds: ['tallinn', 'overcrowding'],
        survivor: { keep: 'overcrowding' },
        reason: 'Both say free buses fail.',
      };
      const preview = await store.previewMerge(D, request);
      if (preview.kind !== 'preview') throw new Error(`expected a preview, got ${preview.kind}`);
      okEvent(await store.mergeClaims(D, MOD, { ...request, expected: preview.preview.expected }));
      const event = okEvent(await store.markClaim(D, ADA, inMine('Everyone rides', 'tallinn')));
      expect(event.upsert.anchors).toMatchObject([{ claimId: 'overcrowding' }]);
      const suggestion = suggested(await store.markClaim(D, BOB, inMine('fill up', 'tallinn')));
      expect(suggestion.mark.claimId).toBe('overcrowding');
      await expectReplays();
    });

    it('elsewhere: a suggestion (an event with ids and status only); accept adds the anchor', async () => {
      const words = 'Fares are a small share of what buses cost';
      const before = (await store.getDebate(D)) as Debate;
      const suggestion = suggested(await store.markClaim(D, ADA, inPost(words, 'fares-small')));
      expect(suggestion).toMatchObject({
        status: 'pending',
        exact: words,
        mark: { claimId: 'fares-small', relation: null },
      });
      expect(suggestion.mark.text).toBeUndefined();
      const [changed] = (await store.eventsAfter(D, 1, 10)) ?? [];
      expect(changed).toMatchObject({
        seq: 2,
        type: 'suggestion.changed',
        upsert: EMPTY_UPSERT,
        remove: EMPTY_REMOVE,
        suggestion: { id: suggestion.id, status: 'pending' },
      });
      expect(await store.getDebate(D)).toEqual(before);
      expect((await store.listSuggestions(D, ADA.id)).map((s) => s.id)).toEqual([suggestion.id]);
      // The same words for the same claim wait once; already anchored words are refused at once.
      await expectRefused(() => store.markClaim(D, BOB, inPost(words, 'fares-small')), 'blocked');
      await expectRefused(
        () => store.markClaim(D, BOB, inPost('Free buses cut car traffic.', 'less-traffic')),
        'blocked',
      );

      const accepted = okEvent(
        await store.moderate(D, MOD, { kind: 'accept-suggestion', suggestionId: suggestion.id }),
      );
      expect(accepted).toMatchObject({
        type: 'suggestion.accepted',
        suggestion: { id: suggestion.id, status: 'accepted' },
      });
      expect(accepted.upsert).toMatchObject({ comments: [], claims: [], relations: [] });
      expect(accepted.upsert.anchors).toMatchObject([
        { claimId: 'fares-small', source: { kind: 'post' }, quote: { exact: words } },
      ]);
      const [listed] = await store.listSuggestions(D, ADA.id);
      expect(listed?.status).toBe('accepted');
      await expectReplays();
      // Undo takes the anchor back and the suggestion waits again; the claim stays.
      okEvent(await store.moderate(D, MOD, { kind: 'undo', seq: accepted.seq }));
      expect(await store.getDebate(D)).toEqual(before);
      expect((await store.listSuggestions(D, ADA.id))[0]?.status).toBe('pending');
      await expectReplays();
    });

    it('declining changes nothing but the status (one event); accepting words anchored since is refused', async () => {
      const words = 'Fares are a small share of what buses cost';
      const one = suggested(await store.markClaim(D, ADA, inPost(words, 'fares-small')));
      const debate = await store.getDebate(D);
      const declined = await store.declineSuggestion(D, MOD, one.id, 'not the same');
      expect(declined).toMatchObject({
        kind: 'ok',
        suggestion: { id: one.id, status: 'declined' },
      });
      expect(await store.getDebate(D)).toEqual(debate);
      const last = ((await store.eventsAfter(D, 0, 1000)) ?? []).at(-1);
      expect(last).toMatchObject({
        type: 'suggestion.changed',
        actorId: MOD.id,
        suggestion: { id: one.id, status: 'declined' },
        upsert: EMPTY_UPSERT,
        remove: EMPTY_REMOVE,
      });
      // The moderator's reason is not for the public stream.
      expect(last).not.toHaveProperty('reason');
      expect((await store.listSuggestions(D, ADA.id))[0]?.status).toBe('declined');

      // Bob suggests words in Ada's comment; Ada then marks the same words herself.
      const theirs = inMine('Buses free of charge would fill up', 'overcrowding');
      const waiting = suggested(await store.markClaim(D, BOB, theirs));
      okEvent(await store.markClaim(D, ADA, theirs));
      await expectRefused(
        () => store.moderate(D, MOD, { kind: 'accept-suggestion', suggestionId: waiting.id }),
        'blocked',
      );
      await expectReplays();
    });
  });
}
