// The write half of the Store contract: every write kind, every refusal (which must change
// nothing: same seq, same rows), re-anchoring on edit, deletion keeping replies and claims, and
// marking claims (applied in one's own comment, suggested anywhere else).
import { beforeEach, describe, expect, it } from 'vitest';
import type { NewComment, User } from '../../src/domain/commands';
import { applyEvent, type DebateEvent } from '../../src/domain/events';
import type { Comment, Debate } from '../../src/domain/model';
import { validateDebate } from '../../src/domain/rules';
import { smallDebate } from '../../test/fixtures/small-debate';
import type { Store, WriteResult } from './store';
import { overviewOf } from './store';
import { storedUser } from './store-contract-accounts';

export const ADA: User = { id: 'u-ada', name: 'Ada_L' };
export const BOB: User = { id: 'u-bob', name: 'bob' };
const DEBATE = 'free-buses';

export async function addUsers(store: Store): Promise<void> {
  await store.createUser(storedUser(ADA.id, ADA.name));
  await store.createUser(storedUser(BOB.id, BOB.name));
}

export function okEvent(result: WriteResult | { kind: string }): DebateEvent {
  if (result.kind !== 'ok' || !('event' in result)) {
    throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  }
  return result.event;
}

export function commentOf(event: DebateEvent): Comment {
  const [comment] = event.upsert.comments;
  if (!comment) throw new Error('the event has no comment');
  return comment;
}

/** Runs `write`, expects a refusal of `kind` saying why, and `snapshot` the same after it. */
export async function expectRefusedUnchanged<R extends { kind: string }>(
  snapshot: () => Promise<unknown>,
  write: () => Promise<R>,
  kind: string,
): Promise<R> {
  const before = await snapshot();
  const result = await write();
  expect(result.kind).toBe(kind);
  if ('message' in result) expect(result.message).toMatch(/\w/);
  expect(await snapshot()).toEqual(before);
  return result;
}

const post = (body: string): NewComment => ({ parentId: null, body });

