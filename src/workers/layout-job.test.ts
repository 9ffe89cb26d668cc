import { describe, expect, it } from 'vitest';
import { buildMap } from '../domain/build-map';
import { layoutMapAuto } from '../domain/compact-layout';
import { buildGraph } from '../domain/graph';
import { unpackLayout } from '../domain/layout-transfer';
import { filterMap } from '../domain/map-filter';
import { claims, rel } from '../domain/test-fixtures';
import { createLayoutJob } from './layout-job';
import { type LayoutRequest, parseLayoutRequest } from './layout-protocol';

const options = { nodeWidth: 100, nodeHeight: 50, gapX: 10, gapY: 20 };

function request(extra: Partial<LayoutRequest>): LayoutRequest {
  const parsed = parseLayoutRequest({
    requestId: 1,
    claimIds: [],
    relations: [],
    collapsed: [],
    filter: 'both',
    options,
    ...extra,
  });
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

describe('the layout worker’s job', () => {
  it('gives the page the same layout it would compute itself, filter and folds included', () => {
    const data = {
      claims: claims('t', 'a', 'b', 'b1', 'a1'),
      relations: [
        rel('1', 'a', 't'),
        rel('2', 'b', 't', 'attacks'),
        rel('3', 'b1', 'b'),
        rel('4', 'a1', 'a'),
      ],
    };
    const packed = createLayoutJob()(
      request({
        claimIds: data.claims.map((c) => c.id),
        relations: data.relations,
        collapsed: ['a'],
        filter: 'supports',
      }),
    );
    const pageMap = filterMap(buildMap(buildGraph(data.claims, data.relations)), 'supports');
    const mine = layoutMapAuto(pageMap, { ...options, collapsed: new Set(['a']) });
    const theirs = unpackLayout(pageMap, packed, options);
    expect(theirs.nodes.map(({ id, x, y, hiddenChildren }) => [id, x, y, hiddenChildren])).toEqual(
      mine.nodes.map(({ id, x, y, hiddenChildren }) => [id, x, y, hiddenChildren]),
    );
    expect(theirs.nodes.map((n) => n.id)).toEqual(['t', 'a']);
  });

  it('answers the next request, one claim later, with the layout of the new data', () => {
    const job = createLayoutJob();
    const ids = Array.from({ length: 400 }, (_, i) => `c${i}`);
    const relations = ids.slice(1).map((id, i) => rel(`r${i}`, id, `c${Math.floor(i / 8)}`));
    job(request({ claimIds: ids, relations }));
    const more = [...relations, rel('r-new', 'new', 'c3', 'attacks')];
    const packed = job(request({ requestId: 2, claimIds: [...ids, 'new'], relations: more }));
    const map = buildMap(buildGraph([...claims(...ids), ...claims('new')], more));
    expect(unpackLayout(map, packed, options).nodes.map(({ id, x, y }) => [id, x, y])).toEqual(
      layoutMapAuto(map, options).nodes.map(({ id, x, y }) => [id, x, y]),
    );
  });

  it('refuses a malformed request, saying what is wrong', () => {
    expect(parseLayoutRequest({ requestId: 1, claimIds: 'no' })).toEqual({
      ok: false,
      reason: 'claimIds: not a list of ids',
    });
    const badRelation = { ...request({}), relations: [{ id: 'r', from: 'a', to: 'b', kind: 'x' }] };
    expect(parseLayoutRequest(badRelation)).toEqual({
      ok: false,
      reason: 'relations[0]: not a relation',
    });
    expect(parseLayoutRequest({ ...request({}), options: { nodeWidth: 'wide' } }).ok).toBe(false);
  });
});
