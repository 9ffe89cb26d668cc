import { describe, expect, it } from 'vitest';
import { containsRect, intersectRect, planOverview } from './overview-area';
import { panBy, visibleMapRect } from './viewport';

const screen = { width: 800, height: 600 };

describe('the overview’s bitmap plan', () => {
  it('draws the whole map once at fit-all and only moves it while panning', () => {
    const bounds = { x: 0, y: 0, width: 20_000, height: 12_000 };
    const fit = { x: 20, y: 30, scale: 0.03 };
    const first = planOverview(fit, screen, bounds, null);
    expect(first).toEqual({ redraw: true, area: bounds });
    let viewport = fit;
    for (let i = 0; i < 30; i++) {
      viewport = panBy(viewport, 7, -5);
      const next = planOverview(viewport, screen, bounds, { scale: fit.scale, area: first.area });
      expect(next).toEqual({ redraw: false, area: bounds });
    }
  });

  it('redraws when the zoom changes', () => {
    const bounds = { x: 0, y: 0, width: 20_000, height: 12_000 };
    const drawn = { scale: 0.03, area: bounds };
    expect(planOverview({ x: 0, y: 0, scale: 0.036 }, screen, bounds, drawn).redraw).toBe(true);
  });

  it('on a map bigger than the screen, holds the screen and half a screen round it, then redraws past it', () => {
    const bounds = { x: 0, y: 0, width: 100_000, height: 100_000 };
    const viewport = { x: -5_000, y: -5_000, scale: 0.2 };
    const plan = planOverview(viewport, screen, bounds, null);
    const shown = visibleMapRect(viewport, screen);
    expect(plan.area).toEqual({
      x: shown.x - shown.width / 2,
      y: shown.y - shown.height / 2,
      width: shown.width * 2,
      height: shown.height * 2,
    });
    const drawn = { scale: 0.2, area: plan.area };
    // A quarter of a screen's pan stays inside the bitmap…
    expect(planOverview(panBy(viewport, 200, 0), screen, bounds, drawn).redraw).toBe(false);
    // …a whole screen's does not.
    const far = planOverview(panBy(viewport, 800, 0), screen, bounds, drawn);
    expect(far.redraw).toBe(true);
    expect(containsRect(far.area, visibleMapRect(panBy(viewport, 800, 0), screen))).toBe(true);
  });

  it('keeps the bitmap when the map is panned off screen, and draws nothing for an empty view', () => {
    const bounds = { x: 0, y: 0, width: 1_000, height: 1_000 };
    const away = { x: 5_000, y: 5_000, scale: 0.1 };
    const drawn = { scale: 0.1, area: bounds };
    expect(planOverview(away, screen, bounds, drawn)).toEqual({ redraw: false, area: bounds });
    const fresh = planOverview(away, screen, bounds, null);
    expect(fresh.redraw).toBe(true);
    expect(fresh.area.width * fresh.area.height).toBe(0);
  });

  it('intersects rects', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(intersectRect(a, { x: 5, y: -5, width: 10, height: 10 })).toEqual({
      x: 5,
      y: 0,
      width: 5,
      height: 5,
    });
    expect(intersectRect(a, { x: 10, y: 0, width: 5, height: 5 })).toBeNull();
  });
});
