import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ThreadNode } from './build-thread';
import { buildThread, flattenThread } from './build-thread';
import type { Comment } from './model';
import { comment } from './test-fixtures';

/** The tree as nested [id, children] for readable assertions. */
type Shape = [string, Shape[]] | string;
function shape(nodes: readonly ThreadNode[]): Shape[] {
  return nodes.map((n) => (n.children.length ? [n.comment.id, shape(n.children)] : n.comment.id));
}

function allNodes(nodes: readonly ThreadNode[]): ThreadNode[] {
  const out: ThreadNode[] = [];
  const stack = [...nodes];
  while (stack.length) {
    const n = stack.pop() as ThreadNode;
    out.push(n);
    stack.push(...n.children);
  }
  return out;
}

describe('buildThread', () => {
  it('nests replies with depth and reply counts', () => {
    const thread = buildThread([
      comment('a', null),
      comment('b', 'a'),
      comment('c', 'b'),
      comment('d', 'a', { order: 1 }),
      comment('e', null, { order: 1 }),
    ]);
    expect(shape(thread)).toEqual([['a', [['b', ['c']], 'd']], 'e']);
    const [a] = thread;
    expect(a?.replyCount).toBe(3);
    expect(a?.children[0]?.depth).toBe(1);
    expect(a?.children[0]?.children[0]?.depth).toBe(2);
    expect(a?.children[0]?.replyCount).toBe(1);
    expect(allNodes(thread).every((n) => !n.detached && !n.collapsed)).toBe(true);
  });

  it('returns nothing for no comments', () => {
    expect(buildThread([])).toEqual([]);
  });

  it('sorts siblings by order, then createdAt (undated last), then id; newest reverses', () => {
    const comments: Comment[] = [
      comment('z-undated', null, { order: 0 }),
      comment('y-late', null, { order: 0, createdAt: '2020-01-02T00:00:00Z' }),
      // Earlier instant despite the later-looking wall time: compared as instants, not strings.
      comment('x-early', null, { order: 0, createdAt: '2020-01-02T05:00:00+08:00' }),
      comment('b-undated', null, { order: 0 }),
      comment('f-undated', null, { order: 0 }),
      comment('last-by-order', null, { order: 5, createdAt: '1999-01-01T00:00:00Z' }),
    ];
    const oldest = buildThread(comments).map((n) => n.comment.id);
    expect(oldest).toEqual([
      'x-early',
      'y-late',
      'b-undated',
      'f-undated',
      'z-undated',
      'last-by-order',
    ]);
    const newest = buildThread(comments, { sort: 'newest' }).map((n) => n.comment.id);
    expect(newest).toEqual([...oldest].reverse());
  });

  it('sorts replies at every level in the chosen order', () => {
    const comments = [
      comment('p', null),
      comment('r1', 'p', { order: 1 }),
      comment('r2', 'p', { order: 2 }),
    ];
    expect(shape(buildThread(comments, { sort: 'newest' }))).toEqual([['p', ['r2', 'r1']]]);
  });

  it('shows a reply whose parent is missing at the top level, detached, with its replies', () => {
    const thread = buildThread([
      comment('a', null),
      comment('orphan', 'gone'),
      comment('kid', 'orphan'),
    ]);
    expect(shape(thread)).toEqual(['a', ['orphan', ['kid']]]);
    expect(thread[1]?.detached).toBe(true);
    expect(thread[1]?.depth).toBe(0);
    expect(thread[1]?.children[0]?.detached).toBe(false);
    expect(thread[0]?.detached).toBe(false);
  });

  it('lifts a self-reply to the top level, detached', () => {
    const thread = buildThread([comment('self', 'self'), comment('kid', 'self')]);
    expect(shape(thread)).toEqual([['self', ['kid']]]);
    expect(thread[0]?.detached).toBe(true);
    expect(thread[0]?.replyCount).toBe(1);
  });

  it('breaks a 2-loop at its first member', () => {
    const thread = buildThread([comment('b', 'a', { order: 1 }), comment('a', 'b', { order: 0 })]);
    expect(shape(thread)).toEqual([['a', ['b']]]);
    expect(thread[0]?.detached).toBe(true);
    expect(thread[0]?.children[0]?.detached).toBe(false);
  });

  it('breaks a 3-loop with a tail hanging off it, whatever the input order or sort', () => {
    const comments = [
      comment('c', 'b'),
      comment('tail', 'c'),
      comment('a', 'c'),
      comment('b', 'a'),
      comment('root', null),
    ];
    for (const input of [comments, [...comments].reverse()]) {
      expect(shape(buildThread(input))).toEqual([['a', [['b', [['c', ['tail']]]]]], 'root']);
      expect(shape(buildThread(input, { sort: 'newest' }))).toEqual([
        'root',
        ['a', [['b', [['c', ['tail']]]]]],
      ]);
    }
    const [a] = buildThread(comments);
    expect(a?.detached).toBe(true);
    expect(a?.replyCount).toBe(3);
  });

  it('keeps every comment exactly once, even with duplicated ids', () => {
    const comments = [comment('a', null), comment('a', null, { body: 'dup' }), comment('b', 'a')];
    const nodes = allNodes(buildThread(comments));
    expect(nodes).toHaveLength(3);
    expect(new Set(nodes.map((n) => n.comment))).toEqual(new Set(comments));
  });

  it('builds a 5,000-deep chain without overflowing the stack', () => {
    const depth = 5000;
    const comments = Array.from({ length: depth }, (_, i) =>
      comment(`c${i}`, i === 0 ? null : `c${i - 1}`),
    );
    const thread = buildThread(comments.reverse());
    expect(thread).toHaveLength(1);
    expect(thread[0]?.replyCount).toBe(depth - 1);
    const flat = flattenThread(thread);
    expect(flat).toHaveLength(depth);
    expect(flat[depth - 1]?.depth).toBe(depth - 1);
  });

  it('marks collapsed nodes but keeps their children and counts', () => {
    const thread = buildThread([comment('a', null), comment('b', 'a'), comment('c', 'b')], {
      collapsed: new Set(['a']),
    });
    expect(thread[0]?.collapsed).toBe(true);
    expect(thread[0]?.replyCount).toBe(2);
    expect(shape(thread)).toEqual([['a', [['b', ['c']]]]]);
    expect(thread[0]?.children[0]?.collapsed).toBe(false);
  });
});

