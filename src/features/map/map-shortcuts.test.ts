import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutFor } from './map-shortcuts';

describe('map shortcuts', () => {
  it('moves with plain arrows and pans with Shift + arrows', () => {
    expect(shortcutFor({ key: 'ArrowUp', shiftKey: false })).toEqual({
      kind: 'move',
      move: 'parent',
    });
    expect(shortcutFor({ key: 'ArrowUp', shiftKey: true })).toEqual({ kind: 'pan', dx: 0, dy: 80 });
    expect(shortcutFor({ key: 'ArrowRight', shiftKey: true })).toEqual({
      kind: 'pan',
      dx: -80,
      dy: 0,
    });
  });

  it('finds ? (typed with Shift) and ignores keys the map does not use', () => {
    expect(shortcutFor({ key: '?', shiftKey: true })).toEqual({ kind: 'help' });
    expect(shortcutFor({ key: 'q', shiftKey: false })).toBeNull();
  });

  it('lists every shortcut with words for the dialog', () => {
    for (const s of SHORTCUTS) expect(s.does.length).toBeGreaterThan(5);
    expect(new Set(SHORTCUTS.map((s) => s.label)).size).toBe(SHORTCUTS.length);
  });
});
