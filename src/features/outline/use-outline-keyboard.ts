// Carries out the APG tree keys (see outline-keys.ts) and type-ahead on the shared view store.
import { type KeyboardEvent, useRef } from 'react';
import type { Id } from '../../domain/model';
import { typeAheadIndex } from '../../domain/outline';
import { useViewActions } from '../../state/hooks';
import { isTypeAheadKey, outlineKeyAction } from './outline-keys';
import type { OutlineFocus } from './use-outline-focus';
import type { OutlineModel } from './use-outline-model';

/** Letters typed within this many ms of each other extend one search, as in a file list. */
const TYPE_AHEAD_MS = 700;

export function useOutlineKeyboard(
  { outline }: OutlineModel,
  { focusIndex, focusRow }: OutlineFocus,
  /** Shift+Enter on a row: reply to its claim (given by the page, which knows about accounts). */
  onReply?: (id: Id) => void,
) {
  const actions = useViewActions();
  const typed = useRef({ text: '', at: 0 });

  const typeAhead = (key: string, now: number, from: number) => {
    const previous = now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text : '';
    const text = previous + key;
    typed.current = { text, at: now };
    // The same letter again steps to the next match; a longer prefix may still match here.
    const repeat = [...text].every((c) => c === key);
    const found = repeat
      ? typeAheadIndex(outline, from, key)
      : typeAheadIndex(outline, from - 1, text);
    if (found !== undefined) focusRow(found);
  };

  return (event: KeyboardEvent<HTMLElement>) => {
    const index = rowIndexOf(event.target) ?? focusIndex;
    if (index < 0) return;
    if (isTypeAheadKey(event)) {
      event.preventDefault();
      typeAhead(event.key, event.timeStamp, index);
      return;
    }
    // Any other key ends the search, so the next letter starts a new one.
    typed.current.text = '';
    const row = outline.rows[index];
    if (event.key === 'Enter' && event.shiftKey && row && onReply) {
      // The outline's own action on a claim: reply to it (Enter alone selects it).
      event.preventDefault();
      actions.claimSelected(row.id);
      onReply(row.id);
      return;
    }
    const action = outlineKeyAction(event.key, outline, index);
    if (!action) return;
    event.preventDefault();
    switch (action.kind) {
      case 'focus':
        focusRow(action.index);
        break;
      case 'expand':
        actions.subtreeExpanded(action.id);
        break;
      case 'collapse':
        actions.subtreeCollapsed(action.id);
        break;
      case 'expand-all':
        actions.subtreesExpanded(action.ids);
        break;
      case 'select':
        actions.claimSelected(action.id);
        break;
      case 'clear':
        actions.selectionCleared();
        break;
    }
  };
}

/** The row index of the treeitem an event came from (its data-index), if any. */
export function rowIndexOf(target: EventTarget | null): number | undefined {
  if (!(target instanceof Element)) return undefined;
  const value = target.closest<HTMLElement>('[role="treeitem"]')?.dataset.index;
  return value === undefined ? undefined : Number(value);
}
