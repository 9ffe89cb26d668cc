import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMap } from './build-map';
import { buildGraph } from './graph';
import type { LaidOutNode, LayoutOptions, MapLayout } from './layout';
import { createLayoutMemo, layoutMap } from './layout';
import type { Relation } from './model';
import { claims, rel } from './test-fixtures';

const size: LayoutOptions = { nodeWidth: 200, nodeHeight: 80, gapX: 20, gapY: 40 };

function mapOf(ids: string[], relations: Relation[]) {
  return buildMap(buildGraph(claims(...ids), relations));
}

// t <- a <- a1, a2 ; t <- b <- b1 <- b1x
const sample = mapOf(
  ['t', 'a', 'b', 'a1', 'a2', 'b1', 'b1x'],
  [
    rel('r1', 'a', 't'),
    rel('r2', 'b', 't', 'attacks'),
    rel('r3', 'a1', 'a'),
    rel('r4', 'a2', 'a', 'attacks'),
    rel('r5', 'b1', 'b'),
    rel('r6', 'b1x', 'b1'),
  ],
);

function overlaps(a: LaidOutNode, b: LaidOutNode, { nodeWidth, nodeHeight }: LayoutOptions) {
  return (
    a.x < b.x + nodeWidth &&
    b.x < a.x + nodeWidth &&
    a.y < b.y + nodeHeight &&
    b.y < a.y + nodeHeight
  );
}

function expectNoOverlap(layout: MapLayout, options: LayoutOptions) {
  for (let i = 0; i < layout.nodes.length; i++) {
    for (let j = i + 1; j < layout.nodes.length; j++) {
      const [a, b] = [layout.nodes[i], layout.nodes[j]];
      if (a && b) expect(overlaps(a, b, options), `${a.id} overlaps ${b.id}`).toBe(false);
    }
  }
}

function expectInBounds(layout: MapLayout, { nodeWidth, nodeHeight }: LayoutOptions) {
  for (const n of layout.nodes) {
    expect(n.x).toBeGreaterThanOrEqual(0);
    expect(n.y).toBeGreaterThanOrEqual(0);
    expect(n.x + nodeWidth).toBeLessThanOrEqual(layout.width);
    expect(n.y + nodeHeight).toBeLessThanOrEqual(layout.height);
  }
  if (layout.nodes.length > 0) {
    expect(Math.min(...layout.nodes.map((n) => n.x))).toBe(0);
    expect(Math.min(...layout.nodes.map((n) => n.y))).toBe(0);
  }
}

describe('layoutMap', () => {
  it('lays the tree out top-down, inside the bounds, with no overlaps', () => {
    const layout = layoutMap(sample, size);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['a', 'a1', 'a2', 'b', 'b1', 'b1x', 't']);
    const y = (id: string) => layout.positions.get(id)?.y;
    expect(y('t')).toBe(0);
    expect(y('a')).toBe(120);
    expect(y('b1x')).toBe(360);
    expect(layout.height).toBe(360 + 80);
    expectInBounds(layout, size);
    expectNoOverlap(layout, size);
  });

  it('draws tree edges from the child top-centre to the parent bottom-centre', () => {
    const layout = layoutMap(sample, size);
    expect(layout.edges.map((e) => e.id).sort()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    const edge = layout.edges.find((e) => e.id === 'r2');
    const child = layout.positions.get('b');
    const parent = layout.positions.get('t');
    if (!edge || !child || !parent) throw new Error('missing');
    expect(edge).toMatchObject({
      from: 'b',
      to: 't',
      x1: child.x + 100,
      y1: child.y,
      x2: parent.x + 100,
      y2: parent.y + 80,
    });
    expect(edge.relation.kind).toBe('attacks');
  });

  it('hides the descendants of collapsed claims and counts them', () => {
    const layout = layoutMap(sample, { ...size, collapsed: new Set(['b', 'a1']) });
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['a', 'a1', 'a2', 'b', 't']);
    expect(layout.positions.get('b')?.hiddenChildren).toBe(2);
    expect(layout.positions.get('a1')?.hiddenChildren).toBe(0);
    expect(layout.positions.get('a')?.hiddenChildren).toBe(0);
    expect(layout.edges.map((e) => e.id).sort()).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(layout.height).toBe(120 + 120 + 80);
  });

  it('does not emit the synthetic root or edges to it, and starts at y = 0', () => {
    const map = mapOf(['a', 'b', 'c'], [rel('r1', 'c', 'a')]);
    const layout = layoutMap(map, size);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c']);
    expect(layout.edges.map((e) => e.id)).toEqual(['r1']);
    expect(layout.positions.get('a')?.y).toBe(0);
    expect(layout.positions.get('b')?.y).toBe(0);
    expectInBounds(layout, size);
    expectNoOverlap(layout, size);
  });

  it('gives an empty layout for an empty map', () => {
    const layout = layoutMap(mapOf([], []), size);
    expect(layout).toMatchObject({ nodes: [], edges: [], width: 0, height: 0 });
  });

  it('lays out a 5,000-deep chain without overflowing the stack', () => {
    const n = 5000;
    const ids = Array.from({ length: n }, (_, i) => `c${i}`);
    const map = mapOf(
      ids,
      ids.slice(1).map((id, i) => rel(`r${i}`, id, `c${i}`)),
    );
    const layout = layoutMap(map, size);
    expect(layout.nodes).toHaveLength(n);
    expect(layout.height).toBe((n - 1) * 120 + 80);
  });

  it('never overlaps nodes on random trees', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `n${i}`);
    fc.assert(
      // Claim n(i+1) supports an earlier claim picked by picks[i], or nothing (another root).
      fc.property(
        fc.array(fc.nat(), { minLength: 11, maxLength: 11 }),
        fc.integer({ min: 0, max: 30 }),
        (picks, gap) => {
          const relations = picks.flatMap((p, i) => {
            const parent = p % (i + 2);
            return parent === i + 1 ? [] : [rel(`r${i}`, `n${i + 1}`, `n${parent}`)];
          });
          const options = { ...size, gapX: gap };
          const layout = layoutMap(mapOf(ids, relations), options);
          expect(layout.nodes).toHaveLength(ids.length);
          expectInBounds(layout, options);
          expectNoOverlap(layout, options);
        },
      ),
    );
  });
});

describe('createLayoutMemo', () => {
  it('returns the same layout for the same map and equal options, a new one otherwise', () => {
    const memo = createLayoutMemo();
    const collapsed = new Set(['b']);
    const first = memo(sample, { ...size, collapsed });
    expect(memo(sample, { ...size, collapsed: new Set(['b']) })).toBe(first);
    // Mutating the caller's set afterwards must not produce a stale hit.
    collapsed.add('a');
    const changed = memo(sample, { ...size, collapsed });
    expect(changed).not.toBe(first);
    expect(changed.positions.has('a1')).toBe(false);
    expect(memo(sample, { ...size, collapsed, gapX: 99 })).not.toBe(changed);
    const rebuilt = mapOf(['t'], []);
    expect(memo(rebuilt, size)).not.toBe(memo(sample, size));
  });

  it('keeps separate memos independent', () => {
    const one = createLayoutMemo();
    const two = createLayoutMemo();
    const a = one(sample, size);
    expect(two(sample, size)).not.toBe(a);
    expect(one(sample, size)).toBe(a);
  });
});
