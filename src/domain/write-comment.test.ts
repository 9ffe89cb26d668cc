import { describe, expect, it } from 'vitest';
import { smallDebate } from '../../test/fixtures/small-debate';
import type { Anchor, Claim } from './model';
import { type AddCommentState, claimReplyParent, decideAddComment } from './write-comment';
import type { WriteContext } from './writes';
import { randomId } from './writes';

const debate = smallDebate();
const anchorsOf = (claimId: string): Anchor[] =>
  debate.anchors.filter((a) => a.claimId === claimId);
const ada = { id: 'u-ada', name: 'Ada_L' };

function pinned(): WriteContext {
  let n = 0;
  return { now: '2026-01-01T00:00:00.000Z', newId: (prefix) => `${prefix}-${++n}` };
}

function state(claims: Claim[], over: Partial<AddCommentState> = {}): AddCommentState {
  return {
    parent: null,
    lastSiblingOrder: 1,
    claims: new Map(claims.map((c) => [c.id, c])),
    pointRelations: [],
    ...over,
  };
}

describe('claimReplyParent', () => {
  it('answers a claim said in the post at the top level, else under its first comment', () => {
    expect(claimReplyParent(anchorsOf('free-buses'))).toBeNull();
    expect(claimReplyParent(anchorsOf('overcrowding'))).toBe('c1');
    expect(claimReplyParent([])).toBeNull();
    const [post] = anchorsOf('free-buses');
    const [inC1] = anchorsOf('overcrowding');
    if (!post || !inC1) throw new Error('fixture');
    // Any anchor in the post wins, wherever it is in the list.
    expect(claimReplyParent([inC1, post])).toBeNull();
  });
});

describe('decideAddComment', () => {
  const target = { id: 'tallinn', text: 'In Tallinn free buses barely changed traffic.' };

  it('builds the comment, claim, relation and anchor of an attack, ids from the context', () => {
    const draft = decideAddComment(
      {
        parentId: null,
        body: 'Tallinn is small. Big cities differ.',
        reply: {
          targetClaimId: 'tallinn',
          stance: 'attacks',
          point: { kind: 'new', text: 'Tallinn is small.' },
        },
      },
      ada,
      state([target]),
      pinned(),
    );
    expect(draft).toEqual({
      kind: 'event',
      type: 'comment.added',
      upsert: {
        comments: [
          {
            id: 'c-1',
            parentId: null,
            author: 'Ada_L',
            createdAt: '2026-01-01T00:00:00.000Z',
            body: 'Tallinn is small. Big cities differ.',
            visibility: 'visible',
            order: 2,
            authorId: 'u-ada',
            version: 1,
            target: { claimId: 'tallinn', stance: 'attacks' },
          },
        ],
        claims: [{ id: 'k-2', text: 'Tallinn is small.' }],
        relations: [{ id: 'r-3', from: 'k-2', to: 'tallinn', kind: 'attacks' }],
        anchors: [
          {
            id: 'a-4',
            claimId: 'k-2',
            source: { kind: 'comment', commentId: 'c-1' },
            quote: { exact: 'Tallinn is small.', prefix: '', suffix: ' Big cities differ.' },
            position: { start: 0, end: 17 },
          },
        ],
      },
      remove: { claims: [], relations: [], anchors: [] },
    });
  });

  it('gives the first reply of a comment order 0', () => {
    const parent = debate.comments.find((c) => c.id === 'c3') ?? null;
    const draft = decideAddComment(
      { parentId: 'c3', body: 'Yes.' },
      ada,
      state([], { parent, lastSiblingOrder: null }),
      pinned(),
    );
    expect(draft.kind === 'event' && draft.upsert.comments[0]?.order).toBe(0);
  });
});

describe('randomId', () => {
  it('is the prefix and 12 base36 characters, different each time', () => {
    const ids = new Set(Array.from({ length: 200 }, () => randomId('c')));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^c-[a-z0-9]{12}$/);
  });
});
