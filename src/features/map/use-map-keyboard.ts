// The map's keyboard: a roving tabindex over the cards (one card in the tab order, the
// "active" one), arrows moving along the tree, and the single-key shortcuts of map-shortcuts.ts.
import {
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { moveInMap } from '../../domain/map-navigation';
import type { Id } from '../../domain/model';
import { fitRect, panBy, panRectIntoView } from '../../domain/viewport';
import { useMapFocusClaimId, useSelectedClaimId, useViewActions } from '../../state/hooks';
import { type ShortcutAction, shortcutFor } from './map-shortcuts';
import { cardRect, wholeMap } from './use-map-camera';
import type { MapModel } from './use-map-model';
import { type MapViewport, ZOOM_STEP } from './use-map-viewport';

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

export function useMapKeyboard(deps: KeyboardDeps): MapKeyboard {
  const { model, camera, stage } = deps;
  const selectedId = useSelectedClaimId();
  const [chosen, setChosen] = useState<Id | null>(null);
  const focusRequest = useRef<Id | null>(null);
  const { layout } = model;
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

  const run = useShortcutRunner(deps, activeId, (id) => {
    setChosen(id);
    focusRequest.current = id;
    bringIntoView(id);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, select, textarea, [role="dialog"]')) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = shortcutFor(event);
    if (!action) return;
    run(action);
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

function useShortcutRunner(deps: KeyboardDeps, activeId: Id | null, moveTo: (id: Id) => void) {
  const { model, camera, openShortcuts, focusSearch } = deps;
  const focusModeId = useMapFocusClaimId();
  const actions = useViewActions();
  const { layout, map } = model;
  const isShown = (id: Id) => layout?.positions.has(id) ?? false;
  return (action: ShortcutAction) => {
    switch (action.kind) {
      case 'move': {
        const next = activeId ? moveInMap(map, isShown, activeId, action.move) : null;
        if (next) moveTo(next);
        return;
      }
      case 'pan':
        return camera.viewportChanged((v) => panBy(v, action.dx, action.dy));
      case 'zoom':
        return camera.zoomBy(action.factor === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP);
      case 'fit':
        if (layout && camera.size.width > 0)
          camera.viewportChanged(fitRect(wholeMap(layout), camera.size));
        return;
      case 'clear':
        actions.selectionCleared();
        return actions.focusModeLeft();
      case 'focus':
        if (!activeId) return;
        return focusModeId === activeId
          ? actions.focusModeLeft()
          : actions.focusModeEntered(activeId);
      case 'fold': {
        const laid = activeId ? layout?.positions.get(activeId) : undefined;
        if (laid && laid.hiddenChildren > 0) actions.subtreeExpanded(laid.id);
        else if (laid && laid.node.children.length > 0) actions.subtreeCollapsed(laid.id);
        return;
      }
      case 'search':
        return focusSearch();
      case 'help':
        return openShortcuts();
    }
  };
}
