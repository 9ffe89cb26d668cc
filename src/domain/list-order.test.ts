// Rows coming back into a list go right before the row that followed them (through other rows
// coming back with them), or at the end when that row is gone: what applyEvent, the SQL store
// and an imported log's replay all do with an unmerge's followedBy.
import { describe, expect, it } from 'vitest';
import { upsertById } from './events';
import { followersIn, placeAdded } from './list-order';

const rows = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);

describe('followersIn', () => {
  it('names the row after each asked-for row; the last has none', () => {
    expect(followersIn(rows('a', 'b', 'c', 'd'), ['b', 'c', 'd'])).toEqual({ b: 'c', c: 'd' });
  });
});

describe('placeAdded', () => {
  it('puts a chain of added rows before the present row it ends at, in chain order', () => {
    const placed = placeAdded(['c', 'b'], { b: 'c', c: 'd' }, (id) => id === 'd');
    expect([...placed.before]).toEqual([['d', ['b', 'c']]]);
    expect(placed.atEnd).toEqual([]);
  });

  it('sends rows whose follower is gone, or who have none, to the end in the order given', () => {
    const placed = placeAdded(['x', 'b', 'y'], { b: 'gone', x: 'a' }, (id) => id === 'a');
    expect([...placed.before]).toEqual([['a', ['x']]]);
    expect(placed.atEnd).toEqual(['b', 'y']);
  });

  it('does not loop on followers that go round, and places nothing of the loop', () => {
    const placed = placeAdded(['p', 'q'], { p: 'q', q: 'p' }, () => true);
    expect(placed).toEqual({ before: new Map(), atEnd: ['p', 'q'] });
  });
});

describe('upsertById with followers', () => {
  it('replaces in place, puts re-added rows back where they were, the rest at the end', () => {
    const list = rows('a', 'd', 'e');
    const result = upsertById(list, [{ id: 'd' }, ...rows('c', 'b', 'z')], { b: 'c', c: 'd' });
    expect(ids(result)).toEqual(['a', 'b', 'c', 'd', 'e', 'z']);
  });

  it('without followers, appends as before', () => {
    expect(ids(upsertById(rows('a', 'd'), rows('b', 'c')))).toEqual(['a', 'd', 'b', 'c']);
  });
});
