// The level-of-detail view for when cards would be too small to read or too many to draw: every
// claim on screen as a box coloured by its status, every line as a stroke, on one <canvas>.
// Never a DOM element per claim, so fit-all on 10,000 claims costs one canvas. The canvas holds
// a bitmap a little larger than the screen (overview-area.ts): panning moves it by a transform
// and redraws only past its edge or when the data changes; zooming scales it, and redraws once
// the zoom rests. A click on a box selects that claim.
import { type PointerEvent, type RefObject, useEffect, useLayoutEffect, useRef } from 'react';
import type { ClaimStatus, GroundedLabel } from '../../domain/grounded';
import type { MapLayout } from '../../domain/layout';
import type { Id } from '../../domain/model';
import { containsRect, type DrawnArea, planOverview } from '../../domain/overview-area';
import type { SpatialIndex } from '../../domain/spatial-index';
import { type Rect, type Size, toMapPoint, type Viewport } from '../../domain/viewport';
import { MAP_LAYOUT_OPTIONS } from './use-map-layout';

export interface MapOverviewProps {
  layout: MapLayout;
  nodeIndex: SpatialIndex;
  edgeIndex: SpatialIndex;
  viewport: Viewport;
  size: Size;
  statuses: ReadonlyMap<Id, ClaimStatus>;
  focused: ReadonlySet<Id> | null;
  matches: ReadonlySet<Id>;
  selectedId: Id | null;
  onPick: (id: Id) => void;
}

/** The same hues as the cards' status marks and the lines. */
export const OVERVIEW_COLOURS: Record<GroundedLabel | 'supports' | 'attacks', string> = {
  in: '#1a7f37',
  out: '#b42318',
  undecided: '#9a6700',
  supports: '#6fbf87',
  attacks: '#e0867d',
};

export function MapOverview(props: MapOverviewProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { layout, viewport } = props;
  useOverviewBitmap(canvas, props);
  const down = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    down.current = { x: event.clientX, y: event.clientY };
  };
  const onClick = (event: { clientX: number; clientY: number }) => {
    const start = down.current;
    // A drag that ends on the canvas is a pan, not a pick.
    if (start && Math.hypot(event.clientX - start.x, event.clientY - start.y) > 4) return;
    // The canvas moves with the map; the viewport it lies in does not.
    const box = canvas.current?.parentElement?.getBoundingClientRect();
    if (!box) return;
    const at = toMapPoint(viewport, { x: event.clientX - box.left, y: event.clientY - box.top });
    const slop = 4 / viewport.scale;
    const [hit] = props.nodeIndex.query({
      x: at.x - slop,
      y: at.y - slop,
      width: 2 * slop,
      height: 2 * slop,
    });
    const laid = hit === undefined ? undefined : layout.nodes[hit];
    if (laid) props.onPick(laid.id);
  };
  return (
    <canvas
      ref={canvas}
      className="map-overview"
      style={CANVAS_STYLE}
      role="img"
      aria-label={`Overview of ${layout.nodes.length} claims, too small to read: zoom in to read them.`}
      onPointerDown={onPointerDown}
      onClick={onClick}
    />
  );
}

/** How long the zoom must rest before the overview is drawn sharp at the new scale. */
const ZOOM_REST_MS = 120;

interface Held {
  drawn: DrawnArea;
  /** What the bitmap was drawn from: any of it changing means drawing again. */
  data: readonly unknown[];
}

/**
 * Keeps the canvas's bitmap (overview-area.ts) and its place in step with the viewport. Before
 * paint, so a redraw and the move that asked for it show in the same frame; sized and moved
 * here, not through React props, so a pan touches one style property. While the zoom changes
 * the held bitmap is only scaled, and drawn sharp again once the zoom rests.
 */
function useOverviewBitmap(canvas: RefObject<HTMLCanvasElement | null>, props: MapOverviewProps) {
  const held = useRef<Held | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useLayoutEffect(() => {
    const sync = (rested: boolean) => {
      const element = canvas.current;
      const p = latest.current;
      if (!element || p.size.width <= 0 || p.size.height <= 0) return;
      const data = [p.layout, p.statuses, p.focused, p.matches, p.selectedId];
      const kept = held.current?.data.every((item, i) => item === data[i]) ? held.current : null;
      const bounds = boundsOf(p.layout, p.viewport.scale);
      const plan = planOverview(p.viewport, p.size, bounds, kept?.drawn ?? null);
      if (plan.redraw && kept && kept.drawn.scale !== p.viewport.scale && !rested) {
        place(element, p.viewport, kept.drawn);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => sync(true), ZOOM_REST_MS);
        return;
      }
      if (plan.redraw) {
        const context = element.getContext('2d');
        if (!context) return;
        redraw(element, context, p, plan.area);
        held.current = { drawn: { scale: p.viewport.scale, area: plan.area }, data };
      }
      if (held.current) place(element, p.viewport, held.current.drawn);
    };
    sync(false);
  });
  useEffect(() => () => clearTimeout(timer.current), []);
}

