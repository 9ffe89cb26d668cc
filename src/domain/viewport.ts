// The map's viewport as plain numbers: a pan offset and a scale, so a point at map
// coordinates (mx, my) is drawn on screen at (mx * scale + x, my * scale + y). Every zoom, pan,
// fit and "bring into view" is a pure function here, so the view only applies a CSS transform.
export interface Viewport {
  /** Screen position of the map's origin, in CSS pixels from the viewport's top-left. */
  x: number;
  y: number;
  /** CSS pixels per map unit. */
  scale: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * The zoom range for buttons, keys and gestures. Fit-all may go further out, since a shallow,
 * wide map of 10,000 claims can be millions of units across; zooming out stops there, not below.
 */
export const MIN_SCALE = 0.05;
export const MAX_SCALE = 2;

export const IDENTITY_VIEWPORT: Viewport = { x: 0, y: 0, scale: 1 };

/** The scale kept within [floor, MAX_SCALE]; `floor` is MIN_SCALE unless already further out. */
export function clampScale(scale: number, floor = MIN_SCALE): number {
  if (!Number.isFinite(scale)) return 1;
  return Math.min(MAX_SCALE, Math.max(floor, scale));
}

/** Zooms by `factor` keeping the map point under `anchor` (screen coordinates) where it is. */
export function zoomAround(viewport: Viewport, anchor: Point, factor: number): Viewport {
  const scale = clampScale(viewport.scale * factor, Math.min(MIN_SCALE, viewport.scale));
  const ratio = scale / viewport.scale;
  return {
    x: anchor.x - (anchor.x - viewport.x) * ratio,
    y: anchor.y - (anchor.y - viewport.y) * ratio,
    scale,
  };
}

export function panBy(viewport: Viewport, dx: number, dy: number): Viewport {
  return { ...viewport, x: viewport.x + dx, y: viewport.y + dy };
}

/** The map point drawn at a screen point. */
export function toMapPoint(viewport: Viewport, screen: Point): Point {
  return {
    x: (screen.x - viewport.x) / viewport.scale,
    y: (screen.y - viewport.y) / viewport.scale,
  };
}

/** The part of the map the screen shows, in map units. */
export function visibleMapRect(viewport: Viewport, size: Size): Rect {
  return {
    x: -viewport.x / viewport.scale,
    y: -viewport.y / viewport.scale,
    width: size.width / viewport.scale,
    height: size.height / viewport.scale,
  };
}

/**
 * The viewport that shows all of `content` centred with `margin` screen pixels around it, never
 * zoomed in past `maxScale` (a two-claim map should not fill the screen at 400 %).
 */
export function fitRect(content: Rect, size: Size, margin = 24, maxScale = 1): Viewport {
  const width = Math.max(1, size.width - 2 * margin);
  const height = Math.max(1, size.height - 2 * margin);
  const fit = Math.min(width / Math.max(1, content.width), height / Math.max(1, content.height));
  // Not clamped to MIN_SCALE: "fit all" must show all, however wide the map.
  const scale = clampScale(Math.min(maxScale, fit), 1e-5);
  return centreOn({ x: 0, y: 0, scale }, rectCentre(content), size);
}

/** Pans (same scale) so the map point sits in the middle of the screen. */
export function centreOn(viewport: Viewport, mapPoint: Point, size: Size): Viewport {
  return {
    scale: viewport.scale,
    x: size.width / 2 - mapPoint.x * viewport.scale,
    y: size.height / 2 - mapPoint.y * viewport.scale,
  };
}

export function rectCentre(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** Whether the map rect lies wholly on screen, `margin` screen pixels in from the edges. */
export function isRectOnScreen(viewport: Viewport, rect: Rect, size: Size, margin = 0): boolean {
  const left = rect.x * viewport.scale + viewport.x;
  const top = rect.y * viewport.scale + viewport.y;
  const right = left + rect.width * viewport.scale;
  const bottom = top + rect.height * viewport.scale;
  return (
    left >= margin &&
    top >= margin &&
    right <= size.width - margin &&
    bottom <= size.height - margin
  );
}

/**
 * The smallest pan that brings the map rect on screen with `margin` to spare, as a scroll
 * "nearest" does: a node already visible does not move, so keyboard travel does not jump about.
 * A rect larger than the screen is aligned by its top-left corner.
 */
export function panRectIntoView(viewport: Viewport, rect: Rect, size: Size, margin = 16): Viewport {
  const axis = (offset: number, start: number, length: number, screen: number) => {
    const lo = start * viewport.scale + offset;
    const hi = lo + length * viewport.scale;
    if (hi - lo > screen - 2 * margin || lo < margin) return offset + (margin - lo);
    if (hi > screen - margin) return offset - (hi - (screen - margin));
    return offset;
  };
  return {
    scale: viewport.scale,
    x: axis(viewport.x, rect.x, rect.width, size.width),
    y: axis(viewport.y, rect.y, rect.height, size.height),
  };
}

export function sameViewport(a: Viewport, b: Viewport): boolean {
  return a.x === b.x && a.y === b.y && a.scale === b.scale;
}
