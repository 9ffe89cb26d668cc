// The map's layout after an edit, redoing only what the edit touched. Live updates add or
// remove claims one at a time; laying out 10,000 claims from scratch for each would waste the
// worker's time (and, for small maps, the page's). The result is the same layout layoutMapAuto
// (compact-layout.ts) computes from scratch, as packed arrays ready to cross from a worker:
//
//   1. find the top-level branches (children of the root) whose shape changed: a claim added,
//      removed, moved to another parent, its children reordered, or folded/unfolded;
//   2. profile only those again (layout-profile.ts) and choose the cut from all the profiles;
//   3. list again only their blocks below the cut (every branch's, if the cut moved);
//   4. place the small top of the tree (above the cut) with d3's tidy tree, as the full layout
//      does, and write every claim's position from its block's origin.
// Steps 1 and 4 touch every claim, but only to compare two ids or write two numbers.
import { hierarchy, tree } from 'd3-hierarchy';
import type { ClaimMap, MapNode } from './build-map';
import { COMPACT_FROM, LIST_GAP, LIST_INDENT } from './compact-layout';
import { type LayoutOptions, layoutMap } from './layout';
import {
  type BranchProfile,
  chooseCutFromProfiles,
  type Kids,
  mapLevels,
  profileBranch,
} from './layout-profile';
import { type PackedLayout, packLayout } from './layout-transfer';
import type { Id } from './model';

interface Block {
  width: number;
  /** The block's claims in reading order, offset from its top-left corner. */
  ids: Id[];
  dx: number[];
  dy: number[];
}

interface BranchPart {
  profile: BranchProfile;
  /** The cut `blocks` were listed at; blocks by the id of the claim at the cut. */
  cut: number;
  blocks: Map<Id, Block>;
}

/** What a layout leaves behind for the next one to reuse. Treat as opaque. */
export interface LayoutMemo {
  map: ClaimMap;
  options: LayoutOptions;
  collapsed: ReadonlySet<Id>;
  /** By the id of the branch's top claim. */
  branches: Map<Id, BranchPart>;
}

export interface IncrementalLayout {
  packed: PackedLayout;
  memo: LayoutMemo;
  /** Branches profiled afresh (all of them without a memo): what the edit cost, for benches. */
  branchesRedone: number;
}

/**
 * Lays `map` out, reusing `previous` where the map did not change. Gives exactly
 * packLayout(layoutMapAuto(map, options)) for whole-number sizes; `previous` only saves work.
 */
export function layoutIncrementally(
  map: ClaimMap,
  options: LayoutOptions,
  previous: LayoutMemo | null,
): IncrementalLayout {
  const collapsed = new Set(options.collapsed ?? []);
  const isFolded = (node: MapNode) => node.claim !== null && collapsed.has(node.id);
  const kids: Kids = (node) => (isFolded(node) ? [] : node.children);
  const reusable = previous && sameSizes(previous.options, options) ? previous : null;
  const dirty = reusable ? changedBranches(reusable, map, collapsed) : null;
  const branches = new Map<Id, BranchPart>();
  let branchesRedone = 0;
  for (const top of kids(map.root)) {
    const kept = dirty && !dirty.has(top.id) ? reusable?.branches.get(top.id) : undefined;
    if (kept) {
      branches.set(top.id, kept);
      continue;
    }
    branchesRedone += 1;
    const profile = profileBranch(top, kids, options, isFolded);
    branches.set(top.id, { profile, cut: 0, blocks: new Map() });
  }
  const profiles = [...branches.values()].map((b) => b.profile);
  const levels = mapLevels(profiles);
  const total = levels.reduce((a, b) => a + b, 0);
  if (total < COMPACT_FROM || levels.length < 3) {
    const packed = packLayout(layoutMap(map, { ...options, collapsed }));
    return { packed, memo: { map, options, collapsed, branches }, branchesRedone };
  }
  const cut = chooseCutFromProfiles(profiles, levels.length, options);
  const parts = withBlocks(map, kids, options, branches, cut);
  const packed = place(map, options, kids, parts, cut);
  return { packed, memo: { map, options, collapsed, branches: parts }, branchesRedone };
}

