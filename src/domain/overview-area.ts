// Which part of the map the zoomed-out overview keeps drawn on its canvas. Redrawing 10,000
// boxes and lines per frame in software rendering costs 30–50 ms, so the overview draws a
// bitmap somewhat larger than the screen (never larger than the map) and, while the reader pans
// at the same zoom, only moves it; it redraws when the zoom changes, the data changes, or the
// pan reaches a part of the map the bitmap does not hold.
import type { Rect, Size, Viewport } from './viewport';
import { visibleMapRect } from './viewport';

export interface DrawnArea {
  /** The scale the bitmap was drawn at. */
  scale: number;
  /** The map area the bitmap holds, in map units. */
  area: Rect;
}

export interface OverviewPlan {
  /** The bitmap in hand does not cover what is on screen: draw `area` afresh. */
  redraw: boolean;
  /** The map area to hold: the drawn one when reused, the new one when redrawn. */
  area: Rect;
}

/** The overlap of two rects, or null when they do not meet. */
export function intersectRect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** Whether `inner` lies wholly inside `outer`. */
export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/**
 * Plans the overview's bitmap for `viewport`. `bounds` is the map's extent (with room for line
 * widths); `drawn` is what the canvas holds now, null when it holds nothing usable (new data).
 * A redraw covers the screen plus `margin` screens on each side, clipped to the map, so at
 * fit-all the bitmap is the whole map and panning never redraws.
 */
export function planOverview(
  viewport: Viewport,
  size: Size,
  bounds: Rect,
  drawn: DrawnArea | null,
  margin = 0.5,
): OverviewPlan {
  const screen = visibleMapRect(viewport, size);
  const needed = intersectRect(screen, bounds);
  if (drawn && drawn.scale === viewport.scale && (!needed || containsRect(drawn.area, needed))) {
    return { redraw: false, area: drawn.area };
  }
  const grown = {
    x: screen.x - screen.width * margin,
    y: screen.y - screen.height * margin,
    width: screen.width * (1 + 2 * margin),
    height: screen.height * (1 + 2 * margin),
  };
  return { redraw: true, area: intersectRect(grown, bounds) ?? { ...screen, width: 0, height: 0 } };
}
