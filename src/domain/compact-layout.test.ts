import { describe, expect, it } from 'vitest';
import { buildMap } from './build-map';
import { COMPACT_FROM, LIST_INDENT, layoutMapAuto } from './compact-layout';
import { buildGraph } from './graph';
import { type LayoutOptions, layoutMap, type MapLayout } from './layout';
import type { Claim, Relation } from './model';
import { claims, rel } from './test-fixtures';

const options: LayoutOptions = { nodeWidth: 240, nodeHeight: 148, gapX: 28, gapY: 64 };

/** Shallow and wide, like the generator's debates: 14 answers to the thesis, then 2–6 each. */
function wideDebate(n: number): { claims: Claim[]; relations: Relation[] } {
  const all: Claim[] = [];
  const relations: Relation[] = [];
  let parent = 0;
  let left = 14;
  for (let i = 0; i < n; i++) {
    all.push({ id: `c${i}`, text: `Claim ${i}` });
    if (i === 0) continue;
    relations.push({
      id: `r${i}`,
      from: `c${i}`,
      to: `c${parent}`,
      kind: i % 4 ? 'supports' : 'attacks',
    });
    left -= 1;
    if (left === 0) {
      parent += 1;
      left = 2 + (parent % 5);
    }
  }
  return { claims: all, relations };
}

function overlapping(layout: MapLayout): number {
  const boxes = [...layout.nodes].sort((a, b) => a.x - b.x);
  let count = 0;
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i];
    for (let j = i + 1; a && j < boxes.length; j++) {
      const b = boxes[j];
      if (!b || b.x >= a.x + options.nodeWidth) break;
      if (Math.abs(b.y - a.y) < options.nodeHeight) count++;
    }
  }
  return count;
}

describe('compact layout for big maps', () => {
  const { claims: big, relations } = wideDebate(5000);
  const map = buildMap(buildGraph(big, relations));
  const layout = layoutMapAuto(map, options);

  it('fits a wide map into a roughly square area, where the tidy tree is a long line', () => {
    const tidy = layoutMap(map, options);
    expect(tidy.width / tidy.height).toBeGreaterThan(50);
    expect(layout.width / layout.height).toBeGreaterThan(1 / 4);
    expect(layout.width / layout.height).toBeLessThan(4);
  });

  it('places every claim once, without overlaps', () => {
    expect(layout.nodes).toHaveLength(5000);
    expect(new Set(layout.nodes.map((n) => n.id)).size).toBe(5000);
    expect(overlapping(layout)).toBe(0);
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + options.nodeWidth).toBeLessThanOrEqual(layout.width);
    }
  });

  it('joins listed claims to their parent with elbows that draw its trunk once, top to bottom', () => {
    const elbows = layout.edges.filter((e) => e.route === 'elbow');
    expect(elbows.length).toBeGreaterThan(0);
    expect(layout.edges).toHaveLength(4999);
    const byParent = new Map<string, typeof elbows>();
    for (const e of elbows) byParent.set(e.to, [...(byParent.get(e.to) ?? []), e]);
    for (const [parentId, joined] of [...byParent].slice(0, 100)) {
      const parent = layout.positions.get(parentId);
      if (!parent) throw new Error('edge to nowhere');
      // Each starts at its child and meets the trunk where the one above it does: the eldest
      // at the parent (with the arrowhead), the rest at their elder sibling's elbow.
      let top = parent.y + options.nodeHeight;
      for (const e of joined) {
        const child = layout.positions.get(e.from);
        if (!child) throw new Error('edge from nowhere');
        expect([e.x1, e.y1]).toEqual([child.x, child.y + options.nodeHeight / 2]);
        expect(e.x2).toBe(parent.x + LIST_INDENT / 2);
        expect(e.y2).toBe(top);
        expect(e.arrow).toBe(top === parent.y + options.nodeHeight);
        expect(child.y).toBeGreaterThan(top);
        expect(child.x).toBeGreaterThan(parent.x);
        top = e.y1;
      }
    }
  });

  it('leaves out folded branches and counts them', () => {
    const folded = layoutMapAuto(map, { ...options, collapsed: new Set(['c1']) });
    const below = map.nodeById.get('c1')?.children.length ?? 0;
    expect(below).toBeGreaterThan(0);
    expect(folded.positions.get('c1')?.hiddenChildren).toBeGreaterThanOrEqual(below);
    expect(folded.nodes.length).toBe(5000 - (folded.positions.get('c1')?.hiddenChildren ?? 0));
    expect(overlapping(folded)).toBe(0);
  });

  it('keeps the tidy tree for small maps', () => {
    const small = buildMap(
      buildGraph(claims('t', 'a', 'b'), [rel('1', 'a', 't'), rel('2', 'b', 'a')]),
    );
    expect(layoutMapAuto(small, options)).toEqual(layoutMap(small, options));
    expect(COMPACT_FROM).toBeGreaterThan(25);
  });
});
