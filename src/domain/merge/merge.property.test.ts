// Random sequences of replies (also to merged-away ids), edits, merges and unmerges, over the pure
// decisions: nothing said is ever lost, nothing points at a missing or merged-away claim, a merge
// followed by its unmerge changes nothing visible, and the event log replays from its JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallDebate } from '../../../test/fixtures/small-debate';
import type { User } from '../commands';
import { applyEvent, DebateEventSchema } from '../events';
import type { Debate, Id } from '../model';
import { validateDebate } from '../rules';
import type { AddCommentState } from '../write-comment';
import { decideAddComment } from '../write-comment';
import { decideEditComment } from '../write-edit';
import type { WriteContext } from '../writes';
import { resolveReply, resolverOf } from './aliases';
import { applyMerge } from './apply-merge';
import type { MergeRequest } from './merge-request';
import { aliasIndex, mergeStateOf } from './merge-state';
import { append, byId, type Log, unmergeIn } from './merge-test-kit';
import { planMerge } from './plan-merge';

const ADA: User = { id: 'u-ada', name: 'ada' };

type Op =
  | { kind: 'reply'; target: number; stance: number; point: number; anyId: boolean }
  | { kind: 'edit'; pick: number; body: number }
  | {
      kind: 'merge';
      picks: number[];
      survivor: number;
      reword: boolean;
      kinds: boolean[];
      undoAtOnce: boolean;
    }
  | { kind: 'unmerge'; pick: number };

const BODIES = ['A reply. With two sentences.', 'Other words entirely.', 'Short.'];

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('reply' as const),
    target: fc.nat(99),
    stance: fc.nat(2),
    point: fc.nat(99),
    anyId: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(99), body: fc.nat(2) }),
  fc.record({
    kind: fc.constant('merge' as const),
    picks: fc.uniqueArray(fc.nat(9), { minLength: 2, maxLength: 4 }),
    survivor: fc.nat(3),
    reword: fc.boolean(),
    kinds: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    undoAtOnce: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('unmerge' as const), pick: fc.nat(99) }),
);

let counter = 0;
const ctx: WriteContext = {
  now: '2026-01-01T00:00:00.000Z',
  newId: (prefix) => `${prefix}-p${(counter++).toString(36)}`,
};

const at = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(1, list.length)];

function reply(log: Log, o: Extract<Op, { kind: 'reply' }>): void {
  const { debate } = log;
  // Old ids too: a reply naming a merged-away claim must land on its survivor.
  const ids = o.anyId
    ? [...debate.claims.map((c) => c.id), ...aliasIndex(debate.claims).keys()]
    : debate.claims.map((c) => c.id);
  const target = at(ids, o.target) ?? 'none';
  const stance = (['supports', 'attacks', 'question'] as const)[o.stance] ?? 'question';
  const point =
    o.point % 3 === 0
      ? { kind: 'existing' as const, claimId: at(ids, o.point) ?? 'none' }
      : { kind: 'new' as const, text: `Point ${counter}.` };
  const raw = {
    parentId: null,
    body: BODIES[0] ?? '',
    reply:
      stance === 'question'
        ? { targetClaimId: target, stance }
        : { targetClaimId: target, stance, point },
  };
  const input = resolveReply(raw, resolverOf(aliasIndex(debate.claims)));
  const named = [
    input.reply?.targetClaimId,
    input.reply?.point?.kind === 'existing' ? input.reply.point.claimId : undefined,
  ];
  const pointId = named[1];
  const state: AddCommentState = {
    parent: null,
    lastSiblingOrder: debate.comments
      .filter((c) => c.parentId === null)
      .reduce((m, c) => Math.max(m, c.order), 0),
    claims: new Map(debate.claims.filter((c) => named.includes(c.id)).map((c) => [c.id, c])),
    pointRelations: debate.relations.filter((r) => r.from === pointId),
  };
  const draft = decideAddComment(input, ADA, state, ctx);
  if (draft.kind === 'event') append(log, draft);
}

function edit(log: Log, o: Extract<Op, { kind: 'edit' }>): void {
  const comment = at(
    log.debate.comments.filter((c) => c.authorId === ADA.id),
    o.pick,
  );
  if (!comment) return;
  const anchors = log.debate.anchors.filter(
    (a) => a.source.kind === 'comment' && a.source.commentId === comment.id,
  );
  const draft = decideEditComment(
    comment.id,
    { body: BODIES[o.body] ?? '', version: comment.version ?? 1 },
    ADA,
    comment,
    anchors,
    ctx,
  );
  if (draft.kind === 'event') append(log, draft);
}

