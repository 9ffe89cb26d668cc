import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MapNode } from './build-map';
import { buildMap, SYNTHETIC_ROOT_ID } from './build-map';
import { buildGraph, validRelations } from './graph';
import type { Relation } from './model';
import { claims, rel } from './test-fixtures';

type Shape = [string, Shape[]] | string;
function shape(node: MapNode): Shape {
  return node.children.length ? [node.id, node.children.map(shape)] : node.id;
}

function mapOf(ids: string[], relations: Relation[]) {
  return buildMap(buildGraph(claims(...ids), relations));
}

/** Every node under `root` (synthetic root excluded), without recursion. */
function treeNodes(root: MapNode): MapNode[] {
  const out: MapNode[] = [];
  const stack = [root];
  while (stack.length) {
    const n = stack.pop() as MapNode;
    if (n.id !== SYNTHETIC_ROOT_ID) out.push(n);
    stack.push(...n.children);
  }
  return out;
}

describe('buildMap', () => {
  it('uses the single root claim as the tree root, children in relation order', () => {
    const map = mapOf(
      ['thesis', 'x', 'y', 'z'],
      [rel('r1', 'y', 'thesis'), rel('r2', 'x', 'thesis', 'attacks'), rel('r3', 'z', 'x')],
    );
    expect(shape(map.root)).toEqual(['thesis', ['y', ['x', ['z']]]]);
    expect(map.root.relation).toBeNull();
    expect(map.root.depth).toBe(0);
    expect(map.nodeById.get('x')?.relation?.kind).toBe('attacks');
    expect(map.nodeById.get('z')?.depth).toBe(2);
    expect(map.crossLinks).toEqual([]);
  });

  it('puts a multi-parent claim once, under its first-reached parent, with otherParents', () => {
    const map = mapOf(
      ['t', 'a', 'b', 'shared'],
      [
        rel('r1', 'a', 't'),
        rel('r2', 'b', 't'),
        rel('r3', 'shared', 'b'),
        rel('r4', 'shared', 'a', 'attacks'),
      ],
    );
    // BFS reaches a before b, so shared sits under a via r4, whatever the relation order.
    expect(shape(map.root)).toEqual(['t', [['a', ['shared']], 'b']]);
    expect(map.nodeById.get('shared')?.relation?.id).toBe('r4');
    expect(map.nodeById.get('shared')?.otherParents.map((r) => r.id)).toEqual(['r3']);
    expect(map.crossLinks.map((r) => r.id)).toEqual(['r3']);
  });

  it('puts several roots under a synthetic root, one level down', () => {
    const map = mapOf(['a', 'b', 'c'], [rel('r1', 'c', 'b')]);
    expect(map.root.id).toBe(SYNTHETIC_ROOT_ID);
    expect(map.root.claim).toBeNull();
    expect(shape(map.root)).toEqual([SYNTHETIC_ROOT_ID, ['a', ['b', ['c']]]]);
    expect(map.nodeById.get('a')?.depth).toBe(1);
    expect(map.nodeById.get('c')?.depth).toBe(2);
    expect(map.nodeById.has(SYNTHETIC_ROOT_ID)).toBe(false);
  });

  it('gives a bare synthetic root for an empty graph', () => {
    const map = mapOf([], []);
    expect(map.root).toMatchObject({ id: SYNTHETIC_ROOT_ID, claim: null, children: [], depth: 0 });
    expect(map.nodeById.size).toBe(0);
  });

  it('breaks a 2-cycle that no root reaches, rooting it at its first claim', () => {
    const map = mapOf(['a', 'b'], [rel('r1', 'a', 'b'), rel('r2', 'b', 'a', 'attacks')]);
    expect(shape(map.root)).toEqual(['a', ['b']]);
    expect(map.nodeById.get('b')?.relation?.id).toBe('r2');
    expect(map.nodeById.get('a')?.otherParents.map((r) => r.id)).toEqual(['r1']);
    expect(map.crossLinks.map((r) => r.id)).toEqual(['r1']);
  });

  it('breaks a cycle reachable from a root', () => {
    // t <- a <- b <- c <- a  (a supports t, b supports a, c supports b, a supports c)
    const map = mapOf(
      ['t', 'a', 'b', 'c'],
      [rel('r1', 'a', 't'), rel('r2', 'b', 'a'), rel('r3', 'c', 'b'), rel('r4', 'a', 'c')],
    );
    expect(shape(map.root)).toEqual(['t', [['a', [['b', ['c']]]]]]);
    expect(map.crossLinks.map((r) => r.id)).toEqual(['r4']);
    expect(map.nodeById.get('a')?.otherParents.map((r) => r.id)).toEqual(['r4']);
  });

  it('adds a cycle no root reaches as an extra root beside the real one', () => {
    const map = mapOf(
      ['t', 'x', 'p', 'q', 'hang'],
      [rel('r1', 'x', 't'), rel('r2', 'p', 'q'), rel('r3', 'q', 'p'), rel('r4', 'hang', 'q')],
    );
    expect(shape(map.root)).toEqual([
      SYNTHETIC_ROOT_ID,
      [
        ['t', ['x']],
        ['p', [['q', ['hang']]]],
      ],
    ]);
    expect(map.crossLinks.map((r) => r.id)).toEqual(['r2']);
  });

  it('tolerates a self-relation and relations to missing claims', () => {
    const map = mapOf(
      ['a', 'b'],
      [rel('r1', 'a', 'a'), rel('r2', 'b', 'a'), rel('r3', 'ghost', 'a'), rel('r4', 'b', 'ghost')],
    );
    expect(shape(map.root)).toEqual(['a', ['b']]);
    expect(map.crossLinks.map((r) => r.id)).toEqual(['r1']);
    expect(map.nodeById.size).toBe(2);
  });

  it('handles a 10,000-long chain without recursion', () => {
    const n = 10_000;
    const ids = Array.from({ length: n }, (_, i) => `c${i}`);
    const relations = ids.slice(1).map((id, i) => rel(`r${i}`, id, `c${i}`));
    const map = mapOf(ids, relations);
    expect(map.root.id).toBe('c0');
    expect(map.nodeById.get(`c${n - 1}`)?.depth).toBe(n - 1);
  });
});

