import { describe, expect, it } from 'vitest';
import {
  centreOn,
  fitRect,
  isRectOnScreen,
  MAX_SCALE,
  MIN_SCALE,
  panRectIntoView,
  toMapPoint,
  visibleMapRect,
  zoomAround,
} from './viewport';

const screen = { width: 800, height: 600 };

describe('viewport', () => {
  it('zooms around the pointer: the map point under it stays under it', () => {
    const before = { x: 30, y: -40, scale: 0.8 };
    const pointer = { x: 500, y: 120 };
    const under = toMapPoint(before, pointer);
    const after = zoomAround(before, pointer, 1.5);
    expect(after.scale).toBeCloseTo(1.2);
    const stillUnder = toMapPoint(after, pointer);
    expect(stillUnder.x).toBeCloseTo(under.x);
    expect(stillUnder.y).toBeCloseTo(under.y);
  });

  it('keeps the scale within range', () => {
    expect(zoomAround({ x: 0, y: 0, scale: 1 }, { x: 0, y: 0 }, 100).scale).toBe(MAX_SCALE);
    expect(zoomAround({ x: 0, y: 0, scale: 1 }, { x: 0, y: 0 }, 0.0001).scale).toBe(MIN_SCALE);
  });

  it('fits a wide map whole and centred, never past 100 %', () => {
    const fit = fitRect({ x: 0, y: 0, width: 4000, height: 500 }, screen, 0);
    expect(fit.scale).toBeCloseTo(0.2);
    const seen = visibleMapRect(fit, screen);
    expect(seen.x).toBeCloseTo(0);
    expect(seen.y + seen.height / 2).toBeCloseTo(250);
    expect(fitRect({ x: 0, y: 0, width: 100, height: 100 }, screen).scale).toBe(1);
  });

  it('fits a map wider than the zoom range allows, and zooming out from there goes no further', () => {
    const fit = fitRect({ x: 0, y: 0, width: 2_000_000, height: 3000 }, screen, 0);
    expect(fit.scale).toBeCloseTo(800 / 2_000_000);
    expect(zoomAround(fit, { x: 0, y: 0 }, 0.5).scale).toBe(fit.scale);
    expect(zoomAround(fit, { x: 0, y: 0 }, 2).scale).toBeCloseTo(fit.scale * 2);
  });

  it('centres a map point', () => {
    const v = centreOn({ x: 0, y: 0, scale: 0.5 }, { x: 1000, y: 2000 }, screen);
    const centre = toMapPoint(v, { x: 400, y: 300 });
    expect(centre).toEqual({ x: 1000, y: 2000 });
  });

  it('pans a rect into view by the least amount, leaving visible rects alone', () => {
    const v = { x: 0, y: 0, scale: 1 };
    const inside = { x: 100, y: 100, width: 200, height: 100 };
    expect(panRectIntoView(v, inside, screen)).toEqual(v);
    const right = { x: 900, y: 100, width: 200, height: 100 };
    const moved = panRectIntoView(v, right, screen, 16);
    expect(isRectOnScreen(moved, right, screen, 16)).toBe(true);
    expect(moved.x).toBe(-(1100 - 784));
    expect(moved.y).toBe(0);
    const above = { x: 100, y: -500, width: 100, height: 100 };
    expect(isRectOnScreen(panRectIntoView(v, above, screen), above, screen)).toBe(true);
  });
});
