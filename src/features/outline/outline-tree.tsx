// The outline as a WAI-ARIA tree view. Only the rows in the scroll box are drawn (10,000 claims
// stay fast); each row still says its level, position and set size, and rows whose parent is
// drawn are nested in its role="group", so screen readers hear the structure either way.
import { useVirtualizer } from '@tanstack/react-virtual';
import { type MouseEvent, useRef } from 'react';
import { nestWindow, outlineRowName, type WindowNode } from '../../domain/outline';
import { useSelectedClaimId, useViewActions } from '../../state/hooks';
import { OutlineRowContent } from './outline-row';
import { type OutlineFocus, useOutlineFocus } from './use-outline-focus';
import { rowIndexOf, useOutlineKeyboard } from './use-outline-keyboard';
import type { OutlineModel } from './use-outline-model';

/** A one-line row's height in CSS pixels, until the real one is measured. */
const ROW_ESTIMATE = 36;
/** Rows drawn before the scroll box has a size (first paint, a test without layout). */
const ROWS_BEFORE_LAYOUT = 40;

export function OutlineTree({ model, label }: { model: OutlineModel; label: string }) {
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
  const onKeyDown = useOutlineKeyboard(model, focus);
  const onClick = useRowClick(model, focus);
  const selectedClaimId = useSelectedClaimId();

  const onScreen = virtualizer.getVirtualItems().map((item) => item.index);
  const drawn = onScreen.length > 0 ? onScreen : rows.slice(0, ROWS_BEFORE_LAYOUT).map((_, i) => i);
  // The focus target is always drawn, so the tab stop exists and focus is never dropped.
  if (focus.focusIndex >= 0) drawn.push(focus.focusIndex);
  const branches = nestWindow(model.outline, drawn);
  const starts = virtualizer.measurementsCache;
  const startOf = (index: number) => starts[index]?.start ?? index * ROW_ESTIMATE;

  const renderBranch = (nodes: WindowNode[], parentStart: number) =>
    nodes.map((node) => {
      const row = rows[node.index];
      if (!row) return null;
      const start = startOf(node.index);
      return (
        <div
          key={row.id}
          ref={virtualizer.measureElement}
          data-index={node.index}
          role="treeitem"
          aria-level={row.level}
          aria-setsize={row.setSize}
          aria-posinset={row.posInSet}
          aria-expanded={row.childCount > 0 ? row.expanded : undefined}
          aria-selected={row.id === selectedClaimId}
          aria-label={outlineRowName(row, model.statuses.get(row.id), model.textOf)}
          tabIndex={node.index === focus.focusIndex ? 0 : -1}
          className="outline-item"
          // Absolute, relative to the drawn parent's row: nesting is for meaning, not layout.
          style={{ top: start - parentStart }}
        >
          <OutlineRowContent row={row} status={model.statuses.get(row.id)} textOf={model.textOf} />
          {node.children.length > 0 ? (
            // biome-ignore lint/a11y/useSemanticElements: a tree's group (APG), not a form fieldset.
            <div role="group">{renderBranch(node.children, start)}</div>
          ) : null}
        </div>
      );
    });

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
          {renderBranch(branches, 0)}
        </div>
      )}
    </div>
  );
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
