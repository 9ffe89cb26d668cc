// A property over random sequences of replies, claim replies, edits, deletions, claim edits,
// relation edits, hides, accepted suggestions and undos (issue 5): no comment, anchor or claim
// revision is ever lost, no relation dangles, and the event log replays to the stored debate.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { User } from '../../src/domain/commands';
import { applyEvent, type DebateEvent } from '../../src/domain/events';
import type { Debate, Id } from '../../src/domain/model';
import type { ModerationCommand } from '../../src/domain/moderation/commands';
import { validateDebate } from '../../src/domain/rules';
import { postText } from '../../src/domain/text';
import { smallDebate } from '../../test/fixtures/small-debate';
import type { Store } from './store';
import { ADA, addUsers, BOB } from './store-contract-writes';

const MOD: User = { id: 'u-mod', name: 'moddy' };

type Op =
  | { kind: 'reply' | 'claim-reply' | 'edit' | 'delete'; user: 0 | 1; pick: number }
  | {
      kind: 'claim-edit' | 'relation-edit' | 'hide-comment' | 'hide-claim' | 'suggest';
      pick: number;
      other: number;
    }
  | { kind: 'undo'; pick: number };

const pick = fc.nat(1000);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('reply', 'claim-reply', 'edit', 'delete'),
    user: fc.constantFrom<0 | 1>(0, 1),
    pick,
  }),
  fc.record({
    kind: fc.constantFrom('claim-edit', 'relation-edit', 'hide-comment', 'hide-claim', 'suggest'),
    pick,
    other: pick,
  }),
  fc.record({ kind: fc.constant('undo'), pick }),
);

const at = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(1, list.length)];

async function run(store: Store, id: Id, op: Op, step: number): Promise<{ kind: string }> {
  const debate = (await store.getDebate(id)) as Debate;
  const moderate = (command: ModerationCommand) => store.moderate(id, MOD, command);
  switch (op.kind) {
    case 'reply':
    case 'claim-reply': {
      const actor = op.user === 0 ? ADA : BOB;
      const target = at(debate.claims, op.pick);
      if (op.kind === 'claim-reply' && target) {
        return store.addComment(id, actor, {
          parentId: null,
          body: `Point ${step}. More words.`,
          reply: {
            targetClaimId: target.id,
            stance: 'attacks',
            point: { kind: 'new', text: `Point ${step}.` },
          },
        });
      }
      return store.addComment(id, actor, {
        parentId: at(debate.comments, op.pick)?.id ?? null,
        body: `Reply ${step}.`,
      });
    }
    case 'edit':
    case 'delete': {
      const actor = op.user === 0 ? ADA : BOB;
      const own = at(
        debate.comments.filter((c) => c.authorId === actor.id),
        op.pick,
      );
      if (!own) return { kind: 'skipped' };
      return op.kind === 'edit'
        ? store.editComment(id, actor, own.id, {
            body: `Edited ${step}.`,
            version: own.version ?? 1,
          })
        : store.deleteComment(id, actor, own.id, own.version ?? 1);
    }
    case 'claim-edit': {
      const claim = at(debate.claims, op.pick);
      return claim
        ? moderate({ kind: 'edit-claim', claimId: claim.id, text: `Wording ${step}.` })
        : { kind: 'skipped' };
    }
    case 'relation-edit': {
      const relation = at(debate.relations, op.pick);
      const to = at(debate.claims, op.other);
      if (!relation || !to) return { kind: 'skipped' };
      return moderate(
        op.other % 2
          ? { kind: 'edit-relation', relationId: relation.id, to: to.id }
          : {
              kind: 'edit-relation',
              relationId: relation.id,
              relationKind: relation.kind === 'supports' ? 'attacks' : 'supports',
            },
      );
    }
    case 'hide-comment': {
      const comment = at(debate.comments, op.pick);
      if (!comment) return { kind: 'skipped' };
      return moderate({
        kind: 'hide-comment',
        commentId: comment.id,
        hidden: comment.visibility !== 'hidden',
        reason: 'r',
      });
    }
    case 'hide-claim': {
      const claim = at(debate.claims, op.pick);
      if (!claim) return { kind: 'skipped' };
      return moderate({
        kind: 'hide-claim',
        claimId: claim.id,
        hidden: claim.hidden !== true,
        reason: 'r',
      });
    }
    case 'suggest': {
      const text = postText(debate.post);
      const start = op.pick % Math.max(1, text.length - 10);
      const to = at(debate.claims, op.other);
      const suggested = await store.markClaim(id, ADA, {
        source: { kind: 'post' },
        position: { start, end: start + 5 },
        text: `Suggested ${step}.`,
        relation: to ? { to: to.id, kind: 'supports' } : null,
      });
      if (suggested.kind !== 'suggested') return suggested;
      return moderate({ kind: 'accept-suggestion', suggestionId: suggested.suggestion.id });
    }
    case 'undo': {
      const events = (await store.eventsAfter(id, 0, 1000)) ?? [];
      const entry = at(events, op.pick);
      return entry ? moderate({ kind: 'undo', seq: entry.seq }) : { kind: 'skipped' };
    }
  }
}

/** Anchors only undo of the event that made them may remove (an accepted suggestion's). */
function removableAnchors(events: readonly DebateEvent[]): Set<Id> {
  return new Set(
    events
      .filter((e) => e.type === 'suggestion.accepted')
      .flatMap((e) => e.upsert.anchors.map((a) => a.id)),
  );
}

export function describeModerationPropertyContract(
  name: string,
  getStore: () => Store,
  runs: number,
): void {
  describe(`Store contract, moderation property: ${name}`, () => {
    it('loses no comment, anchor or revision, leaves no relation dangling, and replays exactly', async () => {
      const store = getStore();
      await addUsers(store);
      await store.createUser({ user: MOD, passwordHash: 'scrypt$test$mod' });
      let n = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
          const original = smallDebate(`mod-prop-${n++}`);
          const id = original.id;
          await store.createDebate(original);
          const comments = new Set<Id>();
          const anchors = new Set<Id>(original.anchors.map((a) => a.id));
          const revisions = new Map<Id, number>();
          for (const [step, op] of ops.entries()) {
            await run(store, id, op, step);
            const now = (await store.getDebate(id)) as Debate;
            for (const c of now.comments) comments.add(c.id);
            for (const a of now.anchors) anchors.add(a.id);
            const ids = new Set(now.comments.map((c) => c.id));
            expect([...comments].filter((c) => !ids.has(c))).toEqual([]);
            const events = (await store.eventsAfter(id, 0, 1000)) ?? [];
            const removable = removableAnchors(events);
            const held = new Set(now.anchors.map((a) => a.id));
            expect([...anchors].filter((a) => !held.has(a) && !removable.has(a))).toEqual([]);
            for (const claim of now.claims) {
              const history = (await store.claimHistory(id, claim.id)) ?? [];
              expect(history.length).toBeGreaterThanOrEqual(revisions.get(claim.id) ?? 0);
              revisions.set(claim.id, history.length);
              if (history.length > 0) expect(history.at(-1)?.text).toBe(claim.text);
              expect(history.map((r) => r.revision)).toEqual(history.map((_, i) => i + 1));
            }
          }
          const stored = (await store.getDebate(id)) as Debate;
          expect(validateDebate(stored)).toEqual([]);
          const events = (await store.eventsAfter(id, 0, 1000)) ?? [];
          expect(events.reduce(applyEvent, original)).toEqual(stored);
        }),
        { numRuns: runs },
      );
    }, 300_000);
  });
}
