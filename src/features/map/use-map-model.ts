// The map's data pipeline, each step memoised on exactly what it reads: debate → graph →
// spanning tree → filtered tree → layout → spatial indexes; and graph → which claims stand.
// Components read the result; none of them computes a graph.
import { useDeferredValue, useMemo } from 'react';
import { buildMap, type ClaimMap } from '../../domain/build-map';
import { buildGraph, type ClaimGraph } from '../../domain/graph';
import { type ClaimStatus, groundedLabelling } from '../../domain/grounded';
import type { MapLayout } from '../../domain/layout';
import { filterMap } from '../../domain/map-filter';
import { focusSet } from '../../domain/map-navigation';
import type { Claim, Debate, Id } from '../../domain/model';
import { buildSpatialIndex, type SpatialIndex } from '../../domain/spatial-index';
import { useCollapsedClaimIds, useMapFocusClaimId, useRelationFilter } from '../../state/hooks';
import { useClaimsById } from '../../ui/use-debate-index';
import { MAP_LAYOUT_OPTIONS, useMapLayout, WORKER_THRESHOLD } from './use-map-layout';

export interface MapModel {
  graph: ClaimGraph;
  /** The spanning tree after the relation filter: what is laid out and navigated. */
  map: ClaimMap;
  claimsById: ReadonlyMap<Id, Claim>;
  /** Grounded status of every claim, computed once per data change (never per node). */
  statuses: ReadonlyMap<Id, ClaimStatus>;
  layout: MapLayout | null;
  layoutPending: boolean;
  /** Culling indexes over `layout`: node boxes, and the boxes around each edge's line. */
  nodeIndex: SpatialIndex | null;
  edgeIndex: SpatialIndex | null;
  /** Claims focus mode keeps bright; null when not in focus mode. */
  focused: ReadonlySet<Id> | null;
}

/** Grid cells of about two cards: short buckets, few cells per screen. */
const CELL_SIZE = 512;

/** What a big map is built from in the page's first render: nothing, so the post paints first. */
const NOTHING_YET: Pick<Debate, 'claims' | 'relations'> = { claims: [], relations: [] };

export function useMapModel(debate: Pick<Debate, 'claims' | 'relations'>): MapModel {
  // A big map's graph, tree and statuses take tens of milliseconds: the first render shows the
  // post and thread without them, and React builds them in a background render right after.
  // Only the FIRST build is deferred (`ready` is false in the first render, then true for good):
  // deferring the debate itself would also hold back every later change, such as a claim that
  // arrives live, behind renders that a busy page may keep interrupting.
  const ready = useDeferredValue(true, false);
  const big = debate.claims.length > WORKER_THRESHOLD;
  const shown = big && !ready ? NOTHING_YET : debate;
  const waiting = shown === NOTHING_YET;
  const { claims, relations } = shown;
  const graph = useMemo(() => buildGraph(claims, relations), [claims, relations]);
  const fullMap = useMemo(() => buildMap(graph), [graph]);
  const filter = useRelationFilter();
  const map = useMemo(() => filterMap(fullMap, filter), [fullMap, filter]);
  const statuses = useMemo(() => groundedLabelling(graph), [graph]);
  const claimsById = useClaimsById(claims);
  const collapsed = useCollapsedClaimIds();
  const { layout, pending } = useMapLayout({ claims, relations, map, filter, collapsed });
  const { nodeIndex, edgeIndex } = useMemo(() => indexesOf(layout), [layout]);
  const focusId = useMapFocusClaimId();
  const focused = useMemo(() => (focusId ? focusSet(map, focusId) : null), [map, focusId]);
  return {
    graph,
    map,
    claimsById,
    statuses,
    layout: waiting ? null : layout,
    layoutPending: pending,
    nodeIndex,
    edgeIndex,
    focused,
  };
}

function indexesOf(layout: MapLayout | null) {
  if (!layout) return { nodeIndex: null, edgeIndex: null };
  const { nodeWidth: width, nodeHeight: height } = MAP_LAYOUT_OPTIONS;
  const nodeIndex = buildSpatialIndex(
    layout.nodes.map((n) => ({ x: n.x, y: n.y, width, height })),
    CELL_SIZE,
  );
  const edgeIndex = buildSpatialIndex(
    layout.edges.map((e) => ({
      x: Math.min(e.x1, e.x2),
      y: Math.min(e.y1, e.y2),
      width: Math.abs(e.x1 - e.x2) + 1,
      height: Math.abs(e.y1 - e.y2) + 1,
    })),
    CELL_SIZE,
  );
  return { nodeIndex, edgeIndex };
}
