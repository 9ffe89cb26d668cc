// What the viewport draws for the current pan and zoom: only the cards and lines on screen
// (visibleSet), moved by one CSS transform; or, zoomed far out, the canvas overview with only
// the selected and the keyboard's card kept in the DOM.
import { useMemo } from 'react';
import { SYNTHETIC_ROOT_ID } from '../../domain/build-map';
import type { LaidOutEdge, MapLayout } from '../../domain/layout';
import type { Id } from '../../domain/model';
import type { SpatialIndex } from '../../domain/spatial-index';
import { visibleSet } from '../../domain/visible-set';
import {
  useHoveredClaimId,
  useSelectedClaimId,
  useSelectedCommentId,
  useViewActions,
} from '../../state/hooks';
import { MapEdges } from './map-edges';
import { MapNodeCard, type NodeHandlers } from './map-node-card';
import { MapOverview } from './map-overview';
import type { MapDebate } from './map-view';
import { useMapHighlights } from './use-map-highlights';
import type { MapKeyboard } from './use-map-keyboard';
import { MAP_LAYOUT_OPTIONS } from './use-map-layout';
import type { MapModel } from './use-map-model';
import type { MapSearch } from './use-map-search';
import type { MapViewport } from './use-map-viewport';

export interface MapStageProps {
  debate: MapDebate;
  model: MapModel & { layout: MapLayout; nodeIndex: SpatialIndex; edgeIndex: SpatialIndex };
  camera: MapViewport;
  keyboard: MapKeyboard;
  search: MapSearch;
}

export function MapStage({ debate, model, camera, keyboard, search }: MapStageProps) {
  const { layout, nodeIndex, edgeIndex, focused, statuses, claimsById, map } = model;
  const { viewport, size } = camera;
  const selectedId = useSelectedClaimId();
  const hoveredId = useHoveredClaimId();
  const highlights = useMapHighlights(debate, selectedId, useSelectedCommentId());
  const handlers = useNodeHandlers(keyboard.cardFocused);
  const shown = useMemo(
    () =>
      visibleSet(layout, { nodes: nodeIndex, edges: edgeIndex }, viewport, size, [
        selectedId,
        keyboard.activeId,
      ]),
    [layout, nodeIndex, edgeIndex, viewport, size, selectedId, keyboard.activeId],
  );
  const dimEdge = (edge: LaidOutEdge) =>
    focused !== null && !(focused.has(edge.from) && focused.has(edge.to));
  const { nodeWidth, nodeHeight } = MAP_LAYOUT_OPTIONS;
  return (
    <>
      {shown.mode === 'overview' ? (
        <MapOverview
          layout={layout}
          nodeIndex={nodeIndex}
          edgeIndex={edgeIndex}
          viewport={viewport}
          size={size}
          statuses={statuses}
          focused={focused}
          matches={search.matchSet}
          selectedId={selectedId}
          onPick={handlers.onSelect}
        />
      ) : null}
      <div
        className="map__stage"
        data-mode={shown.mode}
        style={{
          transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.scale})`,
        }}
      >
        {shown.mode === 'cards' ? <MapEdges edges={shown.edges} dimmed={dimEdge} /> : null}
        <ul className="map__nodes" aria-label="Claims">
          {shown.nodes.map((laid) => (
            <MapNodeCard
              key={laid.id}
              laid={laid}
              width={nodeWidth}
              height={nodeHeight}
              claimsById={claimsById}
              status={statuses.get(laid.id)}
              selected={laid.id === selectedId}
              hovered={laid.id === hoveredId}
              inSelectedComment={highlights.inSelectedComment.has(laid.id)}
              saidWithSelected={highlights.saidWithSelected.has(laid.id)}
              orphanCount={highlights.orphanCountByClaim.get(laid.id) ?? 0}
              dimmed={focused !== null && !focused.has(laid.id)}
              match={
                search.current === laid.id
                  ? 'current'
                  : search.matchSet.has(laid.id)
                    ? 'match'
                    : 'none'
              }
              tabbable={laid.id === keyboard.activeId}
              underSyntheticRoot={map.root.id === SYNTHETIC_ROOT_ID}
              handlers={handlers}
            />
          ))}
        </ul>
      </div>
    </>
  );
}

function useNodeHandlers(cardFocused: (id: Id) => void): NodeHandlers {
  const { claimSelected, claimHovered, subtreeCollapsed, subtreeExpanded } = useViewActions();
  return useMemo(
    () => ({
      onSelect: claimSelected,
      onHover: claimHovered,
      onToggle: (id, collapse) => (collapse ? subtreeCollapsed(id) : subtreeExpanded(id)),
      onFocusCard: cardFocused,
      onGoTo: claimSelected,
    }),
    [claimSelected, claimHovered, subtreeCollapsed, subtreeExpanded, cardFocused],
  );
}
