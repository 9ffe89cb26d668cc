// The lines between the cards on screen. Supports and attacks differ three ways, so no reader
// depends on colour alone: green solid, red dashed, and the card's own "+ Supports" / "− Attacks".
// One element per line, so the DOM stays small when many lines cross the screen.
import { useId } from 'react';
import type { LaidOutEdge } from '../../domain/layout';

export function edgePath({ x1, y1, x2, y2, route }: LaidOutEdge): string {
  if (route === 'elbow') return `M ${x1} ${y1} H ${x2} V ${y2}`;
  const midY = (y1 + y2) / 2;
  return `M ${x1} ${y1} C ${x1} ${midY}, ${x2} ${midY}, ${x2} ${y2}`;
}

export function MapEdges({
  edges,
  dimmed,
}: {
  edges: readonly LaidOutEdge[];
  dimmed: (edge: LaidOutEdge) => boolean;
}) {
  const markerPrefix = useId();
  return (
    // Decorative: each claim's accessible name already says what it supports or attacks.
    <svg className="map-edges" width="1" height="1" aria-hidden="true" focusable="false">
      <defs>
        {(['supports', 'attacks'] as const).map((kind) => (
          <marker
            key={kind}
            id={`${markerPrefix}-${kind}`}
            className={`map-edge__arrow map-edge__arrow--${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="8"
            markerHeight="8"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" />
          </marker>
        ))}
      </defs>
      {edges.map((edge) => (
        // The arrow points from the child (supporter/attacker) up to the claim it bears on.
        <path
          key={edge.id}
          className={`map-edge map-edge--${edge.relation.kind}`}
          data-dimmed={dimmed(edge) ? 'true' : undefined}
          d={edgePath(edge)}
          markerEnd={edge.arrow ? `url(#${markerPrefix}-${edge.relation.kind})` : undefined}
        />
      ))}
    </svg>
  );
}
