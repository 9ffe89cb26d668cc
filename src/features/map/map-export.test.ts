import { describe, expect, it } from 'vitest';
import { buildMap } from '../../domain/build-map';
import { buildGraph } from '../../domain/graph';
import { groundedLabelling } from '../../domain/grounded';
import { layoutMap } from '../../domain/layout';
import { claim, rel } from '../../domain/test-fixtures';
import { planPng } from './map-download';
import { buildMapSvg, wrapText } from './map-export';
import { MAP_LAYOUT_OPTIONS } from './use-map-layout';

describe('SVG export', () => {
  const claims = [claim('t', 'Tea <is> "best"'), claim('a', 'Coffee & cake'), claim('b', 'Water')];
  const relations = [rel('1', 'a', 't', 'attacks'), rel('2', 'b', 't')];
  const graph = buildGraph(claims, relations);
  const layout = layoutMap(buildMap(graph), MAP_LAYOUT_OPTIONS);
  const statuses = groundedLabelling(graph);

  it('escapes claim text and marks status and relation styles', () => {
    const svg = buildMapSvg({ layout, statuses, title: 'Drinks' });
    expect(svg).toContain('Tea &#60;is&#62; &#34;best&#34;');
    expect(svg).toContain('Coffee &#38; cake');
    expect(svg).toContain('✗ Rebutted');
    expect(svg).toContain('class="edge edge--attacks"');
    expect(svg).toContain('<title>Drinks</title>');
  });

  it('exports only what overlaps the area shown', () => {
    const water = layout.positions.get('b');
    if (!water) throw new Error('no b');
    const area = { x: water.x, y: water.y, width: 50, height: 50 };
    const svg = buildMapSvg({ layout, statuses, area, title: 'Drinks' });
    expect(svg).toContain('Water');
    expect(svg).not.toContain('Coffee');
    expect(svg).toContain(`viewBox="${area.x - 16} ${area.y - 16} 82 82"`);
  });

  it('wraps words into lines and cuts long text with an ellipsis', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    const long = wrapText('word '.repeat(100), 10, 2);
    expect(long).toHaveLength(2);
    expect(long[1]?.endsWith('…')).toBe(true);
  });
});

describe('PNG size plan', () => {
  it('keeps the pixel ratio when it fits, and scales a huge map down to what a canvas can hold', () => {
    expect(planPng(1000, 500, 2)).toEqual({ width: 2000, height: 1000, scale: 2, capped: false });
    const huge = planPng(30_000, 8_000, 2);
    expect(huge.capped).toBe(true);
    expect(huge.width).toBeLessThanOrEqual(16_384);
    expect(huge.width * huge.height).toBeLessThanOrEqual(64_000_000);
  });
});
