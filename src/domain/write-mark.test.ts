import { describe, expect, it } from 'vitest';
import { smallDebate } from '../../test/fixtures/small-debate';
import { type MarkClaim, MarkClaimSchema, type Suggestion } from './commands';
import type { Debate } from './model';
import { postText } from './text';
import { decideMarkClaim, markClaimStateOf } from './write-mark';
import type { WriteContext } from './writes';

const ada = { id: 'u-ada', name: 'Ada_L' };
const BODY = 'Buses free of charge would fill up. Everyone rides.';

function pinned(): WriteContext {
  let n = 0;
  return { now: '2026-01-01T00:00:00.000Z', newId: (prefix) => `${prefix}-${++n}` };
}

/** The small debate with Ada's comment c-ada (BODY) added. */
function debate(): Debate {
  const d = smallDebate();
  d.comments.push({
    id: 'c-ada',
    parentId: null,
    author: ada.name,
    authorId: ada.id,
    createdAt: '2026-01-01T00:00:00.000Z',
    body: BODY,
    visibility: 'visible',
    order: 2,
  });
  return d;
}

function words(text: string, exact: string) {
  const start = text.indexOf(exact);
  return { start, end: start + exact.length };
}

const inAda = (claimId: string, exact = 'Everyone rides'): MarkClaim => ({
  source: { kind: 'comment', commentId: 'c-ada' },
  position: words(BODY, exact),
  claimId,
  relation: null,
});

function decide(d: Debate, input: MarkClaim, suggestions: Suggestion[] = []) {
  return decideMarkClaim(d.id, input, ada, markClaimStateOf(d, input, suggestions), pinned());
}

describe('MarkClaimSchema', () => {
  const base = { source: { kind: 'post' }, position: { start: 0, end: 4 }, relation: null };

  it('takes exactly one of a new wording and an existing claim', () => {
    expect(MarkClaimSchema.safeParse({ ...base, text: 'A claim.' }).success).toBe(true);
    expect(MarkClaimSchema.safeParse({ ...base, claimId: 'k-1' }).success).toBe(true);
    const both = MarkClaimSchema.safeParse({ ...base, text: 'A claim.', claimId: 'k-1' });
    const neither = MarkClaimSchema.safeParse(base);
    for (const result of [both, neither]) {
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['text']);
    }
  });

  it('refuses a relation with an existing claim, which keeps its own', () => {
    const result = MarkClaimSchema.safeParse({
      ...base,
      claimId: 'k-1',
      relation: { to: 'k-2', kind: 'supports' },
    });
    expect(result.error?.issues[0]?.path).toEqual(['relation']);
  });
});

describe('decideMarkClaim with an existing claim', () => {
  it('in one’s own comment: a claim.marked event with only the anchor', () => {
    const draft = decide(debate(), inAda('overcrowding'));
    expect(draft).toMatchObject({
      kind: 'event',
      type: 'claim.marked',
      upsert: { comments: [], claims: [], relations: [] },
    });
    if (draft.kind !== 'event') return;
    expect(draft.upsert.anchors).toEqual([
      {
        id: 'a-1',
        claimId: 'overcrowding',
        source: { kind: 'comment', commentId: 'c-ada' },
        quote: {
          exact: 'Everyone rides',
          prefix: 's free of charge would fill up. ',
          suffix: '.',
        },
        position: words(BODY, 'Everyone rides'),
      },
    ]);
  });

  it('elsewhere: a pending suggestion with a suggestion.changed event naming only ids', () => {
    const d = debate();
    const input: MarkClaim = {
      source: { kind: 'post' },
      position: words(postText(d.post), 'Fares are a small share of what buses cost'),
      claimId: 'fares-small',
      relation: null,
    };
    const draft = decide(d, input);
    if (draft.kind !== 'suggestion') throw new Error(`expected a suggestion, got ${draft.kind}`);
    expect(draft.suggestion).toMatchObject({
      status: 'pending',
      mark: input,
      exact: 'Fares are a small share of what buses cost',
    });
    expect(draft.event).toMatchObject({
      type: 'suggestion.changed',
      upsert: { comments: [], claims: [], relations: [], anchors: [] },
      suggestion: { id: draft.suggestion.id, status: 'pending' },
    });
    // The same words for the same claim, pending: refused; declined ones do not count.
    const again = decide(d, input, [draft.suggestion]);
    expect(again).toMatchObject({ kind: 'blocked', message: expect.stringMatching(/already/) });
    const declined = { ...draft.suggestion, status: 'declined' as const };
    expect(decide(d, input, [declined]).kind).toBe('suggestion');
  });

  it('refuses unknown and hidden claims naming the field, and words already anchored', () => {
    const d = debate();
    expect(decide(d, inAda('nope'))).toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/^"claimId": claim "nope" does not exist/),
    });
    d.claims = d.claims.map((c) => (c.id === 'tallinn' ? { ...c, hidden: true } : c));
    expect(decide(d, inAda('tallinn'))).toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/^"claimId": .* is hidden/),
    });
    const first = decide(d, inAda('overcrowding'));
    if (first.kind !== 'event') throw new Error('expected an event');
    d.anchors.push(...first.upsert.anchors);
    expect(decide(d, inAda('overcrowding'))).toMatchObject({
      kind: 'blocked',
      message: 'These words already state “Free buses would be overcrowded.”: nothing to add.',
    });
    // The same words for another claim, or other words for this one, are fine.
    expect(decide(d, inAda('free-buses')).kind).toBe('event');
    expect(decide(d, inAda('overcrowding', 'Buses free')).kind).toBe('event');
    // An orphaned anchor no longer holds the words: marking them again re-anchors the claim.
    d.anchors = d.anchors.map((a) => (a.id === 'a-1' ? { ...a, orphaned: true } : a));
    expect(decide(d, inAda('overcrowding')).kind).toBe('event');
  });

  it('a new wording still makes a claim, its relation and its anchor', () => {
    const input: MarkClaim = {
      ...inAda('x'),
      claimId: undefined,
      text: 'Everyone rides free buses.',
      relation: { to: 'free-buses', kind: 'supports' },
    };
    const draft = decide(debate(), input);
    if (draft.kind !== 'event') throw new Error('expected an event');
    expect(draft.upsert.claims).toEqual([{ id: 'k-1', text: 'Everyone rides free buses.' }]);
    expect(draft.upsert.relations).toEqual([
      { id: 'r-2', from: 'k-1', to: 'free-buses', kind: 'supports' },
    ]);
    expect(draft.upsert.anchors).toMatchObject([{ id: 'a-3', claimId: 'k-1' }]);
  });
});