function merge(log: Log, o: Extract<Op, { kind: 'merge' }>): void {
  const claims = log.debate.claims;
  const claimIds = [...new Set(o.picks.map((i) => at(claims, i)?.id as Id))];
  if (claimIds.length < 2) return;
  const keep = at(claimIds, o.survivor) as Id;
  let request: MergeRequest = {
    claimIds,
    survivor: o.reword ? { text: `Merged wording ${counter++}.` } : { keep },
  };
  let outcome = planMerge(mergeStateOf(log.debate, claimIds), request);
  if (outcome.kind !== 'plan') throw new Error(JSON.stringify(outcome));
  // Choose a stance for each disagreement, as a moderator would.
  const survivor = outcome.plan.survivor.id;
  const stances = outcome.plan.conflicts
    .filter((c) => c.kind === 'opposite-stances')
    .map((c, i) => {
      const r = log.debate.relations.find((x) => x.id === c.relationIds[0]);
      const map = (id: Id) => (claimIds.includes(id) ? survivor : id);
      return {
        from: map(r?.from as Id),
        to: map(r?.to as Id),
        kind: o.kinds[i % 8] ? ('supports' as const) : ('attacks' as const),
      };
    });
  request = { ...request, stances, expected: outcome.plan.expected };
  outcome = planMerge(mergeStateOf(log.debate, claimIds), request);
  if (outcome.kind !== 'plan') throw new Error(JSON.stringify(outcome));
  const draft = applyMerge(outcome.plan);
  if (draft.kind !== 'event') throw new Error(draft.message);
  const before = log.debate;
  const event = append(log, draft);
  if (o.undoAtOnce) {
    const undone = unmergeIn(log, event.seq);
    expect(undone).toMatchObject({ type: 'claims.unmerged' });
    expect(byId(log.debate)).toEqual(byId(before));
  }
}

function expectNothingLost(
  log: Log,
  seen: { comments: Set<Id>; anchors: Set<Id>; wordings: Set<string> },
) {
  const { debate } = log;
  expect(validateDebate(debate)).toEqual([]);
  const ids = (rows: readonly { id: Id }[]) => new Set(rows.map((r) => r.id));
  const comments = ids(debate.comments);
  const anchors = ids(debate.anchors);
  const claims = ids(debate.claims);
  for (const id of seen.comments) expect(comments.has(id)).toBe(true);
  for (const id of seen.anchors) expect(anchors.has(id)).toBe(true);
  const wordings = new Set(debate.claims.flatMap((c) => [c.text, ...(c.phrasings ?? [])]));
  for (const w of seen.wordings) expect(wordings.has(w)).toBe(true);
  for (const c of debate.comments) if (c.target) expect(claims.has(c.target.claimId)).toBe(true);
  const aliases = debate.claims.flatMap((c) => c.aliases ?? []);
  expect(new Set(aliases).size).toBe(aliases.length);
  for (const alias of aliases) expect(claims.has(alias)).toBe(false);
  for (const c of debate.comments) seen.comments.add(c.id);
  for (const a of debate.anchors) seen.anchors.add(a.id);
}

describe('merges and unmerges among replies and edits (property)', () => {
  it('lose nothing, leave nothing dangling, undo exactly and replay from the log', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const original: Debate = smallDebate();
        const log: Log = { debate: original, events: [] };
        const seen = {
          comments: new Set<Id>(),
          anchors: new Set<Id>(),
          wordings: new Set(original.claims.map((c) => c.text)),
        };
        for (const o of ops) {
          if (o.kind === 'reply') reply(log, o);
          else if (o.kind === 'edit') edit(log, o);
          else if (o.kind === 'merge') merge(log, o);
          else {
            const merges = log.events.filter((e) => e.type === 'claims.merged');
            const target = at(merges, o.pick);
            if (target) unmergeIn(log, target.seq);
          }
          for (const e of log.events.at(-1)?.upsert.claims ?? []) {
            if (log.events.at(-1)?.type === 'comment.added') seen.wordings.add(e.text);
          }
          expectNothingLost(log, seen);
        }
        const replayed = log.events
          .map((e) => DebateEventSchema.parse(JSON.parse(JSON.stringify(e))))
          .reduce(applyEvent, original);
        expect(replayed).toEqual(log.debate);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
