import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSpatialIndex, type SpatialItem } from './spatial-index';

const box = (x: number, y: number, width = 10, height = 10): SpatialItem => ({
  x,
  y,
  width,
  height,
});

function bruteForce(
  items: SpatialItem[],
  r: { x: number; y: number; width: number; height: number },
) {
  return items.flatMap((item, i) =>
    item.x < r.x + r.width &&
    item.x + item.width > r.x &&
    item.y < r.y + r.height &&
    item.y + item.height > r.y
      ? [i]
      : [],
  );
}

describe('spatial index', () => {
  it('finds only the items overlapping a rect, once each, in item order', () => {
    const items = [box(0, 0), box(95, 0, 20, 10), box(500, 500), box(50, 50)];
    const index = buildSpatialIndex(items, 32);
    expect(index.query({ x: 0, y: 0, width: 100, height: 20 })).toEqual([0, 1]);
    expect(index.query({ x: 40, y: 40, width: 20, height: 20 })).toEqual([3]);
    expect(index.query({ x: 1000, y: 1000, width: 5, height: 5 })).toEqual([]);
    expect(index.query({ x: -1e6, y: -1e6, width: 2e6, height: 2e6 })).toEqual([0, 1, 2, 3]);
  });

  it('counts up to a limit and stops', () => {
    const items = Array.from({ length: 100 }, (_, i) => box(i * 5, 0));
    const index = buildSpatialIndex(items, 50);
    expect(index.countUpTo({ x: 0, y: 0, width: 1000, height: 10 }, 10)).toBe(11);
    expect(index.countUpTo({ x: 0, y: 0, width: 12, height: 10 }, 10)).toBe(3);
  });

  it('agrees with a brute-force scan', () => {
    const item = fc.record({
      x: fc.integer({ min: -500, max: 500 }),
      y: fc.integer({ min: -500, max: 500 }),
      width: fc.integer({ min: 1, max: 120 }),
      height: fc.integer({ min: 1, max: 120 }),
    });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 60 }),
        item,
        fc.integer({ min: 8, max: 200 }),
        (items, rect, cell) => {
          const index = buildSpatialIndex(items, cell);
          expect(index.query(rect)).toEqual(bruteForce(items, rect));
        },
      ),
    );
  });

  it('culls a 10,000-claim map to what one screen shows', () => {
    // A wide, shallow map as the generator makes: 100 columns by 100 rows of 240 × 148 cards.
    const items = Array.from({ length: 10_000 }, (_, i) =>
      box((i % 100) * 268, Math.floor(i / 100) * 212, 240, 148),
    );
    const index = buildSpatialIndex(items, 512);
    const screenAt100 = index.query({ x: 5000, y: 3000, width: 1200, height: 900 });
    expect(screenAt100.length).toBeGreaterThan(0);
    expect(screenAt100.length).toBeLessThan(50);
  });
});
