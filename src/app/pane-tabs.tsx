// "Thread" / "Map" tabs for narrow screens, with the ARIA tabs keyboard pattern: arrows and
// Home/End move between tabs, and only the chosen tab is in the Tab order.
import { type KeyboardEvent, useRef } from 'react';
import { useActivePane, useViewActions } from '../state/hooks';
import type { Pane } from '../state/view-store';

const PANES: readonly { pane: Pane; label: string }[] = [
  { pane: 'thread', label: 'Thread' },
  { pane: 'map', label: 'Map' },
];

export const paneIds: Record<Pane, { tab: string; panel: string }> = {
  thread: { tab: 'tab-thread', panel: 'panel-thread' },
  map: { tab: 'tab-map', panel: 'panel-map' },
};

export function PaneTabs() {
  const active = useActivePane();
  const { paneChosen } = useViewActions();
  const tabs = useRef<Partial<Record<Pane, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = PANES.findIndex((p) => p.pane === active);
    const next = nextIndex(event.key, at, PANES.length);
    if (next === null) return;
    event.preventDefault();
    const pane = PANES[next]?.pane ?? 'thread';
    paneChosen(pane);
    tabs.current[pane]?.focus();
  };

  return (
    <div role="tablist" aria-label="Show" className="pane-tabs" onKeyDown={onKeyDown}>
      {PANES.map(({ pane, label }) => (
        <button
          key={pane}
          ref={(element) => {
            tabs.current[pane] = element;
          }}
          type="button"
          role="tab"
          id={paneIds[pane].tab}
          aria-controls={paneIds[pane].panel}
          aria-selected={active === pane}
          tabIndex={active === pane ? 0 : -1}
          className="pane-tabs__tab"
          onClick={() => paneChosen(pane)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/** The tab an arrow, Home or End key moves to (wrapping), or null for any other key. */
export function nextIndex(key: string, at: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (at + 1) % count;
    case 'ArrowLeft':
      return (at - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
