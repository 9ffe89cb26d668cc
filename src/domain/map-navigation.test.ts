import { describe, expect, it } from 'vitest';
import { buildMap } from './build-map';
import { buildGraph } from './graph';
import { filterMap } from './map-filter';
import { ancestorsOf, focusSet, moveInMap } from './map-navigation';
import { claims, rel } from './test-fixtures';

// thesis ← a (supports), b (attacks), c (supports); a ← a1, a2; b ← b1 (attacks); b1 also supports c.
const map = buildMap(
  buildGraph(claims('thesis', 'a', 'b', 'c', 'a1', 'a2', 'b1'), [
    rel('r1', 'a', 'thesis'),
    rel('r2', 'b', 'thesis', 'attacks'),
    rel('r3', 'c', 'thesis'),
    rel('r4', 'a1', 'a'),
    rel('r5', 'a2', 'a', 'attacks'),
    rel('r6', 'b1', 'b', 'attacks'),
    rel('r7', 'b1', 'c'),
  ]),
);
const all = () => true;

describe('moving through the map by keyboard', () => {
  it('goes up to the parent and down to the first child', () => {
    expect(moveInMap(map, all, 'a1', 'parent')).toBe('a');
    expect(moveInMap(map, all, 'a', 'parent')).toBe('thesis');
    expect(moveInMap(map, all, 'thesis', 'parent')).toBeNull();
    expect(moveInMap(map, all, 'thesis', 'firstChild')).toBe('a');
    expect(moveInMap(map, all, 'a2', 'firstChild')).toBeNull();
  });

  it('goes left and right among siblings, stopping at the ends', () => {
    expect(moveInMap(map, all, 'a', 'nextSibling')).toBe('b');
    expect(moveInMap(map, all, 'b', 'nextSibling')).toBe('c');
    expect(moveInMap(map, all, 'c', 'nextSibling')).toBeNull();
    expect(moveInMap(map, all, 'b', 'previousSibling')).toBe('a');
    expect(moveInMap(map, all, 'a', 'previousSibling')).toBeNull();
    expect(moveInMap(map, all, 'thesis', 'nextSibling')).toBeNull();
  });

  it('skips claims that are not drawn (collapsed or filtered out)', () => {
    const shown = (id: string) => id !== 'b' && id !== 'a1';
    expect(moveInMap(map, shown, 'a', 'nextSibling')).toBe('c');
    expect(moveInMap(map, shown, 'a', 'firstChild')).toBe('a2');
  });

  it('moves among several root claims under a synthetic root', () => {
    const forest = buildMap(buildGraph(claims('x', 'y', 'z'), [rel('r', 'z', 'x')]));
    expect(moveInMap(forest, all, 'x', 'nextSibling')).toBe('y');
    expect(moveInMap(forest, all, 'y', 'previousSibling')).toBe('x');
    expect(moveInMap(forest, all, 'x', 'parent')).toBeNull();
  });
});

describe('focus mode', () => {
  it('keeps the claim, its ancestors and its descendants only', () => {
    expect([...focusSet(map, 'b')].sort()).toEqual(['b', 'b1', 'thesis']);
    expect([...focusSet(map, 'a1')].sort()).toEqual(['a', 'a1', 'thesis']);
    expect(focusSet(map, 'missing').size).toBe(0);
    expect(ancestorsOf(map, 'b1')).toEqual(['b', 'thesis']);
  });
});

describe('relation filter', () => {
  it('drops branches hung from the hidden kind, and badges of that kind', () => {
    const supports = filterMap(map, 'supports');
    expect([...supports.nodeById.keys()].sort()).toEqual(['a', 'a1', 'c', 'thesis']);
    const attacks = filterMap(map, 'attacks');
    expect([...attacks.nodeById.keys()].sort()).toEqual(['b', 'b1', 'thesis']);
    expect(attacks.nodeById.get('b1')?.otherParents).toEqual([]);
    expect(map.nodeById.get('b1')?.otherParents).toHaveLength(1);
    expect(filterMap(map, 'both')).toBe(map);
  });
});
