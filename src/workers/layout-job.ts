// What the layout worker does, as plain functions so it is tested without a worker: the same
// pipeline the page runs (graph → spanning tree → filter → layout), answered as packed arrays.
// A job remembers its last layout, so a request that differs by one claim (a live update) lays
// out again only the branch that claim is in (incremental-layout.ts).
import { buildMap } from '../domain/build-map';
import { buildGraph } from '../domain/graph';
import { type LayoutMemo, layoutIncrementally } from '../domain/incremental-layout';
import type { PackedLayout } from '../domain/layout-transfer';
import { filterMap } from '../domain/map-filter';
import type { Claim } from '../domain/model';
import type { LayoutRequest } from './layout-protocol';

export type LayoutJob = (request: LayoutRequest) => PackedLayout;

export function createLayoutJob(): LayoutJob {
  let memo: LayoutMemo | null = null;
  return (request) => {
    // The worker never shows words: a claim here is its id.
    const claims: Claim[] = request.claimIds.map((id) => ({ id, text: id }));
    const map = filterMap(buildMap(buildGraph(claims, request.relations)), request.filter);
    const collapsed = new Set(request.collapsed);
    const result = layoutIncrementally(map, { ...request.options, collapsed }, memo);
    memo = result.memo;
    return result.packed;
  };
}
