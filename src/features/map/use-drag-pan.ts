// Drag the map's background to pan it, as in any map app. Clicks on cards and buttons are left
// alone, and the viewport still scrolls by wheel, scrollbar and keyboard.
import { type PointerEvent, type RefObject, useRef } from 'react';

interface DragStart {
  pointerId: number;
  x: number;
  y: number;
  left: number;
  top: number;
}

export function useDragPan(viewport: RefObject<HTMLElement | null>) {
  const start = useRef<DragStart | null>(null);
  return {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      const element = viewport.current;
      if (!element || event.button !== 0) return;
      if (event.target instanceof Element && event.target.closest('button, a')) return;
      start.current = {
        pointerId: event.pointerId,
        x: event.clientX,
        y: event.clientY,
        left: element.scrollLeft,
        top: element.scrollTop,
      };
      element.setPointerCapture?.(event.pointerId);
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      const element = viewport.current;
      const from = start.current;
      if (!element || !from || from.pointerId !== event.pointerId) return;
      element.scrollLeft = from.left - (event.clientX - from.x);
      element.scrollTop = from.top - (event.clientY - from.y);
    },
    onPointerUp: end,
    onPointerCancel: end,
  };

  function end(event: PointerEvent<HTMLElement>) {
    if (start.current?.pointerId !== event.pointerId) return;
    start.current = null;
    viewport.current?.releasePointerCapture?.(event.pointerId);
  }
}
