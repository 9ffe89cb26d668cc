// Laying the map out, on or off the main thread.
//
// Incremental by memo keys, not by patching: the graph and the spanning tree are rebuilt only
// when the claims or relations arrays change (React Query keeps them identical otherwise), the
// filtered map only when the filter changes, and the layout only when one of those or the folded
// set changes, so re-renders for hover, selection, zoom or pan never lay out again. Adding one
// claim rebuilds the graph (O(n), a few ms at 10k) and lays out exactly once.
//
// Maps above WORKER_THRESHOLD claims are laid out in a Web Worker, so the first paint and
// later edits never wait for 10,000 claims to be placed: the page keeps showing the previous
// layout, joined to the new map, with a "Laying out…" note until the answer arrives; answers to
// superseded requests are dropped. The worker remembers its last layout, so a live edit of one
// claim lays out again only the branch it is in (domain/incremental-layout.ts). Below the
// threshold, or where there is no Worker (jsdom), it runs here.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimMap } from '../../domain/build-map';
import { layoutMapAuto } from '../../domain/compact-layout';
import type { LayoutOptions, MapLayout } from '../../domain/layout';
import { type PackedLayout, unpackLayout } from '../../domain/layout-transfer';
import type { RelationFilter } from '../../domain/map-filter';
import type { Claim, Id, Relation } from '../../domain/model';
import type { LayoutRequest } from '../../workers/layout-protocol';
import { LayoutResponseSchema } from '../../workers/layout-response';

/** Card size and spacing in map units (CSS pixels at 100 % zoom). */
export const MAP_LAYOUT_OPTIONS: LayoutOptions = {
  nodeWidth: 240,
  nodeHeight: 148,
  gapX: 28,
  gapY: 64,
};

export const WORKER_THRESHOLD = 2000;

export interface LayoutInput {
  claims: readonly Claim[];
  relations: readonly Relation[];
  /** The map after the relation filter: what the layout is joined to. */
  map: ClaimMap;
  filter: RelationFilter;
  collapsed: ReadonlySet<Id>;
}

export interface LayoutState {
  /** Null only before the first layout of a big map arrives. */
  layout: MapLayout | null;
  /** A newer layout is being computed off the main thread. */
  pending: boolean;
}

export function useMapLayout(input: LayoutInput): LayoutState {
  const useWorker = input.claims.length > WORKER_THRESHOLD && typeof Worker !== 'undefined';
  const sync = useSyncLayout(useWorker ? null : input);
  const worker = useWorkerLayout(useWorker ? input : null);
  return useWorker ? worker : sync;
}

function useSyncLayout(input: LayoutInput | null): LayoutState {
  const map = input?.map;
  const collapsed = input?.collapsed;
  // Keyed by identity: the map changes only with the data or the filter, and the store makes a
  // new folded set only when a fold changes.
  const layout = useMemo(
    () => (map && collapsed ? layoutMapAuto(map, { ...MAP_LAYOUT_OPTIONS, collapsed }) : null),
    [map, collapsed],
  );
  return { layout, pending: false };
}

function useWorkerLayout(input: LayoutInput | null): LayoutState {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const [answer, setAnswer] = useState<{ requestId: number; packed: PackedLayout } | null>(null);
  const [requested, setRequested] = useState(0);
  const enabled = input !== null;

  useEffect(() => {
    if (!enabled) return;
    const created = new Worker(new URL('../../workers/layout.worker.ts', import.meta.url), {
      type: 'module',
    });
    created.onmessage = (event: MessageEvent<unknown>) => {
      const parsed = LayoutResponseSchema.safeParse(event.data);
      if (!parsed.success || !parsed.data.ok) {
        console.error('Map layout failed', parsed.success ? parsed.data : parsed.error);
        return;
      }
      const { requestId, layout } = parsed.data;
      if (requestId === latest.current) setAnswer({ requestId, packed: layout });
    };
    worker.current = created;
    return () => {
      created.terminate();
      worker.current = null;
    };
  }, [enabled]);

  const claims = input?.claims;
  const relations = input?.relations;
  const filter = input?.filter;
  const collapsed = input?.collapsed;
  useEffect(() => {
    if (!claims || !relations || !filter || !collapsed || !worker.current) return;
    latest.current += 1;
    const request: LayoutRequest = {
      requestId: latest.current,
      claimIds: claims.map((claim) => claim.id),
      relations: [...relations],
      collapsed: [...collapsed],
      filter,
      options: {
        nodeWidth: MAP_LAYOUT_OPTIONS.nodeWidth,
        nodeHeight: MAP_LAYOUT_OPTIONS.nodeHeight,
        gapX: MAP_LAYOUT_OPTIONS.gapX,
        gapY: MAP_LAYOUT_OPTIONS.gapY,
      },
    };
    worker.current.postMessage(request);
    setRequested(latest.current);
  }, [claims, relations, filter, collapsed]);

  const map = input?.map;
  const layout = useMemo(
    () => (map && answer ? unpackLayout(map, answer.packed, MAP_LAYOUT_OPTIONS) : null),
    [map, answer],
  );
  return { layout, pending: enabled && answer?.requestId !== requested };
}
