import { describe, expect, it } from 'vitest';
import { buildMap } from '../domain/build-map';
import { layoutMapAuto } from '../domain/compact-layout';
import { buildGraph } from '../domain/graph';
import { unpackLayout } from '../domain/layout-transfer';
import { filterMap } from '../domain/map-filter';
import { claims, rel } from '../domain/test-fixtures';
import { runLayoutJob } from './layout-job';
import { LayoutRequestSchema } from './layout-protocol';

const options = { nodeWidth: 100, nodeHeight: 50, gapX: 10, gapY: 20 };

describe('the layout worker’s job', () => {
  it('gives the page the same layout it would compute itself, filter and folds included', () => {
    const request = LayoutRequestSchema.parse({
      requestId: 1,
      claims: claims('t', 'a', 'b', 'b1', 'a1'),
      relations: [
        rel('1', 'a', 't'),
        rel('2', 'b', 't', 'attacks'),
        rel('3', 'b1', 'b'),
        rel('4', 'a1', 'a'),
      ],
      collapsed: ['a'],
      filter: 'supports',
      options,
    });
    const pageMap = filterMap(buildMap(buildGraph(request.claims, request.relations)), 'supports');
    const mine = layoutMapAuto(pageMap, { ...options, collapsed: new Set(['a']) });
    const theirs = unpackLayout(pageMap, runLayoutJob(request), options);
    expect(theirs.nodes.map(({ id, x, y, hiddenChildren }) => [id, x, y, hiddenChildren])).toEqual(
      mine.nodes.map(({ id, x, y, hiddenChildren }) => [id, x, y, hiddenChildren]),
    );
    expect(theirs.nodes.map((n) => n.id)).toEqual(['t', 'a']);
  });

  it('refuses a malformed request', () => {
    expect(LayoutRequestSchema.safeParse({ requestId: 1, claims: 'no' }).success).toBe(false);
  });
});
