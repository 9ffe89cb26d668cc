// A layout for big maps that fits a screen. The tidy tree (layout.ts) puts every claim of a
// level side by side, so a generated 10,000-claim debate (6,000 claims on its last level) is
// 2.5 million units wide and 1,200 high: "fit all" shows a line. Here the top of the map stays a
// tidy tree down to a cut depth, and each branch below the cut is listed as an indented column
// (the way an outline shows it), joined by elbow lines. The cut depth is the one whose result is
// closest to square, so fit-all shows the whole argument as an area, not a line.
// Linear in the number of visible claims; maps under COMPACT_FROM claims keep the tidy tree.
import { hierarchy, tree } from 'd3-hierarchy';
import type { ClaimMap, MapNode } from './build-map';
import {
  type LaidOutEdge,
  type LaidOutNode,
  type LayoutOptions,
  layoutMap,
  type MapLayout,
} from './layout';
import type { Id } from './model';

/** Below this many visible claims the tidy tree is readable and fits well enough. */
export const COMPACT_FROM = 300;
/** How far right each level of a listed branch steps, in map units. */
export const LIST_INDENT = 32;
/** Vertical space between listed claims. */
export const LIST_GAP = 16;

type Kids = (node: MapNode) => readonly MapNode[];

function kidsOf(options: LayoutOptions): Kids {
  const collapsed = options.collapsed;
  return (node) => (node.claim !== null && collapsed?.has(node.id) ? [] : node.children);
}

/** The tidy tree for small maps, the compact one for big maps. */
export function layoutMapAuto(map: ClaimMap, options: LayoutOptions): MapLayout {
  const kids = kidsOf(options);
  const levels = levelCounts(map.root, kids);
  const total = levels.reduce((a, b) => a + b, 0);
  if (total < COMPACT_FROM || levels.length < 3) return layoutMap(map, options);
  return layoutMapCompact(map, options, chooseCut(map.root, kids, levels, options));
}

/** Visible nodes per depth (the synthetic root counted at depth 0, like any root). */
function levelCounts(root: MapNode, kids: Kids): number[] {
  const counts: number[] = [];
  const stack: [MapNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [MapNode, number];
    counts[depth] = (counts[depth] ?? 0) + 1;
    for (const child of kids(node)) stack.push([child, depth + 1]);
  }
  return counts;
}

/** Subtree sizes and depths below each node, computed once, bottom up, without recursion. */
function subtreeStats(root: MapNode, kids: Kids): Map<MapNode, { size: number; depth: number }> {
  const order: MapNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as MapNode;
    order.push(node);
    for (const child of kids(node)) stack.push(child);
  }
  const stats = new Map<MapNode, { size: number; depth: number }>();
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i] as MapNode;
    let size = 1;
    let depth = 0;
    for (const child of kids(node)) {
      const s = stats.get(child) ?? { size: 1, depth: 0 };
      size += s.size;
      depth = Math.max(depth, s.depth + 1);
    }
    stats.set(node, { size, depth });
  }
  return stats;
}

/** The cut depth whose estimated width : height is closest to 1. */
function chooseCut(root: MapNode, kids: Kids, levels: number[], options: LayoutOptions): number {
  const stats = subtreeStats(root, kids);
  const rowH = options.nodeHeight + LIST_GAP;
  let best = 1;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let cut = 1; cut < levels.length; cut++) {
    let width = 0;
    let tallest = 0;
    const stack: [MapNode, number][] = [[root, 0]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop() as [MapNode, number];
      const s = stats.get(node) ?? { size: 1, depth: 0 };
      const children = kids(node);
      if (depth === cut || children.length === 0) {
        width += options.nodeWidth + s.depth * LIST_INDENT + options.gapX;
        tallest = Math.max(tallest, s.size * rowH);
        continue;
      }
      for (const child of children) stack.push([child, depth + 1]);
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

interface Block {
  width: number;
  /** Nodes of the listed branch in reading order, with their offsets from the block's corner. */
  rows: { node: MapNode; dx: number; dy: number }[];
}

function listBranch(top: MapNode, kids: Kids, options: LayoutOptions): Block {
  const rows: Block['rows'] = [];
  let width = options.nodeWidth;
  const stack: [MapNode, number][] = [[top, 0]];
  while (stack.length > 0) {
    const [node, level] = stack.pop() as [MapNode, number];
    rows.push({ node, dx: level * LIST_INDENT, dy: rows.length * (options.nodeHeight + LIST_GAP) });
    width = Math.max(width, level * LIST_INDENT + options.nodeWidth);
    const children = kids(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i] as MapNode, level + 1]);
  }
  return { width, rows };
}

