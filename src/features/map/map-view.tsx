// The argument map: a pannable, zoomable view of the claim tree that draws only what is on
// screen (cards when readable, a canvas overview when not), with status on every claim,
// keyboard travel, focus mode, search, a relation filter, folding and export. The pipeline
// lives in hooks (use-map-model → use-map-layout / worker), the domain does the maths, and
// these components only render.
import { type ReactNode, useCallback, useRef, useState } from 'react';
import type { Debate, Id } from '../../domain/model';
import { fitRect, visibleMapRect } from '../../domain/viewport';
import type { useAnchorIndex } from '../../ui/use-debate-index';
import { ExportMenu } from './export-menu';
import { ShortcutsDialog } from './lazy-shortcuts';
import { RelationFilterChoice, SearchBox, ZoomControls } from './map-controls';
import { MapDetails } from './map-details';
import { MapLegend } from './map-legend';
import { MapStage } from './map-stage';
import { useMapCamera, wholeMap } from './use-map-camera';
import { useMapKeyboard } from './use-map-keyboard';
import { useMapModel } from './use-map-model';
import { useMapSearch } from './use-map-search';
import { useMapViewport, ZOOM_STEP } from './use-map-viewport';
import '../../styles/map.css';

/**
 * What the map reads of a debate: its claims and relations, the title and id for export, and
 * whatever the shared anchor index needs (for "said in the selected comment").
 */
export type MapDebate = Pick<Debate, 'id' | 'post' | 'claims' | 'relations'> &
  Parameters<typeof useAnchorIndex>[0];

export function MapView({
  debate,
  active = true,
  claimActions,
}: {
  debate: MapDebate;
  active?: boolean;
  /** What the page offers on the selected claim, shown in its details ("Reply to this claim"). */
  claimActions?: (id: Id) => ReactNode;
}) {
  const model = useMapModel(debate);
  const viewportElement = useRef<HTMLDivElement>(null);
  const camera = useMapViewport(viewportElement);
  useMapCamera(model, camera, active);
  const search = useMapSearch(model.map);
  const searchInput = useRef<HTMLInputElement>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const keyboard = useMapKeyboard({
    model,
    camera,
    stage: viewportElement,
    openShortcuts: () => setShortcutsOpen(true),
    focusSearch: () => searchInput.current?.focus(),
  });
  const { layout, nodeIndex, edgeIndex } = model;
  const { size, viewport, viewportChanged } = camera;
  const fitAll = useCallback(() => {
    if (layout && size.width > 0) viewportChanged(fitRect(wholeMap(layout), size));
  }, [layout, size, viewportChanged]);
  const measured = size.width > 0 && size.height > 0;

  return (
    <section className="map" aria-labelledby="map-heading" onKeyDown={keyboard.onKeyDown}>
      <div className="map__toolbar">
        <h2 id="map-heading" className="map__heading">
          Argument map
        </h2>
        <ZoomControls
          scale={viewport.scale}
          zoomIn={() => camera.zoomBy(ZOOM_STEP)}
          zoomOut={() => camera.zoomBy(1 / ZOOM_STEP)}
          fitAll={fitAll}
        />
        <SearchBox search={search} input={searchInput} />
        <RelationFilterChoice />
        {layout ? (
          <ExportMenu
            layout={layout}
            statuses={model.statuses}
            shownArea={measured ? visibleMapRect(viewport, size) : null}
            title={debate.post.title}
            fileStem={debate.id}
          />
        ) : null}
        <button
          type="button"
          className="map__help"
          onClick={() => setShortcutsOpen(true)}
          aria-label="Keyboard shortcuts"
        >
          ?
        </button>
        <MapLegend />
      </div>
      <MapDetails
        debate={debate}
        claimsById={model.claimsById}
        statuses={model.statuses}
        claimActions={claimActions}
      />
      <div ref={viewportElement} className="map__viewport">
        {!layout ? (
          <p className="map__empty" role="status">
            Laying out {debate.claims.length} claims…
          </p>
        ) : layout.nodes.length === 0 ? (
          <p className="map__empty">No claims have been mapped for this debate yet.</p>
        ) : nodeIndex && edgeIndex ? (
          <MapStage
            debate={debate}
            model={{ ...model, layout, nodeIndex, edgeIndex }}
            camera={camera}
            keyboard={keyboard}
            search={search}
          />
        ) : null}
        {layout && model.layoutPending ? (
          <p className="map__pending" role="status">
            Laying out…
          </p>
        ) : null}
      </div>
      {shortcutsOpen ? <ShortcutsDialog onClose={() => setShortcutsOpen(false)} /> : null}
    </section>
  );
}
