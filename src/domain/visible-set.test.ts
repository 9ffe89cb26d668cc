import { describe, expect, it } from 'vitest';
import { buildMap } from './build-map';
import { buildGraph } from './graph';
import { layoutMap } from './layout';
import type { Claim, Relation } from './model';
import { buildSpatialIndex } from './spatial-index';
import { fitRect } from './viewport';
import { visibleSet } from './visible-set';

const options = { nodeWidth: 240, nodeHeight: 148, gapX: 28, gapY: 64 };

/** A shallow, wide debate like the generator's: 20 top claims, each with a few levels below. */
function bigDebate(n: number): { claims: Claim[]; relations: Relation[] } {
  const claims: Claim[] = [];
  const relations: Relation[] = [];
  for (let i = 0; i < n; i++) {
    claims.push({ id: `c${i}`, text: `Claim ${i}` });
    if (i === 0) continue;
    const parent = i <= 20 ? 0 : Math.floor((i - 21) / 6);
    relations.push({
      id: `r${i}`,
      from: `c${i}`,
      to: `c${parent}`,
      kind: i % 3 ? 'supports' : 'attacks',
    });
  }
  return { claims, relations };
}

function setUp(n: number) {
  const { claims, relations } = bigDebate(n);
  const layout = layoutMap(buildMap(buildGraph(claims, relations)), options);
  const box = { width: options.nodeWidth, height: options.nodeHeight };
  const nodes = buildSpatialIndex(
    layout.nodes.map((l) => ({ x: l.x, y: l.y, ...box })),
    512,
  );
  const edges = buildSpatialIndex(
    layout.edges.map((e) => ({
      x: Math.min(e.x1, e.x2),
      y: e.y2,
      width: Math.abs(e.x1 - e.x2) + 1,
      height: e.y1 - e.y2,
    })),
    512,
  );
  return { layout, indexes: { nodes, edges } };
}

const screen = { width: 900, height: 800 };

describe('visible set', () => {
  const { layout, indexes } = setUp(10_000);

  it('puts only the cards on screen in the DOM at 100 %, with the lines that cross it', () => {
    const root = layout.positions.get('c0');
    if (!root) throw new Error('no root');
    const viewport = { x: screen.width / 2 - root.x, y: 40 - root.y, scale: 1 };
    const seen = visibleSet(layout, indexes, viewport, screen, []);
    expect(seen.mode).toBe('cards');
    expect(seen.nodes.map((n) => n.id)).toContain('c0');
    expect(seen.nodes.length).toBeLessThan(30);
    for (const edge of seen.edges) {
      const ids = new Set(seen.nodes.map((n) => n.id));
      const crosses = ids.has(edge.from) || ids.has(edge.to) || Math.min(edge.y1, edge.y2) < 900;
      expect(crosses).toBe(true);
    }
  });

  it('draws an overview with no cards when zoomed out to fit all, keeping the selected one', () => {
    const all = fitRect({ x: 0, y: 0, width: layout.width, height: layout.height }, screen);
    const seen = visibleSet(layout, indexes, all, screen, ['c5000', null, 'missing']);
    expect(seen.mode).toBe('overview');
    expect(seen.nodes.map((n) => n.id)).toEqual(['c5000']);
    expect(seen.edges).toEqual([]);
  });

  it('stays under 100 cards at every zoom', () => {
    for (let scale = 2; scale >= 0.05; scale /= 1.25) {
      const viewport = { x: -layout.width * scale * 0.4, y: 0, scale };
      const seen = visibleSet(layout, indexes, viewport, screen, ['c1']);
      expect(seen.nodes.length).toBeLessThanOrEqual(81);
      expect(seen.edges.length).toBeLessThanOrEqual(200);
    }
  });

  it('shows a small map whole when the screen is not measured (a hidden pane, jsdom)', () => {
    const small = setUp(25);
    const seen = visibleSet(
      small.layout,
      small.indexes,
      { x: 0, y: 0, scale: 1 },
      { width: 0, height: 0 },
      [],
    );
    expect(seen.nodes).toHaveLength(25);
  });
});
