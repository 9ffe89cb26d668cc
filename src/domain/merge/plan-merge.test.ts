import { describe, expect, it } from 'vitest';
import { smallDebate } from '../../../test/fixtures/small-debate';
import type { Debate } from '../model';
import { validateDebate } from '../rules';
import { claimTag } from './claim-tag';
import { type MergeRequest, MergeRequestSchema } from './merge-request';
import { mergeStateOf } from './merge-state';
import { append, byId, type Log, mergeIn, unmergeIn } from './merge-test-kit';
import { type MergePlan, planMerge } from './plan-merge';

const plan = (debate: Debate, request: MergeRequest) =>
  planMerge(mergeStateOf(debate, request.claimIds), request);

function planned(debate: Debate, request: MergeRequest): MergePlan {
  const outcome = plan(debate, request);
  if (outcome.kind !== 'plan') throw new Error(JSON.stringify(outcome));
  return outcome.plan;
}

const withReply = (debate: Debate): Debate => ({
  ...debate,
  comments: [
    ...debate.comments,
    {
      id: 'c9',
      parentId: null,
      author: 'Ada',
      createdAt: '2026-01-01T00:00:00.000Z',
      body: 'Fares are small anyway.',
      visibility: 'visible',
      order: 2,
      target: { claimId: 'fares-small', stance: 'question' },
    },
  ],
});

describe('planMerge', () => {
  it('keeps one of two same-stance relations, moves anchors and replies, keeps the wording as a phrasing', () => {
    const debate = withReply(smallDebate());
    const p = planned(debate, {
      claimIds: ['less-traffic', 'fares-small'],
      survivor: { keep: 'less-traffic' },
    });
    expect(p.survivor).toEqual({
      id: 'less-traffic',
      text: 'Free buses reduce car traffic.',
      phrasings: ['Fares cover a small share of bus costs.'],
      aliases: ['fares-small'],
    });
    expect(p.conflicts).toEqual([
      expect.objectContaining({
        kind: 'duplicate',
        relationIds: ['r1', 'r2'],
        keptId: 'r1',
        resolution: 'kept-one',
      }),
    ]);
    expect(p.droppedRelationIds).toEqual(['r2']);
    expect(p.moves.anchors).toEqual([
      {
        id: 'a3',
        fromClaimId: 'fares-small',
        exact: 'Fares are a small share',
        source: { kind: 'post' },
      },
    ]);
    expect(p.moves.replies).toEqual([
      { commentId: 'c9', fromClaimId: 'fares-small', stance: 'question' },
    ]);
    expect(p.blocking).toEqual([]);
  });

  it('drops a self-relation and blocks opposite stances until one is chosen', () => {
    const debate = smallDebate();
    const request: MergeRequest = {
      claimIds: ['tallinn', 'less-traffic'],
      survivor: { keep: 'less-traffic' },
    };
    const blocked = planned(debate, request);
    expect(blocked.conflicts.map((c) => [c.kind, c.resolution])).toEqual([
      ['self-relation', 'dropped'],
      ['opposite-stances', 'unresolved'],
    ]);
    expect(blocked.blocking[0]).toContain('would both support and attack "free-buses"');
    const chosen = planned(debate, {
      ...request,
      stances: [{ from: 'less-traffic', to: 'free-buses', kind: 'attacks' }],
    });
    expect(chosen.blocking).toEqual([]);
    // The attack moves onto the survivor; the survivor's own support and the self-attack go.
    expect(chosen.moves.relations).toEqual([
      {
        id: 'r5',
        kind: 'attacks',
        before: { from: 'tallinn', to: 'free-buses' },
        after: { from: 'less-traffic', to: 'free-buses' },
      },
    ]);
    expect(chosen.droppedRelationIds.sort()).toEqual(['r1', 'r4']);
  });

  it('reports a cycle the merge makes and keeps both relations', () => {
    const debate = smallDebate();
    debate.relations.push({ id: 'r6', from: 'free-buses', to: 'fares-small', kind: 'attacks' });
    const p = planned(debate, {
      claimIds: ['fares-small', 'less-traffic'],
      survivor: { keep: 'less-traffic' },
    });
    const cycle = p.conflicts.find((c) => c.kind === 'cycle');
    expect(cycle?.resolution).toBe('kept');
    expect(cycle?.relationIds.sort()).toEqual(['r1', 'r2', 'r6']);
    expect(p.moves.relations).toEqual([
      {
        id: 'r6',
        kind: 'attacks',
        before: { from: 'free-buses', to: 'fares-small' },
        after: { from: 'free-buses', to: 'less-traffic' },
      },
    ]);
  });

  it('rewords the first claim when given new words, keeping its old wording as a phrasing', () => {
    const p = planned(smallDebate(), {
      claimIds: ['fares-small', 'less-traffic'],
      survivor: { text: 'Free buses cost little and cut traffic.' },
    });
    expect(p.survivor.id).toBe('fares-small');
    expect(p.survivor.phrasings).toEqual([
      'Fares cover a small share of bus costs.',
      'Free buses reduce car traffic.',
    ]);
    expect(p.expected).toEqual({
      'fares-small': claimTag({
        id: 'fares-small',
        text: 'Fares cover a small share of bus costs.',
      }),
      'less-traffic': claimTag({ id: 'less-traffic', text: 'Free buses reduce car traffic.' }),
    });
  });

  it('refuses unknown, repeated or hidden claims and a survivor outside the merge, with reasons', () => {
    const debate = smallDebate();
    debate.claims[0] = { ...(debate.claims[0] as Debate['claims'][0]), hidden: true };
    const outcome = plan(debate, {
      claimIds: ['free-buses', 'nope', 'nope'],
      survivor: { keep: 'tallinn' },
    });
    expect(outcome).toEqual({
      kind: 'refused',
      reasons: [
        'A claim is listed twice; list each once.',
        'Claim "free-buses" is hidden; show it again first, or leave it out of the merge.',
        'Claim "nope" does not exist in this debate.',
        'The surviving claim "tallinn" must be one of the claims being merged.',
      ],
    });
    expect(MergeRequestSchema.safeParse({ claimIds: ['a'], survivor: { keep: 'a' } }).success).toBe(
      false,
    );
  });

  it('is a conflict, with the current claims, when an expected claim changed or was merged', () => {
    const log: Log = { debate: smallDebate(), events: [] };
    const first = planned(log.debate, {
      claimIds: ['tallinn', 'less-traffic'],
      survivor: { keep: 'less-traffic' },
    });
    mergeIn(log, { claimIds: ['tallinn', 'overcrowding'], survivor: { keep: 'overcrowding' } });
    const stale = plan(log.debate, {
      claimIds: ['tallinn', 'less-traffic'],
      survivor: { keep: 'less-traffic' },
      expected: first.expected,
    });
    expect(stale.kind).toBe('conflict');
    if (stale.kind !== 'conflict') return;
    expect(stale.message).toContain('"tallinn" was merged into "overcrowding"');
    expect(stale.current.aliases).toEqual({ tallinn: 'overcrowding' });
  });
});

