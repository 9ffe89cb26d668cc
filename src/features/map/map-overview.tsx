// The level-of-detail view for when cards would be too small to read or too many to draw: every
// claim on screen as a box coloured by its status, every line as a stroke, on one <canvas>.
// Redrawn when the viewport or the data changes, never holding a DOM element per claim, so
// fit-all on 10,000 claims costs one canvas. A click on a box selects that claim.
import { type PointerEvent, useEffect, useRef } from 'react';
import type { ClaimStatus, GroundedLabel } from '../../domain/grounded';
import type { MapLayout } from '../../domain/layout';
import type { Id } from '../../domain/model';
import type { SpatialIndex } from '../../domain/spatial-index';
import { type Size, toMapPoint, type Viewport, visibleMapRect } from '../../domain/viewport';
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
  const { layout, viewport, size } = props;
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (context) draw(context, props);
  });
  const down = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    down.current = { x: event.clientX, y: event.clientY };
  };
  const onClick = (event: { clientX: number; clientY: number }) => {
    const start = down.current;
    // A drag that ends on the canvas is a pan, not a pick.
    if (start && Math.hypot(event.clientX - start.x, event.clientY - start.y) > 4) return;
    const box = canvas.current?.getBoundingClientRect();
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
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return (
    <canvas
      ref={canvas}
      className="map-overview"
      width={Math.round(size.width * dpr)}
      height={Math.round(size.height * dpr)}
      style={{ width: size.width, height: size.height }}
      role="img"
      aria-label={`Overview of ${layout.nodes.length} claims, too small to read: zoom in to read them.`}
      onPointerDown={onPointerDown}
      onClick={onClick}
    />
  );
}

function draw(context: CanvasRenderingContext2D, props: MapOverviewProps) {
  const { layout, nodeIndex, edgeIndex, viewport, size, statuses, focused, matches, selectedId } =
    props;
  const dpr = window.devicePixelRatio || 1;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  const s = viewport.scale * dpr;
  context.setTransform(s, 0, 0, s, viewport.x * dpr, viewport.y * dpr);
  const rect = visibleMapRect(viewport, size);
  const { nodeWidth: w, nodeHeight: h } = MAP_LAYOUT_OPTIONS;
  const shown = nodeIndex.query(rect);
  const lines = edgeIndex.query(rect);
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
  // Boxes, batched by colour and dimming: a handful of fill calls for any number of claims.
  const batches = new Map<string, number[]>();
  for (const i of shown) {
    const laid = layout.nodes[i];
    if (!laid) continue;
    const label = statuses.get(laid.id)?.label ?? 'undecided';
    const key = `${label}|${focused && !focused.has(laid.id) ? 'dim' : 'on'}`;
    const batch = batches.get(key);
    if (batch) batch.push(i);
    else batches.set(key, [i]);
  }
  for (const [key, indexes] of batches) {
    const [label, dim] = key.split('|') as [GroundedLabel, string];
    context.globalAlpha = dim === 'dim' ? 0.15 : 0.85;
    context.fillStyle = OVERVIEW_COLOURS[label];
    context.beginPath();
    for (const i of indexes) {
      const laid = layout.nodes[i];
      if (laid) context.rect(laid.x, laid.y, w, h);
    }
    context.fill();
  }
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
