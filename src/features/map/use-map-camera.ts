// Where the map looks, and when it moves on its own: the first view once the pane has a size
// (the deep-linked claim centred at 100 %, else the whole map if it fits readably, else the top
// of the map), and re-centring whenever the selection changes from anywhere (the words in the
// thread, a badge, a search step) and the selected card is not wholly on screen. A selected
// claim inside a folded branch unfolds its ancestors first.
import { useLayoutEffect, useRef } from 'react';
import type { ClaimMap } from '../../domain/build-map';
import type { LaidOutNode, MapLayout } from '../../domain/layout';
import { ancestorsOf } from '../../domain/map-navigation';
import type { Id } from '../../domain/model';
import {
  centreOn,
  fitRect,
  isRectOnScreen,
  type Rect,
  rectCentre,
  type Size,
  type Viewport,
} from '../../domain/viewport';
import { DEFAULT_VISIBLE_SET_OPTIONS } from '../../domain/visible-set';
import { useSelectedClaimId, useViewActions } from '../../state/hooks';
import { useViewStoreApi } from '../../state/view-store-provider';
import { MAP_LAYOUT_OPTIONS } from './use-map-layout';
import type { MapModel } from './use-map-model';
import type { MapViewport } from './use-map-viewport';

/** Fitting the whole map below this scale would be unreadable: start at the top instead. */
const READABLE_FIT = 0.6;

export function cardRect(laid: LaidOutNode): Rect {
  return {
    x: laid.x,
    y: laid.y,
    width: MAP_LAYOUT_OPTIONS.nodeWidth,
    height: MAP_LAYOUT_OPTIONS.nodeHeight,
  };
}

export function wholeMap(layout: MapLayout): Rect {
  return { x: 0, y: 0, width: layout.width, height: layout.height };
}

/** Centres a card, zooming in to 100 % first if the map is in its unreadable overview. */
export function centreCard(viewport: Viewport, laid: LaidOutNode, size: Size): Viewport {
  const readable =
    viewport.scale < DEFAULT_VISIBLE_SET_OPTIONS.overviewBelowScale
      ? { ...viewport, scale: 1 }
      : viewport;
  return centreOn(readable, rectCentre(cardRect(laid)), size);
}

function initialView(layout: MapLayout, size: Size, focus: LaidOutNode | undefined): Viewport {
  if (focus) return centreOn({ x: 0, y: 0, scale: 1 }, rectCentre(cardRect(focus)), size);
  const fit = fitRect(wholeMap(layout), size, 24, 1);
  const top = layout.nodes[0];
  if (fit.scale >= READABLE_FIT || !top) return fit;
  const scale = READABLE_FIT;
  const centreX = top.x + MAP_LAYOUT_OPTIONS.nodeWidth / 2;
  return { scale, x: size.width / 2 - centreX * scale, y: 24 - top.y * scale };
}

/**
 * A claim selected anywhere (a search step, the thread, the outline) opens its folded ancestors,
 * once per selection, even in a hidden pane, since the outline and the map share the folds.
 * Collapsed ids are read from the store, not subscribed to: folding the selected claim's branch
 * by hand afterwards must not reopen it. A claim not in the map yet (filtered away, data on its
 * way) is unfolded to when it arrives.
 */
function useUnfoldToSelection(map: ClaimMap): void {
  const selectedId = useSelectedClaimId();
  const store = useViewStoreApi();
  const { subtreesExpanded } = useViewActions();
  const handled = useRef<Id | null>(null);

  useLayoutEffect(() => {
    if (selectedId === handled.current) return;
    if (selectedId === null) {
      handled.current = null;
      return;
    }
    if (!map.nodeById.has(selectedId)) return;
    handled.current = selectedId;
    const collapsed = store.getState().collapsedClaimIds;
    const folded = ancestorsOf(map, selectedId).filter((a) => collapsed.has(a));
    // One store update for the whole way down, so the map lays out once.
    if (folded.length > 0) subtreesExpanded(folded);
  }, [selectedId, map, store, subtreesExpanded]);
}

export function useMapCamera(model: MapModel, camera: MapViewport, active: boolean): void {
  const selectedId = useSelectedClaimId();
  const initialised = useRef(false);
  const previousSelection = useRef<Id | null>(null);
  const pending = useRef<Id | null>(null);
  const { layout, map } = model;
  const { size, viewportChanged } = camera;
  useUnfoldToSelection(map);

  useLayoutEffect(() => {
    if (selectedId !== previousSelection.current) {
      previousSelection.current = selectedId;
      pending.current = selectedId;
    }
    if (!layout || !active || size.width <= 0 || size.height <= 0) return;
    const id = pending.current;
    // A claim not laid out is folded away (and being unfolded to), filtered away, or its layout
    // is on its way from the worker: it stays pending while the map shows the rest.
    const laid = id ? layout.positions.get(id) : undefined;
    if (!initialised.current) {
      initialised.current = true;
      if (laid) pending.current = null;
      viewportChanged(initialView(layout, size, laid));
      return;
    }
    if (!laid) return;
    pending.current = null;
    viewportChanged((v) =>
      isRectOnScreen(v, cardRect(laid), size, 8) ? v : centreCard(v, laid, size),
    );
  }, [selectedId, layout, active, size, viewportChanged]);
}
