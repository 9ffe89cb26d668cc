// What the compact layout (compact-layout.ts) needs to know about one top-level branch to choose
// its cut depth, gathered in one walk of that branch: so after an edit only the edited branch
// is walked again, and the cut is chosen from a few numbers per branch instead of the whole map.
// The figures are the same sums chooseCut makes over the whole tree, split by branch: for whole
// sizes (the map's are) they add up to exactly the same numbers, so the same cut is chosen.
import type { MapNode } from './build-map';
import { LIST_GAP, LIST_INDENT } from './compact-layout';
import type { LayoutOptions } from './layout';
import type { Id } from './model';

export type Kids = (node: MapNode) => readonly MapNode[];

export interface BranchProfile {
  /** Visible claims at each depth of the map (index 0, the root's, is always 0 here). */
  levels: number[];
  /** For each cut depth: the summed widths of this branch's part of the cut's frontier. */
  widths: number[];
  /** For each cut depth: the tallest block this branch would list below the cut. */
  tallest: number[];
  /** Past the branch's depth its frontier is all its leaves: their width and height. */
  beyondWidth: number;
  beyondTallest: number;
  /** Descendants of each folded claim in the branch, for "▸ N hidden". */
  hidden: ReadonlyMap<Id, number>;
}

/** Every descendant, folded or not: what a fold hides. */
export function countBelow(node: MapNode): number {
  let count = 0;
  const stack = [...node.children];
  while (stack.length > 0) {
    const next = stack.pop() as MapNode;
    count += 1;
    for (const child of next.children) stack.push(child);
  }
  return count;
}

/**
 * Profiles the branch under `top` (a child of the map's root, at depth 1). A node at depth d
 * is on the frontier of cut d, with the width of its listed block and its height; a leaf is
 * also on the frontier of every deeper cut, as a single card.
 */
export function profileBranch(
  top: MapNode,
  kids: Kids,
  options: LayoutOptions,
  isFolded: (node: MapNode) => boolean,
): BranchProfile {
  const order: MapNode[] = [];
  const depthOf: number[] = [];
  const parentOf: number[] = [];
  const stack: [MapNode, number, number][] = [[top, 1, -1]];
  const hidden = new Map<Id, number>();
  while (stack.length > 0) {
    const [node, depth, parent] = stack.pop() as [MapNode, number, number];
    const index = order.length;
    order.push(node);
    depthOf.push(depth);
    parentOf.push(parent);
    if (isFolded(node)) hidden.set(node.id, countBelow(node));
    for (const child of kids(node)) stack.push([child, depth + 1, index]);
  }
  // Sizes and heights bottom up: children always come after their parent in `order`.
  const size = new Array<number>(order.length).fill(1);
  const height = new Array<number>(order.length).fill(0);
  for (let i = order.length - 1; i > 0; i--) {
    const p = parentOf[i] as number;
    size[p] = (size[p] as number) + (size[i] as number);
    height[p] = Math.max(height[p] as number, (height[i] as number) + 1);
  }
  const rowH = options.nodeHeight + LIST_GAP;
  const card = options.nodeWidth + options.gapX;
  const levels: number[] = [0];
  const widths: number[] = [0];
  const tallest: number[] = [0];
  const leavesAt: number[] = [0];
  for (let i = 0; i < order.length; i++) {
    const d = depthOf[i] as number;
    for (let k = levels.length; k <= d; k++) {
      levels.push(0);
      widths.push(0);
      tallest.push(0);
      leavesAt.push(0);
    }
    levels[d] = (levels[d] as number) + 1;
    widths[d] = (widths[d] as number) + card + (height[i] as number) * LIST_INDENT;
    tallest[d] = Math.max(tallest[d] as number, (size[i] as number) * rowH);
    if (height[i] === 0) leavesAt[d] = (leavesAt[d] as number) + 1;
  }
  // Leaves above a cut sit on its frontier too, one card each.
  let leavesAbove = 0;
  for (let c = 1; c < widths.length; c++) {
    leavesAbove += leavesAt[c - 1] as number;
    widths[c] = (widths[c] as number) + leavesAbove * card;
    if (leavesAbove > 0) tallest[c] = Math.max(tallest[c] as number, rowH);
  }
  const allLeaves = leavesAbove + (leavesAt[leavesAt.length - 1] as number);
  return {
    levels,
    widths,
    tallest,
    beyondWidth: allLeaves * card,
    beyondTallest: rowH,
    hidden,
  };
}

/** The map's visible claims per depth, the root included: the branches' levels added up. */
export function mapLevels(profiles: readonly BranchProfile[]): number[] {
  const levels = [1];
  for (const profile of profiles) {
    for (let d = 1; d < profile.levels.length; d++) {
      levels[d] = (levels[d] ?? 0) + (profile.levels[d] as number);
    }
  }
  return levels;
}

/** The cut depth whose estimated width : height is closest to 1, as chooseCut decides it. */
export function chooseCutFromProfiles(
  profiles: readonly BranchProfile[],
  depthCount: number,
  options: LayoutOptions,
): number {
  let best = 1;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let cut = 1; cut < depthCount; cut++) {
    let width = 0;
    let tallest = 0;
    for (const p of profiles) {
      const inside = cut < p.widths.length;
      width += inside ? (p.widths[cut] as number) : p.beyondWidth;
      tallest = Math.max(tallest, inside ? (p.tallest[cut] as number) : p.beyondTallest);
    }
    const height = cut * (options.nodeHeight + options.gapY) + tallest;
    const score = Math.abs(Math.log(width / height));
    if (score < bestScore) {
      bestScore = score;
      best = cut;
    }
  }
  return best;
}
