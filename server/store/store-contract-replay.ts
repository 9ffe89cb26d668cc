// Writes against the whole model, in the Store contract: after any sequence of writes the event
// log replays to exactly the stored debate, nothing is lost or left dangling, and the paged
// thread shows every comment once, in the order a full re-placement of the debate gives.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ThreadSort } from '../../src/domain/build-thread';
import type { NewComment, User } from '../../src/domain/commands';
import { applyEvent } from '../../src/domain/events';
import type { Debate, Id } from '../../src/domain/model';
import { validateDebate } from '../../src/domain/rules';
import {
  compareThreadPlaces,
  placeComments,
  type ThreadComment,
  type ThreadPlace,
} from '../../src/domain/thread-page';
import { smallDebate } from '../../test/fixtures/small-debate';
import { threadedDebate } from '../../test/fixtures/threaded-debate';
import type { Store } from './store';
import { overviewOf } from './store';
import { ADA, addUsers, BOB, commentOf, okEvent } from './store-contract-writes';

/** Every comment the pages serve (main pages, then each cut thread's continuation). */
async function readPaged(store: Store, debateId: Id, sort: ThreadSort): Promise<ThreadComment[]> {
  const seen: ThreadComment[] = [];
  const read = async (parentId: Id | null, from: ThreadPlace | null) => {
    let after = from;
    for (let guard = 0; guard < 500; guard++) {
      const page = await store.getThreadPage(debateId, { sort, limit: 7, after, parentId });
      if (page.kind !== 'page') throw new Error(page.kind);
      seen.push(...page.comments);
      after = page.comments.at(-1)?.thread[sort] ?? null;
      if (!page.hasMore) return;
    }
  };
  await read(null, null);
  const main = [...seen];
  for (const c of main) {
    if (c.thread[sort].pos === 20 && c.thread.threadReplyCount > 20) {
      await read(c.thread.rootId, c.thread[sort]);
    }
  }
  return seen;
}

/** The paged thread holds each comment once, in the reading order of a full re-placement. */
async function expectPagedInOrder(store: Store, debate: Debate): Promise<void> {
  const whole = placeComments(debate.comments);
  for (const sort of ['oldest', 'newest'] as const) {
    const paged = await readPaged(store, debate.id, sort);
    const order = (rows: readonly ThreadComment[]) =>
      [...rows]
        .sort((a, b) => compareThreadPlaces(a.thread[sort], b.thread[sort]))
        .map((c) => c.id);
    expect(order(paged)).toEqual(order(whole));
    expect(new Set(paged.map((c) => c.id)).size).toBe(debate.comments.length);
  }
}

const BODIES = [
  'Plain words here. More words follow.',
  '*Emphasis* and a [link](https://example.org). Then more.',
  'Short.',
  '> quoted\n\nAnd an answer to it.',
  '   ',
];

type Op =
  | { kind: 'top' | 'reply'; user: 0 | 1; pick: number; body: number }
  | { kind: 'claim'; user: 0 | 1; pick: number; point: number; stance: number; body: number }
  | { kind: 'edit' | 'delete'; user: 0 | 1; pick: number; body: number; stale: boolean }
  | { kind: 'mark'; user: 0 | 1; pick: number; start: number; length: number };

const user = fc.constantFrom<0 | 1>(0, 1);
const pick = fc.nat(1000);
const body = fc.nat(BODIES.length - 1);
const ops: fc.Arbitrary<Op[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constantFrom('top', 'reply'), user, pick, body }),
    fc.record({ kind: fc.constant('claim'), user, pick, point: pick, stance: fc.nat(2), body }),
    fc.record({ kind: fc.constantFrom('edit', 'delete'), user, pick, body, stale: fc.boolean() }),
    fc.record({ kind: fc.constant('mark'), user, pick, start: fc.nat(40), length: fc.nat(30) }),
  ),
  { minLength: 1, maxLength: 10 },
);

