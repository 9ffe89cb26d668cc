// A reader's copy of an unmerge's placements names no hidden claim (not even its id): a claim
// that followed a hidden one goes at the end of the reader's list instead.
import { describe, expect, it } from 'vitest';
import { applyEvent, type DebateEvent, EMPTY_REMOVE, EMPTY_UPSERT } from '../events';
import type { Debate } from '../model';
import { hiddenSets, redactEvent } from './redact';

const unmerge: DebateEvent = {
  debateId: 'd',
  seq: 3,
  type: 'claims.unmerged',
  at: '2026-11-28T00:00:00.000Z',
  actorId: 'u-mod',
  upsert: {
    ...EMPTY_UPSERT,
    claims: [
      { id: 'b', text: 'B' },
      { id: 'c', text: 'C' },
    ],
  },
  remove: EMPTY_REMOVE,
  undoes: 2,
  followedBy: { claims: { b: 'secret', c: 'd' }, relations: { r1: 'r2' } },
};

describe('redactEvent', () => {
  it('keeps placements among visible claims and drops those naming a hidden one', () => {
    const redacted = redactEvent(unmerge, hiddenSets({ claims: ['secret'], comments: [] }));
    expect(redacted.followedBy).toEqual({ claims: { c: 'd' }, relations: { r1: 'r2' } });
    expect(JSON.stringify(redacted)).not.toContain('secret');
    const reader: Debate = {
      id: 'd',
      post: { title: 't', author: null, publishedAt: null, sourceUrl: null, paragraphs: ['p'] },
      comments: [],
      claims: [
        { id: 'a', text: 'A' },
        { id: 'd', text: 'D' },
      ],
      relations: [],
      anchors: [],
    };
    expect(applyEvent(reader, redacted).claims.map((c) => c.id)).toEqual(['a', 'c', 'd', 'b']);
  });

  it('leaves an event without placements without them', () => {
    const { followedBy: _f, ...plain } = unmerge;
    expect(redactEvent(plain, hiddenSets({ claims: [], comments: [] })).followedBy).toBeUndefined();
  });
});
