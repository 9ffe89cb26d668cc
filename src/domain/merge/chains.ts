// Longer cycles a merge would close: if one merged claim reaches another by going up its
// relations (each claim to what it supports or attacks) through other claims, folding them into
// one turns that path into a loop. The link rules allow loops (a rebuttal of a rebuttal), so a
// merge only reports them; pairs that answer each other directly are found in merge-relations.
import type { Id, Relation } from '../model';
import type { MergeConflict } from './merge-relations';

/** How far up the walk goes, and how many claims it may visit: a debate's depth is far less. */
export const CHAIN_LIMITS = { depth: 32, visits: 10_000 } as const;

/**
 * The loops merging `merged` would close: for each merged claim, the shortest upward path to
 * another merged claim through at least two other claims. `upward` holds at least every
 * relation reachable upward from the merged claims within CHAIN_LIMITS.depth steps.
 */
export function chainConflicts(
  merged: readonly Id[],
  upward: readonly Relation[],
  survivorId: Id,
): MergeConflict[] {
  const parents = new Map<Id, Id[]>();
  for (const r of upward) parents.set(r.from, [...(parents.get(r.from) ?? []), r.to]);
  const targets = new Set(merged);
  const found: MergeConflict[] = [];
  const reported = new Set<string>();
  for (const start of merged) {
    const path = shortestUp(start, targets, parents);
    if (!path || path.length < 4) continue;
    const end = path.at(-1) as Id;
    const key = [start, end].sort().join(' ');
    if (reported.has(key)) continue;
    reported.add(key);
    const via = path.slice(1, -1);
    found.push({
      kind: 'cycle',
      relationIds: [],
      resolution: 'kept',
      message: `"${start}" leads up to "${end}" through ${via.map((id) => `"${id}"`).join(' → ')}; once merged into "${survivorId}", that path is a loop. It is kept: the link rules allow it, and the map breaks loops when drawing.`,
    });
  }
  return found;
}

/** Breadth-first up from `start` to the nearest other target: [start, …, target] or null. */
function shortestUp(
  start: Id,
  targets: ReadonlySet<Id>,
  parents: ReadonlyMap<Id, readonly Id[]>,
): Id[] | null {
  const cameFrom = new Map<Id, Id>([[start, start]]);
  let frontier = [start];
  for (let depth = 0; depth < CHAIN_LIMITS.depth && frontier.length > 0; depth++) {
    const next: Id[] = [];
    for (const id of frontier) {
      for (const parent of parents.get(id) ?? []) {
        if (cameFrom.has(parent)) continue;
        cameFrom.set(parent, id);
        if (targets.has(parent)) return pathTo(parent, cameFrom);
        if (cameFrom.size > CHAIN_LIMITS.visits) return null;
        next.push(parent);
      }
    }
    frontier = next;
  }
  return null;
}

function pathTo(end: Id, cameFrom: ReadonlyMap<Id, Id>): Id[] {
  const path = [end];
  let at = end;
  while (cameFrom.get(at) !== at) {
    at = cameFrom.get(at) as Id;
    path.unshift(at);
  }
  return path;
}