function sameSizes(a: LayoutOptions, b: LayoutOptions): boolean {
  return (
    a.nodeWidth === b.nodeWidth &&
    a.nodeHeight === b.nodeHeight &&
    a.gapX === b.gapX &&
    a.gapY === b.gapY
  );
}

/** The top-level branch a claim is in: its ancestor just below the root. */
function branchOf(map: ClaimMap, node: MapNode): Id | null {
  let current = node;
  for (;;) {
    const parentId = current.relation?.to;
    if (parentId === undefined || current.id === map.root.id) return current.id;
    if (parentId === map.root.id) return current.id;
    const parent = map.nodeById.get(parentId);
    if (!parent) return current.id;
    current = parent;
  }
}

function sameChildren(a: MapNode, b: MapNode): boolean {
  if (a.children.length !== b.children.length) return false;
  for (let i = 0; i < a.children.length; i++) {
    if (a.children[i]?.id !== b.children[i]?.id) return false;
  }
  return true;
}

/**
 * Branches of `map` whose laid-out shape may differ from the memo's; null means all of them
 * (a new root). Removed claims show as a changed child list on a claim that is still there.
 */
function changedBranches(memo: LayoutMemo, map: ClaimMap, collapsed: ReadonlySet<Id>) {
  const before = memo.map;
  if (before.root.id !== map.root.id) return null;
  const dirty = new Set<Id>();
  const mark = (m: ClaimMap, node: MapNode | undefined) => {
    const branch = node ? branchOf(m, node) : null;
    if (branch !== null) dirty.add(branch);
  };
  // This walk is most of an edit's cost: values() and plain comparisons, no allocation.
  for (const node of map.nodeById.values()) {
    const old = before.nodeById.get(node.id);
    if (old && old.relation?.to === node.relation?.to && sameChildren(old, node)) continue;
    mark(map, node);
    mark(before, old);
  }
  // Folds and unfolds, from the two (small) sets rather than a lookup per claim.
  for (const id of collapsed) if (!memo.collapsed.has(id)) mark(map, map.nodeById.get(id));
  for (const id of memo.collapsed) if (!collapsed.has(id)) mark(map, map.nodeById.get(id));
  return dirty;
}

/** A claim and its visible descendants as an indented column, as compact-layout lists them. */
function listBlock(top: MapNode, kids: Kids, options: LayoutOptions): Block {
  const block: Block = { width: options.nodeWidth, ids: [], dx: [], dy: [] };
  const stack: [MapNode, number][] = [[top, 0]];
  while (stack.length > 0) {
    const [node, level] = stack.pop() as [MapNode, number];
    block.ids.push(node.id);
    block.dx.push(level * LIST_INDENT);
    block.dy.push((block.ids.length - 1) * (options.nodeHeight + LIST_GAP));
    block.width = Math.max(block.width, level * LIST_INDENT + options.nodeWidth);
    const children = kids(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i] as MapNode, level + 1]);
  }
  return block;
}