export function describeWritesContract(name: string, getStore: () => Store): void {
  describe(`Store contract, writes: ${name}`, () => {
    let store: Store;
    let original: Debate;
    /** What must not change when a write is refused. */
    const snapshot = async () => ({
      debate: await store.getDebate(DEBATE),
      events: await store.eventsAfter(DEBATE, 0, 1000),
      overview: await store.getDebateOverview(DEBATE),
      suggestions: await store.listSuggestions(DEBATE, ADA.id),
    });
    const expectRefused = (write: () => Promise<{ kind: string }>, kind: string) =>
      expectRefusedUnchanged(snapshot, write, kind);

    beforeEach(async () => {
      store = getStore();
      original = smallDebate();
      await store.createDebate(original);
      await addUsers(store);
    });

    it('adds a reply to the post as event 1, last among the threads, and reads it back', async () => {
      const event = okEvent(await store.addComment(DEBATE, ADA, post('Buses *should* be free.')));
      expect(event).toMatchObject({ debateId: DEBATE, seq: 1, type: 'comment.added' });
      expect(event.actorId).toBe(ADA.id);
      const comment = commentOf(event);
      expect(comment).toEqual({
        id: expect.stringMatching(/^c-[a-z0-9]{12}$/),
        parentId: null,
        author: 'Ada_L',
        createdAt: event.at,
        body: 'Buses *should* be free.',
        visibility: 'visible',
        order: 2,
        authorId: ADA.id,
        version: 1,
      });
      expect(await store.getDebate(DEBATE)).toEqual(applyEvent(original, event));
      expect(await store.getDebateOverview(DEBATE)).toEqual(
        overviewOf(applyEvent(original, event), 1),
      );
      expect(await store.eventsAfter(DEBATE, 0, 10)).toEqual([event]);
    });

    it('adds a reply to a comment, after its existing replies', async () => {
      const event = okEvent(await store.addComment(DEBATE, BOB, { parentId: 'c1', body: 'No.' }));
      expect(commentOf(event)).toMatchObject({ parentId: 'c1', order: 1, author: 'bob' });
      expect(await store.getDebate(DEBATE)).toEqual(applyEvent(original, event));
    });

    it('replies to a claim said in a comment: under that comment, with a new claim, relation and anchor', async () => {
      const body = 'Crowds **spread out** over the day. Off-peak buses run empty.';
      const event = okEvent(
        await store.addComment(DEBATE, ADA, {
          parentId: null,
          body,
          reply: {
            targetClaimId: 'overcrowding',
            stance: 'attacks',
            point: { kind: 'new', text: 'Crowds spread out over the day.' },
          },
        }),
      );
      const comment = commentOf(event);
      expect(comment).toMatchObject({
        parentId: 'c1',
        target: { claimId: 'overcrowding', stance: 'attacks' },
      });
      const [claim] = event.upsert.claims;
      expect(claim).toEqual({
        id: expect.stringMatching(/^k-/),
        text: 'Crowds spread out over the day.',
      });
      expect(event.upsert.relations).toEqual([
        { id: expect.stringMatching(/^r-/), from: claim?.id, to: 'overcrowding', kind: 'attacks' },
      ]);
      // The first sentence of the plain text (Markdown markers are not counted).
      expect(event.upsert.anchors).toEqual([
        {
          id: expect.stringMatching(/^a-/),
          claimId: claim?.id,
          source: { kind: 'comment', commentId: comment.id },
          quote: {
            exact: 'Crowds spread out over the day.',
            prefix: '',
            suffix: ' Off-peak buses run empty.',
          },
          position: { start: 0, end: 31 },
        },
      ]);
      const after = await store.getDebate(DEBATE);
      expect(after).toEqual(applyEvent(original, event));
      expect(validateDebate(after as Debate)).toEqual([]);
    });

    it('replies to a claim said in the post at the top level, restating an existing claim', async () => {
      const event = okEvent(
        await store.addComment(DEBATE, ADA, {
          parentId: 'c3',
          body: 'Fares are tiny. So cutting them costs little.',
          reply: {
            targetClaimId: 'less-traffic',
            stance: 'supports',
            point: { kind: 'existing', claimId: 'fares-small' },
            quote: { start: 0, end: 15 },
          },
        }),
      );
      const comment = commentOf(event);
      expect(comment.parentId).toBeNull();
      expect(event.upsert.claims).toEqual([]);
      expect(event.upsert.relations).toMatchObject([
        { from: 'fares-small', to: 'less-traffic', kind: 'supports' },
      ]);
      expect(event.upsert.anchors).toMatchObject([
        {
          claimId: 'fares-small',
          quote: { exact: 'Fares are tiny.' },
          position: { start: 0, end: 15 },
        },
      ]);
      expect(await store.getDebate(DEBATE)).toEqual(applyEvent(original, event));
    });

    it('asks a question about a claim: only the comment, with its target', async () => {
      const event = okEvent(
        await store.addComment(DEBATE, BOB, {
          parentId: null,
          body: 'Which city measured this?',
          reply: { targetClaimId: 'tallinn', stance: 'question' },
        }),
      );
      expect(commentOf(event)).toMatchObject({
        parentId: 'c3',
        target: { claimId: 'tallinn', stance: 'question' },
      });
      expect(event.upsert).toMatchObject({ claims: [], relations: [], anchors: [] });
      expect(await store.getDebate(DEBATE)).toEqual(applyEvent(original, event));
    });

    it('refuses every bad new comment and writes nothing', async () => {
      const reply = (extra: Partial<NonNullable<NewComment['reply']>>): NewComment => ({
        parentId: null,
        body: 'Tallinn is not typical.',
        reply: { targetClaimId: 'tallinn', stance: 'attacks', ...extra },
      });
      const newPoint = { kind: 'new', text: 'Tallinn is not typical.' } as const;
      const add =
        (input: NewComment, debateId = DEBATE) =>
        () =>
          store.addComment(debateId, ADA, input);
      await expectRefused(add(post('Hello'), 'nope'), 'no-debate');
      await expectRefused(add({ parentId: 'ghost', body: 'Hello' }), 'not-found');
      await expectRefused(add(post('')), 'invalid');
      await expectRefused(add(post('   \n\n  ')), 'invalid');
      await expectRefused(add(post('x'.repeat(10_001))), 'invalid');
      await expectRefused(add(reply({ targetClaimId: 'nope', point: newPoint })), 'invalid');
      await expectRefused(add(reply({})), 'invalid');
      await expectRefused(add(reply({ stance: 'question', point: newPoint })), 'invalid');
      await expectRefused(
        add(reply({ point: newPoint, quote: { start: 10, end: 99 } })),
        'invalid',
      );
      await expectRefused(add(reply({ point: newPoint, quote: { start: 7, end: 8 } })), 'invalid');
      const existing = (claimId: string) => ({ kind: 'existing', claimId }) as const;
      await expectRefused(add(reply({ point: existing('nope') })), 'invalid');
      await expectRefused(add(reply({ point: existing('tallinn') })), 'invalid');
      // tallinn already attacks less-traffic (r4): the message names the relation.
      const duplicate = await expectRefused(
        add(reply({ targetClaimId: 'less-traffic', point: existing('tallinn') })),
        'invalid',
      );
      expect('message' in duplicate && duplicate.message).toContain('r4');
    });
  });
}
