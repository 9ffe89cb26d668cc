// Every map shortcut as data: the keys that trigger it, what it does in words (the `?` dialog
// lists these), and the action. One table, so the dialog and the handler cannot disagree.
import type { MapMove } from '../../domain/map-navigation';

export type ShortcutAction =
  | { kind: 'move'; move: MapMove }
  | { kind: 'pan'; dx: number; dy: number }
  | { kind: 'zoom'; factor: 'in' | 'out' }
  | { kind: 'fit' | 'clear' | 'focus' | 'fold' | 'search' | 'help' };

export interface Shortcut {
  /** As shown to the reader. */
  label: string;
  does: string;
  /** KeyboardEvent.key values, with whether Shift must be held (undefined: either). */
  keys: readonly { key: string; shift?: boolean }[];
  /** Absent for shortcuts handled elsewhere (Enter on a card, keys in the search box). */
  action?: ShortcutAction;
}

const PAN = 80;
const move = (m: MapMove): ShortcutAction => ({ kind: 'move', move: m });
const pan = (dx: number, dy: number): ShortcutAction => ({ kind: 'pan', dx, dy });

export const SHORTCUTS: readonly Shortcut[] = [
  {
    label: '↑',
    does: 'Go to the claim above (its parent)',
    keys: [{ key: 'ArrowUp', shift: false }],
    action: move('parent'),
  },
  {
    label: '↓',
    does: 'Go to the first claim below (first child)',
    keys: [{ key: 'ArrowDown', shift: false }],
    action: move('firstChild'),
  },
  {
    label: '←',
    does: 'Go to the previous sibling',
    keys: [{ key: 'ArrowLeft', shift: false }],
    action: move('previousSibling'),
  },
  {
    label: '→',
    does: 'Go to the next sibling',
    keys: [{ key: 'ArrowRight', shift: false }],
    action: move('nextSibling'),
  },
  { label: 'Enter', does: 'Select the claim (shows its words in the thread)', keys: [] },
  {
    label: 'Escape',
    does: 'Clear the selection and leave focus mode',
    keys: [{ key: 'Escape' }],
    action: { kind: 'clear' },
  },
  {
    label: 'F',
    does: 'Focus on the claim: only its line and its branch stand out',
    keys: [{ key: 'f' }, { key: 'F' }],
    action: { kind: 'focus' },
  },
  {
    label: 'C',
    does: 'Collapse or expand the claim’s branch',
    keys: [{ key: 'c' }, { key: 'C' }],
    action: { kind: 'fold' },
  },
  {
    label: '+',
    does: 'Zoom in',
    keys: [{ key: '+' }, { key: '=' }],
    action: { kind: 'zoom', factor: 'in' },
  },
  {
    label: '−',
    does: 'Zoom out',
    keys: [{ key: '-' }, { key: '_' }],
    action: { kind: 'zoom', factor: 'out' },
  },
  { label: '0', does: 'Fit the whole map', keys: [{ key: '0' }], action: { kind: 'fit' } },
  {
    label: 'Shift + arrows',
    does: 'Pan the map',
    keys: [],
  },
  { label: '/', does: 'Search claims', keys: [{ key: '/' }], action: { kind: 'search' } },
  { label: 'Enter / Shift + Enter', does: 'In search: next / previous match', keys: [] },
  { label: '?', does: 'Show these shortcuts', keys: [{ key: '?' }], action: { kind: 'help' } },
];

/** Shift + arrows pan; listed once above under "Shift + arrows". */
const PANS: readonly { key: string; action: ShortcutAction }[] = [
  { key: 'ArrowUp', action: pan(0, PAN) },
  { key: 'ArrowDown', action: pan(0, -PAN) },
  { key: 'ArrowLeft', action: pan(PAN, 0) },
  { key: 'ArrowRight', action: pan(-PAN, 0) },
];

/** The action for a key press, or null when the map does not use that key. */
export function shortcutFor(event: { key: string; shiftKey: boolean }): ShortcutAction | null {
  if (event.shiftKey) {
    const panning = PANS.find((p) => p.key === event.key);
    if (panning) return panning.action;
  }
  for (const shortcut of SHORTCUTS) {
    const hit = shortcut.keys.some(
      (k) => k.key === event.key && (k.shift === undefined || k.shift === event.shiftKey),
    );
    if (hit && shortcut.action) return shortcut.action;
  }
  return null;
}