export function layoutMapCompact(map: ClaimMap, options: LayoutOptions, cut: number): MapLayout {
  const kids = kidsOf(options);
  const { nodeWidth, nodeHeight, gapX, gapY } = options;
  const depthOf = new Map<MapNode, number>();
  const root = hierarchy(map.root, (node) => {
    const depth = depthOf.get(node) ?? 0;
    if (depth >= cut) return [];
    const children = kids(node);
    for (const child of children) depthOf.set(child, depth + 1);
    return children;
  });
  const blocks = new Map<MapNode, Block>();
  for (const leaf of root.leaves()) {
    if (leaf.depth === cut) blocks.set(leaf.data, listBranch(leaf.data, kids, options));
  }
  const widthOf = (node: MapNode) => blocks.get(node)?.width ?? nodeWidth;
  const points = tree<MapNode>()
    .nodeSize([1, nodeHeight + gapY])
    .separation((a, b) => widthOf(a.data) / 2 + widthOf(b.data) / 2 + gapX)(root)
    .descendants();

  const placed: { node: MapNode; x: number; y: number; listed: boolean }[] = [];
  for (const p of points) {
    if (p.data.claim === null) continue;
    const block = blocks.get(p.data);
    if (!block) {
      placed.push({ node: p.data, x: p.x - nodeWidth / 2, y: p.y, listed: false });
      continue;
    }
    const left = p.x - block.width / 2;
    for (const row of block.rows) {
      placed.push({
        node: row.node,
        x: left + row.dx,
        y: p.y + row.dy,
        listed: row.node !== p.data,
      });
    }
  }
  return finish(placed, options);
}

function finish(
  placed: { node: MapNode; x: number; y: number; listed: boolean }[],
  options: LayoutOptions,
): MapLayout {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  for (const p of placed) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
  }
  const nodes: LaidOutNode[] = [];
  const positions = new Map<Id, LaidOutNode>();
  const listed = new Set<Id>();
  let width = 0;
  let height = 0;
  for (const p of placed) {
    const collapsed = p.node.claim !== null && (options.collapsed?.has(p.node.id) ?? false);
    const laid: LaidOutNode = {
      id: p.node.id,
      node: p.node,
      x: p.x - minX,
      y: p.y - minY,
      hiddenChildren: collapsed ? countBelow(p.node) : 0,
    };
    nodes.push(laid);
    positions.set(laid.id, laid);
    if (p.listed) listed.add(laid.id);
    width = Math.max(width, laid.x + options.nodeWidth);
    height = Math.max(height, laid.y + options.nodeHeight);
  }
  return { nodes, edges: layoutEdges(nodes, positions, options, listed), width, height, positions };
}

function countBelow(node: MapNode): number {
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
 * The tree edges between laid-out claims: curves, except into claims listed under their parent
 * (`listed`), which get elbows: across from the child's left middle to the parent's trunk (a
 * vertical line down from the parent's left side), then up the trunk only as far as the elder
 * sibling's elbow, or to the parent for the eldest. Together they draw the trunk once; an elbow
 * each up to the parent would draw its top n times over, and n long dashed lines on top of
 * each other are what made panning a big map slow to paint. Shared with layout-transfer.ts.
 */
export function layoutEdges(
  nodes: readonly LaidOutNode[],
  positions: ReadonlyMap<Id, LaidOutNode>,
  { nodeWidth, nodeHeight }: LayoutOptions,
  listed: ReadonlySet<Id>,
): LaidOutEdge[] {
  const trunkEnd = elbowEnds(nodes, positions, nodeHeight, listed);
  const edges: LaidOutEdge[] = [];
  for (const child of nodes) {
    const relation = child.node.relation;
    const parent = relation ? positions.get(relation.to) : undefined;
    if (!relation || !parent) continue;
    // Literal objects of one shape, not spreads: this runs for every claim on every layout.
    const elbow = listed.has(child.id);
    const end = trunkEnd.get(child.id);
    edges.push({
      id: relation.id,
      relation,
      from: child.id,
      to: parent.id,
      route: elbow ? 'elbow' : 'curve',
      x1: elbow ? child.x : child.x + nodeWidth / 2,
      y1: elbow ? child.y + nodeHeight / 2 : child.y,
      x2: elbow ? parent.x + LIST_INDENT / 2 : parent.x + nodeWidth / 2,
      y2: end ?? parent.y + nodeHeight,
      arrow: end === undefined,
    });
  }
  return edges;
}

/** Where each listed claim's elbow meets the trunk, when that is at an elder sibling's elbow. */
function elbowEnds(
  nodes: readonly LaidOutNode[],
  positions: ReadonlyMap<Id, LaidOutNode>,
  nodeHeight: number,
  listed: ReadonlySet<Id>,
): Map<Id, number> {
  const ends = new Map<Id, number>();
  for (const parent of nodes) {
    let elder: LaidOutNode | undefined;
    for (const node of parent.node.children) {
      const child = listed.has(node.id) ? positions.get(node.id) : undefined;
      if (!child) continue;
      if (elder) ends.set(child.id, elder.y + nodeHeight / 2);
      elder = child;
    }
  }
  return ends;
}