describe('buildThread on random parent links', () => {
  it('keeps every comment exactly once with consistent depth and counts', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const parent = fc.option(fc.constantFrom(...ids, 'gone'), { nil: null });
    fc.assert(
      fc.property(fc.array(parent, { minLength: ids.length, maxLength: ids.length }), (parents) => {
        const comments = ids.map((id, i) => comment(id, parents[i] ?? null));
        const thread = buildThread(comments);
        const nodes = allNodes(thread);
        expect(nodes.map((n) => n.comment.id).sort()).toEqual(ids);
        for (const n of nodes) {
          expect(n.replyCount).toBe(n.children.reduce((sum, c) => sum + c.replyCount + 1, 0));
          for (const c of n.children) {
            expect(c.depth).toBe(n.depth + 1);
            expect(c.comment.parentId).toBe(n.comment.id);
          }
        }
        for (const top of thread) {
          expect(top.depth).toBe(0);
          expect(top.detached).toBe(top.comment.parentId !== null);
        }
      }),
    );
  });
});

describe('flattenThread', () => {
  const comments = [
    comment('a', null),
    comment('a1', 'a'),
    comment('a1x', 'a1'),
    comment('a2', 'a', { order: 1 }),
    comment('b', null, { order: 1 }),
    comment('b1', 'b'),
  ];

  it('lists nodes depth first in reading order', () => {
    expect(flattenThread(buildThread(comments)).map((n) => n.comment.id)).toEqual([
      'a',
      'a1',
      'a1x',
      'a2',
      'b',
      'b1',
    ]);
  });

  it('skips the replies of collapsed nodes but shows the collapsed node itself', () => {
    const thread = buildThread(comments, { collapsed: new Set(['a1', 'b']) });
    expect(flattenThread(thread).map((n) => n.comment.id)).toEqual(['a', 'a1', 'a2', 'b']);
  });
});