/** Moves (and, mid-zoom, scales) the bitmap to where its map area is on screen. */
function place(element: HTMLCanvasElement, viewport: Viewport, drawn: DrawnArea) {
  const left = viewport.x + drawn.area.x * viewport.scale;
  const top = viewport.y + drawn.area.y * viewport.scale;
  const k = viewport.scale / drawn.scale;
  element.style.transform = `translate(${left}px, ${top}px)${k === 1 ? '' : ` scale(${k})`}`;
}

/** Placed by its transform alone (the stylesheet's inset would stretch it over the viewport). */
const CANVAS_STYLE = {
  left: 0,
  top: 0,
  right: 'auto',
  bottom: 'auto',
  transformOrigin: '0 0',
  willChange: 'transform',
} as const;

/** The map's extent, with room for the widest stroke (the selection ring) at this zoom. */
function boundsOf(layout: MapLayout, scale: number): Rect {
  const pad = 8 / scale;
  return { x: -pad, y: -pad, width: layout.width + 2 * pad, height: layout.height + 2 * pad };
}

/** Sizes the canvas to `area` at the current zoom and draws it. */
function redraw(
  element: HTMLCanvasElement,
  context: CanvasRenderingContext2D,
  props: MapOverviewProps,
  area: Rect,
) {
  const dpr = window.devicePixelRatio || 1;
  const { scale } = props.viewport;
  const width = Math.ceil(area.width * scale);
  const height = Math.ceil(area.height * scale);
  // Setting the size clears the bitmap, even to the same size.
  element.width = Math.max(1, Math.round(width * dpr));
  element.height = Math.max(1, Math.round(height * dpr));
  element.style.width = `${width}px`;
  element.style.height = `${height}px`;
  const s = scale * dpr;
  context.setTransform(s, 0, 0, s, -area.x * s, -area.y * s);
  draw(context, props, area);
}

/** Indexes 0 … n − 1: everything, when the area holds the whole map. */
function all(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

const LABELS: readonly GroundedLabel[] = ['in', 'out', 'undecided'];

/** Draws the claims and lines in `rect` (map units) with the transform already set. */
function draw(context: CanvasRenderingContext2D, props: MapOverviewProps, rect: Rect) {
  const { layout, nodeIndex, edgeIndex, viewport, statuses, focused, matches, selectedId } = props;
  const { nodeWidth: w, nodeHeight: h } = MAP_LAYOUT_OPTIONS;
  // At fit-all the area is the whole map: no need to ask the indexes (and sort their answers).
  const whole = containsRect(rect, { x: 0, y: 0, width: layout.width, height: layout.height });
  const shown = whole ? all(layout.nodes.length) : nodeIndex.query(rect);
  const lines = whole ? all(layout.edges.length) : edgeIndex.query(rect);
  // Lines first, batched by kind: one stroke call each.
  context.lineWidth = Math.max(1, 1.5 / viewport.scale);
  for (const kind of ['supports', 'attacks'] as const) {
    context.beginPath();
    for (const i of lines) {
      const edge = layout.edges[i];
      if (!edge || edge.relation.kind !== kind) continue;
      context.moveTo(edge.x1, edge.y1);
      if (edge.route === 'elbow') context.lineTo(edge.x2, edge.y1);
      context.lineTo(edge.x2, edge.y2);
    }
    context.strokeStyle = OVERVIEW_COLOURS[kind];
    context.stroke();
  }
  // Boxes, batched by status and dimming (batch = 2 × label + dim): six fill calls at most.
  const batches: number[][] = [[], [], [], [], [], []];
  for (const i of shown) {
    const laid = layout.nodes[i];
    if (!laid) continue;
    const label = LABELS.indexOf(statuses.get(laid.id)?.label ?? 'undecided');
    const dim = focused !== null && !focused.has(laid.id) ? 1 : 0;
    batches[2 * label + dim]?.push(i);
  }
  batches.forEach((indexes, batch) => {
    if (indexes.length === 0) return;
    context.globalAlpha = batch % 2 === 1 ? 0.15 : 0.85;
    context.fillStyle = OVERVIEW_COLOURS[LABELS[batch >> 1] ?? 'undecided'];
    context.beginPath();
    for (const i of indexes) {
      const laid = layout.nodes[i];
      if (laid) context.rect(laid.x, laid.y, w, h);
    }
    context.fill();
  });
  context.globalAlpha = 1;
  outline(context, layout, matches, '#f2c200', 6 / viewport.scale);
  if (selectedId) outline(context, layout, new Set([selectedId]), '#1f2328', 8 / viewport.scale);
}

function outline(
  context: CanvasRenderingContext2D,
  layout: MapLayout,
  ids: ReadonlySet<Id>,
  colour: string,
  width: number,
) {
  if (ids.size === 0) return;
  const { nodeWidth: w, nodeHeight: h } = MAP_LAYOUT_OPTIONS;
  context.lineWidth = width;
  context.strokeStyle = colour;
  context.beginPath();
  for (const id of ids) {
    const laid = layout.positions.get(id);
    if (laid) context.rect(laid.x, laid.y, w, h);
  }
  context.stroke();
}
