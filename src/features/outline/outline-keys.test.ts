import { describe, expect, it } from 'vitest';
import { buildMap } from '../../domain/build-map';
import { buildGraph } from '../../domain/graph';
import { flattenOutline } from '../../domain/outline';
import { claims, rel } from '../../domain/test-fixtures';
import { isTypeAheadKey, outlineKeyAction } from './outline-keys';

// rows: 0 t, 1 a, 2 a1, 3 b
const map = buildMap(
  buildGraph(claims('t', 'a', 'b', 'a1'), [
    rel('r1', 'a', 't'),
    rel('r2', 'b', 't'),
    rel('r3', 'a1', 'a'),
  ]),
);
const open = flattenOutline(map, new Set());
const folded = flattenOutline(map, new Set(['a', 't']));

describe('outlineKeyAction (APG tree view)', () => {
  it('moves up and down through visible rows, stopping at the ends', () => {
    expect(outlineKeyAction('ArrowDown', open, 0)).toEqual({ kind: 'focus', index: 1 });
    expect(outlineKeyAction('ArrowDown', open, 3)).toEqual({ kind: 'focus', index: 3 });
    expect(outlineKeyAction('ArrowUp', open, 0)).toEqual({ kind: 'focus', index: 0 });
    expect(outlineKeyAction('Home', open, 2)).toEqual({ kind: 'focus', index: 0 });
    expect(outlineKeyAction('End', open, 0)).toEqual({ kind: 'focus', index: 3 });
  });

  it('Right opens a closed row, steps into an open one, and does nothing on a leaf', () => {
    expect(outlineKeyAction('ArrowRight', folded, 0)).toEqual({ kind: 'expand', id: 't' });
    expect(outlineKeyAction('ArrowRight', open, 1)).toEqual({ kind: 'focus', index: 2 });
    expect(outlineKeyAction('ArrowRight', open, 2)).toEqual({ kind: 'focus', index: 2 });
  });

  it('Left folds an open row, steps out of a closed one or a leaf, and stays on a closed top row', () => {
    expect(outlineKeyAction('ArrowLeft', open, 1)).toEqual({ kind: 'collapse', id: 'a' });
    expect(outlineKeyAction('ArrowLeft', open, 2)).toEqual({ kind: 'focus', index: 1 });
    expect(outlineKeyAction('ArrowLeft', folded, 0)).toEqual({ kind: 'focus', index: 0 });
  });

  it('* opens the siblings, Enter and Space select, Escape clears, other keys pass', () => {
    expect(outlineKeyAction('*', flattenOutline(map, new Set(['a'])), 2)).toEqual({
      kind: 'expand-all',
      ids: ['a'],
    });
    expect(outlineKeyAction('Enter', open, 3)).toEqual({ kind: 'select', id: 'b' });
    expect(outlineKeyAction(' ', open, 3)).toEqual({ kind: 'select', id: 'b' });
    expect(outlineKeyAction('Escape', open, 3)).toEqual({ kind: 'clear' });
    expect(outlineKeyAction('Tab', open, 3)).toBeNull();
    expect(outlineKeyAction('ArrowDown', open, 99)).toBeNull();
  });

  it('treats single printable characters without modifiers as type-ahead', () => {
    const key = (
      k: string,
      mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
    ) => isTypeAheadKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    expect(key('r')).toBe(true);
    expect(key('R')).toBe(true);
    expect(key(' ')).toBe(false);
    expect(key('*')).toBe(false);
    expect(key('Enter')).toBe(false);
    expect(key('r', { ctrlKey: true })).toBe(false);
  });
});