/** The claims at depth `cut` of a branch (the branch's top is at depth 1). */
function atDepth(top: MapNode, kids: Kids, cut: number): MapNode[] {
  const found: MapNode[] = [];
  const stack: [MapNode, number][] = [[top, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [MapNode, number];
    if (depth === cut) found.push(node);
    else for (const child of kids(node)) stack.push([child, depth + 1]);
  }
  return found;
}

/** Each branch with its blocks for `cut`, listed again only where they were for another cut. */
function withBlocks(
  map: ClaimMap,
  kids: Kids,
  options: LayoutOptions,
  branches: ReadonlyMap<Id, BranchPart>,
  cut: number,
): Map<Id, BranchPart> {
  const parts = new Map<Id, BranchPart>();
  for (const [topId, part] of branches) {
    if (part.cut === cut) {
      parts.set(topId, part);
      continue;
    }
    const top = map.nodeById.get(topId);
    const blocks = new Map<Id, Block>();
    for (const node of top ? atDepth(top, kids, cut) : []) {
      blocks.set(node.id, listBlock(node, kids, options));
    }
    parts.set(topId, { profile: part.profile, cut, blocks });
  }
  return parts;
}

/**
 * The top of the tree (down to the cut) as d3's tidy tree, spaced by the blocks' widths, and
 * every block hung under its claim: the same arithmetic as layoutMapCompact, into flat arrays.
 */
function place(
  map: ClaimMap,
  options: LayoutOptions,
  kids: Kids,
  parts: ReadonlyMap<Id, BranchPart>,
  cut: number,
): PackedLayout {
  const { nodeWidth, nodeHeight, gapX, gapY } = options;
  const blocks = new Map<Id, Block>();
  for (const part of parts.values()) for (const [id, block] of part.blocks) blocks.set(id, block);
  const depthOf = new Map<MapNode, number>();
  const root = hierarchy(map.root, (node) => {
    const depth = depthOf.get(node) ?? 0;
    if (depth >= cut) return [];
    const children = kids(node);
    for (const child of children) depthOf.set(child, depth + 1);
    return children;
  });
  const widthOf = (node: MapNode) => blocks.get(node.id)?.width ?? nodeWidth;
  const points = tree<MapNode>()
    .nodeSize([1, nodeHeight + gapY])
    .separation((a, b) => widthOf(a.data) / 2 + widthOf(b.data) / 2 + gapX)(root)
    .descendants();
  const hidden = new Map<Id, number>();
  for (const part of parts.values()) for (const [id, n] of part.profile.hidden) hidden.set(id, n);
  const out = new Packer(map.nodeById.size);
  for (const p of points) {
    if (p.data.claim === null) continue;
    const block = p.depth === cut ? blocks.get(p.data.id) : undefined;
    if (!block) {
      out.add(p.data.id, p.x - nodeWidth / 2, p.y, hidden.get(p.data.id) ?? 0, false);
      continue;
    }
    const left = p.x - block.width / 2;
    block.ids.forEach((id, i) => {
      const x = left + (block.dx[i] as number);
      out.add(id, x, p.y + (block.dy[i] as number), hidden.get(id) ?? 0, i > 0);
    });
  }
  return out.finish(options);
}

/** Packed arrays filled in order, then moved so every corner is at x, y ≥ 0. */
class Packer {
  private readonly ids: Id[] = [];
  private readonly xy: Float64Array<ArrayBuffer>;
  private readonly hidden: Uint32Array<ArrayBuffer>;
  private readonly listed: Uint8Array<ArrayBuffer>;
  private minX = Number.POSITIVE_INFINITY;
  private minY = Number.POSITIVE_INFINITY;

  constructor(capacity: number) {
    this.xy = new Float64Array(2 * capacity);
    this.hidden = new Uint32Array(capacity);
    this.listed = new Uint8Array(capacity);
  }

  add(id: Id, x: number, y: number, hidden: number, listed: boolean) {
    const i = this.ids.length;
    this.ids.push(id);
    this.xy[2 * i] = x;
    this.xy[2 * i + 1] = y;
    this.hidden[i] = hidden;
    this.listed[i] = listed ? 1 : 0;
    this.minX = Math.min(this.minX, x);
    this.minY = Math.min(this.minY, y);
  }

  finish({ nodeWidth, nodeHeight }: LayoutOptions): PackedLayout {
    const n = this.ids.length;
    let width = 0;
    let height = 0;
    for (let i = 0; i < n; i++) {
      const x = (this.xy[2 * i] as number) - this.minX;
      const y = (this.xy[2 * i + 1] as number) - this.minY;
      this.xy[2 * i] = x;
      this.xy[2 * i + 1] = y;
      width = Math.max(width, x + nodeWidth);
      height = Math.max(height, y + nodeHeight);
    }
    return {
      ids: this.ids,
      xy: this.xy.slice(0, 2 * n),
      hidden: this.hidden.slice(0, n),
      listed: this.listed.slice(0, n),
      width,
      height,
    };
  }
}
