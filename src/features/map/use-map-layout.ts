// The map's pipeline: graph → spanning tree → layout, each step memoised so a re-render that
// does not change the claims or relations reuses the same layout object.
import { useMemo, useState } from 'react';
import { buildMap, type ClaimMap } from '../../domain/build-map';
import { buildGraph } from '../../domain/graph';
import { createLayoutMemo, type LayoutOptions, type MapLayout } from '../../domain/layout';
import type { Debate } from '../../domain/model';

/** Card size and spacing in map units (CSS pixels at 100 % zoom). */
export const MAP_LAYOUT_OPTIONS: LayoutOptions = {
  nodeWidth: 240,
  nodeHeight: 148,
  gapX: 28,
  gapY: 64,
};

/** Blank space around the map, in map units, so edge cards are not flush with the frame. */
export const MAP_PADDING = 24;

export function useMapLayout(debate: Debate): { map: ClaimMap; layout: MapLayout } {
  const { claims, relations } = debate;
  const map = useMemo(() => buildMap(buildGraph(claims, relations)), [claims, relations]);
  const [layoutMemo] = useState(createLayoutMemo);
  return { map, layout: layoutMemo(map, MAP_LAYOUT_OPTIONS) };
}
