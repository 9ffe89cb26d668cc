// Which row holds the outline's single tab stop (roving tabindex), and keeping it in step with
// the shared selection: a claim selected anywhere becomes the focus target, its folded
// ancestors open (in the map too, since folding is shared) and its row scrolls into view.
import type { Virtualizer } from '@tanstack/react-virtual';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { Id } from '../../domain/model';
import { treeAncestors, visibleRowIndex } from '../../domain/outline';
import { useSelectedClaimId, useViewActions } from '../../state/hooks';
import { useViewStoreApi } from '../../state/view-store-provider';
import type { OutlineModel } from './use-outline-model';

export interface OutlineFocus {
  /** Row with tabindex=0; -1 when the outline is empty. */
  focusIndex: number;
  /** Makes `index` the focus target and moves keyboard focus to it. */
  focusRow: (index: number) => void;
  /** Records that focus arrived on row `index` some other way (a click, a script). */
  rowFocused: (index: number) => void;
}

export function useOutlineFocus(
  model: OutlineModel,
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  tree: RefObject<HTMLDivElement | null>,
): OutlineFocus {
  const { outline, map } = model;
  const selectedClaimId = useSelectedClaimId();
  const store = useViewStoreApi();
  const { subtreesExpanded } = useViewActions();
  const [focusedId, setFocusedId] = useState<Id | null>(null);
  const moveFocus = useRef(false);
  const scrollTo = useRef<Id | null>(null);

  // Collapsed ids are read from the store, not subscribed to: folding the selected claim's
  // parent by hand must not reopen it.
  useEffect(() => {
    if (selectedClaimId === null) return;
    const collapsed = store.getState().collapsedClaimIds;
    const folded = treeAncestors(map, selectedClaimId).filter((id) => collapsed.has(id));
    // One store update for the whole way down, so the map lays out once.
    if (folded.length > 0) subtreesExpanded(folded);
    setFocusedId(selectedClaimId);
    scrollTo.current = selectedClaimId;
  }, [selectedClaimId, map, store, subtreesExpanded]);

  const wanted = focusedId ?? selectedClaimId;
  const focusIndex =
    (wanted === null ? undefined : visibleRowIndex(outline, map, wanted)) ??
    (outline.rows.length > 0 ? 0 : -1);

  // After the rows for an opened branch exist: scroll the selected row into the scroll box.
  useEffect(() => {
    const id = scrollTo.current;
    const index = id === null ? undefined : outline.indexById.get(id);
    if (index === undefined) return;
    scrollTo.current = null;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [outline, virtualizer]);

  // After a key moved the focus target: focus its row (always drawn, see OutlineTree).
  useEffect(() => {
    if (!moveFocus.current || focusIndex < 0) return;
    moveFocus.current = false;
    virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
    const row = tree.current?.querySelector<HTMLElement>(`[data-index="${focusIndex}"]`);
    row?.focus({ preventScroll: true });
  }, [focusIndex, virtualizer, tree]);

  const focusRow = useCallback(
    (index: number) => {
      const row = outline.rows[index];
      if (!row) return;
      moveFocus.current = true;
      setFocusedId(row.id);
    },
    [outline],
  );
  const rowFocused = useCallback(
    (index: number) => {
      const row = outline.rows[index];
      if (row) setFocusedId(row.id);
    },
    [outline],
  );
  return { focusIndex, focusRow, rowFocused };
}
