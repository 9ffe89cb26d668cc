// The map's keyboard: a roving tabindex over the cards (one card in the tab order, the
// "active" one), arrows moving along the tree, and single-key shortcuts listed in the `?`
// dialog (SHORTCUTS below is that list, so the dialog and the handler cannot disagree).
import {
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { type MapMove, moveInMap } from '../../domain/map-navigation';
import type { Id } from '../../domain/model';
import { fitRect, panBy, panRectIntoView } from '../../domain/viewport';
import { useMapFocusClaimId, useSelectedClaimId, useViewActions } from '../../state/hooks';
import { cardRect, wholeMap } from './use-map-camera';
import type { MapModel } from './use-map-model';
import { type MapViewport, ZOOM_STEP } from './use-map-viewport';

export const SHORTCUTS: readonly { keys: string; does: string }[] = [
  { keys: '↑', does: 'Go to the claim above (its parent)' },
  { keys: '↓', does: 'Go to the first claim below (first child)' },
  { keys: '← →', does: 'Go to the previous / next sibling' },
  { keys: 'Enter', does: 'Select the claim (shows its words in the thread)' },
  { keys: 'Escape', does: 'Clear the selection and leave focus mode' },
  { keys: 'F', does: 'Focus on the claim: only its line and its branch stand out' },
  { keys: 'C', does: 'Collapse or expand the claim’s branch' },
  { keys: '+ −', does: 'Zoom in / out' },
  { keys: '0', does: 'Fit the whole map' },
  { keys: 'Shift + arrows', does: 'Pan the map' },
  { keys: '/', does: 'Search claims' },
  { keys: 'Enter / Shift + Enter', does: 'In search: next / previous match' },
  { keys: '?', does: 'Show these shortcuts' },
];

const MOVES: Record<string, MapMove> = {
  ArrowUp: 'parent',
  ArrowDown: 'firstChild',
  ArrowLeft: 'previousSibling',
  ArrowRight: 'nextSibling',
};

const PAN_STEP = 80;

export interface MapKeyboard {
  /** The card in the tab order. */
  activeId: Id | null;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  /** A card took focus (Tab, click): it becomes active and is brought into view. */
  cardFocused: (id: Id) => void;
}

interface KeyboardDeps {
  model: MapModel;
  camera: MapViewport;
  stage: RefObject<HTMLElement | null>;
  openShortcuts: () => void;
  focusSearch: () => void;
}

export function useMapKeyboard({
  model,
  camera,
  stage,
  openShortcuts,
  focusSearch,
}: KeyboardDeps): MapKeyboard {
  const selectedId = useSelectedClaimId();
  const focusModeId = useMapFocusClaimId();
  const actions = useViewActions();
  const [chosen, setChosen] = useState<Id | null>(null);
  const focusRequest = useRef<Id | null>(null);
  const { layout, map } = model;
  const { size, viewportChanged } = camera;

  // The selection, wherever it was made, becomes the card the keyboard starts from.
  const [lastSelected, setLastSelected] = useState(selectedId);
  if (lastSelected !== selectedId) {
    setLastSelected(selectedId);
    if (selectedId) setChosen(selectedId);
  }
  const shown = (id: Id | null): id is Id => id !== null && (layout?.positions.has(id) ?? false);
  const activeId = shown(chosen)
    ? chosen
    : shown(selectedId)
      ? selectedId
      : (layout?.nodes[0]?.id ?? null);

  const bringIntoView = useCallback(
    (id: Id) => {
      const laid = layout?.positions.get(id);
      if (laid && size.width > 0) viewportChanged((v) => panRectIntoView(v, cardRect(laid), size));
    },
    [layout, size, viewportChanged],
  );

  // After a keyboard move re-renders, focus the new card without letting the browser scroll.
  useLayoutEffect(() => {
    const id = focusRequest.current;
    if (!id) return;
    const button = stage.current?.querySelector<HTMLElement>(
      `[data-claim-id="${CSS.escape(id)}"] .map-node__main`,
    );
    if (!button) return;
    focusRequest.current = null;
    button.focus({ preventScroll: true });
  });

  const moveTo = (id: Id) => {
    setChosen(id);
    focusRequest.current = id;
    bringIntoView(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, select, textarea, [role="dialog"], [role="menu"]')) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move = MOVES[event.key];
    if (move && event.shiftKey) {
      const [dx, dy] = {
        parent: [0, 1],
        firstChild: [0, -1],
        previousSibling: [1, 0],
        nextSibling: [-1, 0],
      }[move];
      viewportChanged((v) => panBy(v, (dx ?? 0) * PAN_STEP, (dy ?? 0) * PAN_STEP));
    } else if (move) {
      const next = activeId ? moveInMap(map, shown, activeId, move) : null;
      if (next) moveTo(next);
    } else if (event.key === 'Escape') {
      actions.selectionCleared();
      actions.focusModeLeft();
    } else if (event.key === '?') {
      openShortcuts();
    } else if (event.key === '+' || event.key === '=') {
      camera.zoomBy(ZOOM_STEP);
    } else if (event.key === '-' || event.key === '_') {
      camera.zoomBy(1 / ZOOM_STEP);
    } else if (event.key === '0' && layout) {
      viewportChanged(fitRect(wholeMap(layout), size));
    } else if (event.key === '/') {
      focusSearch();
    } else if ((event.key === 'f' || event.key === 'F') && activeId) {
      if (focusModeId === activeId) actions.focusModeLeft();
      else actions.focusModeEntered(activeId);
    } else if ((event.key === 'c' || event.key === 'C') && activeId) {
      const laid = layout?.positions.get(activeId);
      if (laid && laid.hiddenChildren > 0) actions.subtreeExpanded(activeId);
      else if (laid && laid.node.children.length > 0) actions.subtreeCollapsed(activeId);
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const cardFocused = useCallback(
    (id: Id) => {
      setChosen(id);
      bringIntoView(id);
    },
    [bringIntoView],
  );

  return { activeId, onKeyDown, cardFocused };
}
