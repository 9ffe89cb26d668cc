import { describe, expect, it } from 'vitest';
import { buildGraph, validRelations } from './graph';
import { claims, rel } from './test-fixtures';

describe('buildGraph', () => {
  it('indexes claims and relations with both adjacency lists', () => {
    const g = buildGraph(claims('a', 'b', 'c'), [
      rel('r1', 'b', 'a'),
      rel('r2', 'c', 'a', 'attacks'),
    ]);
    expect(g.order).toEqual(['a', 'b', 'c']);
    expect(g.claims.get('b')?.text).toBe('Claim b');
    expect(g.incoming.get('a')?.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(g.outgoing.get('b')?.map((r) => r.id)).toEqual(['r1']);
    expect(g.outgoing.get('a')).toEqual([]);
    expect(g.incoming.get('c')).toEqual([]);
  });

  it('keeps relations to missing claims out of the adjacency lists', () => {
    const g = buildGraph(claims('a'), [rel('r1', 'ghost', 'a'), rel('r2', 'a', 'ghost')]);
    expect(g.relations.size).toBe(2);
    expect(g.incoming.get('a')).toEqual([]);
    expect(g.outgoing.get('a')).toEqual([]);
    expect(g.outgoing.has('ghost')).toBe(false);
    expect(validRelations(g)).toEqual([]);
  });

  it('keeps the first of duplicated ids', () => {
    const g = buildGraph(
      [
        { id: 'a', text: 'first' },
        { id: 'a', text: 'second' },
        { id: 'b', text: 'b' },
      ],
      [rel('r1', 'b', 'a'), rel('r1', 'a', 'b')],
    );
    expect(g.order).toEqual(['a', 'b']);
    expect(g.claims.get('a')?.text).toBe('first');
    expect(g.relations.get('r1')?.from).toBe('b');
    expect(g.outgoing.get('a')).toEqual([]);
  });
});
