// A layout as plain arrays, so it can cross from a Web Worker to the page cheaply (typed
// arrays are transferred, not copied) and be joined back to the page's own map. The worker
// builds the same map from the same claims and relations, so ids line up one to one.
import type { ClaimMap } from './build-map';
import { layoutEdges } from './compact-layout';
import type { LaidOutNode, LayoutOptions, MapLayout } from './layout';
import type { Id } from './model';

export interface PackedLayout {
  /** Laid-out claim ids, breadth first, as in MapLayout.nodes. */
  ids: Id[];
  /** x0, y0, x1, y1, … : each node's top-left corner. */
  xy: Float64Array<ArrayBuffer>;
  /** Hidden descendant counts, one per id. */
  hidden: Uint32Array<ArrayBuffer>;
  /** 1 where the claim is listed under its parent (an elbow line), one per id. */
  listed: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
}

export function packLayout(layout: MapLayout): PackedLayout {
  const n = layout.nodes.length;
  const xy = new Float64Array(2 * n);
  const hidden = new Uint32Array(n);
  const listed = new Uint8Array(n);
  const elbows = new Set(layout.edges.filter((e) => e.route === 'elbow').map((e) => e.from));
  layout.nodes.forEach((laid, i) => {
    listed[i] = elbows.has(laid.id) ? 1 : 0;
    xy[2 * i] = laid.x;
    xy[2 * i + 1] = laid.y;
    hidden[i] = laid.hiddenChildren;
  });
  return {
    ids: layout.nodes.map((laid) => laid.id),
    xy,
    hidden,
    listed,
    width: layout.width,
    height: layout.height,
  };
}

/**
 * Joins a packed layout to `map`. Ids the map does not have are dropped (a stale answer for an
 * older map): the view then shows what still exists until the fresh layout arrives.
 */
export function unpackLayout(
  map: ClaimMap,
  packed: PackedLayout,
  options: LayoutOptions,
): MapLayout {
  const nodes: LaidOutNode[] = [];
  const positions = new Map<Id, LaidOutNode>();
  const listed = new Set<Id>();
  packed.ids.forEach((id, i) => {
    const node = map.nodeById.get(id);
    if (!node) return;
    const laid: LaidOutNode = {
      id,
      node,
      x: packed.xy[2 * i] ?? 0,
      y: packed.xy[2 * i + 1] ?? 0,
      hiddenChildren: packed.hidden[i] ?? 0,
    };
    nodes.push(laid);
    positions.set(id, laid);
    if (packed.listed[i] === 1) listed.add(id);
  });
  const edges = layoutEdges(nodes, positions, options, listed);
  return { nodes, edges, width: packed.width, height: packed.height, positions };
}