describe('applyMerge and planUnmerge', () => {
  it('merges in one valid event and unmerges to exactly the debate before', () => {
    const original = withReply(smallDebate());
    const log: Log = { debate: original, events: [] };
    const event = mergeIn(log, {
      claimIds: ['tallinn', 'less-traffic', 'fares-small'],
      survivor: { keep: 'less-traffic' },
      stances: [{ from: 'less-traffic', to: 'free-buses', kind: 'supports' }],
    });
    expect(event.type).toBe('claims.merged');
    expect(validateDebate(log.debate)).toEqual([]);
    expect(log.debate.claims.map((c) => c.id)).toEqual([
      'free-buses',
      'less-traffic',
      'overcrowding',
    ]);
    expect(log.debate.comments.find((c) => c.id === 'c9')?.target?.claimId).toBe('less-traffic');
    const undo = unmergeIn(log, 1);
    expect(undo).toMatchObject({ type: 'claims.unmerged', undoes: 1 });
    expect(byId(log.debate)).toEqual(byId(original));
    expect(unmergeIn(log, 1)).toEqual({
      kind: 'blocked',
      reasons: [`The merge was already undone by event 2 (${log.events[1]?.at}).`],
    });
  });

  it('unmerges after later edits elsewhere, and says which later change blocks it', () => {
    const log: Log = { debate: smallDebate(), events: [] };
    mergeIn(log, { claimIds: ['overcrowding', 'tallinn'], survivor: { keep: 'overcrowding' } });
    mergeIn(log, {
      claimIds: ['overcrowding', 'fares-small'],
      survivor: { keep: 'fares-small' },
      stances: [{ from: 'fares-small', to: 'free-buses', kind: 'attacks' }],
    });
    const blocked = unmergeIn(log, 1);
    expect(blocked).toMatchObject({ kind: 'blocked' });
    expect(JSON.stringify(blocked)).toContain(
      'claim \\"overcrowding\\" no longer exists by event 2 (claims.merged',
    );
    expect(unmergeIn(log, 2)).toMatchObject({ type: 'claims.unmerged' });
    // A later edit elsewhere (a comment's words) does not block, and is kept.
    const edited = { ...(log.debate.comments[0] as Debate['comments'][0]), body: 'Changed words.' };
    append(log, {
      kind: 'event',
      type: 'comment.edited',
      upsert: { comments: [edited], claims: [], relations: [], anchors: [] },
      remove: { claims: [], relations: [], anchors: [] },
    });
    expect(unmergeIn(log, 1)).toMatchObject({ type: 'claims.unmerged', undoes: 1 });
    const expected = smallDebate();
    expected.comments[0] = edited;
    expect(byId(log.debate)).toEqual(byId(expected));
  });
});

describe('aliasProblems in validateDebate', () => {
  it('refuses an alias that is still a claim, or that lands on two claims', () => {
    const debate = smallDebate();
    debate.claims[0] = { id: 'free-buses', text: 'x', aliases: ['tallinn', 'gone'] };
    debate.claims[1] = { id: 'less-traffic', text: 'y', aliases: ['gone'] };
    expect(validateDebate(debate)).toEqual([
      'Claim "free-buses" lists "tallinn" as merged into it, but "tallinn" is still a claim.',
      '"gone" is listed as merged into both "free-buses" and "less-traffic".',
    ]);
  });
});

describe('longer loops a merge closes', () => {
  it('reports the path from one merged claim up to another, and keeps it', () => {
    const debate = smallDebate();
    // tallinn attacks less-traffic, which supports free-buses, which attacks fares-small (r6);
    // without r5 (tallinn attacks free-buses) the loop is longer than a pair answering itself.
    debate.relations = debate.relations.filter((r) => r.id !== 'r5');
    debate.relations.push({ id: 'r6', from: 'free-buses', to: 'fares-small', kind: 'attacks' });
    const p = planned(debate, {
      claimIds: ['tallinn', 'fares-small'],
      survivor: { keep: 'fares-small' },
    });
    const loop = p.conflicts.find((c) => c.kind === 'cycle' && c.relationIds.length === 0);
    expect(loop?.message).toContain(
      '"tallinn" leads up to "fares-small" through "less-traffic" → "free-buses"',
    );
    expect(p.blocking).toEqual([]);
  });
});
