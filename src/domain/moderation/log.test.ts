// The moderation log names what each entry acted on by id (targets, survivorId), so no client
// reads ids out of the summary; and a merge that a later merge into the same claim blocks says
// which one, and who made it, before anyone tries to undo it.
import { describe, expect, it } from 'vitest';
import { smallDebate } from '../../../test/fixtures/small-debate';
import { type DebateEvent, EMPTY_UPSERT } from '../events';
import { type Log, mergeIn, unmergeIn } from '../merge/merge-test-kit';
import { moderationLog, summarise, targetsOf } from './log';
import { moderationEvent } from './test-events';

const names = new Map([['u-mod', 'Mo']]);

const event = (patch: Partial<DebateEvent>) => moderationEvent({ type: 'claim.hidden', ...patch });

describe('an accepted suggestion of words for an existing claim', () => {
  it('names that claim and quotes the words, though the event adds only the anchor', () => {
    const [anchor] = smallDebate().anchors;
    if (!anchor) throw new Error('fixture');
    const accepted = event({
      type: 'suggestion.accepted',
      upsert: { ...EMPTY_UPSERT, anchors: [anchor] },
    });
    expect(targetsOf(accepted)).toEqual({ claims: [anchor.claimId], comments: [], relations: [] });
    expect(summarise(accepted)).toBe(
      `Accepted suggested words for claim "${anchor.claimId}": "${anchor.quote.exact}"`,
    );
  });
});

describe('targetsOf', () => {
  it('a hidden claim names the claim, not the relations and anchors its event carries', () => {
    const hidden = event({
      upsert: {
        ...EMPTY_UPSERT,
        claims: [{ id: 'k-1', text: 'x', hidden: true }],
        relations: [{ id: 'r-1', from: 'k-1', to: 'k-2', kind: 'attacks' }],
      },
    });
    expect(targetsOf(hidden)).toEqual({ claims: ['k-1'], comments: [], relations: [] });
  });

  it('a relation edit names the relation; a comment hide the comment', () => {
    const relation = { id: 'r-1', from: 'k-1', to: 'k-2', kind: 'attacks' as const };
    expect(
      targetsOf(
        event({ type: 'relation.edited', upsert: { ...EMPTY_UPSERT, relations: [relation] } }),
      ),
    ).toEqual({ claims: [], comments: [], relations: ['r-1'] });
    const comment = {
      id: 'c-1',
      parentId: null,
      author: 'Bo',
      createdAt: null,
      body: '',
      visibility: 'hidden' as const,
      order: 0,
    };
    expect(
      targetsOf(
        event({ type: 'comment.unhidden', upsert: { ...EMPTY_UPSERT, comments: [comment] } }),
      ).comments,
    ).toEqual(['c-1']);
  });
});

describe('moderationLog', () => {
  it('a merge names its survivor first, the merged-away claims, and what moved', () => {
    const log: Log = { debate: smallDebate(), events: [] };
    mergeIn(log, { claimIds: ['tallinn', 'overcrowding'], survivor: { keep: 'overcrowding' } });
    const [entry] = moderationLog(log.events, log.events, names);
    expect(entry?.survivorId).toBe('overcrowding');
    expect(entry?.targets).toEqual({
      claims: ['overcrowding', 'tallinn'],
      comments: [],
      // r4 moves to the survivor; r5 duplicates r3 once moved, so it is dropped.
      relations: ['r4', 'r5'],
    });
  });

  it('a merge followed by another into the same claim says to unmerge that one first, and who made it', () => {
    const log: Log = { debate: smallDebate(), events: [] };
    mergeIn(log, { claimIds: ['tallinn', 'overcrowding'], survivor: { keep: 'overcrowding' } });
    mergeIn(log, { claimIds: ['overcrowding', 'free-buses'], survivor: { text: 'Buses.' } });
    const entries = moderationLog(log.events, log.events, names);
    const first = entries.find((e) => e.seq === 1);
    expect(first?.undo).toEqual({
      ok: false,
      reason:
        'Merge 2 by Mo merged into the same claim later; unmerge it first (merges are undone last-first).',
    });
    expect(entries.find((e) => e.seq === 2)?.undo.ok).toBe(true);
    // Once the later merge is undone, the earlier one can be.
    expect(unmergeIn(log, 2)).toMatchObject({ type: 'claims.unmerged' });
    const after = moderationLog(log.events, log.events, names);
    expect(after.find((e) => e.seq === 1)?.undo.ok).toBe(true);
    expect(after.find((e) => e.seq === 3)).toMatchObject({ survivorId: null, undoes: 2 });
  });
});
