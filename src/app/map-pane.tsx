// The map pane: the argument map or the same tree as an outline, chosen with a "Diagram |
// Outline" switch (ARIA tabs). Not "Map": below 800 px the pane tabs have a "Map" tab, and two
// tabs of one name on a page cannot be told apart by voice or in a screen reader's list. The choice is local: nothing else on the page depends on it. The map stays
// mounted while the outline shows, so its zoom and pan survive a trip to the outline; the
// outline mounts only when chosen, so a reader who never opens it pays nothing for it.
import { type KeyboardEvent, useRef, useState } from 'react';
import type { Debate } from '../domain/model';
import { MapView } from '../features/map/map-view';
import { useSelectedClaimId } from '../state/hooks';
import { useReplyToClaim } from '../ui/use-reply-to-claim';
import { LazyClaimModeration, LazyOutlineView, preloadOutline } from './lazy-views';
import { nextIndex } from './pane-tabs';

type MapViewKind = 'map' | 'outline';

const VIEWS: readonly { view: MapViewKind; label: string }[] = [
  { view: 'map', label: 'Diagram' },
  { view: 'outline', label: 'Outline' },
];

const ids = (view: MapViewKind) => ({ tab: `view-tab-${view}`, panel: `view-panel-${view}` });

export function MapPane({ debate, active }: { debate: Debate; active: boolean }) {
  const [view, setView] = useState<MapViewKind>('map');
  const reply = useReplyToClaim();
  const selectedClaimId = useSelectedClaimId();
  const claimActions = (id: string) => (
    <>
      <button type="button" onClick={() => reply.start(id)}>
        {reply.label}
      </button>{' '}
      <LazyClaimModeration debate={debate} claimId={id} />
    </>
  );
  return (
    <div className="map-pane">
      <ViewSwitch view={view} onChosen={setView} />
      {VIEWS.map(({ view: kind }) => (
        <div
          key={kind}
          role="tabpanel"
          id={ids(kind).panel}
          aria-labelledby={ids(kind).tab}
          hidden={view !== kind}
          className="map-pane__panel"
        >
          {kind === 'map' ? (
            <MapView
              debate={debate}
              active={active && view === 'map'}
              claimActions={claimActions}
            />
          ) : view === 'outline' ? (
            <>
              <LazyOutlineView debate={debate} onReply={reply.start} />
              {selectedClaimId ? (
                <p className="map-pane__claim-actions">
                  <LazyClaimModeration debate={debate} claimId={selectedClaimId} />
                </p>
              ) : null}
            </>
          ) : null}
        </div>
      ))}
    </div>
  );
}

function ViewSwitch({
  view,
  onChosen,
}: {
  view: MapViewKind;
  onChosen: (view: MapViewKind) => void;
}) {
  const tabs = useRef<Partial<Record<MapViewKind, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = nextIndex(
      event.key,
      VIEWS.findIndex((v) => v.view === view),
      VIEWS.length,
    );
    if (next === null) return;
    event.preventDefault();
    const chosen = VIEWS[next]?.view ?? 'map';
    onChosen(chosen);
    tabs.current[chosen]?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label="Show the argument as"
      className="view-switch"
      onKeyDown={onKeyDown}
      // The outline's code is fetched on first use: start when the reader heads for its tab, so
      // it is drawn by the time they press the arrow key or click.
      onFocus={preloadOutline}
      onPointerEnter={preloadOutline}
    >
      {VIEWS.map(({ view: kind, label }) => (
        <button
          key={kind}
          ref={(element) => {
            tabs.current[kind] = element;
          }}
          type="button"
          role="tab"
          id={ids(kind).tab}
          aria-controls={ids(kind).panel}
          aria-selected={view === kind}
          tabIndex={view === kind ? 0 : -1}
          className="view-switch__tab"
          onClick={() => onChosen(kind)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
