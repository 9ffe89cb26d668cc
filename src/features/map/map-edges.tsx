// The lines between claims. Supports and attacks differ three ways, so no reader depends on
// colour alone: green solid with "+", red dashed with "−".
import { useId } from 'react';
import type { LaidOutEdge, MapLayout } from '../../domain/layout';
import type { RelationKind } from '../../domain/model';

export const RELATION_ICON: Record<RelationKind, string> = { supports: '+', attacks: '−' };

export function MapEdges({ layout }: { layout: MapLayout }) {
  const markerPrefix = useId();
  return (
    // Decorative: each claim's accessible name already says what it supports or attacks.
    <svg
      className="map-edges"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      aria-hidden="true"
      focusable="false"
    >
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
      {layout.edges.map((edge) => (
        <MapEdge key={edge.id} edge={edge} markerId={`${markerPrefix}-${edge.relation.kind}`} />
      ))}
    </svg>
  );
}

function MapEdge({ edge, markerId }: { edge: LaidOutEdge; markerId: string }) {
  const { x1, y1, x2, y2 } = edge;
  const midY = (y1 + y2) / 2;
  const kind = edge.relation.kind;
  // The arrow points from the child (supporter/attacker) up to the claim it bears on.
  const d = `M ${x1} ${y1} C ${x1} ${midY}, ${x2} ${midY}, ${x2} ${y2}`;
  const iconX = (x1 + x2) / 2;
  return (
    <g className={`map-edge map-edge--${kind}`}>
      <path className="map-edge__line" d={d} markerEnd={`url(#${markerId})`} />
      <circle className="map-edge__badge" cx={iconX} cy={midY} r={10} />
      <text
        className="map-edge__icon"
        x={iconX}
        y={midY}
        textAnchor="middle"
        dominantBaseline="central"
      >
        {RELATION_ICON[kind]}
      </text>
    </g>
  );
}
