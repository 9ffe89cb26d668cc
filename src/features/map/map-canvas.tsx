// The drawn map at one zoom level: the lines, then a card per claim, each told how the
// current selection concerns it.
import type { ClaimMap } from '../../domain/build-map';
import { SYNTHETIC_ROOT_ID } from '../../domain/build-map';
import type { MapLayout } from '../../domain/layout';
import type { Debate } from '../../domain/model';
import {
  useHoveredClaimId,
  useSelectedClaimId,
  useSelectedCommentId,
  useViewActions,
} from '../../state/hooks';
import { useClaimsById } from '../../ui/use-debate-index';
import { MapEdges } from './map-edges';
import { MapNodeCard } from './map-node-card';
import { useMapHighlights } from './use-map-highlights';
import { MAP_LAYOUT_OPTIONS, MAP_PADDING } from './use-map-layout';

export interface MapCanvasProps {
  debate: Debate;
  map: ClaimMap;
  layout: MapLayout;
  scale: number;
}

export function MapCanvas({ debate, map, layout, scale }: MapCanvasProps) {
  const claimsById = useClaimsById(debate.claims);
  const selectedClaimId = useSelectedClaimId();
  const hoveredClaimId = useHoveredClaimId();
  const highlights = useMapHighlights(debate, selectedClaimId, useSelectedCommentId());
  const { claimSelected, claimHovered } = useViewActions();
  const { nodeWidth, nodeHeight } = MAP_LAYOUT_OPTIONS;
  const size = { width: layout.width + 2 * MAP_PADDING, height: layout.height + 2 * MAP_PADDING };
  return (
    <div className="map__canvas" style={{ width: size.width * scale, height: size.height * scale }}>
      <div
        className="map__stage"
        style={{
          width: layout.width,
          height: layout.height,
          left: MAP_PADDING * scale,
          top: MAP_PADDING * scale,
          transform: `scale(${scale})`,
        }}
      >
        <MapEdges layout={layout} />
        <ul className="map__nodes" aria-label="Claims">
          {layout.nodes.map((laid) => (
            <MapNodeCard
              key={laid.id}
              laid={laid}
              width={nodeWidth}
              height={nodeHeight}
              claimsById={claimsById}
              selected={laid.id === selectedClaimId}
              hovered={laid.id === hoveredClaimId}
              inSelectedComment={highlights.inSelectedComment.has(laid.id)}
              saidWithSelected={highlights.saidWithSelected.has(laid.id)}
              orphanCount={highlights.orphanCountByClaim.get(laid.id) ?? 0}
              underSyntheticRoot={map.root.id === SYNTHETIC_ROOT_ID}
              onSelect={claimSelected}
              onHover={claimHovered}
            />
          ))}
        </ul>
      </div>
    </div>
  );
}
