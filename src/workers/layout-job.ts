// What the layout worker does, as a plain function so it is tested without a worker: the same
// pipeline the page runs (graph → spanning tree → filter → layout), answered as packed arrays.
import { buildMap } from '../domain/build-map';
import { layoutMapAuto } from '../domain/compact-layout';
import { buildGraph } from '../domain/graph';
import { type PackedLayout, packLayout } from '../domain/layout-transfer';
import { filterMap } from '../domain/map-filter';
import type { LayoutRequest } from './layout-protocol';

export function runLayoutJob(request: LayoutRequest): PackedLayout {
  const map = filterMap(buildMap(buildGraph(request.claims, request.relations)), request.filter);
  return packLayout(
    layoutMapAuto(map, { ...request.options, collapsed: new Set(request.collapsed) }),
  );
}
