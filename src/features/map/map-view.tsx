// The argument map: claims as cards in a tree laid out from the domain, inside a viewport the
// reader can scroll, drag and zoom. Cards are HTML laid over an SVG of the lines (as React Flow
// does) rather than inside foreignObject, so text wraps, focus rings show and screen readers
// read them like any other button in every browser.
import { type KeyboardEvent, useRef } from 'react';
import type { Debate } from '../../domain/model';
import { useSelectedClaimId, useViewActions } from '../../state/hooks';
import { useScrollIntoView } from '../../ui/scroll-into-view';
import { MapCanvas } from './map-canvas';
import { MapLegend } from './map-legend';
import { useDragPan } from './use-drag-pan';
import { MAP_LAYOUT_OPTIONS, MAP_PADDING, useMapLayout } from './use-map-layout';
import { useZoom } from './use-zoom';
import { ZoomControls } from './zoom-controls';
import '../../styles/map.css';

export function MapView({ debate, active = true }: { debate: Debate; active?: boolean }) {
  const { map, layout } = useMapLayout(debate);
  const selectedClaimId = useSelectedClaimId();
  const { selectionCleared } = useViewActions();
  const viewport = useRef<HTMLDivElement>(null);
  // On fitting, show the selected claim (a deep link), else the first root, where reading
  // starts (the post's thesis in the seed).
  const focusNode =
    (selectedClaimId ? layout.positions.get(selectedClaimId) : undefined) ?? layout.nodes[0];
  const { nodeWidth, nodeHeight } = MAP_LAYOUT_OPTIONS;
  const zoom = useZoom(viewport, {
    width: layout.width,
    focus: focusNode
      ? { x: focusNode.x + nodeWidth / 2, y: focusNode.y + nodeHeight / 2 }
      : { x: layout.width / 2, y: 0 },
    padding: MAP_PADDING,
  });
  const pan = useDragPan(viewport);
  useScrollIntoView(viewport, '.map-node[data-selected="true"]', selectedClaimId, active);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') selectionCleared();
  };
  return (
    <section className="map" aria-labelledby="map-heading">
      <div className="map__toolbar">
        <h2 id="map-heading" className="map__heading">
          Argument map
        </h2>
        <MapLegend />
        <ZoomControls zoom={zoom} />
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: pointer panning and Escape are shortcuts; every action also has a button. */}
      <div ref={viewport} className="map__viewport" onKeyDown={onKeyDown} {...pan}>
        {layout.nodes.length === 0 ? (
          <p className="map__empty">No claims have been mapped for this debate yet.</p>
        ) : (
          <MapCanvas debate={debate} map={map} layout={layout} scale={zoom.scale} />
        )}
      </div>
    </section>
  );
}
