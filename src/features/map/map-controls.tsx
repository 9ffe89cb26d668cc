// The map toolbar's small controls: zoom, which relations to show, and search.
import type { RefObject } from 'react';
import type { RelationFilter } from '../../domain/map-filter';
import { MAX_SCALE, MIN_SCALE } from '../../domain/viewport';
import { useRelationFilter, useViewActions } from '../../state/hooks';
import type { MapSearch } from './use-map-search';

export function ZoomControls(props: {
  scale: number;
  zoomIn: () => void;
  zoomOut: () => void;
  fitAll: () => void;
}) {
  return (
    <fieldset className="map-zoom">
      <legend className="visually-hidden">Zoom</legend>
      <button
        type="button"
        onClick={props.zoomOut}
        disabled={props.scale <= MIN_SCALE}
        aria-label="Zoom out"
      >
        −
      </button>
      <output className="map-zoom__level" aria-live="polite">
        {formatZoom(props.scale)}
      </output>
      <button
        type="button"
        onClick={props.zoomIn}
        disabled={props.scale >= MAX_SCALE}
        aria-label="Zoom in"
      >
        +
      </button>
      <button type="button" onClick={props.fitAll}>
        Fit all
      </button>
    </fieldset>
  );
}

/** Whole percents, but a fit-all of a huge map still reads as more than 0 %. */
export function formatZoom(scale: number): string {
  const percent = scale * 100;
  return percent >= 1 ? `${Math.round(percent)}%` : `${percent.toPrecision(1)}%`;
}

const FILTERS: { value: RelationFilter; label: string }[] = [
  { value: 'both', label: 'Both' },
  { value: 'supports', label: 'Supports' },
  { value: 'attacks', label: 'Attacks' },
];

export function RelationFilterChoice() {
  const filter = useRelationFilter();
  const { relationFilterChosen } = useViewActions();
  return (
    <fieldset className="map-filter">
      <legend className="map-filter__legend">Show</legend>
      {FILTERS.map(({ value, label }) => (
        <label key={value} className="map-filter__option">
          <input
            type="radio"
            name="map-relation-filter"
            value={value}
            checked={filter === value}
            onChange={() => relationFilterChosen(value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

export function SearchBox({
  search,
  input,
}: {
  search: MapSearch;
  input: RefObject<HTMLInputElement | null>;
}) {
  const { query, matches, position } = search;
  const summary =
    query.trim() === ''
      ? ''
      : matches.length === 0
        ? 'No matches'
        : position > 0
          ? `${position} of ${matches.length}`
          : `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}`;
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too new for the test DOM and older Safari.
    <div role="search" className="map-search">
      <label className="visually-hidden" htmlFor="map-search-input">
        Search claims
      </label>
      <input
        ref={input}
        id="map-search-input"
        type="search"
        placeholder="Search claims"
        value={query}
        onChange={(event) => search.queryChanged(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          search.step(event.shiftKey ? -1 : 1);
        }}
        aria-describedby="map-search-summary"
      />
      <button
        type="button"
        onClick={() => search.step(-1)}
        disabled={matches.length === 0}
        aria-label="Previous match"
      >
        ↑
      </button>
      <button
        type="button"
        onClick={() => search.step(1)}
        disabled={matches.length === 0}
        aria-label="Next match"
      >
        ↓
      </button>
      <output id="map-search-summary" className="map-search__summary" aria-live="polite">
        {summary}
      </output>
    </div>
  );
}
