import { describe, expect, it } from 'vitest';
import { buildMap } from './build-map';
import { buildGraph } from './graph';
import { layoutMap } from './layout';
import { packLayout, unpackLayout } from './layout-transfer';
import { claims, rel } from './test-fixtures';

const options = { nodeWidth: 100, nodeHeight: 50, gapX: 10, gapY: 20, collapsed: new Set(['b']) };

describe('layout transfer', () => {
  it('round-trips a layout through plain arrays, joined to a map built again from the same data', () => {
    const input = [
      claims('t', 'a', 'b', 'b1', 'c'),
      [rel('1', 'a', 't'), rel('2', 'b', 't', 'attacks'), rel('3', 'b1', 'b'), rel('4', 'c', 'a')],
    ] as const;
    const workerMap = buildMap(buildGraph(...input));
    const original = layoutMap(workerMap, options);
    const pageMap = buildMap(buildGraph(...input));
    const copy = unpackLayout(pageMap, packLayout(original), options);
    const plain = (l: typeof original) => ({
      nodes: l.nodes.map(({ id, x, y, hiddenChildren }) => ({ id, x, y, hiddenChildren })),
      edges: l.edges,
      width: l.width,
      height: l.height,
    });
    expect(plain(copy)).toEqual(plain(original));
    expect(copy.positions.get('a')?.node).toBe(pageMap.nodeById.get('a'));
    expect(copy.positions.get('b')?.hiddenChildren).toBe(1);
  });

  it('drops ids the map no longer has', () => {
    const before = buildMap(buildGraph(claims('t', 'a'), [rel('1', 'a', 't')]));
    const after = buildMap(buildGraph(claims('t'), []));
    const copy = unpackLayout(after, packLayout(layoutMap(before, options)), options);
    expect(copy.nodes.map((n) => n.id)).toEqual(['t']);
    expect(copy.edges).toEqual([]);
  });
});
