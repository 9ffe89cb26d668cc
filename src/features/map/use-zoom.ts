// Zoom for the map viewport: buttons, Ctrl/⌘ + wheel, and fit-to-width when a layout first
// shows. Zooming keeps the point at the centre of the viewport where it was. Local UI state:
// no other view cares about the map's zoom yet.
import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 2;
/**
 * Fit-to-width never goes below this: a wide map shrunk further is unreadable, and the reader
 * can still zoom out by hand or pan.
 */
export const MIN_FIT_ZOOM = 0.6;
const STEP = 1.25;

const clampZoom = (scale: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, scale));

export interface Zoom {
  scale: number;
  zoomIn: () => void;
  zoomOut: () => void;
  fitToWidth: () => void;
}

export interface ZoomContent {
  /** The map's width at 100 %, without padding. */
  width: number;
  /**
   * The map point (unpadded map units) to centre after fitting, read only when fitting: the
   * selected claim, or where reading starts. Changing it alone does not refit.
   */
  focus: { x: number; y: number };
  /** Blank space kept around the map, in map units. */
  padding: number;
}

/** Fits again whenever the content width changes (a new debate), never on mere re-renders. */
export function useZoom(viewport: RefObject<HTMLElement | null>, content: ZoomContent): Zoom {
  const { width, padding } = content;
  const [scale, setScale] = useState(1);
  const focus = useRef(content.focus);
  focus.current = content.focus;
  // Set by fitToWidth so the next layout centres on the focus instead of keeping the centre.
  const pendingFocus = useRef<{ x: number; y: number } | null>(null);

  const fitToWidth = useCallback(() => {
    const available = viewport.current?.clientWidth ?? 0;
    // jsdom and hidden panes report 0: keep 100 % rather than shrinking to nothing.
    if (available <= 0 || width <= 0) return;
    const fit = clampZoom(Math.min(1, Math.max(MIN_FIT_ZOOM, available / (width + 2 * padding))));
    pendingFocus.current = { x: focus.current.x + padding, y: focus.current.y + padding };
    setScale(fit);
    // The same scale would not re-render, so centre now as well.
    centreOn(viewport.current, pendingFocus.current, fit);
  }, [viewport, width, padding]);

  useLayoutEffect(fitToWidth, [fitToWidth]);
  useKeepCentre(viewport, scale, pendingFocus);
  useCtrlWheelZoom(viewport, setScale);

  return {
    scale,
    zoomIn: () => setScale((s) => clampZoom(s * STEP)),
    zoomOut: () => setScale((s) => clampZoom(s / STEP)),
    fitToWidth,
  };
}

/** After a zoom, scrolls so the same map point stays in the middle (or centres a fit's focus). */
function centreOn(element: HTMLElement | null, point: { x: number; y: number }, scale: number) {
  if (!element) return;
  element.scrollLeft = point.x * scale - element.clientWidth / 2;
  element.scrollTop = point.y * scale - element.clientHeight / 2;
}

function useKeepCentre(
  viewport: RefObject<HTMLElement | null>,
  scale: number,
  pendingFocus: RefObject<{ x: number; y: number } | null>,
) {
  const previous = useRef(scale);
  useLayoutEffect(() => {
    const element = viewport.current;
    const before = previous.current;
    previous.current = scale;
    const focus = pendingFocus.current;
    pendingFocus.current = null;
    if (!element) return;
    if (focus !== null) {
      centreOn(element, focus, scale);
      return;
    }
    if (before === scale) return;
    const ratio = scale / before;
    const halfWidth = element.clientWidth / 2;
    element.scrollLeft = (element.scrollLeft + halfWidth) * ratio - halfWidth;
    const halfHeight = element.clientHeight / 2;
    element.scrollTop = (element.scrollTop + halfHeight) * ratio - halfHeight;
  }, [viewport, scale, pendingFocus]);
}

function useCtrlWheelZoom(
  viewport: RefObject<HTMLElement | null>,
  setScale: (update: (scale: number) => number) => void,
) {
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    // A native listener, because React's wheel listener is passive and cannot stop the page
    // zoom that Ctrl + wheel would otherwise trigger. A plain wheel keeps scrolling the map.
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      setScale((s) => clampZoom(event.deltaY < 0 ? s * STEP : s / STEP));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [viewport, setScale]);
}
