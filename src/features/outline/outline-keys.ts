// What each key does in the outline, per the WAI-ARIA APG tree view pattern, as a pure function
// of the visible rows and the focused row, so the component only carries the answer out.
import type { Id } from '../../domain/model';
import { expandableSiblings, type Outline } from '../../domain/outline';

export type OutlineKeyAction =
  | { kind: 'focus'; index: number }
  | { kind: 'expand'; id: Id }
  | { kind: 'collapse'; id: Id }
  | { kind: 'expand-all'; ids: Id[] }
  | { kind: 'select'; id: Id }
  | { kind: 'clear' };

/** The action for `key` on row `index`, or null when the key is not the outline's to handle. */
export function outlineKeyAction(
  key: string,
  outline: Outline,
  index: number,
): OutlineKeyAction | null {
  const row = outline.rows[index];
  const last = outline.rows.length - 1;
  if (!row) return null;
  switch (key) {
    case 'ArrowDown':
      return { kind: 'focus', index: Math.min(index + 1, last) };
    case 'ArrowUp':
      return { kind: 'focus', index: Math.max(index - 1, 0) };
    case 'Home':
      return { kind: 'focus', index: 0 };
    case 'End':
      return { kind: 'focus', index: last };
    case 'ArrowRight':
      // Closed: open it (focus stays). Open: step to its first child. A leaf: nothing.
      if (row.childCount === 0) return { kind: 'focus', index };
      return row.expanded ? { kind: 'focus', index: index + 1 } : { kind: 'expand', id: row.id };
    case 'ArrowLeft':
      // Open: close it. Closed or a leaf: step to its parent; a closed top claim stays.
      if (row.childCount > 0 && row.expanded) return { kind: 'collapse', id: row.id };
      return { kind: 'focus', index: row.parentIndex >= 0 ? row.parentIndex : index };
    case '*':
      return { kind: 'expand-all', ids: expandableSiblings(outline, index) };
    case 'Enter':
    case ' ':
      return { kind: 'select', id: row.id };
    case 'Escape':
      return { kind: 'clear' };
    default:
      return null;
  }
}

/** Keys that start or extend a type-ahead search: one printable character, no modifiers. */
export function isTypeAheadKey(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): boolean {
  return (
    event.key.length === 1 &&
    event.key !== ' ' &&
    event.key !== '*' &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey
  );
}
