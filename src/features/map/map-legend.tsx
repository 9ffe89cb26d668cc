// What the lines and marks mean, drawn with the same styles as the map itself.
import { RELATION_ICON } from './map-edges';

export function MapLegend() {
  return (
    <ul className="map-legend" aria-label="Legend">
      {(['supports', 'attacks'] as const).map((kind) => (
        <li key={kind} className={`map-legend__item map-edge--${kind}`}>
          <svg width="44" height="16" aria-hidden="true" focusable="false">
            <line className="map-edge__line" x1="2" y1="8" x2="42" y2="8" />
            <circle className="map-edge__badge" cx="22" cy="8" r="7" />
            <text
              className="map-edge__icon"
              x="22"
              y="8"
              textAnchor="middle"
              dominantBaseline="central"
            >
              {RELATION_ICON[kind]}
            </text>
          </svg>
          {kind === 'supports' ? 'Supports' : 'Attacks'}
        </li>
      ))}
      <li className="map-legend__item">
        <span className="map-legend__swatch map-legend__swatch--comment" aria-hidden="true" />
        Said in the selected comment
      </li>
    </ul>
  );
}
