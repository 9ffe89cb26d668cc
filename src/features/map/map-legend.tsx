// What the lines and marks mean, drawn with the same styles as the map itself.
import { RELATION_ICON, STATUS_ICON, STATUS_WORD } from './status-words';

export function MapLegend() {
  return (
    <ul className="map-legend" aria-label="Legend">
      {(['supports', 'attacks'] as const).map((kind) => (
        <li key={kind} className="map-legend__item">
          <svg width="34" height="12" aria-hidden="true" focusable="false">
            <line className={`map-edge map-edge--${kind}`} x1="2" y1="6" x2="32" y2="6" />
          </svg>
          {`${RELATION_ICON[kind]} ${kind === 'supports' ? 'Supports' : 'Attacks'}`}
        </li>
      ))}
      {(['in', 'out', 'undecided'] as const).map((label) => (
        <li key={label} className={`map-legend__item map-node__status--${label}`}>
          {`${STATUS_ICON[label]} ${STATUS_WORD[label]}`}
        </li>
      ))}
    </ul>
  );
}
