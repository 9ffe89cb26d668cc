// Which laid-out claims fall inside a rectangle, without looking at all of them: a uniform grid
// of buckets over the map. The map draws only what this returns, so the DOM stays small at any
// map size (ARCHITECTURE.md, "Big debates"). Built once per layout, O(n); a query costs the
// cells it touches plus the items in them.
import type { Rect } from './viewport';

export interface SpatialItem {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SpatialIndex {
  /** Indices (into the items given to the builder) of items overlapping `rect`, ascending. */
  query: (rect: Rect) => number[];
  /** How many items overlap `rect`, stopping early once past `limit`. */
  countUpTo: (rect: Rect, limit: number) => number;
}

function overlaps(item: SpatialItem, rect: Rect): boolean {
  return (
    item.x < rect.x + rect.width &&
    item.x + item.width > rect.x &&
    item.y < rect.y + rect.height &&
    item.y + item.height > rect.y
  );
}

/** `cellSize` near a few item sizes keeps buckets short; items may span several cells. */
export function buildSpatialIndex(items: readonly SpatialItem[], cellSize: number): SpatialIndex {
  // Numeric keys: a string per cell visited would allocate thousands of strings per frame when
  // a zoomed-out screen covers the whole map. Cells span ±2^20 per axis, far past any map.
  const cells = new Map<number, number[]>();
  const cellOf = (value: number) => Math.floor(value / cellSize);
  const keyOf = (cx: number, cy: number) => (cx + 2 ** 20) * 2 ** 21 + (cy + 2 ** 20);
  items.forEach((item, index) => {
    for (let cx = cellOf(item.x); cx <= cellOf(item.x + item.width); cx++) {
      for (let cy = cellOf(item.y); cy <= cellOf(item.y + item.height); cy++) {
        const key = keyOf(cx, cy);
        const bucket = cells.get(key);
        if (bucket) bucket.push(index);
        else cells.set(key, [index]);
      }
    }
  });
  // One stamp per query instead of a Set, so a query allocates only its answer.
  const seen = new Uint32Array(items.length);
  let stamp = 0;

  const visit = (rect: Rect, onHit: (index: number) => boolean) => {
    stamp += 1;
    const x0 = cellOf(rect.x);
    const x1 = cellOf(rect.x + rect.width);
    const y0 = cellOf(rect.y);
    const y1 = cellOf(rect.y + rect.height);
    // A rect far bigger than the map would loop over empty cells: scan the items instead.
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > cells.size * 4) {
      for (let i = 0; i < items.length; i++) {
        if (overlaps(items[i] as SpatialItem, rect) && !onHit(i)) return;
      }
      return;
    }
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        for (const index of cells.get(keyOf(cx, cy)) ?? []) {
          if (seen[index] === stamp) continue;
          seen[index] = stamp;
          if (overlaps(items[index] as SpatialItem, rect) && !onHit(index)) return;
        }
      }
    }
  };

  return {
    query(rect) {
      const hits: number[] = [];
      visit(rect, (index) => {
        hits.push(index);
        return true;
      });
      return hits.sort((a, b) => a - b);
    },
    countUpTo(rect, limit) {
      let count = 0;
      visit(rect, () => {
        count += 1;
        return count <= limit;
      });
      return count;
    },
  };
}