async function run(store: Store, debateId: Id, op: Op): Promise<{ kind: string }> {
  const debate = (await store.getDebate(debateId)) as Debate;
  const actor: User = op.user === 0 ? ADA : BOB;
  const at = <T>(list: readonly T[], i: number) => list[i % Math.max(1, list.length)];
  const comment = at(debate.comments, op.pick);
  switch (op.kind) {
    case 'top':
    case 'reply': {
      const input: NewComment = {
        parentId: op.kind === 'reply' ? (comment?.id ?? null) : null,
        body: BODIES[op.body] ?? '',
      };
      return store.addComment(debateId, actor, input);
    }
    case 'claim': {
      const target = at(debate.claims, op.pick)?.id ?? 'none';
      const stance = (['supports', 'attacks', 'question'] as const)[op.stance] ?? 'question';
      const existing = at(debate.claims, op.point)?.id ?? 'none';
      const point =
        op.point % 2
          ? { kind: 'new' as const, text: 'A point.' }
          : { kind: 'existing' as const, claimId: existing };
      return store.addComment(debateId, actor, {
        parentId: null,
        body: BODIES[op.body] ?? '',
        reply:
          stance === 'question'
            ? { targetClaimId: target, stance }
            : { targetClaimId: target, stance, point },
      });
    }
    case 'edit':
    case 'delete': {
      const own = debate.comments.filter((c) => c.authorId === actor.id);
      const target = at(own, op.pick) ?? comment;
      if (!target) return { kind: 'skipped' };
      const version = (target.version ?? 1) - (op.stale ? 1 : 0);
      return op.kind === 'edit'
        ? store.editComment(debateId, actor, target.id, { body: BODIES[op.body] ?? '', version })
        : store.deleteComment(debateId, actor, target.id, version);
    }
    case 'mark': {
      if (!comment) return { kind: 'skipped' };
      const claim = at(debate.claims, op.pick);
      const source = { kind: 'comment' as const, commentId: comment.id };
      const position = { start: op.start, end: op.start + op.length + 1 };
      // Odd picks state an existing claim: one more anchor, no claim or relation.
      if (claim && op.pick % 2 === 1) {
        return store.markClaim(debateId, actor, {
          source,
          position,
          claimId: claim.id,
          relation: null,
        });
      }
      return store.markClaim(debateId, actor, {
        source,
        position,
        text: 'Marked words.',
        relation: claim ? { to: claim.id, kind: 'supports' } : null,
      });
    }
  }
}

export function describeReplayContract(name: string, getStore: () => Store, runs: number): void {
  describe(`Store contract, replay and thread places after writes: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = getStore();
      await addUsers(store);
    });

    it('places new comments where a full re-placement would, in both sorts', async () => {
      const original = threadedDebate();
      await store.createDebate(original);
      const add = async (parentId: Id | null, actor = ADA) =>
        commentOf(okEvent(await store.addComment(original.id, actor, { parentId, body: 'New.' })));
      const top = await add(null);
      await add(null, BOB);
      for (const parent of ['t0', 'r23', 't3', 'lost', top.id, 't0', 'r0']) await add(parent);
      const nested = await add(top.id, BOB);
      await add(nested.id);
      await expectPagedInOrder(store, (await store.getDebate(original.id)) as Debate);
    });

    it('replays its event log to exactly the stored debate after random writes (property)', async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(ops, async (sequence) => {
          const original = smallDebate(`prop-${n++}`);
          await store.createDebate(original);
          let written = 0;
          for (const op of sequence) {
            // A suggestion commits an event too ('suggestion.changed', no rows).
            const { kind } = await run(store, original.id, op);
            if (kind === 'ok' || kind === 'suggested') written += 1;
          }
          const stored = (await store.getDebate(original.id)) as Debate;
          const events = (await store.eventsAfter(original.id, 0, 1000)) ?? [];
          expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
          expect(events).toHaveLength(written);
          expect(events.reduce(applyEvent, original)).toEqual(stored);
          expect(validateDebate(stored)).toEqual([]);
          const ids = new Set(stored.comments.map((c) => c.id));
          expect(original.comments.every((c) => ids.has(c.id))).toBe(true);
          expect(await store.getDebateOverview(original.id)).toEqual(overviewOf(stored, written));
          await expectPagedInOrder(store, stored);
        }),
        { numRuns: runs },
      );
    });
  });
}