describe('buildMap on random graphs', () => {
  it('shows every claim exactly once, and tree edges plus crossLinks are all valid relations', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const end = fc.constantFrom(...ids, 'ghost');
    const relation = fc.record({
      from: end,
      to: end,
      kind: fc.constantFrom('supports' as const, 'attacks' as const),
    });
    fc.assert(
      fc.property(fc.subarray(ids), fc.array(relation, { maxLength: 14 }), (present, links) => {
        const graph = buildGraph(
          claims(...present),
          links.map((l, i) => ({ ...l, id: `r${i}` })),
        );
        const map = buildMap(graph);
        const nodes = treeNodes(map.root);
        expect(nodes.map((n) => n.id).sort()).toEqual([...present].sort());
        expect(map.nodeById.size).toBe(present.length);
        for (const n of nodes) expect(map.nodeById.get(n.id)).toBe(n);
        const treeEdgeIds = nodes.flatMap((n) => (n.relation ? [n.relation.id] : []));
        const crossIds = map.crossLinks.map((r) => r.id);
        expect([...treeEdgeIds, ...crossIds].sort()).toEqual(
          validRelations(graph)
            .map((r) => r.id)
            .sort(),
        );
        const otherIds = nodes.flatMap((n) => n.otherParents.map((r) => r.id));
        expect(otherIds.sort()).toEqual([...crossIds].sort());
        for (const n of nodes) {
          for (const c of n.children) {
            expect(c.depth).toBe(n.depth + 1);
            expect(c.relation?.to).toBe(n.id);
            expect(c.relation?.from).toBe(c.id);
          }
        }
        // A synthetic root only ever stands above zero or several roots.
        if (map.root.id === SYNTHETIC_ROOT_ID) expect(map.root.children.length).not.toBe(1);
        else expect(map.root.claim?.id).toBe(map.root.id);
      }),
    );
  });
});
