// The map's pan and zoom: a Viewport (domain/viewport.ts) applied as one CSS transform, never
// native scrolling, so the page only moves a layer and the map draws what the viewport shows.
// Gestures: drag (mouse, pen, one finger; from the background or a card) pans; two fingers
// pinch-zoom; the wheel pans and Ctrl/⌘ + wheel (also what a trackpad pinch sends) zooms around
// the pointer.
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import {
  IDENTITY_VIEWPORT,
  type Point,
  panBy,
  type Size,
  type Viewport,
  zoomAround,
} from '../../domain/viewport';

export interface MapViewport {
  viewport: Viewport;
  /** The viewport element's size in CSS pixels; 0 × 0 when not laid out (hidden pane, jsdom). */
  size: Size;
  /** Replaces the viewport (fit, centre, bring into view). */
  viewportChanged: (next: Viewport | ((current: Viewport) => Viewport)) => void;
  /** Zooms around the middle of the screen, as the buttons and keys do. */
  zoomBy: (factor: number) => void;
}

export const ZOOM_STEP = 1.25;

export function useMapViewport(element: RefObject<HTMLElement | null>): MapViewport {
  const [viewport, setViewport] = useState<Viewport>(IDENTITY_VIEWPORT);
  const size = useElementSize(element);
  const sizeRef = useRef(size);
  sizeRef.current = size;
  const zoomBy = useCallback((factor: number) => {
    const { width, height } = sizeRef.current;
    setViewport((v) => zoomAround(v, { x: width / 2, y: height / 2 }, factor));
  }, []);
  useWheel(element, setViewport);
  usePointerGestures(element, setViewport);
  return { viewport, size, viewportChanged: setViewport, zoomBy };
}

function useElementSize(element: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const measure = () => {
      const width = target.clientWidth;
      const height = target.clientHeight;
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return size;
}

type SetViewport = (update: (v: Viewport) => Viewport) => void;

function localPoint(target: HTMLElement, event: { clientX: number; clientY: number }): Point {
  const box = target.getBoundingClientRect();
  return { x: event.clientX - box.left, y: event.clientY - box.top };
}

function useWheel(element: RefObject<HTMLElement | null>, setViewport: SetViewport) {
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    // A native listener: React's wheel listener is passive and could not stop the page from
    // scrolling or zooming instead of the map.
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      // Lines and pages (some mice) are turned into pixels.
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? target.clientHeight : 1;
      if (event.ctrlKey || event.metaKey) {
        const factor = Math.exp(-event.deltaY * unit * 0.002);
        setViewport((v) => zoomAround(v, localPoint(target, event), factor));
      } else {
        const dx = (event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX) * unit;
        const dy = event.shiftKey && event.deltaX === 0 ? 0 : event.deltaY * unit;
        setViewport((v) => panBy(v, -dx, -dy));
      }
    };
    target.addEventListener('wheel', onWheel, { passive: false });
    return () => target.removeEventListener('wheel', onWheel);
  }, [element, setViewport]);
}

/** How far a press may wander and still be a click or a tap, not a drag. */
export const DRAG_SLOP = 6;

/**
 * Drag (mouse, pen, one finger) pans, from anywhere on the map, cards included: on a touch
 * screen the cards cover most of it. A press becomes a drag only once it has moved DRAG_SLOP
 * pixels (then it captures the pointer, so the card under it gets no click); until then it is a
 * click or a tap. A second finger makes it a pinch: zoom by the change in the fingers' distance
 * around the point between them, which also pans as that point moves.
 */
function usePointerGestures(element: RefObject<HTMLElement | null>, setViewport: SetViewport) {
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const pointers = new Map<number, Point>();
    let origin: Point | null = null;
    let dragging = false;
    let pinchDistance = 0;
    const startDrag = () => {
      dragging = true;
      for (const id of pointers.keys()) target.setPointerCapture?.(id);
      target.dataset.dragging = 'true';
    };
    const onDown = (event: PointerEvent) => {
      if (event.pointerType === 'mouse' && event.button !== 0) return;
      // Typing and dialogs keep their presses; everything else on the map can start a drag.
      if (event.target instanceof Element && event.target.closest('input, [role="dialog"]')) {
        return;
      }
      const at = localPoint(target, event);
      pointers.set(event.pointerId, at);
      if (pointers.size === 1) origin = at;
      else startDrag();
      pinchDistance = distance([...pointers.values()]);
    };
    const onMove = (event: PointerEvent) => {
      const before = pointers.get(event.pointerId);
      if (!before) return;
      const now = localPoint(target, event);
      if (!dragging) {
        if (!origin || Math.hypot(now.x - origin.x, now.y - origin.y) < DRAG_SLOP) return;
        startDrag();
      }
      pointers.set(event.pointerId, now);
      const moved = { x: now.x - before.x, y: now.y - before.y };
      if (pointers.size < 2) {
        setViewport((v) => panBy(v, moved.x, moved.y));
        return;
      }
      const points = [...pointers.values()];
      const next = distance(points);
      const factor = pinchDistance > 0 ? next / pinchDistance : 1;
      pinchDistance = next;
      // The point between the fingers moves by half of one finger's move: follow it, then
      // zoom around where it now is, so the map under the fingers stays under them.
      setViewport((v) => zoomAround(panBy(v, moved.x / 2, moved.y / 2), midpoint(points), factor));
    };
    const onUp = (event: PointerEvent) => {
      if (!pointers.delete(event.pointerId)) return;
      target.releasePointerCapture?.(event.pointerId);
      pinchDistance = distance([...pointers.values()]);
      if (pointers.size > 0) return;
      dragging = false;
      origin = null;
      delete target.dataset.dragging;
    };
    target.addEventListener('pointerdown', onDown);
    target.addEventListener('pointermove', onMove);
    target.addEventListener('pointerup', onUp);
    target.addEventListener('pointercancel', onUp);
    return () => {
      target.removeEventListener('pointerdown', onDown);
      target.removeEventListener('pointermove', onMove);
      target.removeEventListener('pointerup', onUp);
      target.removeEventListener('pointercancel', onUp);
    };
  }, [element, setViewport]);
}

function distance(points: Point[]): number {
  const [a, b] = points;
  return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
}

function midpoint(points: Point[]): Point {
  const [a, b] = points;
  return a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : { x: 0, y: 0 };
}
