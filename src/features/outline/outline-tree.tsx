// The outline as a WAI-ARIA tree view. Only the rows in the scroll box are drawn (10,000 claims
// stay fast), so the items are flat children of the tree, each saying its level, position and
// set size: the APG's form for trees whose nodes are not all in the DOM. Nested role="group"s
// would also make every parent's name swallow its children's words (a treeitem is named from
// its content), and a window of rows cannot nest reliably anyway.
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import type { MouseEvent } from 'react';
import { useRef } from 'react';
import type { Id } from '../../domain/model';
import { useSelectedClaimId, useViewActions } from '../../state/hooks';
import { OutlineRowContent } from './outline-row';
import { type OutlineFocus, useOutlineFocus } from './use-outline-focus';
import { rowIndexOf, useOutlineKeyboard } from './use-outline-keyboard';
import type { OutlineModel } from './use-outline-model';

/** A one-line row's height in CSS pixels, until the real one is measured. */
const ROW_ESTIMATE = 36;
/** Rows drawn before the scroll box has a size (first paint, a test without layout). */
const ROWS_BEFORE_LAYOUT = 40;

export function OutlineTree({
  model,
  label,
  onReply,
}: {
  model: OutlineModel;
  label: string;
  onReply?: (id: Id) => void;
}) {
  const { rows } = model.outline;
  const scrollBox = useRef<HTMLDivElement>(null);
  const tree = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollBox.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 6,
  });
  const focus = useOutlineFocus(model, virtualizer, tree);
  const onKeyDown = useOutlineKeyboard(model, focus, onReply);
  const onClick = useRowClick(model, focus);
  const selectedClaimId = useSelectedClaimId();

  const drawn = drawnRows(virtualizer.getVirtualItems(), rows.length, focus.focusIndex);
  const starts = virtualizer.measurementsCache;

  return (
    <div ref={scrollBox} className="outline__scroll">
      {rows.length === 0 ? (
        <p className="outline__empty">No claims have been mapped for this debate yet.</p>
      ) : (
        <div
          ref={tree}
          role="tree"
          aria-label={label}
          className="outline-tree"
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onFocus={(event) => {
            const index = rowIndexOf(event.target);
            if (index !== undefined) focus.rowFocused(index);
          }}
        >
          {drawn.map((index) => {
            const row = rows[index];
            return row ? (
              <div
                key={row.id}
                ref={virtualizer.measureElement}
                data-index={index}
                role="treeitem"
                aria-level={row.level}
                aria-setsize={row.setSize}
                aria-posinset={row.posInSet}
                aria-expanded={row.childCount > 0 ? row.expanded : undefined}
                aria-selected={row.id === selectedClaimId}
                tabIndex={index === focus.focusIndex ? 0 : -1}
                className="outline-item"
                style={{ top: starts[index]?.start ?? index * ROW_ESTIMATE }}
              >
                <OutlineRowContent
                  row={row}
                  status={model.statuses.get(row.id)}
                  textOf={model.textOf}
                />
              </div>
            ) : null;
          })}
        </div>
      )}
    </div>
  );
}

/** The rows on screen, or the first few before layout, plus the focus target in any case. */
function drawnRows(onScreen: readonly VirtualItem[], count: number, focusIndex: number): number[] {
  const drawn =
    onScreen.length > 0
      ? onScreen.map((item) => item.index)
      : Array.from({ length: Math.min(count, ROWS_BEFORE_LAYOUT) }, (_, i) => i);
  // The focus target is always drawn, so the tab stop exists and focus is never dropped.
  if (focusIndex >= 0 && !drawn.includes(focusIndex)) drawn.push(focusIndex);
  return drawn.sort((a, b) => a - b);
}

/** A click on a row focuses and selects it; on its ▸/▾ it folds or opens the branch instead. */
function useRowClick(model: OutlineModel, { focusRow }: OutlineFocus) {
  const actions = useViewActions();
  return (event: MouseEvent<HTMLElement>) => {
    const index = rowIndexOf(event.target);
    const row = index === undefined ? undefined : model.outline.rows[index];
    if (index === undefined || !row) return;
    focusRow(index);
    if (event.target instanceof Element && event.target.closest('[data-toggle]')) {
      if (row.expanded) actions.subtreeCollapsed(row.id);
      else actions.subtreeExpanded(row.id);
    } else {
      actions.claimSelected(row.id);
    }
  };
}
