// Zoom buttons: the keyboard way to zoom, and a reset to the whole width.
import type { Zoom } from './use-zoom';
import { MAX_ZOOM, MIN_ZOOM } from './use-zoom';

export function ZoomControls({ zoom }: { zoom: Zoom }) {
  return (
    <fieldset className="map-zoom">
      <legend className="visually-hidden">Zoom</legend>
      <button
        type="button"
        onClick={zoom.zoomOut}
        disabled={zoom.scale <= MIN_ZOOM}
        aria-label="Zoom out"
      >
        −
      </button>
      <output className="map-zoom__level" aria-live="polite">
        {Math.round(zoom.scale * 100)}%
      </output>
      <button
        type="button"
        onClick={zoom.zoomIn}
        disabled={zoom.scale >= MAX_ZOOM}
        aria-label="Zoom in"
      >
        +
      </button>
      <button type="button" onClick={zoom.fitToWidth}>
        Fit to width
      </button>
    </fieldset>
  );
}
